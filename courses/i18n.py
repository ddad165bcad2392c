"""One course in several languages: translations share a translation key and count as one.

Learning records always point at the default-language page (the *canonical* page), so a learner
who switches language keeps their progress, and a Swedish completion meets an English assignment.
What learners read and are tested on is the page in their language.
"""

from django.utils import translation
from wagtail.models import Locale, Page


def default_locale():
    return Locale.get_default()


def active_locale():
    """Return the Locale of the language being served, or the default one."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return default_locale()


def canonical(page):
    """Return the default-language version of a page (the page itself if it is that one)."""
    locale = default_locale()
    if page.locale_id == locale.pk:
        return page
    found = (
        type(page)
        ._default_manager.filter(translation_key=page.translation_key, locale=locale)
        .first()
    )
    return found or page


def in_language(pages, locale=None):
    """Return {translation key: page} with each page's live translation in the locale if any.

    Pages without a live translation stay as they are, so a reader always gets a page.
    """
    locale = locale or active_locale()
    pages = list(pages)
    chosen = {page.translation_key: page for page in pages}
    missing = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if missing:
        for page in Page.objects.live().filter(translation_key__in=missing, locale=locale):
            chosen[page.translation_key] = page
    return chosen


def language_name(language_code):
    """Return a language's name in that language (Svenska, English)."""
    return translation.get_language_info(language_code)["name_local"]
