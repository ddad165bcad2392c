"""HR's admin screens for people and structure: every list, form and object is scoped."""

import pytest

from lms.accounts.models import LearnerProfile
from lms.hr.models import CompetenceNeed, Department
from tests.lms.hr.conftest import client_for

pytestmark = pytest.mark.django_db


def test_people_list_shows_only_the_hr_users_organisation(staff_x, staff_y, hr_x):
    page = client_for(hr_x).get("/admin/hr/people/").content.decode()
    assert "Åsa Öberg-Ängström" in page
    assert "Björn Ekström" not in page


def test_the_people_screen_sets_a_profession_but_never_membership(staff_x, hr_x, org_x, nurse):
    """Where someone works changes only through the Members screen (lms.hr.membership)."""
    surgery = Department.objects.create(organisation=org_x, name="Surgery")
    profile = staff_x.learner_profile
    response = client_for(hr_x).post(
        f"/admin/hr/people/edit/{profile.pk}/",
        {
            "organisation": "",
            "department": surgery.pk,
            "profession": nurse.pk,
            "employee_number": "SU-7777",
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.organisation, profile.department.name, profile.employee_number) == (
        org_x,
        "Hematology",
        "SU-1001",
    )
    assert profile.profession == nurse
    assert profile.full_name == "Åsa Öberg-Ängström"


def test_hr_cannot_open_or_change_someone_in_another_organisation(staff_x, hr_y, org_y):
    client = client_for(hr_y)
    url = f"/admin/hr/people/edit/{staff_x.learner_profile.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"organisation": org_y.pk}).status_code == 404
    assert (
        LearnerProfile.objects.get(user=staff_x).organisation.name
        == "Sahlgrenska University Hospital"
    )


def test_department_screens_are_scoped(dept_x, dept_y, hr_x):
    client = client_for(hr_x)
    listing = client.get("/admin/snippets/hr/department/").content.decode()
    assert "Hematology" in listing and "Manufacturing" not in listing
    assert client.get(f"/admin/snippets/hr/department/edit/{dept_y.pk}/").status_code == 404
    assert client.get(f"/admin/snippets/hr/department/edit/{dept_x.pk}/").status_code == 200


def test_the_department_chooser_offers_only_own_departments(dept_x, dept_y, hr_x):
    client = client_for(hr_x)
    chooser = client.get("/admin/snippets/choose/hr/department/").content.decode()
    assert "Hematology" in chooser and "Manufacturing" not in chooser
    assert (
        client.get(f"/admin/snippets/choose/hr/department/chosen/{dept_y.pk}/").status_code == 404
    )


def test_hr_adds_a_department_only_to_their_organisation(hr_x, org_x, org_y):
    client = client_for(hr_x)
    client.post("/admin/snippets/hr/department/add/", {"organisation": org_y.pk, "name": "Sneaky"})
    client.post("/admin/snippets/hr/department/add/", {"organisation": org_x.pk, "name": "Surgery"})
    assert list(Department.objects.values_list("name", flat=True)) == ["Surgery"]


def test_a_department_with_people_is_not_deleted(dept_x, staff_x, superuser):
    response = client_for(superuser).post(f"/admin/snippets/hr/department/delete/{dept_x.pk}/")
    assert response.status_code == 302
    assert Department.objects.filter(pk=dept_x.pk).exists()


def test_competence_needs_are_scoped(dept_x, dept_y, area, hr_x):
    mine = CompetenceNeed.objects.create(department=dept_x, area=area, staff_count=5)
    theirs = CompetenceNeed.objects.create(department=dept_y, area=area, staff_count=7)
    client = client_for(hr_x)
    assert client.get(f"/admin/hr/competence-needs/edit/{theirs.pk}/").status_code == 404
    response = client.post(
        f"/admin/hr/competence-needs/edit/{mine.pk}/",
        {"department": dept_x.pk, "area": area.pk, "staff_count": 9, "source": "Survey 2026"},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.staff_count == 9


def test_organisations_are_read_only_for_hr(org_x, org_y, hr_x):
    client = client_for(hr_x)
    listing = client.get("/admin/snippets/hr/organisation/").content.decode()
    assert "Sahlgrenska University Hospital" in listing and "CCRM Nordic" not in listing
    client.post(
        "/admin/snippets/hr/organisation/add/", {"name": "New Hospital", "sector": "healthcare"}
    )
    assert not org_x.__class__.objects.filter(name="New Hospital").exists()


def test_only_administrators_say_who_is_hr_for_whom(hr_x, superuser):
    assert client_for(hr_x).get("/admin/hr/responsibilities/").status_code == 302
    page = client_for(superuser).get("/admin/hr/responsibilities/").content.decode()
    assert "hr-x" in page


@pytest.mark.parametrize(
    "url", ["/admin/hr/people/", "/admin/hr/assignments/", "/admin/snippets/hr/department/"]
)
def test_hr_listings_keep_a_flat_number_of_queries(make_user, org_x, dept_x, course, hr_x, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.hr.models import AssignmentRule
    from tests.factories.hr import make_staff

    client = client_for(hr_x)

    def add(start, count):
        for n in range(start, start + count):
            department = Department.objects.create(organisation=org_x, name=f"Ward {n}")
            make_staff(make_user, f"s{n}", f"Staff {n}", org_x, department)
            AssignmentRule.objects.create(
                organisation=org_x,
                course=course,
                department=department,
                due_within_days=9,
                created_by=hr_x,
            )

    def queries():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(0, 2)
    few = queries()
    add(2, 10)
    assert queries() == few


def redirect_to(response):
    return response.status_code, response.get("Location")


def test_people_are_never_added_or_deleted_in_the_admin(staff_x, hr_x, hr_y, superuser):
    profile = staff_x.learner_profile
    for user in (hr_x, superuser):
        client = client_for(user)
        listing = client.get("/admin/hr/people/").content.decode()
        assert f"/admin/hr/people/edit/{profile.pk}/" in listing
        assert "/admin/hr/people/new/" not in listing and "/admin/hr/people/delete/" not in listing
        for url in ("/admin/hr/people/new/", f"/admin/hr/people/delete/{profile.pk}/"):
            assert redirect_to(client.get(url)) == (302, "/admin/"), (user, url)
            assert redirect_to(client.post(url, {"user": staff_x.pk})) == (302, "/admin/")
    # Another organisation's person is not there at all, as if the id did not exist.
    assert client_for(hr_y).post(f"/admin/hr/people/delete/{profile.pk}/").status_code == 404
    assert list(LearnerProfile.objects.values_list("pk", flat=True)) == [profile.pk]


def test_assignment_rules_are_never_edited_or_deleted(org_x, course, hr_x, hr_y, superuser):
    from lms.hr.models import AssignmentRule

    rule = AssignmentRule.objects.create(
        organisation=org_x, course=course, due_within_days=30, created_by=hr_x
    )
    prefix = "/admin/hr/assignments/"
    for user in (hr_x, superuser):
        client = client_for(user)
        for page in (prefix, f"{prefix}inspect/{rule.pk}/", f"{prefix}history/{rule.pk}/"):
            response = client.get(page)
            html = response.content.decode()
            assert response.status_code == 200, page
            assert f"{prefix}inspect/{rule.pk}/" in html or page.endswith(f"inspect/{rule.pk}/")
            assert f"{prefix}edit/" not in html and f"{prefix}delete/" not in html, page
        for url in (f"{prefix}edit/{rule.pk}/", f"{prefix}delete/{rule.pk}/"):
            assert redirect_to(client.get(url)) == (302, "/admin/"), (user, url)
            assert redirect_to(client.post(url, {"due_within_days": 99})) == (302, "/admin/")
    other = client_for(hr_y)
    for view in ("edit", "delete", "inspect", "history", "usage"):
        assert other.get(f"{prefix}{view}/{rule.pk}/").status_code == 404, view
    assert AssignmentRule.objects.get().due_within_days == 30


def test_links_to_a_rule_from_other_screens_lead_to_its_inspect_view(
    make_user, org_x, course, hr_x, superuser
):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    from lms.hr.models import AssignmentRule

    rule = AssignmentRule.objects.create(
        organisation=org_x, course=course, due_within_days=9, created_by=hr_x
    )
    inspect = f"/admin/hr/assignments/inspect/{rule.pk}/"
    assert AdminURLFinder(superuser).get_edit_url(rule) == inspect
    assert AdminURLFinder(hr_x).get_edit_url(rule) == inspect
    assert AdminURLFinder(make_user("editor", is_staff=True)).get_edit_url(rule) is None
    assert AdminURLFinder(superuser).get_edit_url(org_x) == (
        f"/admin/snippets/hr/organisation/edit/{org_x.pk}/"
    )
