"""WCAG 2.1 AA with axe-core on every learner-facing page: zero violations."""

import pytest

from courses.models import CoursePage
from lms.models import QuizAttempt
from tests.e2e.conftest import axe_violations, describe, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

INTRO = "/courses/general-introduction/introduction-to-atmp/"
SV_INTRO = "/sv/kurser/allman-introduktion/introduktion-till-atmp/"

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
    ("certificate verify form", "/certificates/verify/"),
    ("certificate not found", "/certificates/verify/not-a-real-code-0000000000/"),
    ("page not found", "/no-such-page/"),
    # The same pages in Swedish, with the language switcher and parts marked lang="en-gb".
    ("Swedish home", "/sv/"),
    ("Swedish catalogue, English-only courses included", "/sv/kurser/"),
    ("Swedish area", "/sv/kurser/allman-introduktion/"),
    ("Swedish course", SV_INTRO),
    ("Swedish lesson", SV_INTRO + "patientens-resa/"),
    ("Swedish quiz page", SV_INTRO + "kunskapstest/"),
    ("Swedish sign-in", "/sv/account/sign-in/"),
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
    english_only = CoursePage.objects.get(
        slug="from-idea-to-approved-atmp", locale__language_code="en-gb"
    )
    page.goto(site_url + f"/sv/untranslated/{english_only.pk}/")
    check(page, "Swedish notice: course not yet translated", failures)
    assert not failures, "\n\n".join(failures)


def test_learner_pages_have_no_wcag_violations(page, site_url):
    failures = []
    sign_in(page, site_url, "learner@example.org", "atmp-learner-demo")
    page.goto(site_url + INTRO)
    page.click("text=Start course")
    check(page, "lesson after enrolling", failures)
    while page.locator("text=Mark as done and continue").count():
        page.click("text=Mark as done and continue")
    page.goto(site_url + INTRO)
    check(page, "course with progress", failures)
    page.goto(site_url + INTRO + "quiz/")
    page.click("text=Start the quiz")
    check(page, "quiz in progress", failures)
    page.click("text=Submit answers")
    check(page, "quiz with validation errors", failures)
    attempt = QuizAttempt.objects.get(learner__email="learner@example.org", status="in_progress")
    for question in attempt.questions:
        right = [c for c in question["choices"] if c["correct"]]
        for choice in right if question["type"] == "multiple" else right[:1]:
            page.check(f"#c-{choice['token']}")
    page.click("text=Submit answers")
    check(page, "quiz result", failures)
    for name, path in [("My learning", "/learn/my-learning/"), ("profile", "/account/profile/")]:
        page.goto(site_url + path)
        check(page, name, failures)
    from certificates.models import Certificate

    certificate = Certificate.objects.filter(learner__email="learner@example.org").first()
    assert certificate is not None, "passing the quiz should have issued a certificate"
    page.goto(site_url + certificate.verify_path())
    check(page, "certificate verify result", failures)
    assert not failures, "\n\n".join(failures)
