"""A learner's transcript for HR: completions with corrections, attempts; CSV and PDF."""

import datetime
import io

import pikepdf
import pytest
from django.utils import timezone

from lms.models import CompletionCorrection
from tests.factories.hr import complete
from tests.lms.hr.conftest import client_for
from tests.lms.hr.helpers import csv_rows

pytestmark = pytest.mark.django_db

# A date computed from now (at noon UTC, the same calendar day in Stockholm), never a literal.
CORRECTED_EXPIRY = (timezone.now() + datetime.timedelta(days=120)).replace(
    hour=12, minute=0, second=0, microsecond=0
)


@pytest.fixture
def corrected(staff_x, yearly_course, superuser):
    now = timezone.now()
    completion = complete(staff_x, yearly_course, at=now - datetime.timedelta(days=100))
    CompletionCorrection.objects.create(
        completion=completion,
        action="set_expiry",
        expires_at=CORRECTED_EXPIRY,
        reason="Retrain after SOP change",
        created_by=superuser,
    )
    return completion


def test_transcript_shows_completions_with_their_corrections(corrected, staff_x, hr_x):
    html = client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/").content.decode()
    assert "GMP refresher" in html and "(corrected)" in html
    assert "Retrain after SOP change" in html and CORRECTED_EXPIRY.date().isoformat() in html


def test_transcript_csv_marks_what_changed_since_the_original_entry(corrected, staff_x, hr_x):
    rows = csv_rows(client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=csv"))
    assert rows[0][:2] == ["Record", "Course or quiz"]
    completion, correction = rows[1], rows[2]
    assert completion[0] == "Completion" and completion[1] == "GMP refresher"
    assert completion[6].startswith(CORRECTED_EXPIRY.date().isoformat())
    assert "Changed since the original entry" in completion[8]
    assert correction[0] == "Correction" and correction[8] == "Retrain after SOP change (by root)"


def test_transcript_pdf_uses_the_project_fonts(corrected, staff_x, hr_x):
    response = client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=pdf")
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="transcript-asa-oberg-angstrom-' in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    with pikepdf.open(io.BytesIO(response.content)) as pdf:
        fonts = {str(font.BaseFont) for page in pdf.pages for font in page.Resources.Font.values()}
        text = pdf.open_metadata().get("dc:title", "")
    assert fonts and all("Lato" in name for name in fonts)
    assert "Åsa Öberg-Ängström" in text


def test_transcript_index_lists_only_visible_people(staff_x, staff_y, hr_x):
    html = client_for(hr_x).get("/admin/reports/hr/transcripts/?q=ekstr").content.decode()
    assert "Björn" not in html
    html = client_for(hr_x).get("/admin/reports/hr/transcripts/?q=SU-1001").content.decode()
    assert "Åsa Öberg-Ängström" in html


def structure_elements(pdf):
    """Yield every structure element of a tagged PDF's structure tree."""
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        kids = stack.pop().get("/K")
        kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield kid
                stack.append(kid)


def transcript_pdf(client, learner, language):
    response = client.get(
        f"/admin/reports/hr/transcripts/{learner.pk}/?format=pdf&language={language}"
    )
    assert response["Content-Type"] == "application/pdf"
    return pikepdf.open(io.BytesIO(response.content))


def test_transcript_pdf_header_cells_carry_their_scope(corrected, staff_x, hr_x):
    with transcript_pdf(client_for(hr_x), staff_x, "en-gb") as pdf:
        headers = [e for e in structure_elements(pdf) if e.S == "/TH"]
        scopes = [(str(e.A.O), str(e.A.get("/Scope"))) for e in headers]
    assert ("/Table", "/Column") in scopes and ("/Table", "/Row") in scopes
    assert all(scope in (("/Table", "/Column"), ("/Table", "/Row")) for scope in scopes), scopes
    # Completions (8 columns) and quiz attempts are tables with a header row each.
    assert scopes.count(("/Table", "/Column")) >= 8


def test_an_english_course_title_in_a_swedish_transcript_is_marked_english(
    corrected, staff_x, hr_x
):
    with transcript_pdf(client_for(hr_x), staff_x, "sv") as pdf:
        assert str(pdf.Root.Lang) == "sv"
        marked = [e for e in structure_elements(pdf) if "/Lang" in e]
        assert [(str(e.S), str(e.Lang)) for e in marked] == [("/TH", "en-gb")]
    with transcript_pdf(client_for(hr_x), staff_x, "en-gb") as pdf:
        assert str(pdf.Root.Lang) == "en-gb"
        assert not [e for e in structure_elements(pdf) if "/Lang" in e]


@pytest.mark.parametrize("export", ["pdf", "csv"])
def test_a_transcript_file_keeps_the_letters_of_a_non_latin_name(
    make_user, org_x, dept_x, hr_x, export
):
    from urllib.parse import quote

    from tests.factories.hr import make_staff

    learner = make_staff(make_user, "omega", "Ωmega Öberg", org_x, dept_x)
    response = client_for(hr_x).get(f"/admin/reports/hr/transcripts/{learner.pk}/?format={export}")
    disposition = response["Content-Disposition"]
    today = timezone.localdate().isoformat()
    assert disposition.startswith("attachment; filename=")
    assert f"filename*=utf-8''{quote(f'transcript-Ωmega-Öberg-{today}.{export}')}" in disposition
    # Clients that know only the plain parameter get ASCII: the learner's number, as Ω has none.
    assert f'filename="transcript-{learner.pk}-{today}.{export}"' in disposition


def test_a_transcript_of_an_arabic_or_chinese_name_prints_it_in_the_projects_fonts(
    make_user, org_x, dept_x, hr_x
):
    """Issue 17 W6: Lato has no Arabic or CJK; the Noto fallbacks print them, embedded."""
    from tests.factories.hr import make_staff

    learner = make_staff(make_user, "fatima", "فاطمة الزهراء 王", org_x, dept_x)
    with transcript_pdf(client_for(hr_x), learner, "en-gb") as pdf:
        fonts = {str(font.BaseFont) for page in pdf.pages for font in page.Resources.Font.values()}
    assert any("Noto-Sans-Arabic" in name for name in fonts), fonts
    assert any("Noto-Sans-CJK" in name for name in fonts), fonts
    assert all("Lato" in name or "Noto" in name for name in fonts), fonts
