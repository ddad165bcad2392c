"""Journeys as people meet them, in a real browser."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from lms.models import CourseCompletion, QuizAttempt
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLEANROOM = "/courses/preparation-and-production/gmp-cleanroom-basics/"
INTRO = "/courses/general-introduction/introduction-to-atmp/"


def open_attempt(learner_email):
    return QuizAttempt.objects.get(learner__email=learner_email, status="in_progress")


def answer(page, attempt, right):
    """Tick the right (or a wrong) choice of every question, as a learner would click them."""
    for question in attempt.questions:
        wanted = [c for c in question["choices"] if c["correct"] is right] or question["choices"]
        chosen = wanted if question["type"] == "multiple" and right else wanted[:1]
        for choice in chosen:
            page.check(f"#c-{choice['token']}")


def finish_lessons(page, site_url, course_path):
    page.goto(site_url + course_path)
    page.click("text=Start course")
    while page.locator("text=Mark as done and continue").count():
        page.click("text=Mark as done and continue")


def test_staff_learner_fails_waits_on_the_server_clock_and_passes(page, site_url):
    email = "learner@example.org"
    sign_in(page, site_url, email, "atmp-learner-demo")
    finish_lessons(page, site_url, CLEANROOM)
    page.goto(site_url + CLEANROOM + "quiz/")
    page.click("text=Start the quiz")
    assert page.locator("fieldset.question").count() == 10  # 10 drawn from the pool of 14
    answer(page, open_attempt(email), right=False)
    page.click("text=Submit answers")
    assert page.locator("h1").inner_text() == "Not passed this time"
    notice = page.locator(".result__actions .notice").inner_text()
    assert re.search(r"You can try again at \d\d:\d\d \(in 10 minutes\)", notice)
    assert page.locator("text=Why:").count() == 0  # cleanroom answers show only after a pass

    page.goto(site_url + CLEANROOM + "quiz/")
    try_again = page.get_by_role("button", name="Try again")
    assert try_again.count() == 0 and "You can try again at" in page.content()
    real_now = timezone.now
    with mock.patch("django.utils.timezone.now", lambda: real_now() + timedelta(minutes=11)):
        page.reload()
        try_again.click()
        attempt = open_attempt(email)
        assert attempt.number == 2
        answer(page, attempt, right=True)
        page.click("text=Submit answers")
        assert page.locator("h1").inner_text() == "You passed"
        assert page.locator("text=Why:").count() == 10
    assert CourseCompletion.objects.filter(learner__email=email).count() == 1


def test_editing_a_question_leaves_an_earlier_review_unchanged(page, site_url, browser):
    email = "learner@example.org"
    sign_in(page, site_url, email, "atmp-learner-demo")
    page.goto(site_url + INTRO + "quiz/")
    page.click("text=Start the quiz")
    attempt = open_attempt(email)
    answer(page, attempt, right=True)
    page.click("text=Submit answers")
    review_url = page.url
    before = page.locator("#main").inner_text()
    first_question = attempt.questions[0]["text"]
    assert first_question in before

    author = browser.new_context().new_page()
    sign_in(author, site_url, "author", "atmp-author-demo")
    quiz = attempt.quiz
    author.goto(f"{site_url}/admin/pages/{quiz.pk}/edit/")
    textareas = author.locator("textarea")
    index = textareas.evaluate_all(
        "(els, text) => els.findIndex(e => e.value === text)", first_question
    )
    textareas.nth(index).fill("Rewritten: what does an isolator protect, and from what?")
    author.locator("footer .w-dropdown__toggle").first.click()
    author.click("button[name=action-publish]")
    author.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert "Rewritten:" in type(quiz).objects.get(pk=quiz.pk).questions.raw_data.__str__()

    page.goto(review_url)
    assert page.locator("#main").inner_text() == before


def test_a_quiz_can_be_completed_with_the_keyboard_alone(page, site_url):
    sign_in(page, site_url, "learner@example.org", "atmp-learner-demo")
    page.goto(site_url + INTRO + "quiz/")
    page.focus("text=Start the quiz")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/learn/attempts/\d+/$"))
    answered, unseen_outline = set(), []
    for _press in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {
                    tag: el.tagName, type: el.type || "", name: el.name || "",
                    text: (el.innerText || "").trim(),
                    visible: style.outlineStyle !== "none" || style.boxShadow !== "none",
                };
            }"""
        )
        if not focused["visible"]:
            unseen_outline.append(focused)
        if focused["type"] in ("radio", "checkbox") and focused["name"] not in answered:
            page.keyboard.press("Space")
            answered.add(focused["name"])
        if focused["text"] == "Submit answers":
            break
    assert not unseen_outline, unseen_outline
    assert len(answered) == 10
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/result/$"))
    assert "You scored" in page.locator(".result__score").inner_text()


def focus_lands_on(page, selector, seconds=3):
    """Return True once the focused element matches the selector (autofocus runs on a frame)."""
    for _try in range(seconds * 10):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
        page.wait_for_timeout(100)
    return False


def submit_the_quiz_empty(page, site_url):
    sign_in(page, site_url, "learner@example.org", "atmp-learner-demo")
    page.goto(site_url + INTRO + "quiz/")
    page.click("text=Start the quiz")
    page.click("text=Submit answers")
    page.wait_for_load_state()
    assert page.locator(".error-summary").count() == 1


def test_an_empty_quiz_submission_puts_focus_on_the_error_summary(page, site_url):
    submit_the_quiz_empty(page, site_url)
    assert focus_lands_on(page, ".error-summary"), page.evaluate("document.activeElement.tagName")
    page.keyboard.press("Tab")  # then straight on to the first question without an answer
    assert page.evaluate("document.activeElement.textContent") == "Question 1"


def test_the_error_summary_takes_focus_without_javascript_too(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    submit_the_quiz_empty(page, site_url)
    assert focus_lands_on(page, ".error-summary")
    context.close()


def test_a_form_with_errors_puts_focus_on_its_error_summary(page, site_url):
    page.goto(site_url + "/account/register/")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert focus_lands_on(page, ".error-summary"), page.evaluate("document.activeElement.tagName")
