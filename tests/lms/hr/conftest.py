import pytest
from django.test import Client

from lms.hr.models import Department, Organisation, Profession, Sector
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.factories.hr import make_hr, make_staff


@pytest.fixture
def org_x(db):
    return Organisation.objects.create(name="Sahlgrenska University Hospital")


@pytest.fixture
def org_y(db):
    return Organisation.objects.create(name="CCRM Nordic", sector=Sector.INDUSTRY)


@pytest.fixture
def dept_x(org_x):
    return Department.objects.create(
        organisation=org_x, name="Hematology", local_name="Hematologen"
    )


@pytest.fixture
def dept_y(org_y):
    return Department.objects.create(organisation=org_y, name="Manufacturing")


@pytest.fixture
def nurse(db):
    return Profession.objects.canonical().get(slug="nurse")


@pytest.fixture
def operator(db):
    return Profession.objects.canonical().get(slug="production-operator")


@pytest.fixture
def hr_x(make_user, org_x):
    return make_hr(make_user, "hr-x", org_x)


@pytest.fixture
def hr_y(make_user, org_y):
    return make_hr(make_user, "hr-y", org_y)


@pytest.fixture
def staff_x(make_user, org_x, dept_x, nurse):
    return make_staff(
        make_user,
        "asa",
        "Åsa Öberg-Ängström",
        org_x,
        dept_x,
        profession=nurse,
        employee_number="SU-1001",
    )


@pytest.fixture
def staff_y(make_user, org_y, dept_y, operator):
    return make_staff(
        make_user,
        "bjorn",
        "Björn Ekström",
        org_y,
        dept_y,
        profession=operator,
        employee_number="CC-2002",
    )


@pytest.fixture
def yearly_course(area):
    """A published three-lesson course whose completions are valid for 12 months."""
    course = publish(
        CoursePageFactory(
            parent=area, title="GMP refresher", slug="gmp-refresher", validity_months=12
        )
    )
    for number in range(1, 4):
        publish(LessonPageFactory(parent=course, title=f"Part {number}", slug=f"part-{number}"))
    return course


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def as_user():
    return client_for
