from datetime import UTC, datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from lms.models import (
    AttemptAnswer,
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    ImmutableRecordError,
    QuizAttempt,
)
from lms.signals import course_completed
from tests.conftest import publish
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db


def finish_course(client, course, right=None):
    client.post(f"/learn/courses/{course.pk}/enrol/")
    for lesson in course.lessons:
        client.post(f"/learn/lessons/{lesson.pk}/complete/")
    attempt = start(client, course.quiz)
    client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=right))
    return QuizAttempt.objects.get(pk=attempt.pk)


def test_completing_every_step_writes_one_completion_with_revisions(
    learner_client, learner, quiz_course
):
    received = []

    def receiver(sender, completion, **kwargs):
        received.append(completion)

    course_completed.connect(receiver)
    try:
        with freeze_time("2026-01-31 12:00:00"):
            attempt = finish_course(learner_client, quiz_course, right=3)
    finally:
        course_completed.disconnect(receiver)
    completion = CourseCompletion.objects.get()
    assert completion.learner == learner and completion.course_id == quiz_course.pk
    assert completion.completed_at == datetime(2026, 1, 31, 12, tzinfo=UTC)
    assert completion.expires_at == datetime(2027, 1, 31, 12, tzinfo=UTC)  # 12 months validity
    assert completion.score_percent == 75
    assert completion.learner_name == "Åsa Öberg-Ängström"
    assert completion.course_revision_id == quiz_course.live_revision_id
    steps = {step["page_id"]: step for step in completion.steps}
    for lesson in quiz_course.lessons:
        assert steps[lesson.pk]["revision_id"] == lesson.live_revision_id
    assert steps[quiz_course.quiz.pk]["revision_id"] == attempt.revision_id
    assert steps[quiz_course.quiz.pk]["score"] == "75.00"
    assert received == [completion]
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"lms.enrolled", "lms.attempt_submitted", "lms.course_completed"} <= actions
    assert set(ModelLogEntry.objects.values_list("user_id", flat=True)) == {learner.pk}


def test_failed_attempts_are_kept_beside_the_pass(learner_client, quiz_course):
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    for right in (1, 2, 4):
        attempt = start(learner_client, quiz_course.quiz)
        learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=right))
    assert list(QuizAttempt.objects.order_by("number").values_list("passed", flat=True)) == [
        False,
        False,
        True,
    ]


def test_repeating_steps_never_writes_a_second_completion(learner_client, quiz_course):
    finish_course(learner_client, quiz_course)
    for lesson in quiz_course.lessons:
        learner_client.post(f"/learn/lessons/{lesson.pk}/complete/")
    assert CourseCompletion.objects.count() == 1


def test_completions_cannot_be_changed_or_deleted_through_the_app(learner_client, quiz_course):
    finish_course(learner_client, quiz_course)
    completion = CourseCompletion.objects.get()
    completion.score_percent = 0
    with pytest.raises(ImmutableRecordError):
        completion.save()
    with pytest.raises(ImmutableRecordError):
        completion.delete()
    with pytest.raises(ImmutableRecordError):
        CourseCompletion.objects.filter(pk=completion.pk).update(score_percent=0)
    with pytest.raises(ImmutableRecordError):
        CourseCompletion.objects.all().delete()
    assert CourseCompletion.objects.get().score_percent == 100


def test_submitted_attempts_and_answers_cannot_be_changed(learner_client, quiz_course):
    attempt = finish_course(learner_client, quiz_course, right=3)
    attempt.passed = False
    with pytest.raises(ImmutableRecordError):
        attempt.save()
    with pytest.raises(ImmutableRecordError):
        attempt.delete()
    with pytest.raises(ImmutableRecordError):
        QuizAttempt.objects.filter(pk=attempt.pk).update(passed=False)
    answer = AttemptAnswer.objects.filter(attempt=attempt).first()
    answer.choice_keys = []
    with pytest.raises(ImmutableRecordError):
        answer.save()
    with pytest.raises(ImmutableRecordError):
        AttemptAnswer.objects.filter(attempt=attempt).update(is_correct=True)
    assert QuizAttempt.objects.get(pk=attempt.pk).passed is True


