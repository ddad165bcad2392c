"""Wagtail's database search backend (settings.WAGTAILSEARCH_BACKENDS), safe for quotes on SQLite.

Wagtail's SQLite full-text search puts each term inside double quotes without escaping the
quotes in it, so a search for `"` was an FTS5 syntax error and a 500 (the catalogue, the admin's
choosers). Quotes in search terms are escaped the FTS5 way first. On PostgreSQL this is
Wagtail's own backend, unchanged.
"""

from functools import cache

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.query import Phrase, PlainText


def _escaped(query):
    """Double each quote, as FTS5 strings escape it: the quote is then text, not syntax."""
    if isinstance(query, PlainText):
        return PlainText(
            query.query_string.replace('"', '""'), operator=query.operator, boost=query.boost
        )
    if isinstance(query, Phrase):
        return Phrase(query.query_string.replace('"', '""'))
    return query


class _QuoteSafe:
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(_escaped(query), config)


@cache
def _quote_safe_sqlite_backend():
    # Imported here: the SQLite backend's modules need the SQLite index model, which only
    # exists on SQLite.
    from wagtail.search.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class QuoteSafeSearchQueryCompiler(_QuoteSafe, SQLiteSearchQueryCompiler):
        pass

    class QuoteSafeAutocompleteQueryCompiler(_QuoteSafe, SQLiteAutocompleteQueryCompiler):
        pass

    class QuoteSafeSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = QuoteSafeSearchQueryCompiler
        autocomplete_query_compiler_class = QuoteSafeAutocompleteQueryCompiler

    return SQLiteSearchBackend, QuoteSafeSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks a backend module's factory up by name
    """Return Wagtail's database search backend, made safe for quotes on SQLite."""
    backend = DatabaseSearchBackend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend
    sqlite_backend, quote_safe_backend = _quote_safe_sqlite_backend()
    return quote_safe_backend(params) if type(backend) is sqlite_backend else backend
