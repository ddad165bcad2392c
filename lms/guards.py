"""The database itself keeps permanent records as they were written, on PostgreSQL and SQLite.

The models and querysets refuse changes (lms.models.base), but code can go around them:
`models.Model.save()`, raw SQL, or TRUNCATE, which is what `manage.py flush` runs on PostgreSQL
and which skips row triggers. So each permanent table gets triggers that refuse what must never
happen (issue 17, W5):

- a delete or a truncate, always, except while `manage.py flush` runs where settings allow it
  (development and tests: lms/management/commands/flush.py lifts the guard for its duration);
- an update of a column that is written once: a completion, a correction, a submitted attempt
  and its answers change never; an enrolment keeps its learner, course and start (its cycle
  only grows); a step's first-opened and completed times are set once; a certificate changes
  only its rendering state, and its revocation once; the export log and Wagtail's log entries
  (the audit trail) never.

Other apps add their tables with `protect()` (certificates does, in its AppConfig.ready).
The triggers are (re)installed after every `migrate` (post_migrate), so a later migration that
rebuilds a table on SQLite does not lose them. PostgreSQL's triggers for completions,
corrections, attempts and answers date from migration lms 0002 and stay as they are.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connections
from django.utils import timezone

MAINTENANCE_TABLE = "lms_record_maintenance"
PG_FLUSHING = "current_setting('atmp.allow_flush', true) = 'on'"


@dataclass(frozen=True)
class Guard:
    """What may never change in a table. Conditions use {distinct} for IS [NOT] DISTINCT."""

    table: str
    frozen: tuple = ()  # never change; ("*",): no update at all
    once: tuple = ()  # set once: from NULL to a value, then never again
    conditions: tuple = ()  # further conditions that refuse an update
    postgresql_has_row_guard: bool = False  # lms 0002 already guards its rows there

    def refused(self, vendor):
        """Return the SQL condition under which an update of a row is refused."""
        if self.frozen == ("*",):
            return "1 = 1"
        distinct = "IS NOT" if vendor == "sqlite" else "IS DISTINCT FROM"
        parts = [f"NEW.{column} {distinct} OLD.{column}" for column in self.frozen]
        parts += [
            f"(OLD.{column} IS NOT NULL AND NEW.{column} {distinct} OLD.{column})"
            for column in self.once
        ]
        parts += [f"({condition.format(distinct=distinct)})" for condition in self.conditions]
        return " OR ".join(parts) or "1 = 0"


LOG_ENTRY = (
    "label",
    "action",
    "data",
    "timestamp",
    "uuid",
    "user_id",
    "revision_id",
    "content_changed",
    "deleted",
)

GUARDS = {
    guard.table: guard
    for guard in [
        Guard("lms_coursecompletion", frozen=("*",), postgresql_has_row_guard=True),
        Guard("lms_completioncorrection", frozen=("*",), postgresql_has_row_guard=True),
        Guard(
            "lms_quizattempt",
            conditions=("OLD.status = 'submitted'",),
            postgresql_has_row_guard=True,
        ),
        Guard(
            "lms_attemptanswer",
            conditions=(
                "(SELECT status FROM lms_quizattempt WHERE id = OLD.attempt_id) = 'submitted'",
            ),
            postgresql_has_row_guard=True,
        ),
        Guard(
            "lms_enrolment",
            frozen=("learner_id", "course_id", "enrolled_at"),
            conditions=("NEW.cycle < OLD.cycle",),
        ),
        Guard(
            "lms_stepprogress",
            frozen=("enrolment_id", "step_id", "cycle"),
            once=("first_opened_at", "completed_at", "revision_id"),
        ),
        Guard("lms_exportlog", frozen=("*",)),
        # Wagtail's audit trail: only a deleted content type may be let go (SET_NULL).
        Guard("wagtailcore_modellogentry", frozen=(*LOG_ENTRY, "object_id")),
        Guard("wagtailcore_pagelogentry", frozen=(*LOG_ENTRY, "page_id")),
    ]
}


def protect(guard):
    """Guard another app's table as well (call from its AppConfig.ready)."""
    GUARDS[guard.table] = guard


