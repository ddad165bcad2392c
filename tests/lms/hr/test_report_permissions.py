"""The permission ladder for every HR report and download: what each role gets back.

The tests only read, so the world is built once for the module (tests/conftest.py's
`rolled_back`); each test runs in a savepoint of it.
"""

from types import SimpleNamespace

import pytest

from lms.hr import assignments
from lms.hr.models import Profession, Sector
from tests.conftest import rolled_back
from tests.factories.accounts import LearnerProfileFactory, UserFactory
from tests.factories.courses import CoursePageFactory
from tests.factories.hr import (
    AssignmentRuleFactory,
    CompetenceNeedFactory,
    DepartmentFactory,
    HRResponsibilityFactory,
    OrganisationFactory,
    complete,
)
from tests.lms.hr.conftest import client_for
from tests.lms.hr.helpers import text_of

pytestmark = pytest.mark.django_db

REPORTS = [
    ("/admin/reports/hr/completions/", None),
    ("/admin/reports/hr/completions/?export=csv", "csv"),
    ("/admin/reports/hr/completions/?export=xlsx", "xlsx"),
    ("/admin/reports/hr/assignments/", None),
    ("/admin/reports/hr/assignments/?export=csv", "csv"),
    ("/admin/reports/hr/assignments/?export=xlsx", "xlsx"),
    ("/admin/reports/hr/competence/", None),
    ("/admin/reports/hr/competence/?export=csv", "csv"),
    ("/admin/reports/hr/competence/?export=xlsx", "xlsx"),
    ("/admin/reports/hr/transcripts/", None),
]
X_MARKS = ["Åsa Öberg-Ängström", "Hematology"]
Y_MARKS = ["Björn Ekström", "Manufacturing"]


def staff(username, full_name, department, profession, employee_number):
    first, _space, last = full_name.partition(" ")
    return LearnerProfileFactory(
        user=UserFactory(username=username, first_name=first, last_name=last),
        full_name=full_name,
        organisation=department.organisation,
        department=department,
        profession=Profession.objects.canonical().get(slug=profession),
        employee_number=employee_number,
    ).user


def hr_user(username, organisation):
    return HRResponsibilityFactory(user__username=username, organisation=organisation).user


def build_world():
    org_x = OrganisationFactory(name="Sahlgrenska University Hospital")
    org_y = OrganisationFactory(name="CCRM Nordic", sector=Sector.INDUSTRY)
    dept_x = DepartmentFactory(organisation=org_x, name="Hematology", local_name="Hematologen")
    dept_y = DepartmentFactory(organisation=org_y, name="Manufacturing")
    world = SimpleNamespace(
        org_x=org_x,
        staff_x=staff("asa", "Åsa Öberg-Ängström", dept_x, "nurse", "SU-1001"),
        staff_y=staff("bjorn", "Björn Ekström", dept_y, "production-operator", "CC-2002"),
        hr_x=hr_user("hr-x", org_x),
        hr_y=hr_user("hr-y", org_y),
        superuser=UserFactory(username="root", is_staff=True, is_superuser=True),
    )
    course = CoursePageFactory(title="Introduction to ATMP", slug="intro", lessons=3)
    for dept, person in ((dept_x, world.staff_x), (dept_y, world.staff_y)):
        complete(person, course)
        rule = AssignmentRuleFactory(
            organisation=dept.organisation,
            course=course,
            department=dept,
            created_by=world.superuser,
        )
        assignments.apply_rule(rule.pk)
        CompetenceNeedFactory(department=dept, area=course.get_parent().specific, staff_count=40)
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Both organisations with a completion, an assignment and a need each."""
    with rolled_back(django_db_blocker):
        yield build_world()


# The world's people and organisation, in place of the package's per-test fixtures.
@pytest.fixture
def org_x(world):
    return world.org_x


@pytest.fixture
def staff_x(world):
    return world.staff_x


@pytest.fixture
def hr_x(world):
    return world.hr_x


@pytest.fixture
def hr_y(world):
    return world.hr_y


@pytest.fixture
def superuser(world):
    return world.superuser


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_anonymous_is_sent_to_sign_in(client, world, url, export):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_learner_without_admin_access_is_turned_away(world, staff_x, url, export):
    response = client_for(staff_x).get(url)
    assert response.status_code == 302
    assert "Björn" not in response.content.decode() and "Åsa" not in response.content.decode()


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_admin_user_without_hr_permission_is_refused(world, make_user, url, export):
    from django.contrib.auth.models import Group, Permission

    editors = Group.objects.create(name="Editors only")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = make_user("editor")
    editor.groups.add(editors)
    response = client_for(editor).get(url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_hr_of_x_sees_x_and_never_y(world, hr_x, url, export):
    response = client_for(hr_x).get(url)
    assert response.status_code == 200
    text = text_of(response, export)
    if "transcripts" not in url:
        assert all(
            mark in text for mark in X_MARKS if "competence" not in url or mark == "Hematology"
        )
    else:
        assert "Åsa Öberg-Ängström" in text
    assert not any(mark in text for mark in Y_MARKS)


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_hr_of_y_sees_y_and_never_x(world, hr_y, url, export):
    response = client_for(hr_y).get(url)
    assert response.status_code == 200
    text = text_of(response, export)
    assert not any(mark in text for mark in X_MARKS)
    assert ("Manufacturing" if "competence" in url else "Björn Ekström") in text


@pytest.mark.parametrize(("url", "export"), REPORTS)
def test_superuser_sees_both_organisations(world, superuser, url, export):
    response = client_for(superuser).get(url)
    assert response.status_code == 200
    text = text_of(response, export)
    marks = ["Hematology", "Manufacturing"] if "competence" in url else [X_MARKS[0], Y_MARKS[0]]
    assert all(mark in text for mark in marks)


def test_filtering_on_another_organisation_shows_nothing_of_it(world, hr_y, org_x):
    url = f"/admin/reports/hr/completions/?organisation={org_x.pk}&export=csv"
    response = client_for(hr_y).get(url)
    assert "Åsa" not in text_of(response, "csv")


@pytest.mark.parametrize("suffix", ["", "?format=csv", "?format=pdf"])
def test_transcript_ladder(client, world, staff_x, hr_x, hr_y, superuser, suffix):
    url = f"/admin/reports/hr/transcripts/{staff_x.pk}/{suffix}"
    assert client.get(url).status_code == 302
    assert client_for(staff_x).get(url).status_code == 302
    assert client_for(hr_y).get(url).status_code == 404
    assert client_for(hr_x).get(url).status_code == 200
    assert client_for(superuser).get(url).status_code == 200


def test_unknown_transcript_is_404(world, hr_x):
    assert client_for(hr_x).get("/admin/reports/hr/transcripts/999999/").status_code == 404


def test_reports_menu_shows_hr_reports_only_to_hr(world, hr_x, make_user):
    from django.contrib.auth.models import Group, Permission

    page = client_for(hr_x).get("/admin/").content.decode()
    assert "Completion records" in page and "Competence matrix" in page
    editors = Group.objects.create(name="Editors only")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = make_user("editor")
    editor.groups.add(editors)
    assert "Completion records" not in client_for(editor).get("/admin/").content.decode()
