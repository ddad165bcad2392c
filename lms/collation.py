"""Sorting names in the order of the language being read, by ICU's rules for that language.

Swedish puts å, ä and ö after z, Norwegian æ, ø and å, German sorts ä with a: every language
in settings.LANGUAGES sorts its own way with no code per language.

- In Python, `collation_key(language)` is ICU's sort key (PyICU); `collated()` sorts with it.
- PostgreSQL has ICU collations of its own, named "<language tag>-x-icu" (en-GB-x-icu,
  sv-x-icu). `name_order()` asks the server once per connection which exist, and falls back
  from en-GB-x-icu to en-x-icu, then to und-x-icu (ICU's root order) for a language it lacks.
- SQLite has no ICU. Each connection gets one collation per configured language, "icu_<code>",
  that compares with PyICU: the same order as Python's, at the cost of a call into Python per
  comparison, which suits the lists people read (hundreds or thousands of names), not sorting
  millions of rows.
"""

import functools

import icu
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.signals import connection_created
from django.db.models import F
from django.db.models.functions import Collate
from django.utils import translation

ROOT_COLLATION = "und-x-icu"


@functools.lru_cache(maxsize=64)
def _collator(language):
    return icu.Collator.createInstance(icu.Locale.forLanguageTag(language))


def _language(language):
    return language or translation.get_language() or settings.LANGUAGE_CODE


def collation_key(language=None):
    """Return a function giving a text's ICU sort key in a language (default: the active one)."""
    collator = _collator(_language(language))
    return lambda text: collator.getSortKey(text or "")


def collated(items, key=str, language=None):
    """Sort items by a text, in the order of a language (default: the one being served)."""
    sort_key = collation_key(language)
    return sorted(items, key=lambda item: sort_key(key(item)))


def _compare(language):
    collator = _collator(language)

    def compare(left, right):
        return collator.compare(left or "", right or "")

    return compare


def sqlite_collation(language):
    return f"icu_{language.lower()}"


def _register_sqlite(connection, language):
    registered = connection.__dict__.setdefault("_atmp_collations", set())
    if language not in registered:
        connection.connection.create_collation(sqlite_collation(language), _compare(language))
        registered.add(language)


def register_sqlite_collations(sender, connection, **kwargs):
    """Give a new SQLite connection a collation for every configured language."""
    if connection.vendor != "sqlite":
        return
    connection._atmp_collations = set()
    for language, _name in settings.LANGUAGES:
        _register_sqlite(connection, language)


def forget_postgresql_collations(sender, connection, **kwargs):
    if connection.vendor == "postgresql":
        connection._atmp_icu_collations = {}


connection_created.connect(register_sqlite_collations, dispatch_uid="lms_icu_sqlite_collations")
connection_created.connect(forget_postgresql_collations, dispatch_uid="lms_icu_pg_collations")


def _icu_candidates(language):
    """ICU collation names PostgreSQL may have for a language, the most specific first."""
    tag = icu.Locale.forLanguageTag(language).toLanguageTag()  # en-gb -> en-GB
    base = tag.split("-")[0]
    return list(dict.fromkeys([f"{tag}-x-icu", f"{base}-x-icu", ROOT_COLLATION]))


def postgresql_collation(connection, language):
    """Return the ICU collation the server has for a language (asked once per connection)."""
    known = connection.__dict__.setdefault("_atmp_icu_collations", {})
    if language not in known:
        candidates = _icu_candidates(language)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT collname FROM pg_collation WHERE collname = ANY(%s)", [candidates]
            )
            present = {row[0] for row in cursor.fetchall()}
        known[language] = next((name for name in candidates if name in present), None)
    return known[language]


def name_order(field, descending=False, connection=None, language=None):
    """Return an ORDER BY expression for a text field in the order of a language.

    The language is the one being served unless given; other databases than PostgreSQL and
    SQLite sort by their own collation.
    """
    connection = connection or connections[DEFAULT_DB_ALIAS]
    language = _language(language)
    expression = F(field)
    collation = None
    if connection.vendor == "postgresql":
        collation = postgresql_collation(connection, language)
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        _register_sqlite(connection, language)
        collation = sqlite_collation(language)
    if collation:
        expression = Collate(expression, collation)
    return expression.desc() if descending else expression.asc()
