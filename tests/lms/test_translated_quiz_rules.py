"""A translated quiz cannot loosen the rules or change the answer key (issue 17, W3).

Records point at the default-language quiz, so its rules (pass mark, attempts, wait, time limit,
review) and its answer key decide every attempt; a translation only supplies the texts.
"""

import copy

import pytest
from wagtail.models import Locale

from lms.models import QuizAttempt
from tests.conftest import publish
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db


def translate(page, locale):
    """Publish the page's translation (and its parents') in the locale, as an author would."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


@pytest.fixture
def swedish_quiz(quiz_course):
    english = quiz_course.quiz
    english.max_attempts = 1
    english.wait_minutes = 60
    english.review_policy = "never"
    publish(english)
    swedish = translate(english, Locale.objects.get_or_create(language_code="sv")[0])
    # An author loosens the Swedish page's rules and marks the wrong choices right.
    swedish.pass_mark = 10
    swedish.max_attempts = None
    swedish.wait_minutes = 0
    swedish.review_policy = "after_each"
    raw = copy.deepcopy(list(swedish.questions.raw_data))
    for block in raw:
        block["value"]["text"] = "Vilken renhetsklass används vid öppen hantering?"
        for item in block["value"]["choices"]:
            item["value"]["correct"] = not item["value"]["correct"]
            item["value"]["text"] = "Svenskt svar " + item["value"]["text"]
    swedish.questions = raw
    return publish(swedish)


def test_the_english_rules_and_answer_key_decide_an_attempt_started_in_swedish(
    learner_client, quiz_course, swedish_quiz
):
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    attempt = start(learner_client, swedish_quiz)
    assert attempt.quiz_id == quiz_course.quiz.pk
    assert (attempt.pass_mark, attempt.review_policy) == (70, "never")
    # The texts are the Swedish ones; the key is the English one.
    assert all(q["text"].startswith("Vilken") for q in attempt.questions)
    for question in attempt.questions:
        for choice in question["choices"]:
            assert choice["text"].startswith("Svenskt svar")
            assert choice["correct"] == ("Grade A" in choice["text"])
    # Choosing what the Swedish page marks right (the English wrong answers) fails.
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=0))
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.is_submitted and not attempt.passed
    assert not attempt.review_allowed()


def test_a_translation_cannot_give_more_attempts_or_skip_the_wait(
    learner_client, quiz_course, swedish_quiz
):
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    attempt = start(learner_client, swedish_quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt, right=0))
    for quiz in (swedish_quiz, quiz_course.quiz):
        response = learner_client.post(f"/learn/quizzes/{quiz.pk}/start/")
        assert response.status_code == 403
    assert QuizAttempt.objects.count() == 1
