"""R2.3: limits, enrolment and submission hold when requests race. Needs PostgreSQL's row locks."""

import threading

import pytest
from django.db import connection, connections
from django.http import QueryDict

from courses.models import QuizPage
from lms import services
from lms.models import CourseCompletion, Enrolment, QuizAttempt
from tests.factories.lms import answer_data

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locking is tested on PostgreSQL in CI"
    ),
]

THREADS = 20


def race(target, count=THREADS):
    """Run target(index) in `count` threads released at the same moment; return errors."""
    barrier = threading.Barrier(count)
    errors = []
    unexpected = []

    def run(index):
        try:
            barrier.wait()
            target(index)
        except services.LearningError as error:
            errors.append(error)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            unexpected.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not unexpected, unexpected
    return errors


def as_post(data):
    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query


def test_twenty_parallel_enrolments_make_one(learner, quiz_course):
    race(lambda i: services.enrol(learner, quiz_course))
    assert Enrolment.objects.filter(learner=learner, course=quiz_course).count() == 1


def test_twenty_parallel_submits_grade_one_attempt(learner, quiz_course):
    attempt, _created = services.start_attempt(learner, quiz_course.quiz)
    data = as_post(answer_data(attempt))
    graded = []

    def submit(index):
        _attempt, graded_now = services.submit_attempt(learner, attempt.pk, data)
        graded.append(graded_now)

    errors = race(submit)
    assert not errors
    assert graded.count(True) == 1 and len(graded) == THREADS
    assert QuizAttempt.objects.filter(status="submitted").count() == 1
    assert QuizAttempt.objects.get().answers.count() == len(attempt.questions)


def test_a_limit_of_three_attempts_never_becomes_four(learner, quiz_course):
    quiz = quiz_course.quiz
    QuizPage.objects.filter(pk=quiz.pk).update(max_attempts=3)
    quiz = QuizPage.objects.get(pk=quiz.pk)

    def fail_until_refused(index):
        # Each thread keeps failing the quiz until the limit refuses it a new attempt.
        for _try in range(10):
            attempt, _created = services.start_attempt(learner, quiz)
            services.submit_attempt(learner, attempt.pk, as_post(answer_data(attempt, right=0)))

    refusals = race(fail_until_refused)
    assert len(refusals) == THREADS
    assert all(refusal.status == 403 for refusal in refusals)
    numbers = sorted(QuizAttempt.objects.values_list("number", flat=True))
    assert numbers == [1, 2, 3]


def test_parallel_final_steps_write_one_completion(learner, quiz_course):
    enrolment, _created = services.enrol(learner, quiz_course)
    attempt, _created = services.start_attempt(learner, quiz_course.quiz)
    services.submit_attempt(learner, attempt.pk, as_post(answer_data(attempt)))
    race(lambda i: services.complete_lesson(learner, quiz_course.lessons[i % 2]))
    assert CourseCompletion.objects.filter(enrolment=enrolment).count() == 1
