"""Learners say where they work on their profile; the server checks it, no JavaScript needed."""

import pytest
from django.urls import reverse

from lms.accounts.models import LearnerProfile
from lms.hr.models import Department
from tests.factories.hr import make_staff

pytestmark = pytest.mark.django_db

PROFILE = reverse("accounts:profile")


def post(client, **fields):
    data = {
        "full_name": "Åsa Öberg-Ängström",
        "organisation": "",
        "department": "",
        "profession": "",
    }
    data.update({key: str(value) for key, value in fields.items()})
    data.setdefault("employee_number", "")
    return client.post(PROFILE, data)


def test_learner_sets_organisation_department_profession_and_number(
    learner_client, learner, org_x, dept_x, nurse
):
    response = post(
        learner_client,
        organisation=org_x.pk,
        department=dept_x.pk,
        profession=nurse.pk,
        employee_number=" SU-42 ",
    )
    assert response.status_code == 302
    profile = LearnerProfile.objects.get(user=learner)
    assert (
        profile.organisation,
        profile.department,
        profile.profession,
        profile.employee_number,
    ) == (
        org_x,
        dept_x,
        nurse,
        "SU-42",
    )
    assert "Your profile has been saved." in learner_client.get(PROFILE).content.decode()


def test_departments_are_grouped_under_their_organisation(learner_client, dept_x, dept_y):
    html = learner_client.get(PROFILE).content.decode()
    assert '<optgroup label="Sahlgrenska University Hospital">' in html
    assert '<optgroup label="CCRM Nordic">' in html
    ccrm, sahlgrenska = html.index('<optgroup label="CCRM'), html.index('<optgroup label="Sahlg')
    assert (
        ccrm
        < html.index(">Manufacturing<")
        < sahlgrenska
        < html.index(">Hematology<")  # the local name is shown to Swedish readers
    )


def test_a_department_of_another_organisation_is_refused(learner_client, learner, org_x, dept_y):
    response = post(learner_client, organisation=org_x.pk, department=dept_y.pk)
    assert response.status_code == 400
    assert "Manufacturing belongs to CCRM Nordic" in response.content.decode()
    assert LearnerProfile.objects.get(user=learner).organisation is None


def test_choosing_only_a_department_fills_in_its_organisation(
    learner_client, learner, org_y, dept_y
):
    assert post(learner_client, department=dept_y.pk).status_code == 302
    assert LearnerProfile.objects.get(user=learner).organisation == org_y


def test_an_employee_number_is_unique_within_an_organisation(learner_client, org_x, org_y, staff_x):
    response = post(learner_client, organisation=org_x.pk, employee_number="SU-1001")
    assert response.status_code == 400
    assert "Someone at Sahlgrenska University Hospital already has this employee number" in (
        response.content.decode()
    )
    assert post(learner_client, organisation=org_y.pk, employee_number="SU-1001").status_code == 302


def test_the_database_refuses_a_duplicate_employee_number(make_user, org_x, staff_x):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_staff(make_user, "dup", "Dup Licate", org_x, employee_number="SU-1001")


def test_an_employee_number_needs_an_organisation(learner_client):
    response = post(learner_client, employee_number="123")
    assert response.status_code == 400
    assert "Choose your organisation too" in response.content.decode()


def test_changing_only_the_name_keeps_the_old_message(learner_client):
    post(learner_client, full_name="Åsa Lind")
    assert (
        "Your name on certificates has been saved." in learner_client.get(PROFILE).content.decode()
    )


def test_workplace_fields_are_optional(learner_client, learner, org_x):
    assert post(learner_client).status_code == 302
    assert Department.objects.count() == 0
