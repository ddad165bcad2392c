import pytest

from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def test_course_page_shows_objectives_duration_audiences_and_lessons(client, course):
    from courses.models import Audience

    course.audiences.set(Audience.objects.canonical().filter(slug__in=["nurse", "public"]))
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert "Explain the care pathway." in html and "Name the main risks." in html
    assert "About 20 minutes" in html
    assert "Nurses" in html and "The public and decision-makers" in html
    for number in (1, 2, 3):
        assert f"Lesson {number}" in html
    assert html.count("5 min") == 3


def test_start_opens_the_first_lesson(client, course):
    first = course.get_children().first()
    response = client.get(course.url)
    assert response.context["first_step"].pk == first.pk
    assert f'class="button button--large" href="{first.url}"' in response.content.decode()


def test_lesson_shows_position_neighbours_and_breadcrumb(client, course):
    lessons = list(course.get_children().specific())
    html = client.get(lessons[1].url).content.decode()
    assert "Step 2 of 3" in html
    assert f'href="{lessons[0].url}" rel="prev"' in html
    assert f'href="{lessons[2].url}" rel="next"' in html
    breadcrumb = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    for ancestor in ("Courses", "General introduction", "Introduction to ATMP"):
        assert ancestor in breadcrumb
    assert '<span aria-current="page">Lesson 2</span>' in breadcrumb


def test_first_and_last_lessons_link_back_to_the_course(client, course):
    lessons = list(course.get_children().specific())
    first = client.get(lessons[0].url).content.decode()
    last = client.get(lessons[-1].url).content.decode()
    assert 'rel="prev"' not in first and "Back to the course" in last and 'rel="next"' not in last


def test_unpublished_lessons_are_not_steps(client, course):
    draft = LessonPageFactory(parent=course, title="Draft lesson")
    draft.unpublish()
    html = client.get(course.get_children().first().url).content.decode()
    assert "Step 1 of 3" in html
    assert "Draft lesson" not in client.get(course.url).content.decode()


def test_lesson_page_query_count_is_bounded(client, course, django_assert_max_num_queries):
    lesson = course.get_children().first()
    client.get(lesson.url)
    with django_assert_max_num_queries(18):
        assert client.get(lesson.url).status_code == 200
