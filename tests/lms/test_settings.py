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


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-long-random-throwaway-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "academy.atmp-vast.se",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://academy.atmp-vast.se",
    "CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
}


def deploy_check(tmp_path, **env):
    # An empty database: the site check (atmp.W004) is tested in-process below.
    database = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    environment = {**PRODUCTION, "DATABASE_URL": database, **env}
    environment = {key: value for key, value in environment.items() if value is not None}
    return run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)


def test_production_deploy_check_reports_no_warnings(tmp_path):
    result = deploy_check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("REDIS_URL", None, "atmp.W001"),
        ("WAGTAILADMIN_BASE_URL", None, "atmp.W002"),
        ("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000", "atmp.W002"),
        ("CLIENT_IP_HEADER", None, "atmp.W003"),
    ],
)
def test_deploy_check_fails_on_defaults_that_only_work_on_one_machine(
    tmp_path, setting, value, check_id
):
    """Issue 17, W15: each unsafe production default fails `check --deploy` with its id."""
    result = deploy_check(tmp_path, **{setting: value})
    assert result.returncode != 0
    assert check_id in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("hostname", "warned"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("atmp.example", True),
        ("academy.atmp-vast.se", False),
    ],
)
def test_a_placeholder_site_address_fails_the_deploy_check(hostname, warned):
    from wagtail.models import Site

    from lms.checks import check_public_site

    Site.objects.filter(is_default_site=True).update(hostname=hostname)
    assert [error.id for error in check_public_site(None)] == (["atmp.W004"] if warned else [])


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
