import pytest
from wagtail.admin.admin_url_finder import AdminURLFinder

from lms.models import AttemptAnswer, CourseCompletion, Enrolment, QuizAttempt
from tests.factories.lms import answer_data, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt_of_a(client, learner, quiz_course):
    client.force_login(learner)
    attempt = start(client, quiz_course.quiz)
    client.logout()
    return attempt


def test_learner_b_cannot_see_or_touch_learner_a_attempt(client, other_learner, attempt_of_a):
    client.force_login(other_learner)
    url = f"/learn/attempts/{attempt_of_a.pk}/"
    assert client.get(url).status_code == 404
    assert client.get(f"{url}result/").status_code == 404
    assert client.post(url, answer_data(attempt_of_a)).status_code == 404
    assert not AttemptAnswer.objects.exists()
    assert QuizAttempt.objects.get().status == "in_progress"


def test_learner_b_sees_none_of_learner_a_progress(
    client, learner, other_learner, quiz_course, attempt_of_a
):
    client.force_login(other_learner)
    html = client.get("/learn/my-learning/").content.decode()
    assert quiz_course.title not in html
    assert "You have no courses in progress." in html
    assert "Start course" in client.get(quiz_course.url).content.decode()


def test_anonymous_is_sent_to_sign_in_for_learner_pages(client, attempt_of_a):
    for url in ("/learn/my-learning/", f"/learn/attempts/{attempt_of_a.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "/account/sign-in/" in response["Location"]


def test_unknown_ids_give_404(learner_client):
    assert learner_client.get("/learn/attempts/999999/").status_code == 404
    assert learner_client.post("/learn/quizzes/999999/start/").status_code == 404
    assert learner_client.post("/learn/courses/999999/enrol/").status_code == 404
    assert learner_client.post("/learn/lessons/999999/complete/").status_code == 404


def test_a_lesson_id_is_not_a_quiz_id(learner_client, quiz_course):
    lesson = quiz_course.lessons[0]
    assert learner_client.post(f"/learn/quizzes/{lesson.pk}/start/").status_code == 404
    assert learner_client.post(f"/learn/courses/{lesson.pk}/enrol/").status_code == 404
    assert not Enrolment.objects.exists()


def test_learning_records_are_read_only_in_the_admin(
    admin_client, superuser, learner_client, quiz_course
):
    learner_client.post(f"/learn/courses/{quiz_course.pk}/enrol/")
    for lesson in quiz_course.lessons:
        learner_client.post(f"/learn/lessons/{lesson.pk}/complete/")
    attempt = start(learner_client, quiz_course.quiz)
    learner_client.post(f"/learn/attempts/{attempt.pk}/", answer_data(attempt))
    completion = CourseCompletion.objects.get()
    records = (
        ("/admin/learning-records/completions/", completion.pk),
        ("/admin/learning-records/attempts/", attempt.pk),
        ("/admin/learning-records/enrolments/", completion.enrolment_id),
    )
    for prefix, pk in records:
        pages = [admin_client.get(f"{prefix}{view}") for view in ("", f"inspect/{pk}/")]
        pages += [admin_client.get(f"{prefix}{view}/{pk}/") for view in ("history", "usage")]
        for page in pages:
            html = page.content.decode()
            assert page.status_code == 200
            for action in ("new/", "edit/", "delete/", "copy/"):
                assert prefix + action not in html, f"{page.wsgi_request.path} links {action}"
        assert f"{prefix}inspect/{pk}/" in pages[0].content.decode()
        assert f"{prefix}inspect/{pk}/" in pages[2].content.decode()  # history leads to inspect
        # Wagtail routes the views; the permission policy refuses them, superusers included.
        for refused in ("new/", f"edit/{pk}/", f"delete/{pk}/"):
            for response in (
                admin_client.get(prefix + refused),
                admin_client.post(prefix + refused),
            ):
                assert (response.status_code, response["Location"]) == (302, "/admin/"), refused
        assert admin_client.get(f"{prefix}copy/{pk}/").status_code == 404
    assert (Enrolment.objects.count(), QuizAttempt.objects.count()) == (1, 1)
    # Links from other screens (site history, usage) lead to the inspect view too.
    finder = AdminURLFinder(superuser)
    assert finder.get_edit_url(attempt) == f"/admin/learning-records/attempts/inspect/{attempt.pk}/"
    assert list(CourseCompletion.objects.values_list("pk", flat=True)) == [completion.pk]


def test_learners_cannot_open_the_records_in_the_admin(learner_client):
    response = learner_client.get("/admin/learning-records/completions/")
    assert response.status_code == 302
