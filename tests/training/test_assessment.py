"""The practical assessment: the assessor signs the checklist with their password; a pass
makes the learner competent and completes the step; a signed record never changes."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import ModelLogEntry

from courses.models import AssessmentStepPage, CoursePage
from lms import services as learning
from lms.models import CourseCompletion, StepProgress
from lms.training.models import Assessment
from tests.conftest import publish
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.courses import AssessmentStepPageFactory
from tests.factories.training import AssessmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessment_step(step):
    return publish(
        AssessmentStepPageFactory(parent=step.get_parent(), title="Gowning qualification")
    )


@pytest.fixture
def assessor():
    user = UserFactory(first_name="Maria", last_name="Nyström")
    user.groups.add(Group.objects.get(name="Training assessors"))
    return user


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def form(step, learner, answer="pass", password=PASSWORD):
    data = {"learner": learner.pk, "password": password}
    for block_id, _text, _guidance in step.items():
        data[f"item-{block_id}"] = answer
        data[f"comment-{block_id}"] = "Observed."
    return data


def assess_url(step):
    return f"/admin/training/assessments/assess/{step.pk}/"


def test_assessor_signs_off_a_learner_who_becomes_competent(assessment_step, assessor, learner):
    course = CoursePage.objects.get(pk=assessment_step.get_parent().pk)
    learning.enrol(learner, course)
    client = signed_in(assessor)
    page = client.get(assess_url(assessment_step))
    assert page.status_code == 200 and learner.get_full_name() in page.content.decode()
    response = client.post(assess_url(assessment_step), form(assessment_step, learner))
    assert response.status_code == 302
    assessment = Assessment.objects.get()
    assert (assessment.passed, assessment.assessor, assessment.meaning) == (
        True,
        assessor,
        "Assessed as competent",
    )
    assert assessment.step_revision_id == assessment_step.live_revision_id
    assert StepProgress.objects.get(step=assessment_step).completed_at is not None
    assert ModelLogEntry.objects.filter(action="training.assessment_signed").count() == 1
    body = signed_in(learner).get("/learn/my-learning/").content.decode()
    assert "Competent" in body and "Maria Nyström" in body


def test_course_completes_only_with_the_sign_off(assessment_step, learner):
    course = assessment_step.get_parent()
    lesson = course.get_children().first().specific
    learning.complete_lesson(learner, lesson)
    assert not CourseCompletion.objects.exists()  # session and assessment still to do
    AssessmentFactory(learner=learner, step=assessment_step)
    assert StepProgress.objects.filter(step=assessment_step, completed_at__isnull=False).exists()
    assert not CourseCompletion.objects.exists()  # the gowning session is still to attend


def test_a_failed_item_means_not_yet_competent_and_no_progress(assessment_step, assessor, learner):
    learning.enrol(learner, assessment_step.get_parent().specific)
    signed_in(assessor).post(assess_url(assessment_step), form(assessment_step, learner, "fail"))
    assessment = Assessment.objects.get()
    assert not assessment.passed and assessment.meaning == "Assessed as not yet competent"
    assert not StepProgress.objects.filter(completed_at__isnull=False).exists()


def test_a_wrong_password_signs_nothing(assessment_step, assessor, learner):
    learning.enrol(learner, assessment_step.get_parent().specific)
    response = signed_in(assessor).post(
        assess_url(assessment_step), form(assessment_step, learner, password="wrong")
    )
    assert response.status_code == 400
    assert "password is not right" in response.content.decode()
    assert not Assessment.objects.exists()


def test_nobody_signs_their_own_assessment(assessment_step, assessor):
    learning.enrol(assessor, assessment_step.get_parent().specific)
    response = signed_in(assessor).post(
        assess_url(assessment_step), form(assessment_step, assessor)
    )
    assert response.status_code == 403
    assert not Assessment.objects.exists()


def test_signing_twice_is_refused(assessment_step, assessor, learner):
    learning.enrol(learner, assessment_step.get_parent().specific)
    client = signed_in(assessor)
    client.post(assess_url(assessment_step), form(assessment_step, learner))
    response = client.post(assess_url(assessment_step), form(assessment_step, learner))
    assert response.status_code == 400
    assert Assessment.objects.count() == 1


def test_an_incomplete_checklist_signs_nothing(assessment_step, assessor, learner):
    learning.enrol(learner, assessment_step.get_parent().specific)
    data = form(assessment_step, learner)
    first = next(key for key in data if key.startswith("item-"))
    del data[first]
    response = signed_in(assessor).post(assess_url(assessment_step), data)
    assert response.status_code == 400
    assert not Assessment.objects.exists()


def test_learners_and_instructors_cannot_assess(assessment_step, learner, learner_client):
    assert learner_client.get(assess_url(assessment_step)).status_code == 302
    instructor = UserFactory()
    instructor.groups.add(Group.objects.get(name="Training instructors"))
    response = signed_in(instructor).post(
        assess_url(assessment_step), form(assessment_step, learner)
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not Assessment.objects.exists()


def test_a_signed_assessment_never_changes(assessment_step):
    assessment = AssessmentFactory(step=assessment_step)
    assessment.passed = False
    with pytest.raises(ValueError, match="never changes"):
        assessment.save()
    with pytest.raises(ValueError, match="never deleted"):
        assessment.delete()
    assert Assessment.objects.get().passed


def test_assessment_step_page_shows_the_checklist(client, assessment_step):
    response = client.get(assessment_step.url)
    assert response.status_code == 200
    assert "Puts on the coverall" in response.content.decode()
    assert AssessmentStepPage.parent_page_types == ["courses.CoursePage"]
