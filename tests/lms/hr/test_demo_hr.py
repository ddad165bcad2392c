"""The HR demo: Table 1 departments and needs, ~200 learners with records, an HR user."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

from lms.accounts.models import LearnerProfile
from lms.hr.matrix import build_matrix
from lms.hr.models import Assignment, AssignmentRule, CompetenceNeed, Department, Organisation
from lms.models import CourseCompletion

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def counts():
    return (
        get_user_model().objects.count(),
        LearnerProfile.objects.count(),
        CourseCompletion.objects.count(),
        Assignment.objects.count(),
        AssignmentRule.objects.count(),
        CompetenceNeed.objects.count(),
        Department.objects.count(),  # translations included
        Organisation.objects.count(),
    )


def test_demo_has_table_1_beside_trained_staff_and_an_hr_user(demo, client):
    assert Organisation.objects.canonical().count() == 5
    sahlgrenska = Organisation.objects.canonical().get(name="Sahlgrenska University Hospital")
    with translation.override("sv"):
        assert sahlgrenska.display_name == "Sahlgrenska Universitetssjukhuset"
        assert Department.objects.canonical().get(name="Oncology").display_name == "Onkologen"
    local_names = set(Department.objects.values_list("local_name", flat=True))
    assert {
        "Hematologen",
        "Onkologen",
        "Barnsjukhuset",
        "VO Läkemedel",
        "KITM",
        "Gothia Forum",
    } <= local_names
    assert 190 <= LearnerProfile.objects.exclude(department=None).count() <= 210
    hr_user = get_user_model().objects.get(username="hr@example.org")
    matrix = build_matrix(hr_user)
    assert [cell.need for cell in matrix.totals.cells] == [497, 41, 146, 433, 33, 15, 25]
    assert matrix.totals.total.trained > 0
    validity = set(CourseCompletion.objects.with_validity().values_list("validity", flat=True))
    assert {"valid", "expiring", "expired"} <= validity
    statuses = {assignment.status for assignment in Assignment.objects.with_status()}
    assert {"overdue", "not_started", "completed"} <= statuses
    assert client.login(username="hr@example.org", password="atmp-hr-demo")
    page = client.get("/admin/reports/hr/competence/").content.decode()
    assert "Hematology (Hematologen)" in page and "CCRM Nordic" not in page


def test_loading_the_demo_twice_adds_nothing(demo):
    before = counts()
    load()
    assert counts() == before
