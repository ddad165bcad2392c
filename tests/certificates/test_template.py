"""The certificate template snippet: placeholder validation, sample PDF preview, demo default."""

import io

import pikepdf
import pytest
from django.core.management import call_command

from certificates.models import CertificateTemplate
from tests.certificates.pdf_text import pdf_text

pytestmark = pytest.mark.django_db


def template_form(**overrides):
    data = {
        "name": "ATMP Academy",
        "language": "en-gb",
        "heading": "Certificate of completion",
        "body": "This is to certify that\n\n{learner_name}\n\nhas completed {title}.",
        "logo": "",
        "signatory_name": "Course director",
        "signatory_title": "ATMP Academy",
        "signature": "",
        "accent_colour": "#0A5C63",
    }
    data.update(overrides)
    return data


def test_unknown_placeholders_get_a_clear_message(admin_client):
    body = "{learner_name} completed {title} on {date}."
    response = admin_client.post("/admin/certificates/templates/add/", template_form(body=body))
    assert response.status_code == 200
    html = response.content.decode()
    assert "“{date}” is not a placeholder we know." in html
    assert "{completion_date}" in html
    assert not CertificateTemplate.objects.exists()
    response = admin_client.post(
        "/admin/certificates/templates/add/", template_form(accent_colour="teal")
    )
    assert "Use a hex colour with six digits" in response.content.decode()
    assert (
        admin_client.post("/admin/certificates/templates/add/", template_form()).status_code == 302
    )
    assert CertificateTemplate.objects.count() == 1


def test_authors_preview_a_sample_pdf_in_the_templates_language(admin_client):
    template = CertificateTemplate.objects.create(
        name="Svensk", language="sv", signatory_name="Kursansvarig", signatory_title="ATMP"
    )
    url = f"/admin/certificates/templates/preview/{template.pk}/"
    form = template_form(name="Svensk", language="sv", heading="Intyg om genomförd kurs")
    assert admin_client.post(url, form).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    with pikepdf.open(io.BytesIO(response.content)) as pdf:
        assert str(pdf.Root.Lang) == "sv"
    text = pdf_text(response.content)
    assert "INTYG OM GENOMFÖRD KURS" in text and "Åsa Öberg-Ängström" in text


def test_load_demo_creates_one_default_template_per_language_and_can_run_again(demo):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115  (the second run)
    english = CertificateTemplate.objects.get(language="en-gb")
    swedish = CertificateTemplate.objects.get(language="sv")
    for template in (english, swedish):
        assert template.is_default and template.logo
        assert template.signatory_title == "ATMP Academy"
        template.full_clean()  # the default wording passes the placeholder check
    assert CertificateTemplate.for_language("sv") == swedish
    assert CertificateTemplate.for_language("en-gb") == english
    assert CertificateTemplate.current() == english
    assert "intygas" in swedish.body


def test_a_templates_language_is_one_of_the_sites_languages(admin_client, settings):
    field = CertificateTemplate._meta.get_field("language")
    assert field.choices == list(settings.LANGUAGES)
    assert field.get_default() == settings.LANGUAGE_CODE == "en-gb"
    response = admin_client.post("/admin/certificates/templates/add/", template_form(language="en"))
    assert response.status_code == 200 and not CertificateTemplate.objects.exists()
    swedish = template_form(name="Svensk", language="sv")
    assert admin_client.post("/admin/certificates/templates/add/", swedish).status_code == 302
    assert CertificateTemplate.for_language("sv").language == "sv"


def test_the_sample_reads_as_the_catalogues_first_course_in_the_templates_language(area):
    from wagtail.models import Locale

    from certificates.rendering import sample_certificate
    from tests.conftest import publish
    from tests.factories.courses import CoursePageFactory

    english = CertificateTemplate(language="en-gb")
    swedish = CertificateTemplate(language="sv")
    assert sample_certificate(english).title == "Sample course"  # no course yet
    assert sample_certificate(swedish).title == "Exempelkurs"
    course = publish(CoursePageFactory(parent=area, title="Introduction to ATMP"))
    publish(CoursePageFactory(parent=area, title="A later course"))
    assert sample_certificate(swedish).title == "Introduction to ATMP"  # not translated yet
    translation = course.copy_for_translation(
        Locale.objects.get_or_create(language_code="sv")[0], copy_parents=True
    )
    translation.title = "Introduktion till ATMP"
    publish(translation)
    assert sample_certificate(english).title == "Introduction to ATMP"
    assert sample_certificate(swedish).title == "Introduktion till ATMP"
    assert sample_certificate(swedish).covers == [{"title": "Introduktion till ATMP"}]
