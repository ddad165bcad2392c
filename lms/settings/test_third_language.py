"""Test settings with a third language (German): proof that a language is settings and
translations only. Used by tests/i18n/test_third_language.py in a pytest run of its own:

    pytest --ds=lms.settings.test_third_language tests/i18n/test_third_language.py
"""

from .test import *  # noqa: F403
from .test import LANGUAGES

LANGUAGES = [*LANGUAGES, ("de", "Deutsch")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
