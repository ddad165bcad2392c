import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from lms.settings.base import database_from_url, database_settings

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests and must not reach a deploy check.
    unset = ("SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sqlite_file_in_the_project_folder_is_the_default():
    db = database_settings({})["default"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(db["NAME"]).parent == ROOT


def test_database_url_switches_to_postgresql():
    db = database_settings({"DATABASE_URL": "postgres://atmp:s%40cret@db.example:6543/academy"})
    assert db["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert (db["default"]["USER"], db["default"]["PASSWORD"]) == ("atmp", "s@cret")
    assert (db["default"]["HOST"], db["default"]["PORT"], db["default"]["NAME"]) == (
        "db.example",
        "6543",
        "academy",
    )


def test_unknown_database_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured):
        database_from_url("mysql://root@localhost/atmp")


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="lms.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_deploy_check_reports_no_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="a-long-random-throwaway-secret-key-for-the-deploy-check-0123456789",
        ALLOWED_HOSTS="atmp.example",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_settings_turn_demo_accounts_off():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.ATMP_DEMO_ACCOUNTS)",
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="a-long-random-throwaway-secret-key-for-the-deploy-check-0123456789",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
