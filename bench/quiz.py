"""Quiz: server time and queries to start and to submit a 50-question attempt."""

import statistics
import time

from django.http import QueryDict
from django.test import Client

from bench import data
from bench.harness import Row, count_queries, verdict
from lms.models import QuizAttempt


def answers_for(attempt):
    form = QueryDict(mutable=True)
    form["action"] = "submit"
    for question in attempt.questions:
        right = next(c for c in question["choices"] if c["correct"])
        form.setlist(f"q-{question['token']}", [right["token"]])
    return form


def one_learner(quiz, number):
    learner = data.learner(f"quiz-{number}@example.org")
    client = Client()
    client.force_login(learner)
    client.get("/")  # a warm session, as a learner arriving from the quiz page has
    return client, learner


def run(learners=25):
    _catalogue, areas = data.catalogue_with_areas()
    quiz = data.big_quiz(areas[0])
    start_ms, submit_ms, start_queries, submit_queries = [], [], [], []
    for number in range(learners):
        client, learner = one_learner(quiz, number)
        url = f"/learn/quizzes/{quiz.pk}/start/"

        def start(client=client, url=url):
            response = client.post(url)
            assert response.status_code == 302, response.status_code

        began = time.perf_counter()
        if number == 0:
            start_queries.append(count_queries(start))
        else:
            start()
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
        if number == 0:
            submit_queries.append(count_queries(submit))
        else:
            submit()
        submit_ms.append((time.perf_counter() - began) * 1000)
        assert QuizAttempt.objects.get(pk=attempt.pk).passed
    start_median = statistics.median(start_ms[1:])
    submit_median = statistics.median(submit_ms[1:])
    return [
        Row(
            "Quiz start, 50 questions (POST)",
            f"{start_median:.1f} ms median, {start_queries[0]} queries",
            "< 50 ms, ≤ 20 queries",
            verdict(start_median < 50 and start_queries[0] <= 20),
        ),
        Row(
            "Quiz submit, 50 questions (POST, marking included)",
            f"{submit_median:.1f} ms median, {submit_queries[0]} queries",
            "< 50 ms, ≤ 20 queries",
            verdict(submit_median < 50 and submit_queries[0] <= 20),
        ),
    ]
