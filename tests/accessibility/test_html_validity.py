"""Pages learners and HR meet are valid HTML, as the W3C Nu Html Checker reads them.

The checker is vnu.jar from npm (`vnu-jar`, locked in package-lock.json; `make test-fast` runs
`npm ci`) and runs on Java 11 or later. It runs once for the module over every page: starting
the JVM costs a second or two. The pages are rendered once, on the shared demo content
(tests/conftest.py), through the site's own forms and links, in a savepoint rolled back at
the end.
"""

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client
from wagtail.models import Locale

from courses.models import AssessmentStepPage, CoursePage, SessionStepPage
from lms.models import QuizAttempt
from lms.training.models import Session
from tests.factories.lms import answer_data

# The marker also makes pytest-django create the test database for the module's fixture.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LEARNER = "learner@example.org"
HR = "hr@example.org"
INTRO = "/courses/general-introduction/introduction-to-atmp/"

PAGES = [
    "catalogue",
    "Swedish catalogue",
    "lesson",
    "Swedish lesson",
    "quiz attempt with errors",
    "quiz result",
    "My learning with assignments",
    "Swedish My learning with assignments",
    "competence matrix",
    "transcript",
    "session step",
    "Swedish session step",
    "session full",
    "roster",
    "assessment step",
    "assess form",
    "profile with membership",
    "profile with a request refused",
]

# In the admin, what the checker judges is the markup our templates render: Wagtail 8.0.1's own
# chrome around it (the keyboard-shortcut dialog, the header's dropdown, the filters' drilldown)
# has errors of its own that this project cannot mend. {page: (a class on our first element,
# whether the rest of its parent element is ours too)}.
OWN_MARKUP = {
    "competence matrix": ("hr-matrix", False),
    "transcript": ("hr-downloads", True),
    "roster": ("training-roster", False),
    "assess form": ("training-assess", False),
}


class _Lines(HTMLParser):
    """Find the lines from the element with `css_class` to its end, or to its parent's end."""

    def __init__(self, css_class, through_parent):
        super().__init__()
        self.css_class, self.through_parent = css_class, through_parent
        self.tag = self.first = self.last = None
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if self.first is None and self.css_class in (dict(attrs).get("class") or "").split():
            self.tag, self.first = tag, self.getpos()[0]
            self.depth = 0 if self.through_parent else 1
        elif self.first is not None and self.last is None and tag == self.tag:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.first is not None and self.last is None and tag == self.tag:
            self.depth -= 1
            if self.depth == (-1 if self.through_parent else 0):
                self.last = self.getpos()[0]


def own_lines(html, css_class, through_parent):
    """Return the (first, last) line of the markup our templates render inside Wagtail's."""
    parser = _Lines(css_class, through_parent)
    parser.feed(html)
    assert parser.first and parser.last, f"no element with class {css_class} in the page"
    return parser.first, parser.last


def _form_action(html, fragment):
    match = re.search(r'<form[^>]*action="([^"]*' + re.escape(fragment) + r'[^"]*)"', html)
    assert match, f"no form posting to …{fragment}… on the page"
    return match.group(1)


def _client(username=None):
    from django.contrib.auth import get_user_model

    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def _quiz_pages(learner):
    """Enrol in the introduction, read it, submit its quiz empty, then pass it."""
    course = _get(learner, INTRO)
    response = learner.post(_form_action(course, "/enrol/"))
    page = _get(learner, response["Location"])
    while "/complete/" in page:
        response = learner.post(_form_action(page, "/complete/"))
        page = _get(learner, response["Location"])
    response = learner.post(_form_action(page, "/start/"))
    attempt_url = response["Location"]
    with_errors = learner.post(attempt_url, {"action": "submit"})
    assert with_errors.status_code == 400 and b"error-summary" in with_errors.content
    attempt = QuizAttempt.objects.get(learner__username=LEARNER, status="in_progress")
    response = learner.post(attempt_url, answer_data(attempt))
    return with_errors.content.decode(), _get(learner, response["Location"])


def _training_pages(learner):
    """The gowning step in both languages, the waiting-list offer, and the instructor's roster."""
    step = SessionStepPage.objects.get(slug="gowning-session")
    swedish = step.get_translation(Locale.objects.get(language_code="sv"))
    full = Session.objects.filter(step=step).order_by("starts_at").first()
    qualification = AssessmentStepPage.objects.get(slug="gowning-qualification")
    # The demo fills the first gowning session, so HR's booking meets the waiting-list offer.
    offer = _client(HR).post(f"/learn/training/sessions/{full.pk}/book/")
    assert offer.status_code == 400 and b"waitlist" in offer.content
    return {
        "session step": _get(learner, step.url),
        "Swedish session step": _get(learner, swedish.url),
        "session full": offer.content.decode(),
        "assessment step": _get(learner, qualification.url),
        "assess form": _get(
            _client("instructor@example.org"),
            f"/admin/training/assessments/assess/{qualification.pk}/",
        ),
        "roster": _get(
            _client("instructor@example.org"), f"/admin/training/sessions/roster/{full.pk}/"
        ),
    }


