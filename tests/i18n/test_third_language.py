"""A third language by settings and translations alone: German.

Runs under lms.settings.test_third_language, which adds German to the test settings' languages
and changes nothing else (`make test` runs it on its own):

    pytest --ds=lms.settings.test_third_language tests/i18n/test_third_language.py

Under the ordinary test settings it is skipped. The code under test never names German: if
this passes, a Norwegian or Finnish site needs the same two settings and a catalogue.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

from certificates.models import CertificateTemplate
from certificates.rendering import certificate_html, sample_certificate
from courses.models import Audience
from courses.translations import ensure_translation
from lms.accounts.forms import MembershipRequestForm
from lms.collation import collated
from lms.hr.models import Organisation
from tests.conftest import publish

GERMAN = "de"
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        GERMAN not in dict(settings.LANGUAGES),
        reason="a third language needs --ds=lms.settings.test_third_language",
    ),
]
ROOT = Path(__file__).resolve().parents[2]
CODE = ["home", "courses", "lms", "certificates", "templates"]
SETTINGS = ROOT / "lms" / "settings"


@pytest.fixture
def german(db):
    return Locale.objects.get_or_create(language_code=GERMAN)[0]


@pytest.fixture
def german_course(course, german):
    """The course and its ancestors translated into German and published."""
    for page in [*course.get_ancestors().filter(depth__gt=1), course]:
        publish(page.specific)
    translated = course.copy_for_translation(german, copy_parents=True)
    translated.title = "Einführung in ATMP"
    for page in translated.get_ancestors().filter(locale=german, alias_of__isnull=True):
        publish(page.specific)  # ancestors that are not aliases of the English ones
    return publish(translated)


def test_a_page_renders_in_german_and_the_switcher_offers_german(german_course, course):
    assert german_course.url.startswith("/de/")
    html = Client().get(german_course.url).content.decode()
    assert re.search(r'<html[^>]* lang="de"', html)
    assert "Einführung in ATMP" in html

    english = Client().get(course.url).content.decode()
    assert 'lang="de">Deutsch</button>' in english  # named in itself, like Svenska
    client = Client()
    response = client.post(
        "/language/", {"language": GERMAN, "return_to": course.url, "page": course.pk}
    )
    assert response.status_code == 302 and response["Location"] == german_course.url


def test_a_translated_audience_shows_its_german_name_on_the_german_page(german_course, course):
    nurses = Audience.objects.canonical().get(slug="nurse")
    ensure_translation(nurses, GERMAN, "Pflegekräfte")
    course.audiences.set([nurses])
    publish(course)
    german_course.audiences.set([nurses])  # translations point at the canonical audience
    publish(german_course)
    german = Client().get(german_course.url).content.decode()
    assert "Pflegekräfte" in german and "Sjuksköterskor" not in german
    assert "Nurses" in Client().get(course.url).content.decode()


def test_organisations_are_listed_by_their_german_names_in_german_order(german):
    for english, german_name in [
        ("Zurich Dental Clinic", "Zahnklinik Zürich"),
        ("Medical Association", "Ärztekammer"),
        ("Central Pharmacy", "Apotheke am Markt"),
    ]:
        ensure_translation(Organisation.objects.create(name=english), GERMAN, german_name)
    with translation.override(GERMAN):
        field = MembershipRequestForm().fields["organisation"]
        labels = [label for _value, label in field.choices][1:]
    # German sorts Ä with A; Swedish puts it after Z.
    assert labels == ["Apotheke am Markt", "Ärztekammer", "Zahnklinik Zürich"]
    assert collated(labels, language="sv") == [
        "Apotheke am Markt",
        "Zahnklinik Zürich",
        "Ärztekammer",
    ]
    assert Organisation.objects.canonical().count() == 3  # translations are not organisations


def test_a_german_certificate_template_is_chosen_for_german_and_renders(admin_client):
    form = {
        "name": "ATMP Akademie",
        "language": GERMAN,
        "heading": "Teilnahmebescheinigung",
        "body": "Hiermit wird bescheinigt, dass\n\n{learner_name}\n\n{title} abgeschlossen hat.",
        "logo": "",
        "signatory_name": "Kursleitung",
        "signatory_title": "ATMP Akademie",
        "signature": "",
        "accent_colour": "#0A5C63",
    }
    response = admin_client.post("/admin/certificates/templates/add/", form)
    assert response.status_code == 302
    template = CertificateTemplate.for_language(GERMAN)
    assert template.language == GERMAN and template.heading == "Teilnahmebescheinigung"
    html = certificate_html(sample_certificate(template), template, sample=True)
    assert re.search(r'<html[^>]* lang="de"', html)
    assert "Hiermit wird bescheinigt" in html and "Åsa Öberg-Ängström" in html


def test_no_code_names_the_third_language():
    """Only settings and translation catalogues may know German exists."""
    mention = re.compile(r"""["']de(-[A-Za-z]+)?["']""")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in CODE
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".html", ".txt", ".js", ".toml"}
        and SETTINGS not in path.parents
        and mention.search(path.read_text("utf-8"))
    ]
    assert offenders == []
