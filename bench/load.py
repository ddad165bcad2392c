"""Load: 200 learners for 3 minutes against gunicorn (2 workers) + PostgreSQL + a task worker.

Then the invariants: completions equal acknowledged passes, no duplicate attempts, no lost
answers. Set LOAD_USERS / LOAD_MINUTES to change the size (the defaults are the issue's).
"""

import csv
import json
import os
import subprocess
from pathlib import Path

from bench import live
from bench.harness import Row, verdict

HERE = Path(__file__).resolve().parent
USERS = int(os.environ.get("LOAD_USERS", "200"))
MINUTES = float(os.environ.get("LOAD_MINUTES", "3"))
THREADS = int(os.environ.get("LOAD_THREADS", "1"))  # per worker; >1 is gthread (slower here)
STOP_TIMEOUT = int(os.environ.get("LOAD_STOP_TIMEOUT", "60"))
PORT = 8103
ACKS = Path("/tmp/atmp-load-acks.jsonl")  # noqa: S108
CREATE_LEARNERS = """
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from lms.accounts.models import LearnerProfile
User = get_user_model()
password = make_password("load-password-2026")  # hashed once: the accounts differ by name only
users = User.objects.bulk_create(
    User(username=f"load-{n}@example.org", email=f"load-{n}@example.org", password=password)
    for n in range(1, {count} + 1)
)
LearnerProfile.objects.bulk_create(
    LearnerProfile(user=user, full_name=f"Load Learner {n}") for n, user in enumerate(users, 1)
)
"""
INVARIANTS = """
import json
from django.db.models import Count
from lms.models import AttemptAnswer, CourseCompletion, QuizAttempt
lines = [json.loads(line) for line in open({acks!r})]
acks = [line for line in lines if line["state"] == "passed"]
sent = {{line["attempt"] for line in lines if line["state"] == "sent"}}
load = QuizAttempt.objects.filter(learner__username__startswith="load-")
submitted = load.filter(status="submitted")
short = [
    a.pk for a in submitted.annotate(n=Count("answers")) if a.n != a.question_count
]
numbers = load.values("learner", "quiz", "cycle", "number")
duplicates = numbers.annotate(n=Count("id")).filter(n__gt=1).count()
open_twice = load.filter(status="in_progress").values("learner").annotate(n=Count("id")).filter(
    n__gt=1).count()
passed_ids = {{a["attempt"] for a in acks}}
passed = submitted.filter(passed=True)
print(json.dumps({{
    "acknowledged_passes": len(acks),
    "acknowledged_found_passed": submitted.filter(pk__in=passed_ids, passed=True).count(),
    "completions": CourseCompletion.objects.filter(learner__username__startswith="load-").count(),
    "passed_attempts": passed.count(),
    "passes_in_flight_at_stop": passed.filter(pk__in=sent - passed_ids).count(),
    "passes_never_sent": passed.exclude(pk__in=sent).count(),
    "attempts": load.count(),
    "duplicate_attempt_numbers": duplicates,
    "learners_with_two_open_attempts": open_twice,
    "submitted_attempts_missing_answers": len(short),
}}))
"""


def env():
    return {
        **live.ours_env(),
        "BENCH_TASKS": "database",
        "BENCH_LIVE_DATABASE_URL": live.LIVE_DB,
        "LOAD_ACK_FILE": str(ACKS),
    }


def aggregated(stats_csv):
    with open(stats_csv) as handle:
        rows = list(csv.DictReader(handle))
    return {row["Name"]: row for row in rows}


def run():
    live.prepare_ours()
    live.manage("shell", "-c", CREATE_LEARNERS.replace("{count}", str(USERS)), env=env())
    ACKS.unlink(missing_ok=True)
    ACKS.touch()
    prefix = HERE / ".results" / "load"
    prefix.parent.mkdir(exist_ok=True)
    worker = subprocess.Popen(  # noqa: S603
        [
            live.PYTHON,
            "manage.py",
            "db_worker",
            "--queue-name",
            "default,certificates",
            "--interval",
            "0.5",
        ],
        cwd=live.ROOT,
        env={**os.environ, **env()},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with live.gunicorn(PORT, workers=2, threads=THREADS, env=env()) as base:
            subprocess.run(  # noqa: S603
                [
                    str(Path(live.PYTHON).parent / "locust"),
                    "-f",
                    str(HERE / "locustfile.py"),
                    "--headless",
                    "--only-summary",
                    "-u",
                    str(USERS),
                    "-r",
                    "2",
                    "-t",
                    f"{int(MINUTES * 60)}s",
                    "--host",
                    base,
                    "--csv",
                    str(prefix),
                    # Let running tasks finish, so few submits are cut off in flight.
                    "--stop-timeout",
                    str(STOP_TIMEOUT),
                ],
                env={**os.environ, **env()},
                check=False,
                capture_output=True,
                timeout=900,
            )
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    stats = aggregated(f"{prefix}_stats.csv")
    total = stats["Aggregated"]
    checks = json.loads(
        live.manage("shell", "-c", INVARIANTS.format(acks=str(ACKS)), env=env()).splitlines()[-1]
    )
    failures = int(total["Failure Count"])
    p95 = float(total["95%"])
    pages = [row for name, row in stats.items() if name not in ("Aggregated", "sign in")]
    worst = max(pages, key=lambda row: float(row["95%"]))
    # Every acknowledged pass is a completion, and every other completion belongs to a submit
    # that was still in flight when locust stopped (its learner never saw the answer).
    invariants_ok = (
        checks["acknowledged_found_passed"] == checks["acknowledged_passes"]
        and checks["completions"]
        == checks["passed_attempts"]
        == checks["acknowledged_passes"] + checks["passes_in_flight_at_stop"]
        and checks["passes_never_sent"] == 0
        and checks["duplicate_attempt_numbers"] == 0
        and checks["learners_with_two_open_attempts"] == 0
        and checks["submitted_attempts_missing_answers"] == 0
    )
    return [
        Row(
            f"Load: {USERS} learners, {MINUTES:g} min, "
            f"gunicorn 2 workers × {THREADS} threads + PostgreSQL",
            f"{float(total['Requests/s']):.1f} req/s, {total['Request Count']} requests, "
            f"p50 {total['50%']} ms, p95 {total['95%']} ms, p99 {total['99%']} ms, "
            f"{failures} errors",
            "p95 < 500 ms, 0 errors",
            verdict(p95 < 500 and failures == 0),
        ),
        Row(
            "Load: slowest request type at p95",
            f"{worst['Name']}: p95 {worst['95%']} ms (sign-in p95 "
            f"{stats.get('sign in', {}).get('95%', '–')} ms, password hashing included)",
        ),
        Row(
            "Load: invariants",
            ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in checks.items()),
            "completions = acknowledged passes (+ any in flight at stop); no duplicates; "
            "no lost answers",
            verdict(invariants_ok),
        ),
    ]