def render_pages():
    """Return {page name: HTML} for every page in PAGES."""
    anonymous, learner, hr = Client(), _client(LEARNER), _client(HR)
    swedish_intro = CoursePage.objects.get(
        translation_key=CoursePage.objects.get(slug="introduction-to-atmp").translation_key,
        locale__language_code="sv",
    )
    pages = {
        "catalogue": _get(anonymous, "/courses/"),
        "Swedish catalogue": _get(anonymous, "/sv/kurser/"),
        "lesson": _get(anonymous, INTRO + "the-patients-journey/"),
        "Swedish lesson": _get(anonymous, swedish_intro.get_children().live().first().url),
    }
    pages["quiz attempt with errors"], pages["quiz result"] = _quiz_pages(learner)
    pages["My learning with assignments"] = _get(learner, "/learn/my-learning/")
    pages["Swedish My learning with assignments"] = _get(learner, "/sv/learn/my-learning/")
    for name in ("My learning with assignments", "Swedish My learning with assignments"):
        assert "learning-item--" in pages[name], f"{name}: no assigned course is listed"
    pages["profile with membership"] = _get(learner, "/account/profile/")
    assert "Member since" in pages["profile with membership"]
    refused = learner.post("/account/membership/request/", {"kind": "change"})
    assert refused.status_code == 400 and b"error-summary" in refused.content
    pages["profile with a request refused"] = refused.content.decode()
    pages["competence matrix"] = _get(hr, "/admin/reports/hr/competence/")
    learner_pk = learner.session["_auth_user_id"]
    pages["transcript"] = _get(hr, f"/admin/reports/hr/transcripts/{learner_pk}/")
    pages.update(_training_pages(learner))
    assert set(pages) == set(PAGES)
    return pages


def nu_html_checker(paths):
    """Run vnu.jar over the files; return its messages, each with the file's path as `url`."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(
            "The HTML validity tests need Java 11 or later for the Nu Html Checker: "
            "sudo apt-get install default-jre-headless (make test-fast installs it)."
        )
    if not VNU.exists():
        pytest.fail(f"{VNU} is missing: run `npm ci` (make test-fast does).")
    result = subprocess.run(  # noqa: S603 - our java, our jar, files we wrote
        [java, "-jar", str(VNU), "--format", "json", "--stdout", "--exit-zero-always", *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"The Nu Html Checker did not run:\n{result.stderr or result.stdout}")
    return json.loads(result.stdout)["messages"]


@pytest.fixture(scope="module")
def problems(demo, django_db_blocker, tmp_path_factory):
    """Return {page name: the checker's errors and warnings} for every page in PAGES."""
    with django_db_blocker.unblock(), transaction.atomic():
        pages = render_pages()
        transaction.set_rollback(True)
    folder = tmp_path_factory.mktemp("html")
    files, lines = {}, {}
    for number, (name, html) in enumerate(pages.items()):
        path = folder / f"page-{number}.html"
        path.write_text(html)
        files[path.name] = name
        lines[name] = own_lines(html, *OWN_MARKUP[name]) if name in OWN_MARKUP else (1, 10**9)
    found = {name: [] for name in pages}
    for message in nu_html_checker(sorted(map(str, folder.iterdir()))):
        if message["type"] != "error" and message.get("subType") != "warning":
            continue  # information only
        name = files.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
        first, last = lines.get(name, (1, 10**9))
        if first <= message.get("lastLine", first) <= last:
            found.setdefault(name, []).append(message)
    return found


def describe(messages):
    return "\n".join(
        f"line {message.get('lastLine')}: {message['message']}\n    {message.get('extract', '')!r}"
        for message in messages
    )


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_valid_html(problems, name):
    assert problems[name] == [], f"{name}:\n{describe(problems[name])}"


def test_the_checker_sees_what_it_is_shown(problems):
    # Nothing from a file the test did not name: the names above match what vnu.jar checked.
    assert set(problems) == set(PAGES), set(problems) - set(PAGES)


def test_without_java_the_checker_fails_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="apt-get install default-jre-headless"):
        nu_html_checker([])


def test_without_the_jar_the_checker_fails_saying_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(f"{__name__}.VNU", tmp_path / "vnu.jar")
    with pytest.raises(pytest.fail.Exception, match="run `npm ci`"):
        nu_html_checker([])
