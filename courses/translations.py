"""Snippets whose name is translated: audiences, and HR's organisations, departments, professions.

Each is a Wagtail translatable model (editors translate it with wagtail-localize's "Translate").
Like pages, everything points at the row in the default language (the *canonical* row); a
translation is a row of its own with the same translation key in another locale, read only to
show the name in the reader's language. So:

- lists people choose from hold canonical rows only: `Model.objects.canonical()`;
- `obj.display_name` is the name in the language being served (the translation's, else the
  canonical name): no query for a reader of the default language, one per object otherwise;
- `translate_names(objects)` reads the names of a whole list in one query per model, so a list
  never costs a query per row.
"""

from collections import defaultdict

from django.db import models
from wagtail.models import Locale, TranslatableMixin

from courses.i18n import active_locale, content_language, default_language


class TranslatedNameQuerySet(models.QuerySet):
    def canonical(self):
        """Return the rows in the default language: the ones everything else points at."""
        return self.filter(locale__language_code=default_language())


def canonical_only():
    """limit_choices_to for a relation to a translated snippet: default-language rows only."""
    return models.Q(locale__language_code=default_language())


def _reader_locale(locale=None):
    if locale is not None:
        return locale
    try:
        return active_locale()
    except Locale.DoesNotExist:  # no locale at all yet (an empty database)
        return None


class TranslatedNameMixin(TranslatableMixin):
    """A translatable model with a `name` that readers see in their own language."""

    objects = TranslatedNameQuerySet.as_manager()

    class Meta:
        abstract = True

    def _translated_names(self):
        # {content language code: name}, filled by display_name and translate_names().
        return self.__dict__.setdefault("_atmp_translated_names", {})

    @property
    def display_name(self):
        """Return the name in the language being served, or the canonical name."""
        names = self._translated_names()
        code = content_language()
        if code not in names:
            locale = _reader_locale()
            if locale is None:
                return self.name
            if locale.pk == self.locale_id:
                names[code] = self.name
            else:
                translated = (
                    type(self)
                    ._default_manager.filter(translation_key=self.translation_key, locale=locale)
                    .values_list("name", flat=True)
                    .first()
                )
                names[code] = translated or self.name
        return names[code]


def translate_names(objects, locale=None):
    """Read the names of objects in a locale (default: the one served), one query per model.

    Returns the objects as a list; each object's `display_name` then costs no query. None
    entries (an empty foreign key) are allowed and skipped.
    """
    objects = list(objects)
    locale = _reader_locale(locale)
    if locale is None:
        return objects
    by_model = defaultdict(list)
    for obj in objects:
        if obj is None:
            continue
        if obj.locale_id == locale.pk:
            obj._translated_names()[locale.language_code] = obj.name
        else:
            by_model[obj.get_translation_model()].append(obj)
    for model, group in by_model.items():
        names = dict(
            model._default_manager.filter(
                translation_key__in={obj.translation_key for obj in group}, locale=locale
            ).values_list("translation_key", "name")
        )
        for obj in group:
            translated = names.get(obj.translation_key) or obj.name
            obj._translated_names()[locale.language_code] = translated
    return objects


def ensure_translation(obj, language_code, name):
    """Give a canonical object a translation into a language under a name; return it.

    Idempotent: an existing translation is renamed, not duplicated (demo loaders run twice).
    """
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    translation = obj.get_translation_or_none(locale)
    if translation is None:
        translation = obj.copy_for_translation(locale)
    if translation.pk is None or translation.name != name:
        translation.name = name
        translation.save()
    return translation
