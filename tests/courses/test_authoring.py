import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from lms.accounts.demo import course_authors_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def author_client(client, make_user, catalogue):
    author = make_user("author")
    author.groups.add(course_authors_group())
    client.force_login(author)
    return client


def lesson_form(title, text):
    return nested_form_data(
        {
            "title": title,
            "slug": "lesson-1",
            "estimated_minutes": 7,
            "body": streamfield(
                [
                    ("heading", {"text": "Identity checks", "level": "h2"}),
                    ("rich_text", rich_text(f"<p>{text}</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )


def test_author_edits_and_publishes_a_lesson(author_client, course):
    lesson = course.get_children().first()
    edit_url = f"/admin/pages/{lesson.pk}/edit/"
    assert author_client.get(edit_url).status_code == 200
    response = author_client.post(edit_url, lesson_form("Checking identity", "Two people check."))
    assert response.status_code == 302
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "Checking identity"
    assert lesson.live and lesson.estimated_minutes == 7
    assert "Two people check." in str(lesson.body[1].value)
    assert lesson.revisions.count() >= 1


def test_author_cannot_edit_pages_outside_the_catalogue(author_client, home, course):
    response = author_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=home.pk).title == home.title


def test_author_can_add_a_lesson_to_a_course(author_client, course):
    url = f"/admin/pages/add/courses/lessonpage/{course.pk}/"
    assert author_client.get(url).status_code == 200
    data = lesson_form("Aftercare", "Follow-up lasts years.")
    data["slug"] = "aftercare"
    assert author_client.post(url, data).status_code == 302
    assert LessonPage.objects.child_of(course).filter(slug="aftercare", live=True).exists()


def test_anonymous_user_cannot_open_the_admin(client, course):
    response = client.get(f"/admin/pages/{course.pk}/edit/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