@pytest.mark.skipif(connection.vendor != "postgresql", reason="database triggers: PostgreSQL")
def test_the_database_refuses_raw_sql_changes_on_postgresql(learner_client, quiz_course):
    attempt = finish_course(learner_client, quiz_course)
    statements = [
        ("UPDATE lms_coursecompletion SET score_percent = 0", []),
        ("DELETE FROM lms_coursecompletion", []),
        ("UPDATE lms_quizattempt SET passed = false WHERE id = %s", [attempt.pk]),
        ("DELETE FROM lms_attemptanswer WHERE attempt_id = %s", [attempt.pk]),
    ]
    for statement, params in statements:
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, params)
    assert CourseCompletion.objects.get().score_percent == 100


def test_a_correction_is_a_separate_record_with_who_when_and_why(
    learner_client, quiz_course, superuser
):
    finish_course(learner_client, quiz_course)
    completion = CourseCompletion.objects.get()
    CompletionCorrection.objects.create(
        completion=completion,
        action=CorrectionAction.ANNUL,
        reason="Completed on a colleague's account, confirmed by the unit manager.",
        created_by=superuser,
    )
    completion = CourseCompletion.objects.get()
    assert completion.is_annulled and not completion.is_valid_at()
    assert completion.score_percent == 100  # the original record is untouched
    with pytest.raises(IntegrityError), transaction.atomic():
        CompletionCorrection.objects.create(
            completion=completion,
            action=CorrectionAction.ANNUL,
            reason="",
            created_by=superuser,
        )


def test_editing_or_deleting_a_question_leaves_the_stored_review_unchanged(
    learner_client, quiz_course
):
    attempt = finish_course(learner_client, quiz_course, right=3)
    url = f"/learn/attempts/{attempt.pk}/result/"

    def review(response):
        return response.content.decode().split('id="review-heading"')[1].split("</section>")[0]

    before = review(learner_client.get(url))
    quiz = quiz_course.quiz
    first_text = attempt.questions[0]["text"]
    quiz.questions[0].value["text"] = "A rewritten question about isolators"
    del quiz.questions[1]
    publish(quiz)
    after = review(learner_client.get(url))
    assert after == before
    assert first_text in after and "rewritten question" not in after


def test_a_course_with_learner_records_cannot_be_deleted_in_the_admin(
    learner_client, admin_client, quiz_course
):
    finish_course(learner_client, quiz_course)
    response = admin_client.post(f"/admin/pages/{quiz_course.pk}/delete/")
    assert response.status_code == 302
    assert type(quiz_course).objects.filter(pk=quiz_course.pk).exists()


def test_renewal_starts_a_new_cycle_and_keeps_the_old_completion(
    learner_client, learner, quiz_course
):
    with freeze_time("2026-01-10 08:00:00"):
        finish_course(learner_client, quiz_course)
        assert learner_client.post(f"/learn/courses/{quiz_course.pk}/renew/").status_code == 409
    with freeze_time("2027-01-01 08:00:00"):  # within 30 days of expiry
        learner_client.force_login(learner)
        html = learner_client.get("/learn/my-learning/").content.decode()
        assert "Renew: take the course again" in html
        assert learner_client.post(f"/learn/courses/{quiz_course.pk}/renew/").status_code == 302
        assert "0 of 3 steps done" in learner_client.get(quiz_course.url).content.decode()
        finish_course(learner_client, quiz_course)
    cycles = list(CourseCompletion.objects.order_by("cycle").values_list("cycle", "expires_at"))
    assert [c for c, _ in cycles] == [1, 2]
    assert cycles[1][1] == datetime(2028, 1, 1, 8, tzinfo=UTC)
