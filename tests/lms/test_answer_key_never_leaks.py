"""R2.1: nothing reachable during an attempt reveals the answer key."""

import pytest

from tests.conftest import publish
from tests.factories.courses import question
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db

FEEDBACK = "SENTINEL-FEEDBACK-7f3a"
EXPLANATION = "SENTINEL-EXPLANATION-91c2"


@pytest.fixture
def sentinel_quiz(quiz_course):
    quiz = quiz_course.quiz
    quiz.questions = [
        question(
            "Which grade surrounds a grade A zone in aseptic preparation?",
            [("Grade B", True, FEEDBACK), ("Grade D", False, "Not clean enough.")],
            explanation=EXPLANATION,
        ),
        question(
            "Is talking over an open product acceptable?",
            [("True", False, ""), ("False", True, FEEDBACK)],
            question_type="true_false",
            explanation=EXPLANATION,
        ),
    ]
    quiz.review_policy = "after_pass"
    return publish(quiz)


def correct_keys(quiz):
    return [
        item.id
        for child in quiz.questions
        for item in child.value["choices"].bound_blocks
        if item.value["correct"]
    ]


def assert_clean(response, quiz):
    body = response.content.decode()
    for secret in (FEEDBACK, EXPLANATION, *correct_keys(quiz)):
        assert secret not in body, (response.request["PATH_INFO"], secret)
    assert '"correct"' not in body and "is-correct" not in body


def test_no_page_or_response_during_an_attempt_reveals_the_key(
    learner_client, quiz_course, sentinel_quiz
):
    course = quiz_course
    for url in ("/", course.get_parent().get_parent().url, course.url, sentinel_quiz.url):
        assert_clean(learner_client.get(url), sentinel_quiz)
    assert_clean(
        learner_client.post(f"/learn/courses/{course.pk}/enrol/", follow=True), sentinel_quiz
    )
    for lesson in course.lessons:
        assert_clean(learner_client.get(lesson.url), sentinel_quiz)
    attempt = start(learner_client, sentinel_quiz)
    attempt_url = f"/learn/attempts/{attempt.pk}/"
    assert_clean(learner_client.get(attempt_url), sentinel_quiz)
    partial = answer_data(attempt, right=1, action="save")
    del partial[f"q-{attempt.questions[1]['token']}"]
    assert_clean(learner_client.post(attempt_url, partial, follow=True), sentinel_quiz)
    partial["action"] = "submit"
    incomplete = learner_client.post(attempt_url, partial)
    assert incomplete.status_code == 400
    assert_clean(incomplete, sentinel_quiz)
    assert_clean(learner_client.get(f"{attempt_url}result/", follow=True), sentinel_quiz)
    assert_clean(learner_client.get("/learn/my-learning/"), sentinel_quiz)
    preview_like = learner_client.get(sentinel_quiz.url + "?format=json")
    assert_clean(preview_like, sentinel_quiz)


def test_a_failed_attempt_under_after_pass_shows_the_score_only(learner_client, sentinel_quiz):
    attempt = start(learner_client, sentinel_quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=0))
    result = learner_client.get(f"/learn/attempts/{attempt.pk}/result/")
    assert "You scored 0%" in result.content.decode()
    assert_clean(result, sentinel_quiz)


@pytest.mark.parametrize(
    ("policy", "right", "shown"),
    [
        ("after_each", 0, True),
        ("after_each", 2, True),
        ("after_pass", 0, False),
        ("after_pass", 2, True),
        ("never", 2, False),
        ("never", 0, False),
    ],
)
def test_review_policy_decides_what_the_result_shows(
    learner_client, sentinel_quiz, policy, right, shown
):
    sentinel_quiz.review_policy = policy
    quiz = publish(sentinel_quiz)
    attempt = start(learner_client, quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=right))
    body = learner_client.get(f"/learn/attempts/{attempt.pk}/result/").content.decode()
    assert (EXPLANATION in body) is shown
    assert (FEEDBACK in body) is (shown and right > 0)


def test_admin_preview_shows_questions_without_the_key(sentinel_quiz):
    response = sentinel_quiz.make_preview_request()
    body = response.render().content.decode()
    assert response.status_code == 200
    assert "Which grade surrounds a grade A zone" in body and "Grade B" in body
    assert FEEDBACK not in body and EXPLANATION not in body
