"""SQLite, the development database, made to fail like PostgreSQL does: never with a 500.

Python ints beyond 64 bits (a 20-digit id in a URL or a filter) raise OverflowError when bound
to an SQLite query. They are bound as text instead, which matches no integer column, so the
lookup finds nothing (404, or "select a valid choice") as on PostgreSQL. Registered once, for
the sqlite3 module, when lms is ready. Quotes in searches: lms.search.
"""

import sqlite3

SQLITE_INTEGER = range(-(2**63), 2**63)


def _bind_int(value):
    return value if value in SQLITE_INTEGER else str(value)


def register():
    sqlite3.register_adapter(int, _bind_int)
