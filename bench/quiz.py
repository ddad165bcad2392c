"""Quiz: server time and queries to start and to submit a 50-question attempt.

Three measurements, each over QUIZ_LEARNERS learners (default 25; see `measure` for which are
counted and which timed):

- start, by a learner already enrolled on the course (as one is who has read its lessons);
- submit with marking, of a quiz that is not the course's last step;
- submit that passes the course's last step: marking, the course completion and whatever
  listens to `course_completed` (the certificates app issues course and area certificates).
  Its queries are split into ours and the listeners' by counting once more with the
  listeners disconnected.
"""

import os
import statistics
import time
from contextlib import contextmanager

from django.http import QueryDict
from django.test import Client

from bench import data
from bench.harness import Row, count_queries, verdict
from lms import services
from lms.models import QuizAttempt
from lms.signals import course_completed

LEARNERS = int(os.environ.get("QUIZ_LEARNERS", "25"))
GOAL_MS = 50
GOAL_QUERIES = 20


def answers_for(attempt):
    form = QueryDict(mutable=True)
    form["action"] = "submit"
    for question in attempt.questions:
        right = next(c for c in question["choices"] if c["correct"])
        form.setlist(f"q-{question['token']}", [right["token"]])
    return form


def one_learner(quiz, number, prefix="quiz"):
    learner = data.learner(f"{prefix}-{number}@example.org")
    services.enrol(learner, quiz.get_parent().specific)
    client = Client()
    client.force_login(learner)
    client.get("/")  # a warm session, as a learner arriving from the quiz page has
    return client, learner


@contextmanager
def without_completion_listeners():
    saved = course_completed.receivers
    course_completed.receivers = []
    course_completed.sender_receivers_cache.clear()
    try:
        yield
    finally:
        course_completed.receivers = saved
        course_completed.sender_receivers_cache.clear()


def measure(quiz, prefix, learners=LEARNERS):
    """Start and submit for `learners` learners: (start ms, submit ms, {what: queries}).

    Learner 0 warms the process's caches (content types, site root paths) as any request
    before it would in a running server; learner 1's requests are counted; learner 2's submit
    is counted with the course_completed listeners disconnected. The others are timed.
    """
    start_ms, submit_ms, queries = [], [], {}
    for number in range(learners):
        client, learner = one_learner(quiz, number, prefix)
        url = f"/learn/quizzes/{quiz.pk}/start/"

        def start(client=client, url=url):
            response = client.post(url)
            assert response.status_code == 302, response.status_code

        began = time.perf_counter()
        if number == 1:
            queries["start"] = count_queries(start)
        else:
            start()
        if number > 2:
            start_ms.append((time.perf_counter() - began) * 1000)
        attempt = QuizAttempt.objects.get(learner=learner)
        form = answers_for(attempt)

        def submit(client=client, attempt=attempt, form=form):
            response = client.post(
                f"/learn/attempts/{attempt.pk}/",
                form.urlencode(),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code == 302, response.status_code

        began = time.perf_counter()
        if number == 1:
            queries["submit"] = count_queries(submit)
        elif number == 2:
            with without_completion_listeners():
                queries["submit_alone"] = count_queries(submit)
        else:
            submit()
        if number > 2:
            submit_ms.append((time.perf_counter() - began) * 1000)
        assert QuizAttempt.objects.get(pk=attempt.pk).passed
    return statistics.median(start_ms), statistics.median(submit_ms), queries


def run():
    _catalogue, areas = data.catalogue_with_areas()
    mid = data.big_quiz(areas[0], slug="quiz-course", lesson_after=True)
    last = data.big_quiz(areas[1], slug="quiz-last-step")
    start_ms, submit_ms, counted = measure(mid, "quiz")
    _start, final_ms, final = measure(last, "final")
    listeners = final["submit"] - final["submit_alone"]
    goal = f"< {GOAL_MS} ms, ≤ {GOAL_QUERIES} queries"
    return [
        Row(
            "Quiz start, 50 questions (POST, enrolled learner)",
            f"{start_ms:.1f} ms median, {counted['start']} queries",
            goal,
            verdict(start_ms < GOAL_MS and counted["start"] <= GOAL_QUERIES),
        ),
        Row(
            "Quiz submit, 50 questions (POST, marking included)",
            f"{submit_ms:.1f} ms median, {counted['submit']} queries",
            goal,
            verdict(submit_ms < GOAL_MS and counted["submit"] <= GOAL_QUERIES),
        ),
        Row(
            "Quiz submit that completes the course (+ completion, certificates issued)",
            f"{final_ms:.1f} ms median, {final['submit']} queries: "
            f"{final['submit_alone']} marking + completion, "
            f"{listeners} in the certificates app's course_completed handler",
            goal,
            verdict(final_ms < GOAL_MS and final["submit"] <= GOAL_QUERIES),
        ),
    ]
