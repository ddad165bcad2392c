"""Sorting names in the order of the language being read: in Swedish, å, ä and ö come after z.

PostgreSQL has ICU's Swedish collation (sv-x-icu); SQLite gets one registered on every
connection, built on the same sort key the forms use in Python.
"""

from django.db import connection as default_connection
from django.db.backends.signals import connection_created
from django.db.models import F
from django.db.models.functions import Collate

from courses.i18n import is_swedish, swedish_sort_key

SQLITE_SWEDISH = "swedish"
POSTGRESQL_SWEDISH = "sv-x-icu"


def _compare_swedish(left, right):
    left, right = swedish_sort_key(left), swedish_sort_key(right)
    return (left > right) - (left < right)


def register_sqlite_collation(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_collation(SQLITE_SWEDISH, _compare_swedish)


connection_created.connect(register_sqlite_collation, dispatch_uid="lms_swedish_collation")


def name_order(field, descending=False, connection=None):
    """Return an ORDER BY expression for a text field in the order of the language served."""
    expression = F(field)
    vendor = (connection or default_connection).vendor
    if is_swedish() and vendor in ("postgresql", "sqlite"):
        collation = POSTGRESQL_SWEDISH if vendor == "postgresql" else SQLITE_SWEDISH
        expression = Collate(expression, collation)
    return expression.desc() if descending else expression.asc()
