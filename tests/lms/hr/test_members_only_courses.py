"""A staff-only course is for the organisation's members (issue 17, W17).

Authors restrict it with Wagtail's page privacy ("users in specific groups") and the members'
group that lms.hr.membership keeps in step; every learner action on the course honours it,
not only Wagtail's serve.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from lms.hr import membership
from lms.models import Enrolment, QuizAttempt, StepProgress
from tests.factories.hr import make_staff
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_only(quiz_course, org_x):
    restriction = PageViewRestriction.objects.create(
        page=quiz_course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(membership.member_group(org_x))
    return quiz_course


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_member_takes_the_course(members_only, staff_x):
    client = signed_in(staff_x)
    assert client.get(members_only.url).status_code == 200
    assert client.post(f"/learn/courses/{members_only.pk}/enrol/").status_code == 302
    lesson = members_only.lessons[0]
    assert client.post(f"/learn/lessons/{lesson.pk}/complete/").status_code == 302
    attempt = start(client, members_only.quiz)
    assert client.get(f"/learn/attempts/{attempt.pk}/").status_code == 200


def test_a_registered_stranger_cannot_act_on_the_course(members_only, learner_client, learner):
    lesson, quiz = members_only.lessons[0], members_only.quiz
    assert learner_client.get(members_only.url).status_code in (302, 403, 404)
    for url in (
        f"/learn/courses/{members_only.pk}/enrol/",
        f"/learn/lessons/{lesson.pk}/complete/",
        f"/learn/quizzes/{quiz.pk}/start/",
        f"/learn/courses/{members_only.pk}/renew/",
    ):
        assert learner_client.post(url).status_code == 404, url
    assert not Enrolment.objects.filter(learner=learner).exists()
    assert not StepProgress.objects.exists()
    assert not QuizAttempt.objects.exists()


def test_a_member_of_another_organisation_is_refused(members_only, staff_y):
    client = signed_in(staff_y)
    assert client.post(f"/learn/courses/{members_only.pk}/enrol/").status_code == 404


def test_leaving_the_organisation_closes_an_open_attempt_to_answers(members_only, staff_x, hr_x):
    client = signed_in(staff_x)
    attempt = start(client, members_only.quiz)
    membership.end(staff_x, by=hr_x, reason="Left")

    client = signed_in(staff_x)  # a new request: group membership is read afresh
    assert client.get(f"/learn/attempts/{attempt.pk}/").status_code == 404
    response = client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
    assert response.status_code == 404
    assert QuizAttempt.objects.get(pk=attempt.pk).status == "in_progress"


def test_a_new_member_can_enrol_at_once(members_only, make_user, org_x, learner):
    person = make_staff(make_user, "newcomer", "Nina Ny", None)
    client = signed_in(person)
    assert client.post(f"/learn/courses/{members_only.pk}/enrol/").status_code == 404
    membership.start(person, org_x, source="hr")
    assert client.post(f"/learn/courses/{members_only.pk}/enrol/").status_code == 302
