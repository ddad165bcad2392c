"""Test settings: fast hashing, immediate tasks, media in a throwaway folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEFAULT_FROM_EMAIL = "ATMP Academy <no-reply@example.org>"
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "certificates"],
    }
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="atmp-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ATMP_DEMO_ACCOUNTS = True
# The test client's login() calls authenticate() without a request, which django-axes refuses;
# the lockout tests switch axes back on.
AXES_ENABLED = False
# The suite registers and resets from one address many times; the limits' own tests lower them.
ACCOUNTS_RATE_LIMITS = {
    "register": (10_000, 3600),
    "password_reset": (10_000, 3600),
    "verify_email": (10_000, 3600),
}
