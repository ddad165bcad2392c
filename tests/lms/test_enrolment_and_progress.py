import pytest
from django.test import Client
from wagtail.models import ModelLogEntry, PageViewRestriction

from lms.models import Enrolment, StepProgress
from tests.conftest import publish
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def test_start_course_is_a_post_and_enrols_once(learner_client, learner, quiz_course):
    url = f"/learn/courses/{quiz_course.pk}/enrol/"
    assert learner_client.get(url).status_code == 405
    response = learner_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == quiz_course.lessons[0].url
    learner_client.post(url)
    assert Enrolment.objects.filter(learner=learner).count() == 1
    entry = ModelLogEntry.objects.get(action="lms.enrolled")
    assert entry.user_id == learner.pk


def test_start_course_needs_the_csrf_token(learner, quiz_course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.post(f"/learn/courses/{quiz_course.pk}/enrol/").status_code == 403
    assert not Enrolment.objects.exists()


def test_anonymous_start_goes_to_sign_in_and_back(client, quiz_course):
    response = client.post(
        f"/learn/courses/{quiz_course.pk}/enrol/",
        HTTP_REFERER=f"http://testserver{quiz_course.url}",
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/account/sign-in/?next=")
    assert not Enrolment.objects.exists()


def test_cannot_enrol_on_an_unpublished_or_restricted_course(learner_client, quiz_course):
    PageViewRestriction.objects.create(page=quiz_course, restriction_type="groups")
    assert learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/").status_code == 404
    quiz_course.unpublish()
    assert learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/").status_code == 404
    assert not Enrolment.objects.exists()


def test_anonymous_reader_reads_lessons_and_is_invited_to_sign_in(client, quiz_course):
    lesson = quiz_course.lessons[0]
    html = client.get(lesson.url).content.decode()
    assert "Apheresis collects white blood cells" in html
    assert "to record that you have finished this lesson" in html
    assert "Mark as done" not in html


def test_opening_and_completing_a_lesson_is_recorded(learner_client, learner, quiz_course):
    lesson = quiz_course.lessons[0]
    learner_client.get(lesson.url)
    assert not StepProgress.objects.exists()  # not enrolled yet: nothing recorded
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    learner_client.get(lesson.url)
    progress = StepProgress.objects.get(step=lesson)
    assert progress.first_opened_at and progress.completed_at is None
    response = learner_client.post(f"/learn/lessons/{lesson.pk}/complete/")
    assert response["Location"] == quiz_course.lessons[1].url
    progress.refresh_from_db()
    assert progress.completed_at >= progress.first_opened_at
    assert progress.revision_id == lesson.live_revision_id


def test_mark_as_done_is_post_only(learner_client, quiz_course):
    lesson = quiz_course.lessons[0]
    assert learner_client.get(f"/learn/lessons/{lesson.pk}/complete/").status_code == 405


def test_progress_bar_and_continue_where_you_left_off(learner_client, quiz_course):
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    learner_client.post(f"/learn/lessons/{quiz_course.lessons[0].pk}/complete/")
    html = learner_client.get(quiz_course.url).content.decode()
    assert "1 of 3 steps done (33%)" in html
    assert "about 10 minutes left" in html  # one lesson of 5 minutes and a 5-minute quiz
    assert "Continue where you left off" in html
    assert f'href="{quiz_course.lessons[1].url}">Continue where you left off' in html
    my_learning = learner_client.get("/learn/my-learning/").content.decode()
    assert "1 of 3 steps done (33%)" in my_learning
    assert quiz_course.lessons[1].url in my_learning


def test_sequential_course_locks_later_steps(learner_client, quiz_course):
    quiz_course.sequential = True
    publish(quiz_course)
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    second = quiz_course.lessons[1]
    html = learner_client.get(second.url).content.decode()
    assert "Finish “Cleanroom lesson 1” first." in html
    assert "Apheresis collects white blood cells" not in html
    response = learner_client.post(f"/learn/lessons/{second.pk}/complete/")
    assert response.status_code == 403
    assert not StepProgress.objects.filter(step=second, completed_at__isnull=False).exists()
    quiz_html = learner_client.get(quiz_course.quiz.url).content.decode()
    assert "before you take the quiz" in quiz_html
    assert learner_client.post(f"/learn/quizzes/{quiz_course.quiz.pk}/start/").status_code == 403


def test_new_lesson_published_later_is_needed_before_completion(learner_client, quiz_course):
    from tests.factories.lms import answer_data, start

    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    for lesson in quiz_course.lessons:
        learner_client.post(f"/learn/lessons/{lesson.pk}/complete/")
    extra = publish(LessonPageFactory(parent=quiz_course, title="Late addition", slug="late"))
    attempt = start(learner_client, quiz_course.quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
    assert not quiz_course.completions.exists()
    learner_client.post(f"/learn/lessons/{extra.pk}/complete/")
    assert quiz_course.completions.count() == 1
