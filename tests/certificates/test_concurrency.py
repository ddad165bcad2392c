"""Concurrent issuing on PostgreSQL: serial numbers unique and gapless per year, no duplicates."""

import threading
import time

import pytest
from django.db import connection, connections
from django.utils import timezone

from certificates import rendering, services
from certificates.models import Certificate
from courses.models import CoursePage
from lms import services as lms_services
from lms.models import CourseCompletion

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locking is tested on PostgreSQL in CI"
    ),
]

THREADS = 20


@pytest.fixture(autouse=True)
def quick_renderer(monkeypatch):
    """These tests are about issuing; a stand-in PDF keeps WeasyPrint out of the threads."""
    monkeypatch.setattr(rendering, "render_pdf", lambda certificate, **kwargs: b"%PDF-1.7 test")


@pytest.fixture(autouse=True)
def slow_issuing(monkeypatch):
    """Widen the window between taking a serial number and committing, as a busy server would."""
    real_log = services.log

    def slow_log(*args, **kwargs):
        time.sleep(0.02)
        return real_log(*args, **kwargs)

    monkeypatch.setattr(services, "log", slow_log)


def race(target, count=THREADS):
    """Run target(index) in `count` threads released at the same moment."""
    barrier = threading.Barrier(count)
    errors = []

    def run(index):
        try:
            barrier.wait()
            target(index)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors


def assert_gapless(year):
    numbers = sorted(
        Certificate.objects.filter(serial_year=year).values_list("serial_number", flat=True)
    )
    serials = list(Certificate.objects.values_list("serial", flat=True))
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(set(serials)) == len(serials)
    assert all(serial.startswith(f"ATMP-{year}-") for serial in serials)


def test_parallel_completions_get_unique_gapless_serial_numbers(make_user, course):
    learners = [
        make_user(f"learner{i}", first_name="Åsa", last_name=f"Nr {i}") for i in range(THREADS)
    ]
    lessons = list(course.steps())
    for learner in learners:
        for lesson in lessons[:-1]:
            lms_services.complete_lesson(learner, lesson)
    assert not Certificate.objects.exists()

    race(lambda i: lms_services.complete_lesson(learners[i], lessons[-1]))

    assert CourseCompletion.objects.count() == THREADS
    # Each learner earns the course certificate and, as it is the area's only course, the area's.
    assert Certificate.objects.filter(kind="course").count() == THREADS
    assert Certificate.objects.filter(kind="area").count() == THREADS
    assert_gapless(timezone.localtime().year)
    assert set(Certificate.objects.values_list("render_status", flat=True)) == {"ready"}


def test_parallel_issuing_for_many_learners_gets_unique_gapless_serial_numbers(make_user, course):
    # lms serialises completions of one course on its row lock; issuing alone must not need it.
    CoursePage.objects.filter(pk=course.pk).update(issues_certificate=False)
    learners = [make_user(f"learner{i}") for i in range(THREADS)]
    for learner in learners:
        for lesson in course.steps():
            lms_services.complete_lesson(learner, lesson)
    CoursePage.objects.filter(pk=course.pk).update(issues_certificate=True)
    completions = list(CourseCompletion.objects.order_by("pk"))
    assert Certificate.objects.filter(kind="course").count() == 0

    race(lambda i: services.issue_for_completion(completions[i]))

    assert Certificate.objects.filter(kind="course").count() == THREADS
    assert_gapless(timezone.localtime().year)


def test_issuing_the_same_completion_in_parallel_makes_one_certificate(make_user, course):
    CoursePage.objects.filter(pk=course.pk).update(
        issues_certificate=False, counts_towards_area_certificate=False
    )
    learner = make_user("learner")
    for lesson in course.steps():
        lms_services.complete_lesson(learner, lesson)
    completion = CourseCompletion.objects.get()
    assert not Certificate.objects.exists()
    CoursePage.objects.filter(pk=course.pk).update(issues_certificate=True)

    race(lambda i: services.issue_for_completion(CourseCompletion.objects.get(pk=completion.pk)))

    assert Certificate.objects.filter(completion=completion).count() == 1
    assert_gapless(timezone.localtime().year)
