"""Downloads: same rows and columns as the screen, streamed, bounded, and audited."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.hr import assignments, exports, extensions
from lms.hr.models import AssignmentRule, ExportLog
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.factories.hr import complete, make_staff
from tests.lms.hr.conftest import client_for
from tests.lms.hr.helpers import as_screen, body, csv_rows, screen_table, xlsx_rows

pytestmark = pytest.mark.django_db

COMPLETIONS = "/admin/reports/hr/completions/"
ASSIGNMENTS = "/admin/reports/hr/assignments/"


def add_staff(make_user, org, dept, count, start=0):
    return [
        make_staff(
            make_user, f"person{n}", f"Linnéa Sjögren {n}", org, dept, employee_number=f"E{n}"
        )
        for n in range(start, start + count)
    ]


@pytest.fixture
def records(make_user, org_x, dept_x, staff_x, course, yearly_course, superuser):
    people = [staff_x, *add_staff(make_user, org_x, dept_x, 3)]
    now = timezone.now()
    for index, person in enumerate(people):
        complete(person, course, at=now - datetime.timedelta(days=60 - index))
    # Completed over a year ago: the yearly course has expired for them, whatever today is.
    complete(people[0], yearly_course, at=now - datetime.timedelta(days=400))
    rule = AssignmentRule.objects.create(
        organisation=org_x,
        course=yearly_course,
        department=dept_x,
        due_within_days=14,
        created_by=superuser,
    )
    assignments.apply_rule(rule.pk)
    return people


def compare(screen_response, file_rows):
    header, rows = screen_table(screen_response)
    assert [str(cell) for cell in file_rows[0]] == header
    assert len(file_rows) - 1 == len(rows) > 0
    for screen_row, file_row in zip(rows, file_rows[1:], strict=True):
        assert [as_screen(v, s) for v, s in zip(file_row, screen_row, strict=True)] == screen_row


@pytest.mark.parametrize("report", [COMPLETIONS, ASSIGNMENTS])
def test_csv_has_the_same_rows_and_columns_as_the_screen(records, hr_x, report):
    client = client_for(hr_x)
    compare(client.get(f"{report}results/"), csv_rows(client.get(f"{report}?export=csv")))


@pytest.mark.parametrize("report", [COMPLETIONS, ASSIGNMENTS])
def test_xlsx_has_the_same_rows_and_columns_as_the_screen(records, hr_x, report):
    client = client_for(hr_x)
    compare(client.get(f"{report}results/"), xlsx_rows(client.get(f"{report}?export=xlsx")))


def test_filtered_download_matches_the_filtered_screen(records, hr_x, yearly_course):
    client = client_for(hr_x)
    query = f"?course={yearly_course.pk}"
    screen = client.get(f"{COMPLETIONS}results/{query}")
    rows = csv_rows(client.get(f"{COMPLETIONS}{query}&export=csv"))
    compare(screen, rows)
    assert len(rows) == 2


def test_csv_is_utf8_with_bom_and_iso_dates(records, hr_x):
    response = client_for(hr_x).get(f"{COMPLETIONS}?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="completion-records-' in response["Content-Disposition"]
    rows = csv_rows(response)
    column = rows[0].index("Completed at")
    names = [row[0] for row in rows[1:]]
    assert "Åsa Öberg-Ängström" in names
    for row in rows[1:]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", row[column])


def test_assignments_report_lists_overdue_first(records, hr_x):
    from lms.hr.models import Assignment

    Assignment.objects.filter(learner=records[2]).update(due_date=datetime.date(2020, 1, 1))
    rows = csv_rows(client_for(hr_x).get(f"{ASSIGNMENTS}?export=csv"))
    status = rows[0].index("Status")
    statuses = [row[status] for row in rows[1:]]
    assert statuses[0] in ("Overdue", "Expired")
    assert statuses == sorted(
        statuses,
        key=["Overdue", "Expired", "Expiring", "Not started", "In progress", "Completed"].index,
    )


def test_completion_csv_streams_from_an_iterator_with_flat_queries(
    make_user, org_x, dept_x, course, hr_x, monkeypatch
):
    calls = []
    original = exports.ExportMixin.iterate

    def spy(self, queryset):
        calls.append(queryset)
        return original(self, queryset)

    monkeypatch.setattr(exports.ExportMixin, "iterate", spy)
    client = client_for(hr_x)

    def download_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{COMPLETIONS}?export=csv")
            assert isinstance(response, StreamingHttpResponse)
            lines = b"".join(response.streaming_content).count(b"\n")
        return len(queries), lines

    for person in add_staff(make_user, org_x, dept_x, 2):
        complete(person, course)
    few = download_queries()
    for person in add_staff(make_user, org_x, dept_x, 10, start=2):
        complete(person, course)
    many = download_queries()
    assert few[1] == 3 and many[1] == 13
    assert few[0] == many[0]
    assert calls and all(not isinstance(q, list) for q in calls)


def test_large_xlsx_is_refused_with_advice_to_use_csv(records, hr_x, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 2)
    client = client_for(hr_x)
    response = client.get(f"{COMPLETIONS}?export=xlsx&status=valid")
    assert response.status_code == 302
    assert response["Location"] == f"{COMPLETIONS}?status=valid"
    page = client.get(response["Location"]).content.decode()
    assert "download CSV, which has no limit" in page
    assert not ExportLog.objects.exists()
    assert client.get(f"{COMPLETIONS}?export=csv").status_code == 200


def test_every_download_is_in_the_audit_log(records, hr_x, dept_x):
    client = client_for(hr_x)
    b"".join(client.get(f"{COMPLETIONS}?department={dept_x.pk}&export=csv").streaming_content)
    client.get(f"{ASSIGNMENTS}?export=xlsx")
    entry = ExportLog.objects.get(report="completion-records")
    assert (entry.user, entry.format, entry.filters, entry.row_count) == (
        hr_x,
        "csv",
        {"department": str(dept_x.pk)},
        5,
    )
    assert ExportLog.objects.filter(report="assignment-status", format="xlsx").exists()
    log = ModelLogEntry.objects.filter(action="lms.report_exported").order_by("timestamp").first()
    assert log.user == hr_x
    assert log.data == {
        "report": "completion-records",
        "format": "csv",
        "filters": {"department": str(dept_x.pk)},
        "rows": 5,
    }


def test_transcript_downloads_are_audited(records, hr_x, staff_x):
    client_for(hr_x).get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=csv")
    entry = ExportLog.objects.get()
    assert (entry.report, entry.filters) == ("transcript", {"learner": staff_x.pk})


def test_text_that_looks_like_a_formula_stays_text(make_user, org_x, dept_x, course, hr_x):
    person = make_staff(make_user, "mallory", "=HYPERLINK(1) Mallory", org_x, dept_x)
    complete(person, course)
    client = client_for(hr_x)
    csv_names = [row[0] for row in csv_rows(client.get(f"{COMPLETIONS}?export=csv"))]
    assert "'=HYPERLINK(1) Mallory" in csv_names
    xlsx_names = [row[0] for row in xlsx_rows(client.get(f"{COMPLETIONS}?export=xlsx"))]
    assert "=HYPERLINK(1) Mallory" in xlsx_names


def test_the_certificate_serial_column_comes_from_the_certificates_hook(records, hr_x, monkeypatch):
    client = client_for(hr_x)
    assert "Certificate serial" in csv_rows(client.get(f"{COMPLETIONS}?export=csv"))[0]
    # Without the certificates app's hook (lms.hr.extensions), HR knows of no such column.
    real = extensions.hooks.get_hooks
    monkeypatch.setattr(
        extensions.hooks,
        "get_hooks",
        lambda name: [] if name == "hr_completion_columns" else real(name),
    )
    header = csv_rows(client.get(f"{COMPLETIONS}?export=csv"))[0]
    assert "Certificate serial" not in header
    assert header[-1] == "Course revision"


def test_certificate_serial_comes_through_the_completion(records, hr_x, staff_x, course):
    from certificates.models import Certificate

    completion = staff_x.completions.get(course=course)
    certificate = Certificate.objects.filter(completion=completion).order_by("-pk").first()
    assert certificate is not None
    rows = csv_rows(client_for(hr_x).get(f"{COMPLETIONS}?export=csv&course={course.pk}"))
    serial = rows[0].index("Certificate serial")
    by_name = {row[0]: row[serial] for row in rows[1:]}
    assert by_name["Åsa Öberg-Ängström"] == certificate.serial != ""


def test_competence_matrix_download_holds_the_screen_totals(hr_x, org_x, dept_x, area):
    from lms.hr.models import CompetenceNeed

    CompetenceNeed.objects.create(department=dept_x, area=area, staff_count=12)
    rows = csv_rows(client_for(hr_x).get("/admin/reports/hr/competence/?export=csv"))
    assert rows[0][:3] == ["Department", "Organisation", f"{area.label}: need"]
    assert rows[-1][0] == "Total" and rows[-1][2] == "12"


def test_publish_helper_is_used(area):
    course = publish(CoursePageFactory(parent=area, slug="extra"))
    LessonPageFactory(parent=course, slug="extra-1")
    assert course.live


# Excel with Swedish settings reads a CSV with semicolons: the comma is its decimal separator.
EXCEL_SV = "export=csv&dialect=excel-sv"


def excel_sv_rows(response):
    data = body(response)
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def as_swedish_excel(value):
    """Return a standard CSV cell as the Excel CSV for Swedish settings writes it."""
    if re.fullmatch(r"-?\d+\.\d+", value):
        return value.replace(".", ",")
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", value):
        return value[:10] + " " + value[11:19]  # local time, which Excel reads as a date
    return value


@pytest.fixture
def scored(records, staff_x, quiz_course):
    from tests.lms.test_records import finish_course

    attempt = finish_course(client_for(staff_x), quiz_course, right=3)
    assert attempt.score_percent == 75
    return records


@pytest.mark.parametrize("report", [COMPLETIONS, ASSIGNMENTS, "/admin/reports/hr/competence/"])
def test_excel_csv_for_swedish_settings_holds_the_standard_csvs_values(scored, hr_x, report):
    client = client_for(hr_x)
    standard = csv_rows(client.get(f"{report}?export=csv"))
    response = client.get(f"{report}?{EXCEL_SV}")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    swedish = excel_sv_rows(response)
    assert len(swedish) == len(standard) > 1
    assert swedish == [[as_swedish_excel(value) for value in row] for row in standard]


def test_excel_csv_for_swedish_settings_writes_decimals_with_a_comma(scored, hr_x):
    rows = excel_sv_rows(client_for(hr_x).get(f"{COMPLETIONS}?{EXCEL_SV}"))
    score, completed = rows[0].index("Score (%)"), rows[0].index("Completed at")
    assert "75,00" in [row[score] for row in rows[1:]]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r[completed]) for r in rows[1:])


def test_excel_csv_for_swedish_settings_keeps_formulas_as_text(
    make_user, org_x, dept_x, course, hr_x
):
    names = [f"{start}HYPERLINK(1); Mallory" for start in "=+-@"]
    for number, name in enumerate(names):
        complete(make_staff(make_user, f"mallory{number}", name, org_x, dept_x), course)
    rows = excel_sv_rows(client_for(hr_x).get(f"{COMPLETIONS}?{EXCEL_SV}"))
    assert sorted(row[0] for row in rows[1:]) == sorted(f"'{name}" for name in names)


def test_the_report_menu_offers_the_excel_csv_for_swedish_settings(records, hr_x, dept_x):
    html = client_for(hr_x).get(f"{COMPLETIONS}?department={dept_x.pk}").content.decode()
    assert "Download CSV (Excel, semicolons)" in html
    assert f"?department={dept_x.pk}&amp;export=csv&amp;dialect=excel-sv" in html


def test_the_transcript_offers_the_excel_csv_for_swedish_settings(records, hr_x, staff_x):
    client = client_for(hr_x)
    html = client.get(f"/admin/reports/hr/transcripts/{staff_x.pk}/").content.decode()
    assert 'href="?format=csv&amp;dialect=excel-sv"' in html
    standard = csv_rows(client.get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=csv"))
    swedish = excel_sv_rows(
        client.get(f"/admin/reports/hr/transcripts/{staff_x.pk}/?format=csv&dialect=excel-sv")
    )
    assert swedish == [[as_swedish_excel(value) for value in row] for row in standard]
