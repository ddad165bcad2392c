"""Exports: 1,000,000 completion rows to CSV and 100,000 to XLSX, through HR's own download.

The rows are written with SQL (generate_series) so that building them takes seconds; the
download is then what an HR user gets from "Completion records" → CSV / Excel: the same URL,
view, scoping (HRResponsibility, not a superuser), filters, ordering and formatting. The
streamed response is read to the end, as a browser would. Memory is the process's resident
set, sampled every 20 ms by a thread; "growth" is its peak during the download minus what it
was just before.

EXPORT_ROWS (default 1000000) and EXPORT_XLSX_ROWS (default 100000) change the sizes.
"""

import os
import statistics
import threading
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from bench import data
from bench.harness import Row, verdict
from lms.accounts.models import LearnerProfile
from lms.hr.models import HRResponsibility, Organisation
from lms.hr.scope import HR_GROUP
from tests.factories.courses import CoursePageFactory

ROWS = int(os.environ.get("EXPORT_ROWS", "1000000"))
XLSX_ROWS = int(os.environ.get("EXPORT_XLSX_ROWS", "100000"))
COURSES = 50
CSV_GOAL_ROWS_PER_S = 50_000
CSV_GOAL_MB = 150
URL = "/admin/reports/hr/completions/"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes():
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE_SIZE


class PeakMemory:
    """Sample the resident set in a thread; `growth` is the peak minus the starting value."""

    def __init__(self, interval=0.02):
        self.interval = interval
        self.start = self.peak = 0
        self._stop = threading.Event()

    def _sample(self):
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, rss_bytes())

    def __enter__(self):
        self.start = self.peak = rss_bytes()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())

    @property
    def growth_mb(self):
        return (self.peak - self.start) / 2**20


def people(organisation, count, start, password):
    """Bulk-create `count` learners with profiles at the organisation; return their ids."""
    users = get_user_model().objects.bulk_create(
        get_user_model()(
            username=f"export-{n}@example.org", email=f"export-{n}@example.org", password=password
        )
        for n in range(start, start + count)
    )
    department = organisation.departments.create(name=f"Cell therapy {organisation.pk}")
    LearnerProfile.objects.bulk_create(
        LearnerProfile(
            user=user,
            full_name=f"Åsa Öberg-Ängström {n}",
            organisation=organisation,
            department=department,
            employee_number=f"E{n:07d}",
        )
        for n, user in enumerate(users, start)
    )
    return [user.pk for user in users]


def completions(learner_ids, course_ids):
    """One enrolment and one completion per (learner, course), written by the database."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO lms_enrolment (learner_id, course_id, enrolled_at, cycle, cycle_started_at)
            SELECT l, c, now() - interval '400 days', 1, now() - interval '400 days'
            FROM unnest(%s::int[]) AS l, unnest(%s::int[]) AS c
            """,
            [learner_ids, course_ids],
        )
        cursor.execute(
            """
            INSERT INTO lms_coursecompletion (learner_id, course_id, enrolment_id, cycle,
                completed_at, expires_at, score_percent, course_revision_id, course_title,
                learner_name, steps)
            SELECT e.learner_id, e.course_id, e.id, 1,
                now() - (e.id %% 700) * interval '1 day' - (e.id %% 1440) * interval '1 minute',
                CASE WHEN e.id %% 3 = 0 THEN NULL
                     ELSE now() + (365 - e.id %% 700) * interval '1 day' END,
                80 + (e.id %% 21), p.live_revision_id, p.title,
                'Åsa Öberg-Ängström ' || e.learner_id, '[]'::jsonb
            FROM lms_enrolment e JOIN wagtailcore_page p ON p.id = e.course_id
            WHERE e.learner_id = ANY(%s::int[])
            """,
            [learner_ids],
        )
        # A few corrections, so the status and expiry subqueries find something.
        cursor.execute(
            """
            INSERT INTO lms_completioncorrection (completion_id, action, expires_at, reason,
                created_by_id, created_at)
            SELECT id, CASE WHEN id %% 2 = 0 THEN 'annul' ELSE 'set_expiry' END,
                CASE WHEN id %% 2 = 0 THEN NULL ELSE now() + interval '90 days' END,
                'Benchmark correction', learner_id, now()
            FROM lms_coursecompletion WHERE id %% 200 = 0 AND learner_id = ANY(%s::int[])
            """,
            [learner_ids],
        )
        cursor.execute("ANALYZE lms_enrolment, lms_coursecompletion, lms_completioncorrection")


