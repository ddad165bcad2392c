from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from lms.models import AttemptAnswer, AttemptStatus, QuizAttempt
from tests.conftest import publish
from tests.factories.courses import QuizPageFactory, question, question_pool
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(quiz_course):
    return quiz_course.quiz


def test_starting_fixes_questions_order_and_revision(learner_client, quiz):
    attempt = start(learner_client, quiz)
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert attempt.revision_id == quiz.live_revision_id is not None
    assert [q["key"] for q in attempt.questions] == [child.id for child in quiz.questions]
    assert attempt.question_count == 4 and attempt.pass_mark == 70


def test_starting_again_resumes_the_open_attempt(learner_client, quiz):
    first = start(learner_client, quiz)
    assert start(learner_client, quiz).pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_draw_takes_n_questions_from_the_pool_and_shuffles(learner_client, quiz_course):
    quiz = publish(
        QuizPageFactory(
            parent=quiz_course,
            slug="pool",
            questions=question_pool(12),
            draw_count=5,
            shuffle_questions=True,
            shuffle_choices=True,
        )
    )
    attempt = start(learner_client, quiz)
    pool_keys = {child.id for child in quiz.questions}
    keys = [q["key"] for q in attempt.questions]
    assert len(keys) == 5 == len(set(keys)) and set(keys) <= pool_keys


def test_answers_are_saved_as_the_learner_goes_and_shown_again(learner_client, quiz):
    attempt = start(learner_client, quiz)
    data = answer_data(attempt, right=2, action="save")
    del data[f"q-{attempt.questions[3]['token']}"]
    response = learner_client.post(f"/learn/attempts/{attempt.pk}/", data)
    assert response.status_code == 302
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 3
    html = learner_client.get(f"/learn/attempts/{attempt.pk}/").content.decode()
    for question_data in attempt.questions[:3]:
        token = data[f"q-{question_data['token']}"][0]
        assert f'value="{token}" checked' in html
    assert "3 of 4 questions answered" in html


def test_submitting_marks_on_the_server(learner_client, quiz):
    attempt = start(learner_client, quiz)
    response = learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=3))
    assert response.status_code == 302 and response["Location"].endswith("/result/")
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert (attempt.correct_count, attempt.score_percent, attempt.passed) == (3, 75, True)
    assert list(attempt.answers.order_by("id").values_list("is_correct", flat=True)) == [
        True,
        True,
        True,
        False,
    ]


def test_failing_below_the_pass_mark(learner_client, quiz):
    attempt = start(learner_client, quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=2))
    attempt.refresh_from_db()
    assert (attempt.score_percent, attempt.passed) == (50, False)


def test_multiple_choice_is_all_or_nothing(learner_client, quiz_course):
    quiz = publish(
        QuizPageFactory(
            parent=quiz_course,
            slug="multi",
            pass_mark=100,
            questions=[
                question(
                    "Which belong in a grade B gown? Select all that apply.",
                    [("Hood", True, ""), ("Mask", True, ""), ("Street shoes", False, "")],
                    question_type="multiple",
                )
            ],
        )
    )
    attempt = start(learner_client, quiz)
    q = attempt.questions[0]
    tokens = {c["text"]: c["token"] for c in q["choices"]}
    learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        {"action": "submit", f"q-{q['token']}": [tokens["Hood"]]},
    )
    attempt.refresh_from_db()
    assert attempt.score_percent == 0


