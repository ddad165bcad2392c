"""Names and titles in any script and of any length print correctly (issue 17 W6, W10).

Lato has Latin only; the Noto fallbacks (lms.pdf.FALLBACK_FONTS) cover Greek, Cyrillic, Arabic,
Hebrew, Devanagari, CJK and symbols. Right-to-left names are set right to left, bidirectional
controls are dropped, long names get smaller type and never reach the verification block, and
what no font can print is refused where it is typed, with the characters named.
"""

import io
from datetime import timedelta

import pikepdf
import pypdfium2
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certificates import rendering
from certificates.models import Certificate, CertificateKind, CertificateTemplate
from lms import pdf as pdf_sandbox
from lms.accounts.forms import CertificateNameField
from tests.factories.courses import CatalogueAreaPageFactory, CoursePageFactory

pytestmark = pytest.mark.django_db

MM = 72 / 25.4  # PDF points per millimetre
A4_LANDSCAPE_WIDTH = 297 * MM
FRAME = 9 * MM  # the frame's inset on every side (certificate.css)
SERIAL = "ATMP-2026-000123"
CODE = "k7q2-9xwd-4mzp"
# What nothing in the PDFs can print: an Egyptian hieroglyph, an emoji, a private-use character.
UNPRINTABLE = ["\U00013000", "\U0001f600", "\ue000"]


def template(**fields):
    return CertificateTemplate(
        name="Layout",
        language="en-gb",
        heading="Certificate of completion",
        body=CertificateTemplate._meta.get_field("body").default,
        signatory_name="Anna Lindqvist",
        signatory_title="Course director",
        **fields,
    )


def certificate(name, title="GMP cleanroom basics"):
    issued = timezone.now()
    return Certificate(
        kind=CertificateKind.COURSE,
        serial=SERIAL,
        verification_code=CODE,
        learner_name=name,
        title=title,
        covers=[{"title": title}],
        issuer="ATMP Academy",
        completed_at=issued - timedelta(days=40),
        issued_at=issued,
        expires_at=issued + timedelta(days=700),
    )


def render(name, title="GMP cleanroom basics"):
    return rendering.render_pdf(certificate(name, title), template=template())


def font_names(pdf_bytes):
    with pikepdf.open(io.BytesIO(pdf_bytes)) as document:
        return [
            (
                str(font.BaseFont),
                "/FontFile2" in font.DescendantFonts[0].FontDescriptor
                or "/FontFile3" in font.DescendantFonts[0].FontDescriptor,
            )
            for page in document.pages
            for font in page.Resources.Font.values()
        ]


class Page:
    """The text of a rendered PDF page with each character's box, from PDFium."""

    def __init__(self, pdf_bytes):
        document = pypdfium2.PdfDocument(pdf_bytes)
        self.pages = len(document)
        text_page = document[0].get_textpage()
        self.chars = []
        for index in range(text_page.count_chars()):
            # PDFium marks a hyphen that ends a line as U+FFFE.
            char = text_page.get_text_range(index, 1).replace("\ufffe", "-")
            if char.strip():
                self.chars.append((char, text_page.get_charbox(index)))
        self.text = "".join(char for char, _box in self.chars)

    def boxes_of(self, text):
        """Return the boxes of the first occurrence of `text` (spaces and line breaks ignored)."""
        wanted = "".join(text.split())
        start = self.text.find(wanted)
        assert start >= 0, f"{wanted!r} is not on the page"
        return [box for _char, box in self.chars[start : start + len(wanted)]]


@pytest.mark.parametrize(
    "name",
    [
        "Å",
        "Maria-Magdalena Wolfeschlegelsteinhausen Andersson-Ångström af Kleen "[:60].strip(),
        ("Maria-Magdalena Wolfeschlegelsteinhausenbergerdorff " * 4)[:200],
        "Wolfeschlegelsteinhausenbergerdorff" * 6,  # 210 letters without a space to break at
        "王" * 120,  # wide characters: 120 of them are as wide as 240 Latin letters
    ],
    ids=["1 character", "60 characters", "200 characters", "one long word", "120 CJK"],
)
def test_a_name_of_any_length_fits_above_the_verification_block(name):
    title = ("Advanced therapy medicinal products in clinical practice: " * 4)[:200]
    page = Page(render(name, title))
    assert page.pages == 1
    # Nothing is lost: every letter of the name and the title is on the page.
    for text in (name, title):
        assert "".join(text.split()) in page.text
    footer = [
        box
        for text in (SERIAL, CODE, "Check that this certificate is genuine")
        for box in page.boxes_of(text)
    ]
    above = page.boxes_of(name) + page.boxes_of(title)
    lowest_of_main = min(bottom for _left, bottom, _right, _top in above)
    highest_of_footer = max(top for _left, _bottom, _right, top in footer)
    assert lowest_of_main > highest_of_footer + 3 * MM
    for char, (left, _bottom, right, _top) in page.chars:
        assert left > FRAME and right < A4_LANDSCAPE_WIDTH - FRAME, f"{char!r} leaves the frame"


