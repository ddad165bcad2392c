"""Assigning courses in bulk: who is found, what is reported, idempotence, and the admin flow."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from freezegun import freeze_time

from lms.hr import assignments
from lms.hr.models import Assignment, AssignmentRule, MembershipSource, RuleState
from tests.factories.hr import make_staff
from tests.lms.hr.conftest import client_for

pytestmark = pytest.mark.django_db

NEW = "/admin/hr/assignments/new/"


@pytest.fixture
def hematology_staff(make_user, org_x, dept_x, nurse):
    return [
        make_staff(
            make_user,
            f"hem{n}",
            f"Märta Lindström {n}",
            org_x,
            dept_x,
            profession=nurse if n % 2 else None,
            employee_number=f"SU-{500 + n}",
        )
        for n in range(6)
    ]


def rule(org, course, user, **fields):
    fields.setdefault("due_within_days", 30)
    return AssignmentRule.objects.create(organisation=org, course=course, created_by=user, **fields)


def test_a_department_rule_assigns_everyone_in_it(
    org_x, dept_x, course, hr_x, hematology_staff, staff_y
):
    result = assignments.apply_rule(rule(org_x, course, hr_x, department=dept_x).pk)
    assert result == {"total": 6, "created": 6, "unknown": 0}
    assert set(Assignment.objects.values_list("learner", flat=True)) == {
        p.pk for p in hematology_staff
    }


def test_department_and_profession_together_narrow_the_group(
    org_x, dept_x, nurse, course, hr_x, hematology_staff
):
    assignments.apply_rule(rule(org_x, course, hr_x, department=dept_x, profession=nurse).pk)
    assert Assignment.objects.count() == 3


def test_running_a_rule_twice_gives_the_same_rows(org_x, dept_x, course, hr_x, hematology_staff):
    first = rule(org_x, course, hr_x, department=dept_x)
    assignments.apply_rule(first.pk)
    rows = list(
        Assignment.objects.order_by("pk").values_list("pk", "learner", "course", "due_date")
    )
    assignments.apply_rule(first.pk)
    assignments.apply_rule(rule(org_x, course, hr_x, department=dept_x, due_within_days=5).pk)
    assert (
        list(Assignment.objects.order_by("pk").values_list("pk", "learner", "course", "due_date"))
        == rows
    )
    first.refresh_from_db()
    assert (first.state, first.created_count, first.existing_count) == (RuleState.DONE, 0, 6)


def test_batches_give_the_same_result(org_x, dept_x, course, hr_x, hematology_staff, monkeypatch):
    monkeypatch.setattr(assignments, "BATCH_SIZE", 4)
    result = assignments.apply_rule(rule(org_x, course, hr_x, department=dept_x).pk)
    assert result["created"] == Assignment.objects.count() == 6


def test_the_database_refuses_a_second_open_assignment(staff_x, course):
    Assignment.objects.create(learner=staff_x, course=course, due_date=datetime.date(2026, 5, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(
            learner=staff_x, course=course, due_date=datetime.date(2026, 6, 1)
        )


def test_a_cancelled_assignment_can_be_assigned_again(staff_x, course, hr_x):
    assignment = Assignment.objects.create(
        learner=staff_x, course=course, due_date=datetime.date(2026, 5, 1)
    )
    assert assignments.cancel_assignment(hr_x, assignment)
    Assignment.objects.create(learner=staff_x, course=course, due_date=datetime.date(2026, 6, 1))
    assert Assignment.objects.count() == 2
    assert Assignment.objects.active().count() == 1


def test_listed_people_are_found_by_email_or_employee_number_and_the_rest_reported(
    org_x, course, hr_x, hematology_staff, staff_y
):
    people = "\n".join(
        [
            "email",
            "MARTA.hem1@example.org".replace("MARTA.hem1", "HEM1"),
            "SU-502",
            "",
            "nobody@example.org",
            staff_y.email,
            "CC-2002",
        ]
    )
    result = assignments.apply_rule(rule(org_x, course, hr_x, people=people).pk)
    assert result == {"total": 2, "created": 2, "unknown": 3}
    saved = AssignmentRule.objects.get()
    assert [(p["line"], p["value"]) for p in saved.problems] == [
        (5, "nobody@example.org"),
        (6, staff_y.email),
        (7, "CC-2002"),
    ]
    assert all("No one at Sahlgrenska University Hospital" in p["message"] for p in saved.problems)
    assert not Assignment.objects.filter(learner=staff_y).exists()


def test_within_n_days_counts_from_the_day_of_assignment(
    org_x, dept_x, course, hr_x, hematology_staff
):
    with freeze_time("2026-04-01 10:00"):
        assignments.apply_rule(rule(org_x, course, hr_x, department=dept_x, due_within_days=30).pk)
    assert set(Assignment.objects.values_list("due_date", flat=True)) == {datetime.date(2026, 5, 1)}


def test_a_people_file_is_read_whatever_its_separator():
    upload = SimpleUploadedFile(
        "staff.csv", "Employee number;Name\nSU-1;Åsa\nSU-2;Örjan\n".encode("utf-8-sig")
    )
    assert assignments.parse_people(assignments.read_people_file(upload)) == [
        (2, "SU-1"),
        (3, "SU-2"),
    ]


def test_a_latin_1_people_file_is_refused_naming_the_line():
    upload = SimpleUploadedFile("staff.csv", "email\nasa@x.se\nörjan@x.se\n".encode("latin-1"))
    with pytest.raises(assignments.PeopleFileError, match="line 3"):
        assignments.read_people_file(upload)


def in_days(days):
    """Return a function giving the ISO date `days` from today, read when the test runs."""
    return lambda: (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def post_rule(client, **data):
    payload = {"organisation": "", "course": "", "department": "", "profession": "", "people": ""}
    payload.update({key: str(value) for key, value in data.items()})
    return client.post(NEW, payload)


def test_hr_assigns_through_the_admin_and_sees_the_progress(
    org_x, dept_x, course, hr_x, hematology_staff, django_capture_on_commit_callbacks
):
    client = client_for(hr_x)
    form = client.get(NEW)
    assert form.status_code == 200
    assert form.context["form"]["organisation"].initial == org_x
    with django_capture_on_commit_callbacks(execute=True):
        response = post_rule(
            client,
            organisation=org_x.pk,
            course=course.pk,
            department=dept_x.pk,
            people="nobody@example.org",
            due_within_days=14,
        )
    created = AssignmentRule.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/hr/assignments/inspect/{created.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Done" in page and "6 of 6 people processed" in page
    assert "nobody@example.org" in page and "No one at Sahlgrenska University Hospital" in page
    assert Assignment.objects.count() == 6


def test_the_request_only_queues_the_work(org_x, dept_x, course, hr_x, hematology_staff, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    response = post_rule(
        client_for(hr_x),
        organisation=org_x.pk,
        course=course.pk,
        department=dept_x.pk,
        due_within_days=7,
    )
    assert response.status_code == 302
    assert not Assignment.objects.exists()
    assert AssignmentRule.objects.get().state == RuleState.QUEUED
    page = client_for(hr_x).get(response["Location"]).content.decode()
    assert "Queued" in page and "runs in the background" in page
    del default_task_backend


def test_hr_cannot_assign_in_another_organisation(org_x, org_y, dept_x, dept_y, course, hr_y):
    response = post_rule(
        client_for(hr_y),
        organisation=org_x.pk,
        course=course.pk,
        department=dept_x.pk,
        due_within_days=7,
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not AssignmentRule.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"due_date": in_days(30), "due_within_days": 5}, "either a due date or a number of days"),
        ({}, "either a due date or a number of days"),
        ({"due_date": "2020-01-01"}, "from today onwards"),
        (
            {"department": None, "due_within_days": 5},
            "Choose a department or a profession, or list people",
        ),
    ],
)
def test_the_assignment_form_explains_what_is_wrong(org_x, dept_x, course, hr_x, data, message):
    fields = {"organisation": org_x.pk, "course": course.pk, "department": dept_x.pk, **data}
    fields = {
        key: "" if value is None else value() if callable(value) else value
        for key, value in fields.items()
    }
    response = post_rule(client_for(hr_x), **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AssignmentRule.objects.exists()


def test_a_department_of_another_organisation_is_refused(make_user, org_x, org_y, dept_y, course):
    from tests.factories.hr import make_hr

    both = make_hr(make_user, "hr-both", org_x, org_y)
    response = post_rule(
        client_for(both),
        organisation=org_x.pk,
        course=course.pk,
        department=dept_y.pk,
        due_within_days=7,
    )
    assert (
        "Manufacturing is not a department of Sahlgrenska University Hospital"
        in response.content.decode()
    )


def test_an_uploaded_list_is_assigned(
    org_x, course, hr_x, hematology_staff, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("list.csv", b"email\nhem0@example.org\nhem3@example.org\n")
    with django_capture_on_commit_callbacks(execute=True):
        client_for(hr_x).post(
            NEW,
            {
                "organisation": org_x.pk,
                "course": course.pk,
                "people_file": upload,
                "due_within_days": 10,
            },
        )
    assert Assignment.objects.count() == 2


def test_running_again_picks_up_new_staff(
    make_user, org_x, dept_x, course, hr_x, hematology_staff, django_capture_on_commit_callbacks
):
    existing = rule(org_x, course, hr_x, department=dept_x)
    assignments.apply_rule(existing.pk)
    make_staff(make_user, "newcomer", "Ny Anställd", org_x, dept_x)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(hr_x).post(f"/admin/hr/assignments/{existing.pk}/run/")
    assert response.status_code == 302
    assert Assignment.objects.count() == 7


def test_hr_of_another_organisation_cannot_see_or_rerun_a_rule(org_x, dept_x, course, hr_x, hr_y):
    existing = rule(org_x, course, hr_x, department=dept_x)
    client = client_for(hr_y)
    assert client.get(f"/admin/hr/assignments/inspect/{existing.pk}/").status_code == 404
    assert client.post(f"/admin/hr/assignments/{existing.pk}/run/").status_code == 404
    assert str(existing.course.title) not in client.get("/admin/hr/assignments/").content.decode()


def test_listed_people_match_only_confirmed_addresses_and_numbers_the_organisation_gave(
    make_user, org_x, course, hr_x, hematology_staff
):
    """Issue 17, W0: a self-declared number or an unconfirmed address assigns nobody."""
    unconfirmed = hematology_staff[0]
    unconfirmed.email = "changed@example.org"  # a changed address is unconfirmed again
    unconfirmed.save()
    make_staff(
        make_user,
        "claimed",
        "Eve Claimer",
        org_x,
        employee_number="SU-900",
        source=MembershipSource.MIGRATED,
    )
    people = "\n".join(["changed@example.org", "SU-900", "claimed@example.org", "SU-501"])

    result = assignments.apply_rule(rule(org_x, course, hr_x, people=people).pk)

    assert result == {"total": 2, "created": 2, "unknown": 2}
    assert [p["value"] for p in AssignmentRule.objects.get().problems] == [
        "changed@example.org",
        "SU-900",
    ]
