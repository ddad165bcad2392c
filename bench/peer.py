"""The peer: wagtail-lms 0.11.1 serving a lesson with the same text as ours, same machine, same run.

wagtail-lms lives in its own virtual environment (bench/.peer-venv); it is never a dependency of
this project. Both sites run under gunicorn (one sync worker each) on PostgreSQL and are
requested alternately over HTTP, so they share whatever the machine is doing.
"""

import json
import statistics
import subprocess
import sys
from pathlib import Path

from bench import live
from bench.harness import Row, verdict

HERE = Path(__file__).resolve().parent
PEER_VENV = HERE / ".peer-venv"
PEER_PYTHON = PEER_VENV / "bin" / "python"
PEER_DB = "postgres://postgres@127.0.0.1:5432/atmp_peer"
LESSON = "/courses/general-introduction/introduction-to-atmp/the-patients-journey/"
PREPARE_LEARNER = """
from courses.models import LessonPage
from django.contrib.auth import get_user_model
from lms import services
user = get_user_model().objects.get(username="learner@example.org")
lesson = LessonPage.objects.get(slug="the-patients-journey")
services.complete_lesson(user, lesson.get_prev_sibling().specific)
"""


def ensure_peer_venv():
    if (PEER_VENV / "bin" / "gunicorn").exists():
        return
    subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)  # noqa: S603
    subprocess.run(  # noqa: S603
        [
            str(PEER_PYTHON),
            "-m",
            "pip",
            "install",
            "-q",
            "wagtail==8.0.1",
            "wagtail-lms==0.11.1",
            "psycopg[binary]>=3.2,<4",
            "gunicorn>=23,<24",
        ],
        check=True,
    )


def lesson_as_paragraphs():
    """Our benchmark lesson's text as the peer's rich-text paragraphs."""
    from courses.demo.content import introduction

    html = []
    for kind, value in introduction.COURSE["lessons"][1]["body"]:
        if kind == "heading":
            html.append(f"<h2>{value['text']}</h2>")
        elif kind == "rich_text":
            html.append(value)
        elif kind == "callout":
            html.append(f"<p><b>{value['title']}</b></p>{value['body']}")
        elif kind == "quote":
            html.append(f"<p>{value['text']} ({value['attribution']})</p>")
        elif kind == "glossary":
            html.append("".join(f"<p><b>{e['term']}</b>: {e['definition']}</p>" for e in value))
    return html


def prepare_peer():
    ensure_peer_venv()
    live.recreate_database(PEER_DB)
    env = {"PEER_DATABASE_URL": PEER_DB, "DJANGO_SETTINGS_MODULE": "peersite.settings"}
    peer_dir = HERE / "peer"
    live.manage("migrate", "--noinput", env=env, cwd=peer_dir, python=str(PEER_PYTHON))
    url = (
        live.manage(
            "peer_setup",
            env=env,
            cwd=peer_dir,
            python=str(PEER_PYTHON),
            stdin=json.dumps(lesson_as_paragraphs()),
        )
        .strip()
        .splitlines()[-1]
    )
    session = live.session_for("peer-learner", env=env, cwd=peer_dir, python=str(PEER_PYTHON))
    return env, peer_dir, url, session


def run(requests=300, warmup=20):
    peer_env, peer_dir, peer_url, peer_session = prepare_peer()
    live.prepare_ours()
    live.manage("shell", "-c", PREPARE_LEARNER, env=live.ours_env())
    our_session = live.session_for("learner@example.org", env=live.ours_env())
    with (
        live.gunicorn(
            8101,
            env=peer_env,
            cwd=peer_dir,
            python=str(PEER_PYTHON),
            app="peersite.wsgi:application",
        ) as peer_base,
        live.gunicorn(8102, env=live.ours_env()) as our_base,
    ):
        clients = {
            "peer": (live.opener(peer_session), peer_base + peer_url),
            "ours": (live.opener(our_session), our_base + LESSON),
        }
        times = {name: [] for name in clients}
        for round_number in range(warmup + requests):
            for name, (client, url) in clients.items():
                elapsed = live.timed_get(client, url)
                if round_number >= warmup:
                    times[name].append(elapsed)
    ours, peer = statistics.median(times["ours"]), statistics.median(times["peer"])
    return [
        Row(
            "wagtail-lms 0.11.1 lesson, enrolled learner (HTTP, gunicorn)", f"{peer:.1f} ms median"
        ),
        Row("ATMP Academy lesson with progress (HTTP, gunicorn)", f"{ours:.1f} ms median"),
        Row(
            "Ours ÷ wagtail-lms",
            f"{ours / peer:.2f}",
            "≤ 1.0 (not slower)",
            verdict(ours <= peer * 1.0),
        ),
    ]
