"""The PDF: PDF/A-3b, embedded project fonts, extractable Swedish names, QR payload, metadata."""

import io

import pikepdf
import pytest
import segno
from wagtail.models import Site

from certificates import rendering
from lms import pdf as pdf_sandbox
from tests.certificates.pdf_text import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def pdf_bytes(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


@pytest.fixture
def pdf(pdf_bytes):
    with pikepdf.open(io.BytesIO(pdf_bytes)) as document:
        yield document


def test_the_pdf_declares_pdf_a_3b(pdf):
    with pdf.open_metadata() as xmp:
        assert xmp["pdfaid:part"] == "3"
        assert xmp["pdfaid:conformance"] == "B"
    assert len(pdf.Root.OutputIntents) == 1
    assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"


def test_every_font_is_the_projects_lato_and_embedded(pdf):
    fonts = list(pdf.pages[0].Resources.Font.values())
    assert fonts
    for font in fonts:
        descendant = font.DescendantFonts[0]
        assert "Lato" in str(font.BaseFont), font.BaseFont
        assert "/FontFile2" in descendant.FontDescriptor, font.BaseFont
        assert "/ToUnicode" in font


def test_the_learners_name_with_swedish_letters_is_text(certificate, pdf_bytes):
    lines = pdf_text(pdf_bytes).splitlines()
    assert "Åsa Öberg-Ängström" in lines
    assert certificate.serial in lines
    assert certificate.verify_url() in lines


def test_the_qr_code_encodes_exactly_the_verify_url(certificate, monkeypatch):
    """The public site's address (Wagtail's Site), wherever the PDF is rendered."""
    Site.objects.filter(is_default_site=True).update(hostname="atmp.example", port=443)
    made = []
    real_make = segno.make

    def spy(content, *args, **kwargs):
        qr = real_make(content, *args, **kwargs)
        made.append((content, qr))
        return qr

    monkeypatch.setattr(rendering.segno, "make", spy)
    html = rendering.certificate_html(certificate)
    assert [content for content, _qr in made] == [
        f"https://atmp.example/certificates/verify/{certificate.verification_code}/"
    ]
    expected_svg = segno.make(certificate.verify_url(), error="m").svg_inline(
        **rendering.QR_SVG_OPTIONS
    )
    assert made[0][1].svg_inline(**rendering.QR_SVG_OPTIONS) == expected_svg
    assert expected_svg in html


def test_title_author_and_language_are_in_the_metadata(certificate, pdf):
    title = f"Certificate of completion: GMP cleanroom basics – {certificate.learner_name}"
    assert str(pdf.docinfo.Title) == title
    assert str(pdf.docinfo.Author) == "ATMP Academy"
    assert str(pdf.Root.Lang) == "en-gb"
    with pdf.open_metadata() as xmp:
        assert xmp["dc:title"] == title


def test_certificates_render_in_the_shared_pdf_sandbox(certificate, monkeypatch):
    """The fetcher that refuses all but static files and data: (tests/lms/test_pdf_sandbox.py)."""
    fetchers = []
    real = pdf_sandbox.fetcher
    monkeypatch.setattr(pdf_sandbox, "fetcher", lambda: fetchers.append(real()) or fetchers[-1])
    assert rendering.render_pdf(certificate).startswith(b"%PDF")
    assert len(fetchers) == 1


def test_a_name_no_project_font_can_show_fails_rather_than_using_a_system_font(certificate):
    """✓ and 王 have fallbacks (Noto); an Egyptian hieroglyph and an emoji have none."""
    certificate.learner_name = "Åsa ✓ 王 \U00013000 \U0001f600"
    with pytest.raises(rendering.RenderingError, match="\U00013000 \U0001f600"):
        rendering.render_pdf(certificate)
