"""On PostgreSQL, the database itself refuses to change or delete permanent records.

The application already refuses (model and queryset guards); these triggers also stop raw SQL.
SQLite, the development database, relies on the application guards only.
"""

from django.db import migrations

FUNCTIONS = """
CREATE OR REPLACE FUNCTION lms_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows are permanent learning records', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION lms_refuse_change_when_submitted() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status = 'submitted' THEN
        RAISE EXCEPTION 'submitted quiz attempts are permanent learning records';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION lms_refuse_answer_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR EXISTS (
        SELECT 1 FROM lms_quizattempt WHERE id = OLD.attempt_id AND status = 'submitted'
    ) THEN
        RAISE EXCEPTION 'answers of submitted quiz attempts are permanent learning records';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER lms_coursecompletion_permanent BEFORE UPDATE OR DELETE ON lms_coursecompletion
    FOR EACH ROW EXECUTE FUNCTION lms_refuse_change();
CREATE TRIGGER lms_completioncorrection_permanent BEFORE UPDATE OR DELETE
    ON lms_completioncorrection FOR EACH ROW EXECUTE FUNCTION lms_refuse_change();
CREATE TRIGGER lms_quizattempt_permanent BEFORE UPDATE OR DELETE ON lms_quizattempt
    FOR EACH ROW EXECUTE FUNCTION lms_refuse_change_when_submitted();
CREATE TRIGGER lms_attemptanswer_permanent BEFORE UPDATE OR DELETE ON lms_attemptanswer
    FOR EACH ROW EXECUTE FUNCTION lms_refuse_answer_change();
"""

REVERSE = """
DROP TRIGGER IF EXISTS lms_coursecompletion_permanent ON lms_coursecompletion;
DROP TRIGGER IF EXISTS lms_completioncorrection_permanent ON lms_completioncorrection;
DROP TRIGGER IF EXISTS lms_quizattempt_permanent ON lms_quizattempt;
DROP TRIGGER IF EXISTS lms_attemptanswer_permanent ON lms_attemptanswer;
DROP FUNCTION IF EXISTS lms_refuse_change();
DROP FUNCTION IF EXISTS lms_refuse_change_when_submitted();
DROP FUNCTION IF EXISTS lms_refuse_answer_change();
"""


def _run(schema_editor, sql):
    # A plain cursor, so the % in RAISE EXCEPTION is not read as a query parameter.
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, FUNCTIONS)


def backwards(apps, schema_editor):
    _run(schema_editor, REVERSE)


class Migration(migrations.Migration):
    dependencies = [("lms", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
