"""Development settings: DEBUG on, console email, everything on this machine."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "ATMP Academy <no-reply@localhost>"

# load_demo creates demo accounts only when this is on; production never sets it.
ATMP_DEMO_ACCOUNTS = True
