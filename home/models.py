"""The home page, generic site pages and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from courses.routing import DirectRoutingMixin


class HomePage(DirectRoutingMixin, Page):
    """The front door: what the platform is, its areas and the featured introduction course."""

    lead = models.TextField(_("lead"), max_length=400, help_text=_("One or two sentences."))
    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    featured_course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("featured course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_text = models.TextField(
        _("why this course"),
        blank=True,
        max_length=400,
        help_text=_("A sentence on why to start with the featured course."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("introduction"),
        PageChooserPanel("featured_course", "courses.CoursePage"),
        FieldPanel("featured_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogueIndexPage", "home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue import exclude_restricted
        from courses.models import CatalogueAreaPage, CatalogueIndexPage

        context = super().get_context(request, *args, **kwargs)
        catalogue = CatalogueIndexPage.objects.live().child_of(self).first()
        areas = CatalogueAreaPage.objects.none()
        if catalogue:
            areas = CatalogueAreaPage.objects.live().child_of(catalogue).order_by("code")
            areas = exclude_restricted(areas, request.user)
        context["catalogue"] = catalogue
        context["areas"] = areas
        featured = self.featured_course
        context["featured"] = featured if featured and featured.live else None
        return context


class StandardPage(Page):
    """A plain page such as About or the accessibility statement."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Links and contact details shown in every page's footer."""

    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    organisation_name = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("Who runs this site.")
    )

    select_related = ["about_page", "accessibility_page"]

    panels = [
        PageChooserPanel("about_page"),
        PageChooserPanel("accessibility_page"),
        FieldPanel("contact_email"),
        FieldPanel("organisation_name"),
    ]

    class Meta:
        verbose_name = _("site settings")
