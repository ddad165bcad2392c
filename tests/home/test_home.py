import pytest
from wagtail.models import PageViewRestriction, Site

from home.models import SiteSettings, StandardPage
from tests.factories.courses import CatalogueAreaPageFactory

pytestmark = pytest.mark.django_db


def test_home_features_the_introduction_course_and_lists_areas(client, home, catalogue, course):
    CatalogueAreaPageFactory(parent=catalogue, code="C", title="Clinical trials")
    CatalogueAreaPageFactory(parent=catalogue, code="B", title="Research & Development")
    home.featured_course = course
    home.featured_text = "Twenty-five minutes, no prior knowledge needed."
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Introduction to ATMP" in html and "no prior knowledge needed" in html
    assert html.index("General introduction") < html.index("Research &amp; Development")
    assert html.index("Research &amp; Development") < html.index("Clinical trials")
    assert f'href="{catalogue.url}"' in html


def test_home_hides_an_unpublished_featured_course(client, home, course):
    home.featured_course = course
    home.save_revision().publish()
    course.unpublish()
    assert "Start here" not in client.get("/").content.decode()


def test_home_hides_restricted_areas_from_anonymous_readers(client, home, catalogue, area):
    hidden = CatalogueAreaPageFactory(parent=catalogue, code="Q", title="Staff-only area")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert "Staff-only area" not in client.get("/").content.decode()


def test_every_page_links_the_accessibility_statement(client, home, course):
    statement = StandardPage(title="Accessibility statement", slug="accessibility", body=[])
    home.add_child(instance=statement)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accessibility_page = statement
    settings.save()
    for url in ("/", course.url, course.get_children().first().url):
        html = client.get(url).content.decode()
        assert f'href="{statement.url}">Accessibility statement</a>' in html, url


def test_page_has_landmarks_and_a_skip_link(client, home):
    html = client.get("/").content.decode()
    for fragment in (
        '<a class="skip-link" href="#main">',
        '<main id="main"',
        "<header",
        "<footer",
        '<nav class="site-nav" aria-label="Main">',
        'lang="en-gb"',
    ):
        assert fragment in html
    assert html.count("<h1>") == 1


def test_unknown_address_gives_a_helpful_404(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
