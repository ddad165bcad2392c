"""A training campaign: learners sign in, read the introduction, pass the quiz, get a certificate.

Run by bench/load.py (locust, headless, against gunicorn on 127.0.0.1). Each simulated learner
owns one account (load-N@example.org). To pass the quiz the script reads the learner's own attempt
snapshot from the database: a harness shortcut standing in for a learner who knows the answers;
the server sees only ordinary form posts.
"""

import itertools
import json
import os
import re
from urllib.parse import urlsplit

import psycopg
from locust import HttpUser, between, task

COURSE = "/courses/general-introduction/introduction-to-atmp/"
PASSWORD = os.environ.get("LOAD_PASSWORD", "load-password-2026")
DB = urlsplit(os.environ["BENCH_LIVE_DATABASE_URL"])
ACKNOWLEDGED = os.environ.get("LOAD_ACK_FILE", "/tmp/atmp-load-acks.jsonl")  # noqa: S108
_numbers = itertools.count(1)


def csrf(response):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    return match.group(1) if match else ""


def snapshot(attempt_id):
    with psycopg.connect(
        host=DB.hostname,
        port=DB.port or 5432,
        user=DB.username or "postgres",
        dbname=DB.path.lstrip("/"),
    ) as connection:
        row = connection.execute(
            "SELECT questions FROM lms_quizattempt WHERE id = %s", (attempt_id,)
        ).fetchone()
    questions = row[0]
    return questions if isinstance(questions, list) else json.loads(questions)


class Learner(HttpUser):
    wait_time = between(5, 15)  # reading time between pages

    def on_start(self):
        self.email = f"load-{next(_numbers)}@example.org"
        page = self.client.get("/account/sign-in/", name="sign-in page")
        self.client.post(
            "/account/sign-in/",
            {"username": self.email, "password": PASSWORD, "csrfmiddlewaretoken": csrf(page)},
            name="sign in",
        )
        self.done = False

    def post(self, url, data=None, name=None, referer=None):
        data = dict(data or {})
        data["csrfmiddlewaretoken"] = self.client.cookies.get("csrftoken", "")
        return self.client.post(url, data, name=name, headers={"Referer": referer or self.host})

    @task
    def campaign(self):
        if self.done:
            self.fetch_certificate()
            return
        course = self.client.get(COURSE, name="course")
        enrol = re.search(r'action="(/learn/courses/\d+/enrol/)"', course.text)
        if enrol:
            self.post(enrol.group(1), name="start course")
        for _ in range(6):
            lesson = self.client.get(COURSE, name="course")
            step = re.search(
                r'href="([^"]+)">(?:Continue where you left off|Start the first step)', lesson.text
            )
            if not step:
                break
            page = self.client.get(step.group(1), name="lesson or quiz page")
            done = re.search(r'action="(/learn/lessons/\d+/complete/)"', page.text)
            if done:
                self.post(done.group(1), name="mark lesson done")
                continue
            start = re.search(r'action="(/learn/quizzes/\d+/start/)"', page.text)
            if start:
                self.take_quiz(start.group(1))
            break

    def take_quiz(self, start_url):
        started = self.post(start_url, name="start quiz")
        attempt_id = int(re.search(r"/learn/attempts/(\d+)/", started.url).group(1))
        answers = {"action": "submit"}
        for question in snapshot(attempt_id):
            right = [c["token"] for c in question["choices"] if c["correct"]]
            answers[f"q-{question['token']}"] = (
                right if question["type"] == "multiple" else right[:1]
            )
        # "sent" before the post, "passed" once the learner has seen the result: a submit still
        # in flight when the test stops is sent but not acknowledged, and the check says so.
        with open(ACKNOWLEDGED, "a") as acks:
            acks.write(json.dumps({"attempt": attempt_id, "state": "sent"}) + "\n")
        result = self.post(f"/learn/attempts/{attempt_id}/", answers, name="submit quiz")
        if result.status_code == 200 and "You passed" in result.text:
            with open(ACKNOWLEDGED, "a") as acks:
                line = {"email": self.email, "attempt": attempt_id, "state": "passed"}
                acks.write(json.dumps(line) + "\n")
            self.done = True
            self.fetched = False
            self.fetch_certificate()

    def fetch_certificate(self):
        """Look on My learning until the worker has rendered the certificate, then fetch it."""
        mine = self.client.get("/learn/my-learning/", name="my learning")
        pdf = re.search(r'href="(/certificates/[^"]*download[^"]*)"', mine.text)
        if pdf and not self.fetched:
            self.client.get(pdf.group(1), name="certificate PDF")
            self.fetched = True
