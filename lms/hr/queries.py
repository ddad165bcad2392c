"""The queries behind the HR reports: rows as dicts (values()), scoped to what the user may see."""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

from courses.models import CatalogueAreaPage, CoursePage
from lms.hr import extensions, scope
from lms.hr.models import Assignment
from lms.models import AttemptStatus, CourseCompletion, QuizAttempt

PROFILE = "learner__learner_profile"
LEARNER_VALUES = [
    "learner_id",
    "learner__email",
    f"{PROFILE}__full_name",
    f"{PROFILE}__employee_number",
    f"{PROFILE}__organisation__name",
    f"{PROFILE}__department__name",
    f"{PROFILE}__profession__name",
]


def attempt_count():
    """Return an expression: submitted quiz attempts in the completion's enrolment cycle."""
    attempts = (
        QuizAttempt.objects.filter(
            enrolment=OuterRef("enrolment"), cycle=OuterRef("cycle"), status=AttemptStatus.SUBMITTED
        )
        .order_by()
        .values("enrolment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(attempts, output_field=IntegerField()), Value(0))


def area_labels():
    """Return {course id: "A. General introduction"} for every course, in two queries."""
    areas = {area.path: area.label for area in CatalogueAreaPage.objects.all()}
    return {
        course["pk"]: areas.get(course["path"][: -Page.steplen], "")
        for course in CoursePage.objects.values("pk", "path")
    }


def completion_rows(user, now=None):
    """Return the completions the user may see, as dicts, with status and other apps' columns."""
    queryset = scope.scoped(CourseCompletion.objects.all(), user).with_validity(now)
    queryset = queryset.annotate(attempt_count=attempt_count())
    names = [
        *LEARNER_VALUES,
        "pk",
        "learner_name",
        "course_id",
        "course_title",
        "completed_at",
        "score_percent",
        "attempt_count",
        "valid_until",
        "validity",
        "course_revision_id",
        "cycle",
    ]
    for column in extensions.completion_columns():
        queryset = queryset.annotate(**{column.key: column.expression})
        names.append(column.key)
    return queryset.values(*names)


def assignment_rows(user, now=None):
    """Return the open assignments the user may see, as dicts, with status and due date."""
    queryset = scope.scoped(Assignment.objects.active(), user).with_status(now)
    return queryset.values(
        *LEARNER_VALUES,
        "pk",
        "course_id",
        "course__title",
        "assigned_at",
        "due_date",
        "due_on",
        "status_rank",
        "completed_at",
        "valid_until",
    )
