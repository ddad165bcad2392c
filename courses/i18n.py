"""One course in several languages: translations share a translation key and count as one.

Learning records always point at the default-language page (the *canonical* page), so a learner
who switches language keeps their progress, and a Swedish completion meets an English assignment.
What learners read and are tested on is the page in their language.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

# Locales already read in this request ({language code: Locale}); None outside a request, where
# every call reads the database (tests rebuild it, so nothing may outlive a request).
_request_locales = ContextVar("atmp_request_locales", default=None)


@contextmanager
def locales_read_once():
    """Within the block (a request: lms.languages.LocalesPerRequestMiddleware), read each
    Locale from the database at most once."""
    token = _request_locales.set({})
    try:
        yield
    finally:
        _request_locales.reset(token)


def content_language(language_code=None):
    """Return the content language (as Locales store it) of a language, default the active one."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return default_language()


def default_language():
    """Return the default content language's code (the canonical rows' locale), no query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def locale_for(language_code):
    """Return the Locale of a content language; read once per request."""
    cache = _request_locales.get()
    if cache is not None and language_code in cache:
        return cache[language_code]
    locale = Locale.objects.get(language_code=language_code)
    if cache is not None:
        cache[language_code] = locale
    return locale


def default_locale():
    return locale_for(default_language())


def canonical_pages(queryset):
    """Narrow a page queryset to the default language: one row per course or area.

    Lazy (no query until evaluated), so it can be a form field's queryset at import time.
    """
    return queryset.filter(locale__language_code=default_language())


def active_locale():
    """Return the Locale of the language being served, or the default one."""
    try:
        return locale_for(content_language())
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
    """Return a language's name in that language, as settings.LANGUAGES gives it (Svenska)."""
    names = dict(settings.LANGUAGES)
    if language_code in names:
        return names[language_code]
    return translation.get_language_info(language_code)["name_local"]


def page_in(page, language_code):
    """Return the live version of a page in a language (itself or a translation), or None."""
    if page is None:
        return None
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language_code)
        .first()
    )


def url_in(language_code, path, page=None):
    """Return where the same content lives in another language.

    A page goes to its translation; a page without one goes to a notice, in that language,
    that offers the original. Other views keep their path under the language's prefix.
    """
    if page is not None and getattr(page, "pk", None):
        translated = page_in(page, language_code)
        with translation.override(language_code):
            if translated is not None:
                return translated.get_url()
            return reverse("untranslated", args=[page.pk])
    return translate_url(path, language_code)
