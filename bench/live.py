"""Real servers for the HTTP benchmarks: gunicorn over a committed PostgreSQL database."""

import contextlib
import http.cookiejar
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
LIVE_DB = os.environ.get(
    "BENCH_LIVE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/atmp_bench_live"
)

SESSION_SCRIPT = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.get(username={username!r})
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def recreate_database(url):
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def manage(*args, env=None, cwd=ROOT, python=PYTHON, stdin=None):
    result = subprocess.run(  # noqa: S603
        [python, "manage.py", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        input=stdin,
        timeout=900,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def ours_env():
    return {"DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_DATABASE_URL": LIVE_DB}


def prepare_ours():
    """A fresh database with the demo content, as `make run` builds it."""
    recreate_database(LIVE_DB)
    manage("migrate", "--noinput", env=ours_env())
    manage("load_demo", env=ours_env())
    manage("collectstatic", "--noinput", "-v0", env=ours_env())


def session_for(username, env=None, cwd=ROOT, python=PYTHON):
    return (
        manage(
            "shell", "-c", SESSION_SCRIPT.format(username=username), env=env, cwd=cwd, python=python
        )
        .strip()
        .splitlines()[-1]
    )


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port}")


@contextlib.contextmanager
def gunicorn(
    port, workers=1, env=None, cwd=ROOT, python=PYTHON, app="lms.wsgi:application", threads=1
):
    binary = str(Path(python).parent / "gunicorn")
    process = subprocess.Popen(  # noqa: S603
        [
            binary,
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            # More than one thread makes gunicorn use its gthread worker: a request waiting on
            # PostgreSQL or hashing a password (hashlib releases the GIL) no longer holds up
            # the requests queued behind it.
            "--threads",
            str(threads),
            "--log-level",
            "error",
            "--timeout",
            "60",
        ],
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def opener(session_key=None, host="127.0.0.1"):
    jar = http.cookiejar.CookieJar()
    if session_key:
        jar.set_cookie(
            http.cookiejar.Cookie(
                0,
                "sessionid",
                session_key,
                None,
                False,
                host,
                False,
                False,
                "/",
                True,
                False,
                None,
                True,
                None,
                None,
                {},
            )
        )
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def timed_get(client, url):
    started = time.perf_counter()
    with client.open(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {url} answered {response.status}")
    return (time.perf_counter() - started) * 1000
