"""WCAG 2.1 AA with axe-core on every learner-facing page: zero violations."""

import pytest

from tests.e2e.conftest import axe_violations, describe, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

INTRO = "/courses/general-introduction/introduction-to-atmp/"

PUBLIC_PAGES = [
    ("home", "/"),
    ("catalogue", "/courses/"),
    ("catalogue with filters", "/courses/?audience=nurse&max_minutes=60&format=self_paced"),
    ("catalogue search", "/courses/?q=apheresis"),
    ("catalogue with a bad filter", "/courses/?max_minutes=abc&area=Z"),
    ("area", "/courses/general-introduction/"),
    ("course", INTRO),
    ("lesson", INTRO + "the-patients-journey/"),
    ("quiz page", INTRO + "quiz/"),
    ("about", "/about/"),
    ("accessibility statement", "/accessibility/"),
    ("sign-in", "/account/sign-in/"),
    ("registration", "/account/register/"),
    ("password reset", "/account/password/reset/"),
    ("page not found", "/no-such-page/"),
]


def check(page, name, failures):
    violations = axe_violations(page)
    if violations:
        failures.append(f"{name} ({page.url}):\n{describe(violations)}")


def test_public_pages_have_no_wcag_violations(page, site_url):
    failures = []
    for name, path in PUBLIC_PAGES:
        page.goto(site_url + path)
        check(page, name, failures)
    page.goto(site_url + "/account/register/")
    page.click("main form button[type=submit]")
    check(page, "registration with errors", failures)
    assert not failures, "\n\n".join(failures)


def test_learner_pages_have_no_wcag_violations(page, site_url):
    failures = []
    sign_in(page, site_url, "learner@example.org", "atmp-learner-demo")
    page.goto(site_url + INTRO)
    page.click("text=Start course")
    check(page, "lesson after enrolling", failures)
    page.goto(site_url + INTRO)
    check(page, "course with progress", failures)
    page.goto(site_url + INTRO + "quiz/")
    page.click("text=Start the quiz")
    check(page, "quiz in progress", failures)
    page.click("text=Submit answers")
    check(page, "quiz with validation errors", failures)
    for fieldset in page.query_selector_all("fieldset.question"):
        fieldset.query_selector("input").check()
    page.click("text=Submit answers")
    check(page, "quiz result", failures)
    for name, path in [("My learning", "/learn/my-learning/"), ("profile", "/account/profile/")]:
        page.goto(site_url + path)
        check(page, name, failures)
    assert not failures, "\n\n".join(failures)
