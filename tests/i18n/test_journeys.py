"""A Swedish learner meets only Swedish, an English learner only English, and records are one.

Both journeys run on the demo content through the forms on the pages (no URLs built by hand):
register, read every lesson of Introduction to ATMP, leave a quiz half-answered, pass it, open
My learning and the profile, download the certificate and check it. Every page is read the way
tests/i18n/language.py explains; the certificate PDF's text too.
"""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from courses.models import CoursePage
from lms.accounts.models import LearnerProfile
from lms.hr import reminders
from lms.hr.models import Assignment, AssignmentStatus
from lms.models import CourseCompletion, QuizAttempt
from tests.certificates.pdf_text import pdf_text
from tests.factories.lms import answer_data
from tests.i18n.language import foreign_words, page_language

pytestmark = pytest.mark.django_db

ENGLISH, SWEDISH = "en-gb", "sv"


def intro(language):
    return CoursePage.objects.live().get(
        translation_key=CoursePage.objects.get(slug="introduction-to-atmp").translation_key,
        locale__language_code=language,
    )


class Reader:
    """A learner's browser that checks the language of every page it is shown."""

    def __init__(self, language):
        self.language = language.split("-")[0]
        self.client = Client()
        self.problems = []
        self.pages = 0

    def check(self, url, response):
        assert response.status_code in (200, 400), (url, response.status_code)
        html = response.content.decode()
        self.pages += 1
        if page_language(html) != self.language:
            self.problems.append(f"{url}: <html lang> is {page_language(html)}")
        for word, text in foreign_words(html, self.language):
            self.problems.append(f"{url}: {word!r} in {text!r}")
        return html

    def get(self, url):
        return self.check(url, self.client.get(url))

    def check_text(self, name, text):
        """Check plain text (an email) for words of the other language."""
        html = f"<p>{text}</p>"
        for word, found in foreign_words(html, self.language):
            self.problems.append(f"{name}: {word!r} in {found!r}")

    def post(self, url, data=None):
        response = self.client.post(url, data or {})
        if response.status_code == 302:
            location = response["Location"]
            return location, self.get(location)
        return url, self.check(url, response)


def form_action(html, fragment):
    pattern = r'<form[^>]*action="([^"]*' + re.escape(fragment) + r'[^"]*)"'
    match = re.search(pattern, html)
    assert match, f"no form posting to …{fragment}… on the page"
    return match.group(1)


def take_introduction(reader, prefix, on_commit):
    """Walk the introduction as a new learner; return the certificates' text."""
    course = intro(ENGLISH if reader.language == "en" else SWEDISH)
    for url in (f"{prefix}/", course.get_parent().get_parent().url, course.get_parent().url):
        reader.get(url)
    for url in ("account/sign-in/", "account/password/reset/", "certificates/verify/"):
        reader.get(f"{prefix}/{url}")
    register = f"{prefix}/account/register/"
    reader.get(register)
    location, _html = reader.post(
        register,
        {
            "email": f"learner-{reader.language}@example.org",
            "full_name": "Åsa Öberg-Ängström",
            "password1": "night-shift-apheresis",
            "password2": "night-shift-apheresis",
        },
    )
    assert location == f"{prefix}/account/register/check-email/"
    # The confirmation email is in the learner's language; so are its link's pages.
    message = mail.outbox[-1]
    reader.check_text("confirmation email", message.subject + "\n" + message.body)
    link = re.search(r"https?://[^/\s]+(/\S*account/confirm-email/\S+)", message.body).group(1)
    assert link.startswith(f"{prefix}/account/")
    page = reader.get(link)
    location, page = reader.post(link)
    location, _html = reader.post(
        location,
        {"username": f"learner-{reader.language}@example.org", "password": "night-shift-apheresis"},
    )
    page = reader.get(course.url)
    url, page = reader.post(form_action(page, "/enrol/"))
    while "/complete/" in page:
        url, page = reader.post(form_action(page, "/complete/"))
    attempt_url, page = reader.post(form_action(page, "/start/"))
    attempt = QuizAttempt.objects.get(learner__email=f"learner-{reader.language}@example.org")
    reader.post(attempt_url, {"action": "submit"})  # nothing answered: told what is missing
    with on_commit(execute=True):  # the certificate is rendered once the completion is saved
        url, page = reader.post(attempt_url, answer_data(attempt))
    assert "result" in url
    page = reader.get(f"{prefix}/learn/my-learning/")
    reader.get(f"{prefix}/account/profile/")
    downloads = re.findall(r'href="(/[^"]*certificates/\d+/download/)"', page)
    assert len(downloads) == 2, "a course and an area certificate"  # A has one counting course
    texts = []
    for download in downloads:
        pdf = reader.client.get(download)
        assert pdf["Content-Type"] == "application/pdf"
        texts.append(pdf_text(pdf.getvalue()))
    return "\n".join(texts)