def _postgresql_statements(guards):
    statements = [
        f"""
        CREATE OR REPLACE FUNCTION atmp_refuse_truncate() RETURNS trigger AS $$
        BEGIN
            IF {PG_FLUSHING} THEN RETURN NULL; END IF;
            RAISE EXCEPTION '% rows are permanent records: TRUNCATE is refused', TG_TABLE_NAME;
        END;
        $$ LANGUAGE plpgsql;
        """
    ]
    for guard in guards:
        table = guard.table
        statements.append(
            f"DROP TRIGGER IF EXISTS atmp_{table}_no_truncate ON {table};"
            f"CREATE TRIGGER atmp_{table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION atmp_refuse_truncate();"
        )
        if guard.postgresql_has_row_guard:
            continue
        statements.append(
            f"""
            CREATE OR REPLACE FUNCTION atmp_guard_{table}() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION '{table} rows are permanent records: DELETE is refused';
                END IF;
                IF {guard.refused("postgresql")} THEN
                    RAISE EXCEPTION '{table} rows are permanent records: this change is refused';
                END IF;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            DROP TRIGGER IF EXISTS atmp_{table}_guard ON {table};
            CREATE TRIGGER atmp_{table}_guard BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION atmp_guard_{table}();
            """
        )
    return ["\n".join(statements)]


def _sqlite_statements(guards):
    flushing = f"EXISTS (SELECT 1 FROM {MAINTENANCE_TABLE})"  # noqa: S608 - a constant name
    statements = [f"CREATE TABLE IF NOT EXISTS {MAINTENANCE_TABLE} (since TEXT NOT NULL)"]
    for guard in guards:
        table = guard.table
        for name, event, condition, message in (
            ("no_delete", "DELETE", f"NOT {flushing}", "DELETE is refused"),
            ("no_change", "UPDATE", f"({guard.refused('sqlite')})", "this change is refused"),
        ):
            statements += [
                f"DROP TRIGGER IF EXISTS atmp_{table}_{name}",
                f"CREATE TRIGGER atmp_{table}_{name} BEFORE {event} ON {table} WHEN {condition} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are permanent records: {message}'); END",
            ]
    return statements


def install(using="default"):
    """Create or refresh the triggers of every guarded table that exists in the database."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    guards = [guard for guard in GUARDS.values() if guard.table in existing]
    build = {"postgresql": _postgresql_statements, "sqlite": _sqlite_statements}.get(
        connection.vendor
    )
    if build is None or not guards:
        return
    with connection.cursor() as cursor:
        for statement in build(guards):
            # A plain cursor, so the % in RAISE EXCEPTION is not read as a query parameter.
            cursor.execute(statement)


def install_after_migrate(sender, using="default", plan=None, **kwargs):
    install(using)


@contextmanager
def lifted(using="default"):
    """Allow deleting and truncating permanent tables for the duration (manage.py flush)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET atmp.allow_flush = 'on'")
        elif connection.vendor == "sqlite":
            cursor.execute(f"CREATE TABLE IF NOT EXISTS {MAINTENANCE_TABLE} (since TEXT NOT NULL)")
            cursor.execute(
                f"INSERT INTO {MAINTENANCE_TABLE} (since) VALUES (%s)",  # noqa: S608
                [timezone.now().isoformat()],
            )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("RESET atmp.allow_flush")
            elif connection.vendor == "sqlite":
                cursor.execute(f"DELETE FROM {MAINTENANCE_TABLE}")  # noqa: S608


def is_lifted(using="default"):
    """Return True while the guards are lifted (inside `lifted()`)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT current_setting('atmp.allow_flush', true)")
            return cursor.fetchone()[0] == "on"
        if connection.vendor == "sqlite":
            if MAINTENANCE_TABLE not in connection.introspection.table_names(cursor):
                return False
            cursor.execute(f"SELECT COUNT(*) FROM {MAINTENANCE_TABLE}")  # noqa: S608
            return cursor.fetchone()[0] > 0
    return False
