"""The home page, standard pages and site settings."""

import factory
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings, StandardPage
from tests.factories.courses import PublishedPageFactory, home_page, lesson_body


class HomePageFactory(PublishedPageFactory):
    """A home page beside the site's own, at the top of the tree (for a second site)."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = factory.Sequence(lambda n: f"Home {n}")
    slug = factory.Sequence(lambda n: f"home-{n}")
    lead = "Competence development in advanced therapies."

    class Meta:
        model = HomePage


class StandardPageFactory(PublishedPageFactory):
    parent = factory.LazyFunction(home_page)
    title = factory.Sequence(lambda n: f"About {n}")
    slug = factory.Sequence(lambda n: f"about-{n}")
    body = factory.LazyFunction(lambda: lesson_body("Who runs the academy and why."))

    class Meta:
        model = StandardPage


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    """The default site's settings (one row per site: an existing row is updated)."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    contact_email = "academy@example.org"
    organisation_name = "Region Västra Götaland"

    class Meta:
        model = SiteSettings

    @classmethod
    def _create(cls, model_class, site, **fields):
        settings = model_class.for_site(site)
        for name, value in fields.items():
            setattr(settings, name, value)
        settings.save()
        return settings
