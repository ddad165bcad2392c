"""A learner's transcript for HR: completions with corrections, attempts; CSV and PDF."""

import datetime
import io

import pikepdf
import pytest

from lms.models import CompletionCorrection
from tests.factories.hr import complete
from tests.lms.hr.conftest import client_for
from tests.lms.hr.helpers import csv_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def corrected(staff_x, yearly_course, superuser):
    completion = complete(
        staff_x, yearly_course, at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=datetime.UTC)
    )
    CompletionCorrection.objects.create(
        completion=completion,
        action="set_expiry",
        expires_at=datetime.datetime(2026, 9, 1, tzinfo=datetime.UTC),
        reason="Retrain after SOP change",
        created_by=superuser,
    )
    return completion


def test_transcript_shows_completions_with_their_corrections(corrected, staff_x, hr_x):
    html = client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/").content.decode()
    assert "GMP refresher" in html and "(corrected)" in html
    assert "Retrain after SOP change" in html and "2026-09-01" in html


def test_transcript_csv_marks_what_changed_since_the_original_entry(corrected, staff_x, hr_x):
    rows = csv_rows(client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=csv"))
    assert rows[0][:2] == ["Record", "Course or quiz"]
    completion, correction = rows[1], rows[2]
    assert completion[0] == "Completion" and completion[1] == "GMP refresher"
    assert completion[6].startswith("2026-09-01")
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
