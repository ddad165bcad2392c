"""Benchmark settings: production-like (DEBUG off, cached templates) on a throwaway database."""

import os

from lms.settings.base import *  # noqa: F403
from lms.settings.base import database_from_url

DEBUG = False
SECRET_KEY = "benchmark-only-secret-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {
    "default": database_from_url(
        os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/atmp_bench")
    )
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
ATMP_DEMO_ACCOUNTS = True
AXES_ENABLED = False
MEDIA_ROOT = os.environ.get("BENCH_MEDIA_ROOT", str(BASE_DIR / "bench" / ".media"))  # noqa: F405
STATIC_ROOT = BASE_DIR / "bench" / ".static"  # noqa: F405
if os.environ.get("BENCH_TASKS") == "database":
    # The load test runs certificates on a worker, as production does.
    TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": ["default", "certificates"],
        }
    }
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
