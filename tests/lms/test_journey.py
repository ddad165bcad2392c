"""The whole learner journey through the test client, as a nurse would take it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from freezegun import freeze_time

from lms.models import CourseCompletion, QuizAttempt
from tests.conftest import publish
from tests.factories.lms import answer_data

pytestmark = pytest.mark.django_db


def test_register_enrol_learn_fail_wait_pass_complete(client, quiz_course):
    quiz = quiz_course.quiz
    quiz.wait_minutes = 10
    quiz.max_attempts = 3
    quiz = publish(quiz)

    with freeze_time("2026-11-26 02:55:00"):  # 03:55 in Stockholm: a night shift
        response = client.post(
            f"/account/register/?next={quiz_course.url}",
            {
                "email": "Nurse.Nilsson@Example.org",
                "full_name": "Märta Nilsson",
                "password1": "night-shift-apheresis",
                "password2": "night-shift-apheresis",
                "next": quiz_course.url,
            },
        )
        assert response["Location"] == "/account/register/check-email/"
        link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+)", mail.outbox[0].body)
        response = client.post(link.group(1))
        assert response["Location"].startswith("/account/sign-in/?next=")
        response = client.post(
            response["Location"],
            {"username": "nurse.nilsson@example.org", "password": "night-shift-apheresis"},
        )
        assert response.status_code == 302 and response["Location"] == quiz_course.url
        assert "Start course" in client.get(quiz_course.url).content.decode()

        response = client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
        assert response["Location"] == quiz_course.lessons[0].url
        for lesson in quiz_course.lessons:
            page = client.get(lesson.url).content.decode()
            assert "Mark as done and continue" in page
            client.post(f"/learn/lessons/{lesson.pk}/complete/")

        quiz_page = client.get(quiz.url).content.decode()
        assert "Start the quiz" in quiz_page
        start = client.post(f"/learn/quizzes/{quiz.pk}/start/")
        attempt = QuizAttempt.objects.get()
        assert start["Location"] == f"/learn/attempts/{attempt.pk}/"
        result = client.post(start["Location"], answer_data(attempt, right=1), follow=True)
        assert "Not passed this time" in result.content.decode()
        assert "You can try again at 04:05" in result.content.decode()
        assert not CourseCompletion.objects.exists()

    with freeze_time("2026-11-26 03:00:00"):  # five minutes later: too soon
        client.force_login(get_user_model().objects.get(email="nurse.nilsson@example.org"))
        refused = client.post(f"/learn/quizzes/{quiz.pk}/start/")
        assert refused.status_code == 403 and "04:05" in refused.content.decode()

    with freeze_time("2026-11-26 03:06:00"):
        client.force_login(get_user_model().objects.get(email="nurse.nilsson@example.org"))
        second = client.post(f"/learn/quizzes/{quiz.pk}/start/")
        attempt = QuizAttempt.objects.get(number=2)
        result = client.post(second["Location"], answer_data(attempt, right=4), follow=True)
        assert "You passed" in result.content.decode()

        completion = CourseCompletion.objects.get()
        assert completion.learner_name == "Märta Nilsson"
        assert completion.course_revision_id == quiz_course.live_revision_id
        assert {step["revision_id"] for step in completion.steps} == {
            *(lesson.live_revision_id for lesson in quiz_course.lessons),
            attempt.revision_id,
        }

        my_learning = client.get("/learn/my-learning/").content.decode()
        completed = my_learning.split('id="completed-heading"')[1]
        assert quiz_course.title in completed
        assert "Completed 26 November 2026." in completed
        assert "It is valid until 26 November 2027" in completed
        results = my_learning.split('id="results-heading"')[1]
        assert "Attempt 1" in results and "Attempt 2" in results and "Passed" in results