def test_unanswered_questions_are_named_and_nothing_is_marked(learner_client, quiz):
    attempt = start(learner_client, quiz)
    data = answer_data(attempt, right=4)
    del data[f"q-{attempt.questions[1]['token']}"]
    response = learner_client.post(f"/learn/attempts/{attempt.pk}/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="#question-2"' in html and "Choose an answer to this question." in html
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.score_percent is None
    assert attempt.answers.count() == 3


def test_submitting_twice_grades_once_and_shows_the_stored_result(learner_client, quiz):
    attempt = start(learner_client, quiz)
    url = f"/learn/attempts/{attempt.pk}/"
    learner_client.post(url, answer_data(attempt, right=4))
    first = QuizAttempt.objects.get(pk=attempt.pk)
    again = learner_client.post(url, answer_data(attempt, right=0), follow=True)
    assert again.status_code == 200
    assert "already submitted" in again.content.decode()
    assert QuizAttempt.objects.get(pk=attempt.pk).submitted_at == first.submitted_at
    assert QuizAttempt.objects.get(pk=attempt.pk).score_percent == 100
    assert QuizAttempt.objects.count() == 1


@pytest.mark.parametrize(
    "forge",
    [
        "choice_from_another_question",
        "unknown_choice",
        "unknown_question",
        "two_answers_to_single_choice",
        "empty_form",
    ],
)
def test_forged_or_empty_posts_are_refused_and_record_nothing(learner_client, quiz, forge):
    attempt = start(learner_client, quiz)
    data = answer_data(attempt, right=4)
    first, second = attempt.questions[0], attempt.questions[1]
    if forge == "choice_from_another_question":
        data[f"q-{first['token']}"] = [second["choices"][0]["token"]]
    elif forge == "unknown_choice":
        data[f"q-{first['token']}"] = ["not-a-choice"]
    elif forge == "unknown_question":
        data["q-invented"] = [first["choices"][0]["token"]]
    elif forge == "two_answers_to_single_choice":
        data[f"q-{first['token']}"] = [c["token"] for c in first["choices"]]
    else:
        data = {"action": "submit"}
    response = learner_client.post(f"/learn/attempts/{attempt.pk}/", data)
    assert response.status_code == 400
    message = "Some questions have no answer" if forge == "empty_form" else "Nothing was changed."
    assert message in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert not AttemptAnswer.objects.exists()


def test_saving_a_forged_answer_is_refused_too(learner_client, quiz):
    attempt = start(learner_client, quiz)
    data = {"action": "save", f"q-{attempt.questions[0]['token']}": ["forged"]}
    assert learner_client.post(f"/learn/attempts/{attempt.pk}/", data).status_code == 400
    assert not AttemptAnswer.objects.exists()


def test_attempt_limit_and_no_retake_after_passing(learner_client, quiz):
    quiz.max_attempts = 2
    quiz = publish(quiz)
    for _number in range(2):
        attempt = start(learner_client, quiz)
        learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=0))
    response = learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 403
    assert "You have used all 2 attempts" in response.content.decode()
    assert QuizAttempt.objects.count() == 2


def test_no_new_attempt_after_a_pass(learner_client, quiz):
    attempt = start(learner_client, quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
    response = learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 403 and "You have passed this quiz." in response.content.decode()


def test_wait_between_attempts_is_told_and_enforced(learner_client, quiz):
    quiz.wait_minutes = 10
    quiz = publish(quiz)
    with freeze_time("2026-11-26 09:00:00"):
        attempt = start(learner_client, quiz)
        learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=1))
        result = learner_client.get(f"/learn/attempts/{attempt.pk}/result/").content.decode()
        assert "You can try again at 10:10 (in 10 minutes)." in result  # Stockholm time
    with freeze_time("2026-11-26 09:09:30"):
        response = learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
        assert response.status_code == 403 and "in 1 minute" in response.content.decode()
    with freeze_time("2026-11-26 09:10:01"):
        assert start(learner_client, quiz).number == 2


def test_time_limit_is_enforced_on_the_server_with_60_seconds_grace(learner_client, quiz):
    quiz.time_limit_minutes = 10
    quiz = publish(quiz)
    with freeze_time("2026-11-26 09:00:00"):
        attempt = start(learner_client, quiz)
        assert attempt.deadline == timezone.now() + timedelta(minutes=10)
    with freeze_time("2026-11-26 09:10:59"):
        response = learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.SUBMITTED and not attempt.auto_submitted
        assert attempt.score_percent == 100 and response.status_code == 302


def test_a_late_submission_counts_only_what_was_saved_in_time(learner_client, quiz):
    quiz.time_limit_minutes = 10
    quiz = publish(quiz)
    with freeze_time("2026-11-26 09:00:00"):
        attempt = start(learner_client, quiz)
    with freeze_time("2026-11-26 09:05:00"):
        saved = answer_data(attempt, right=2, action="save")
        for q in attempt.questions[2:]:
            del saved[f"q-{q['token']}"]
        learner_client.post(f"/learn/attempts/{attempt.pk}/", saved)
    with freeze_time("2026-11-26 09:11:01"):
        learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
    attempt.refresh_from_db()
    assert attempt.auto_submitted and attempt.score_percent == 50


def test_an_expired_attempt_is_closed_when_opened(learner_client, quiz):
    quiz.time_limit_minutes = 5
    quiz = publish(quiz)
    with freeze_time("2026-11-26 09:00:00"):
        attempt = start(learner_client, quiz)
    with freeze_time("2026-11-26 09:07:00"):
        response = learner_client.get(f"/learn/attempts/{attempt.pk}/")
        assert response.status_code == 302 and response["Location"].endswith("/result/")
    attempt.refresh_from_db()
    assert attempt.auto_submitted and attempt.score_percent == 0
