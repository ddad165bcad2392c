"""The queries behind the HR reports: rows as dicts (values()), scoped to what the user may see."""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

from courses.models import CatalogueAreaPage, CoursePage
from lms import hr
from lms.models import (
    Assignment,
    AttemptStatus,
    CourseCompletion,
    QuizAttempt,
)
from lms.status import annotate_completion_status

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


def certificate_model():
    """Return the certificates app's Certificate model if it is installed and fits, else None.

    lms never imports certificates: the model is looked up by name at run time, and the
    certificate columns appear only once it exists with `completion` and `serial` fields.
    """
    if not apps.is_installed("certificates"):
        return None
    try:
        model = apps.get_model("certificates", "Certificate")
        completion = model._meta.get_field("completion")
        model._meta.get_field("serial")
    except (LookupError, FieldDoesNotExist):
        return None
    if completion.related_model is not CourseCompletion:
        return None
    return model


def certificate_serial():
    """Return an expression for the serial of a completion's latest certificate, or None."""
    model = certificate_model()
    if model is None:
        return None
    latest = model._default_manager.filter(completion=OuterRef("pk")).order_by("-pk")
    return Subquery(latest.values("serial")[:1])


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
    """Return the completions the user may see, as dicts, with status and certificate serial."""
    queryset = annotate_completion_status(hr.scoped(CourseCompletion.objects.all(), user), now)
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
    serial = certificate_serial()
    if serial is not None:
        queryset = queryset.annotate(certificate_serial=serial)
        names.append("certificate_serial")
    return queryset.values(*names)


def assignment_rows(user, now=None):
    """Return the open assignments the user may see, as dicts, with status and due date."""
    queryset = hr.scoped(Assignment.objects.active(), user).with_status(now)
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
