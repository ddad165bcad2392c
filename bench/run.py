"""Run every benchmark and print one table: `make bench` (or `python -m bench.run --only quiz`).

Uses its own PostgreSQL database (BENCH_DATABASE_URL, default atmp_bench on 127.0.0.1), which it
creates and migrates. Each benchmark runs inside a transaction that is rolled back afterwards.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from importlib import import_module
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

BENCHMARKS = ["pages", "quiz"]
RESULTS = Path(__file__).resolve().parent / ".results"


def ensure_database():
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"] or "postgres",
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{db["NAME"]}"')


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg = cursor.fetchone()[0]
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, PostgreSQL {pg}"


def run_isolated(name):
    from django.db import transaction

    module = import_module(f"bench.{name}")
    with transaction.atomic():
        rows = module.run()
        transaction.set_rollback(True)
    return rows


def table(rows):
    lines = ["| benchmark | figure | goal | verdict |", "|---|---|---|---|"]
    lines += [f"| {r.benchmark} | {r.figure} | {r.goal} | {r.verdict} |" for r in rows]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS + ["certificates", "exports", "peer", "load"])
    )
    args = parser.parse_args(argv)
    wanted = [name for name in args.only.split(",") if name]

    import django

    ensure_database()
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    rows = []
    for name in wanted:
        try:
            import_module(f"bench.{name}")
        except ModuleNotFoundError:
            print(f"(no benchmark module bench/{name}.py yet)", file=sys.stderr)
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        rows += run_isolated(name)
    elapsed = time.perf_counter() - started
    output = "\n".join(
        [
            f"Machine: {machine()}",
            f"Commit: {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}",  # noqa: E501, S607
            f"Run took {elapsed:.0f} s.",
            "",
            table(rows),
        ]
    )
    print(output)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(output + "\n")
    (RESULTS / "latest.json").write_text(json.dumps([r.__dict__ for r in rows], indent=2))
    return 1 if any(r.verdict == "MISSED" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
