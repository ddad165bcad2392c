"""My learning puts assigned courses first, with their due dates, at a flat query count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from lms import services
from lms.hr.models import Assignment
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.lms.hr.conftest import client_for

pytestmark = pytest.mark.django_db

MY_LEARNING = "/learn/my-learning/"


def test_assigned_courses_come_first_with_their_due_dates(staff_x, course, yearly_course):
    services.enrol(staff_x, course)
    Assignment.objects.create(
        learner=staff_x, course=yearly_course, due_date=datetime.date(2026, 3, 1)
    )
    with freeze_time("2026-03-05"):
        html = client_for(staff_x).get(MY_LEARNING).content.decode()
    assert html.index("Assigned to you") < html.index("In progress")
    assert "Overdue" in html and "It was due on 1 March 2026." in html
    section = html[html.index("Assigned to you") : html.index("In progress")]
    assert "GMP refresher" in section and course.title not in section


def test_an_assigned_course_is_not_listed_twice(staff_x, course):
    services.enrol(staff_x, course)
    Assignment.objects.create(learner=staff_x, course=course, due_date=datetime.date(2026, 3, 1))
    html = client_for(staff_x).get(MY_LEARNING).content.decode()
    assert html.count(f">{course.title}</a>") == 1
    assert "Continue where you left off" in html


def test_no_assignment_section_without_assignments(learner_client):
    assert "Assigned to you" not in learner_client.get(MY_LEARNING).content.decode()


def test_other_learners_assignments_are_not_shown(staff_x, staff_y, course):
    Assignment.objects.create(learner=staff_y, course=course, due_date=datetime.date(2026, 3, 1))
    assert "Assigned to you" not in client_for(staff_x).get(MY_LEARNING).content.decode()


def test_my_learning_queries_stay_flat_with_more_assignments(staff_x, area):
    client = client_for(staff_x)

    def add(count, start):
        for number in range(start, start + count):
            course = publish(
                CoursePageFactory(parent=area, title=f"Assigned {number}", slug=f"a{number}")
            )
            LessonPageFactory(parent=course, slug=f"a{number}-l")
            services.enrol(staff_x, course)
            Assignment.objects.create(
                learner=staff_x, course=course, due_date=datetime.date(2030, 1, 1)
            )

    def queries():
        client.get(MY_LEARNING)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(MY_LEARNING).status_code == 200
        return len(captured)

    add(1, 0)
    few = queries()
    add(8, 1)
    assert queries() == few
