import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms import services
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths) as a running server has them
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def enrol_on_courses(learner, area, count, lessons=3):
    courses = []
    for number in range(count):
        course = publish(CoursePageFactory(parent=area, title=f"Course {number}"))
        for lesson_number in range(lessons):
            LessonPageFactory(parent=course, slug=f"c{number}-l{lesson_number}")
        services.enrol(learner, course)
        courses.append(course)
    return courses


def test_my_learning_queries_are_bounded_and_flat(learner_client, learner, area):
    courses = enrol_on_courses(learner, area, 2)
    services.complete_lesson(learner, courses[0].get_children().first().specific)
    small = count_queries(learner_client, "/learn/my-learning/")
    more = enrol_on_courses(learner, area, 18)
    services.complete_lesson(learner, more[5].get_children().first().specific)
    large = count_queries(learner_client, "/learn/my-learning/")
    assert large == small <= 16


def test_lesson_page_queries_are_bounded_and_flat(learner_client, learner, area):
    short = enrol_on_courses(learner, area, 1, lessons=2)[0]
    long = enrol_on_courses(learner, area, 1, lessons=30)[0]
    for course in (short, long):
        services.complete_lesson(learner, course.get_children().first().specific)
    counts = []
    for course in (short, long):
        lesson = course.get_children().last()
        counts.append(count_queries(learner_client, lesson.url))
    assert counts[0] == counts[1] <= 28
