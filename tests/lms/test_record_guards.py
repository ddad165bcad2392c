"""The database keeps permanent records as written, on SQLite as on PostgreSQL (issue 17, W5).

Each attack goes around the models: `models.Model.save()`, a queryset the model does not guard,
or raw SQL. Every one must fail in the database and leave the row as it was.
"""

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, models, transaction
from django.test import override_settings
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from certificates.models import Certificate
from lms import guards
from lms.hr.models import ExportLog
from lms.models import CourseCompletion, Enrolment, QuizAttempt, StepProgress
from tests.lms.test_records import finish_course

pytestmark = pytest.mark.django_db


def refused(statement, params=()):
    """Run raw SQL in a savepoint; return True if the database refused it."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, list(params))
    except DatabaseError:
        return True
    return False


@pytest.fixture
def records(learner_client, learner, quiz_course, superuser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        attempt = finish_course(learner_client, quiz_course)
    export = ExportLog.objects.create(
        user=superuser, report="completions", format="csv", row_count=1
    )
    log(export, "lms.report_exported", user=superuser)
    return {
        "completion": CourseCompletion.objects.get(),
        "attempt": attempt,
        "enrolment": Enrolment.objects.get(),
        "progress": StepProgress.objects.filter(completed_at__isnull=False).first(),
        "certificate": Certificate.objects.get(kind="course"),
        "export": export,
        "log_entry": ModelLogEntry.objects.filter(action="lms.report_exported").get(),
    }


def test_model_save_around_the_guard_is_refused(records):
    completion = records["completion"]
    completion.score_percent = 0
    with pytest.raises(DatabaseError), transaction.atomic():
        models.Model.save(completion)
    attempt = records["attempt"]
    attempt.passed = False
    with pytest.raises(DatabaseError), transaction.atomic():
        models.Model.save(attempt)
    assert CourseCompletion.objects.get().score_percent == 100
    assert QuizAttempt.objects.get(pk=attempt.pk).passed is True


@pytest.mark.parametrize(
    ("statement", "key"),
    [
        ("UPDATE lms_coursecompletion SET score_percent = 0 WHERE id = %s", "completion"),
        ("DELETE FROM lms_coursecompletion WHERE id = %s", "completion"),
        ("UPDATE lms_quizattempt SET passed = false WHERE id = %s", "attempt"),
        ("DELETE FROM lms_attemptanswer WHERE attempt_id = %s", "attempt"),
        ("UPDATE lms_enrolment SET learner_id = learner_id + 1000 WHERE id = %s", "enrolment"),
        ("UPDATE lms_enrolment SET cycle = 0 WHERE id = %s", "enrolment"),
        ("DELETE FROM lms_enrolment WHERE id = %s", "enrolment"),
        ("UPDATE lms_stepprogress SET completed_at = NULL WHERE id = %s", "progress"),
        ("UPDATE lms_stepprogress SET step_id = step_id + 1 WHERE id = %s", "progress"),
        ("DELETE FROM lms_stepprogress WHERE id = %s", "progress"),
        ("UPDATE lms_exportlog SET row_count = 0 WHERE id = %s", "export"),
        ("DELETE FROM lms_exportlog WHERE id = %s", "export"),
        ("UPDATE wagtailcore_modellogentry SET action = 'x' WHERE id = %s", "log_entry"),
        ("DELETE FROM wagtailcore_modellogentry WHERE id = %s", "log_entry"),
        (
            "UPDATE certificates_certificate SET learner_name = 'Mallory' WHERE id = %s",
            "certificate",
        ),
        ("UPDATE certificates_certificate SET expires_at = NULL WHERE id = %s", "certificate"),
        ("UPDATE certificates_certificate SET sha256 = 'x' WHERE id = %s", "certificate"),
        ("DELETE FROM certificates_certificate WHERE id = %s", "certificate"),
    ],
)
def test_raw_sql_cannot_rewrite_or_remove_a_record(records, statement, key):
    assert refused(statement, [records[key].pk])


def test_the_allowed_changes_still_work(records, superuser):
    enrolment, progress = records["enrolment"], records["progress"]
    assert not refused("UPDATE lms_enrolment SET cycle = cycle + 1 WHERE id = %s", [enrolment.pk])
    certificate = records["certificate"]
    from certificates import services

    services.revoke(certificate, superuser, "Issued to the wrong person.")
    # Revoked once: not revoked again, never un-revoked, its reason never rewritten.
    for statement in (
        "UPDATE certificates_certificate SET revoked_at = NULL WHERE id = %s",
        "UPDATE certificates_certificate SET revocation_reason = 'x' WHERE id = %s",
    ):
        assert refused(statement, [certificate.pk])
    assert Certificate.objects.get(pk=certificate.pk).is_revoked
    assert StepProgress.objects.get(pk=progress.pk).completed_at is not None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="TRUNCATE is PostgreSQL's")
@pytest.mark.parametrize(
    "table",
    [
        "lms_coursecompletion",
        "lms_enrolment",
        "lms_exportlog",
        "wagtailcore_modellogentry",
        "certificates_certificate",
    ],
)
def test_truncate_is_refused_on_postgresql(records, table):
    with connection.cursor() as cursor:
        cursor.execute("RESET atmp.allow_flush")  # a previous flush in this session set it
    assert refused(f"TRUNCATE {table} CASCADE")
    assert CourseCompletion.objects.exists()


def test_flush_is_refused_where_records_are_protected(records):
    with override_settings(ATMP_REFUSE_FLUSH=True), pytest.raises(CommandError, match="flush"):
        call_command("flush", interactive=False, verbosity=0)
    assert CourseCompletion.objects.exists() and ModelLogEntry.objects.exists()


def test_flush_empties_a_development_database_and_restores_the_guards(records):
    """Inside the test's transaction, so what it empties comes back when the test ends."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # TRUNCATE waits for no deferred foreign key check
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    assert not CourseCompletion.objects.exists() and not Certificate.objects.exists()
    assert not ModelLogEntry.objects.exists()
    assert not guards.is_lifted()  # the guards are back once flush is done


def test_the_guards_are_lifted_only_inside_lifted(records):
    completion = records["completion"]
    with guards.lifted():
        assert guards.is_lifted()
        assert not refused("DELETE FROM lms_completioncorrection")
    assert not guards.is_lifted()
    assert refused("DELETE FROM lms_coursecompletion WHERE id = %s", [completion.pk])
