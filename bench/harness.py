"""Timing helpers: interleaved runs, medians, query counts. Timings live here, never in tests."""

import statistics
import time
from dataclasses import dataclass, field

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext


@dataclass
class Measure:
    name: str
    times_ms: list = field(default_factory=list)
    queries: int | None = None

    @property
    def median(self):
        return statistics.median(self.times_ms)

    @property
    def p95(self):
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def count_queries(action):
    """Run the action once and return how many queries it made."""
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        action()
    return len(queries)


def compare(actions, runs=40, warmup=5):
    """Time several actions interleaved (A, B, A, B…) so machine drift hits them alike.

    `actions` maps a name to a zero-argument callable; returns {name: Measure}.
    """
    measures = {name: Measure(name) for name in actions}
    for _ in range(warmup):
        for action in actions.values():
            action()
    for name, action in actions.items():
        measures[name].queries = count_queries(action)
    for _ in range(runs):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            measures[name].times_ms.append((time.perf_counter() - started) * 1000)
    return measures


def get_ok(client, url, **extra):
    """Return a callable that GETs the URL and insists on 200, so errors are never timed."""

    def action():
        response = client.get(url, **extra)
        if response.status_code != 200:
            raise AssertionError(f"GET {url} answered {response.status_code}")
        return response

    return action


@dataclass
class Row:
    """One line of the results table."""

    benchmark: str
    figure: str
    goal: str = ""
    verdict: str = ""
    detail: str = ""


def verdict(ok):
    return "met" if ok else "MISSED"