def test_long_names_get_smaller_type_than_short_ones():
    sizes = [rendering.size_class("name", "x" * length) for length in (1, 60, 100, 200)]
    assert sizes == ["", "size-m", "size-s", "size-xs"]
    assert rendering.size_class("name", "王" * 40) == "size-s"  # as wide as 80 letters


@pytest.mark.parametrize(
    ("name", "font"),
    [
        ("فاطمة الزهراء", "Noto-Sans-Arabic"),
        ("王小明", "Noto-Sans-CJK"),
        ("דוד כהן", "Noto-Sans-Hebrew"),
        ("Ελένη Παπαδοπούλου", ""),  # Lato has Greek and Cyrillic
        ("Анна Иванова", ""),
        ("अनन्या शर्मा", "Noto-Sans-Devanagari"),
    ],
)
def test_names_in_other_scripts_print_in_the_projects_embedded_fonts(name, font):
    pdf_bytes = render(name)
    fonts = font_names(pdf_bytes)
    assert any(font in base for base, _embedded in fonts), fonts
    assert all(embedded for _base, embedded in fonts), fonts
    assert all("Lato" in base or "Noto" in base for base, _embedded in fonts), fonts


def test_a_chinese_name_and_a_title_with_a_tick_are_text_in_the_pdf():
    page = Page(render("王小明", "先进治疗药品简介 ✓"))
    assert "王小明" in page.text
    assert "先进治疗药品简介✓" in page.text


def test_an_arabic_name_is_set_right_to_left():
    html = rendering.certificate_html(certificate("فاطمة الزهراء"), template=template())
    assert 'dir="rtl"' in html
    # Its first letter (fa, فـ) is printed at the right-hand end of the name.
    page = Page(render("فاطمة"))
    boxes = [
        (box, char)
        for char, box in page.chars
        if "\u0600" <= char <= "\u06ff" or "\ufe70" <= char <= "\ufeff"
    ]
    assert boxes
    rightmost = max(boxes, key=lambda item: item[0][2])[1]
    assert rightmost in ("ف", "\ufed3", "\ufed1")  # fa, or its initial/isolated form


@pytest.mark.parametrize("control", ["\u202e", "\u2067", "\u200f", "\u202d"])
def test_bidirectional_controls_are_dropped_not_printed_or_refused(control):
    name = f"Eve {control}ppa.exe"
    html = rendering.certificate_html(certificate(name), template=template())
    assert control not in html
    assert "Eve ppa.exe" in html
    assert "Evepp" in Page(render(name)).text  # in reading order, nothing reversed


def test_the_name_field_stores_a_name_without_bidirectional_controls():
    assert CertificateNameField().clean("\u202eAnna\u202c Berg") == "Anna Berg"


@pytest.mark.parametrize("character", UNPRINTABLE)
def test_a_name_no_font_can_print_is_refused_as_it_is_typed(character):
    with pytest.raises(ValidationError) as refused:
        CertificateNameField().clean(f"Anna {character} Berg")
    assert character in " ".join(refused.value.messages)
    assert "cannot print" in " ".join(refused.value.messages)


@pytest.mark.parametrize("name", ["فاطمة الزهراء", "王小明", "Åsa ✓", "Zoë 👍\ufe0f"[:3]])
def test_names_the_pdfs_can_print_are_accepted(name):
    assert CertificateNameField().clean(name) == name


def test_rendering_still_refuses_what_no_font_has_rather_than_using_a_system_font():
    with pytest.raises(rendering.RenderingError, match="\U00013000"):
        render("Anna \U00013000")


def test_a_course_or_area_title_no_font_can_print_is_refused_in_the_editor(area):
    course = CoursePageFactory.build(title="Cleanroom basics \U0001f600", slug="emoji")
    with pytest.raises(ValidationError) as refused:
        course.clean()
    assert "\U0001f600" in " ".join(refused.value.message_dict["title"])
    area_page = CatalogueAreaPageFactory.build(title="Gowning \ue000", code="Q", slug="q")
    with pytest.raises(ValidationError) as refused:
        area_page.clean()
    assert "title" in refused.value.message_dict
    CoursePageFactory.build(title="先进治疗药品简介 ✓", slug="zh").clean()


def test_a_certificate_template_no_font_can_print_is_refused():
    tpl = template()
    tpl.signatory_title = "Course director \U0001f600"
    with pytest.raises(ValidationError) as refused:
        tpl.clean()
    assert list(refused.value.message_dict) == ["signatory_title"]


def test_every_pdf_font_file_is_shipped_with_its_licence():
    from django.contrib.staticfiles import finders

    for _family, _weight, path in pdf_sandbox.FALLBACK_FONTS:
        assert finders.find(path), path
    assert finders.find("fonts/noto/OFL-and-copyright-noto.txt")
    assert finders.find("fonts/noto/OFL-and-copyright-noto-cjk.txt")