def test_a_swedish_learner_meets_no_english_on_the_journey(
    demo, django_capture_on_commit_callbacks
):
    reader = Reader(SWEDISH)
    text = take_introduction(reader, "/sv", django_capture_on_commit_callbacks)
    assert reader.pages >= 20
    assert not reader.problems, "English on the Swedish journey:\n" + "\n".join(reader.problems)

    assert "Åsa Öberg-Ängström" in text
    assert "Introduktion till ATMP" in text and "Allmän introduktion" in text
    assert "intygas" in text.lower()
    english_in_pdf = [word for word, _text in foreign_words(f"<html>{text}</html>", "sv")]
    assert english_in_pdf == [], f"English in the Swedish certificate: {english_in_pdf}\n{text}"
    assert LearnerProfile.objects.get(user__email="learner-sv@example.org").language == SWEDISH


def test_an_english_learner_meets_no_swedish_on_the_journey(
    demo, django_capture_on_commit_callbacks
):
    reader = Reader(ENGLISH)
    text = take_introduction(reader, "", django_capture_on_commit_callbacks)
    assert reader.pages >= 20
    assert not reader.problems, "Swedish on the English journey:\n" + "\n".join(reader.problems)

    assert "Introduction to ATMP" in text and "General introduction" in text
    assert "Åsa Öberg-Ängström" in text
    swedish_in_pdf = [word for word, _text in foreign_words(f"<html>{text}</html>", "en")]
    assert swedish_in_pdf == [], f"Swedish in the English certificate: {swedish_in_pdf}\n{text}"


def test_completing_in_swedish_meets_an_english_assignment(demo, make_user):
    learner = make_user("karin@example.org", email="karin@example.org")
    english_course = intro(ENGLISH)
    assignment = Assignment.objects.create(
        learner=learner,
        course=english_course,
        due_date=timezone.localdate() + datetime.timedelta(days=60),
    )
    client = Client()
    client.force_login(learner)
    page = client.get(intro(SWEDISH).url).content.decode()
    response = client.post(form_action(page, "/enrol/"))
    while True:
        page = client.get(response["Location"]).content.decode()
        if "/complete/" not in page:
            break
        response = client.post(form_action(page, "/complete/"))
    client.post(form_action(page, "/start/"))
    attempt = QuizAttempt.objects.get(learner=learner)
    client.post(f"/sv/learn/attempts/{attempt.pk}/", answer_data(attempt))

    completion = CourseCompletion.objects.get(learner=learner)
    assert completion.course_id == english_course.pk  # one course, whichever language
    assignment = Assignment.objects.with_status().get(pk=assignment.pk)
    assert assignment.status == AssignmentStatus.COMPLETED


def test_reminders_reach_each_learner_in_their_language(demo, make_user):
    swede = make_user("sven@example.org", email="sven@example.org")
    LearnerProfile.objects.create(user=swede, full_name="Sven Åström", language=SWEDISH)
    briton = make_user("ben@example.org", email="ben@example.org")
    LearnerProfile.objects.create(user=briton, full_name="Ben Hughes", language=ENGLISH)
    for learner in (swede, briton):
        Assignment.objects.create(
            learner=learner, course=intro(ENGLISH), due_date=datetime.date(2020, 1, 1)
        )
    mail.outbox.clear()
    reminders.send_learner_reminders()

    to_swede = next(message for message in mail.outbox if message.to == [swede.email])
    to_briton = next(message for message in mail.outbox if message.to == [briton.email])
    swedish_html = to_swede.alternatives[0][0]
    assert "Introduktion till ATMP" in to_swede.body and "/sv/learn/my-learning/" in to_swede.body
    assert foreign_words(f'<html lang="sv">{swedish_html}</html>', "sv") == []
    assert foreign_words(f"<p>{to_swede.subject}</p>", "sv") == []
    assert "Introduction to ATMP" in to_briton.body
    assert foreign_words(f"<html>{to_briton.alternatives[0][0]}</html>", "en") == []


def test_an_english_only_course_on_swedish_my_learning_is_marked_as_english(demo, make_user):
    learner = make_user("nils@example.org", email="nils@example.org")
    LearnerProfile.objects.create(user=learner, full_name="Nils Ek", language=SWEDISH)
    translated = CoursePage.objects.filter(locale__language_code=SWEDISH)
    english_only = (
        CoursePage.objects.live()
        .filter(locale__language_code=ENGLISH)
        .exclude(translation_key__in=translated.values("translation_key"))
        .first()
    )
    for course in (intro(ENGLISH), english_only):
        Assignment.objects.create(
            learner=learner,
            course=course,
            due_date=timezone.localdate() + datetime.timedelta(days=30),
        )
    reader = Reader(SWEDISH)
    reader.client.force_login(learner)
    html = reader.get("/sv/learn/my-learning/")
    assert f'lang="en-gb" hreflang="en-gb">{english_only.title}</a>' in html
    assert ">Introduktion till ATMP</a>" in html
    assert not reader.problems, reader.problems