def hr_user(username, *organisations):
    user = get_user_model().objects.create_user(username, username, "bench-password-123")
    user.groups.add(Group.objects.get(name=HR_GROUP))
    for organisation in organisations:
        HRResponsibility.objects.create(user=user, organisation=organisation)
    client = Client()
    client.force_login(user)
    return client


def build():
    _catalogue, areas = data.catalogue_with_areas()
    course_ids = [
        CoursePageFactory(
            parent=areas[n % len(areas)], slug=f"export-course-{n}", title=f"Course {n}"
        ).pk
        for n in range(COURSES)
    ]
    password = make_password("bench-password-123")
    big = Organisation.objects.create(name="Export hospital")
    small = Organisation.objects.create(name="Export company")
    small_people = XLSX_ROWS // COURSES
    big_people = max(0, ROWS // COURSES - small_people)
    completions(people(big, big_people, 0, password), course_ids)
    completions(people(small, small_people, big_people, password), course_ids)
    return hr_user("hr-all@example.org", big, small), hr_user("hr-small@example.org", small)


def download(client, url):
    """GET the export and read it all; return (seconds, bytes, lines, MB of memory growth)."""
    size = lines = 0
    with PeakMemory() as memory:
        began = time.perf_counter()
        response = client.get(url)
        if response.status_code != 200:
            raise AssertionError(f"GET {url} answered {response.status_code}")
        if response.streaming:
            for chunk in response.streaming_content:
                size += len(chunk)
                lines += chunk.count(b"\n")
        else:
            size = len(response.content)
        elapsed = time.perf_counter() - began
    return elapsed, size, lines, memory.growth_mb


def screen(client, runs=5):
    """Median ms of the completions screen's first page (its count included) over all rows."""
    timings = []
    for number in range(runs + 1):
        began = time.perf_counter()
        response = client.get(f"{URL}results/")
        if response.status_code != 200:
            raise AssertionError(f"the completions screen answered {response.status_code}")
        if number:  # the first is a warm-up
            timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings)


def run():
    everyone, small = build()
    screen_ms = screen(everyone)
    seconds, size, lines, growth = download(everyone, f"{URL}?export=csv")
    if lines != ROWS + 1:
        raise AssertionError(f"the CSV had {lines} lines, not {ROWS + 1}")
    rate = ROWS / seconds
    xlsx_seconds, xlsx_size, _lines, xlsx_growth = download(small, f"{URL}?export=xlsx")
    return [
        Row(
            f"Export CSV, {ROWS:,} completion rows (HR download, PostgreSQL)",
            f"{rate:,.0f} rows/s ({seconds:.1f} s, {size / 2**20:.0f} MB), memory +{growth:.0f} MB",
            f"≥ {CSV_GOAL_ROWS_PER_S:,} rows/s, < {CSV_GOAL_MB} MB",
            verdict(rate >= CSV_GOAL_ROWS_PER_S and growth < CSV_GOAL_MB),
        ),
        Row(
            f"HR completions screen over {ROWS:,} rows, page 1 (count included)",
            f"{screen_ms:.0f} ms median",
        ),
        Row(
            f"Export XLSX, {XLSX_ROWS:,} completion rows (HR download)",
            f"{xlsx_seconds:.1f} s ({XLSX_ROWS / xlsx_seconds:,.0f} rows/s, "
            f"{xlsx_size / 2**20:.0f} MB), memory +{xlsx_growth:.0f} MB",
        ),
    ]
