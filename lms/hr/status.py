"""Where an assigned learner stands, computed in the database in one place.

Screens, exports, My learning, the digest and reminders read these annotations, so they agree
on every boundary: an assignment is overdue from the day after its due date, and a completion
satisfies it for as long as the one validity rule (lms.models.validity) says it counts; when it
stops counting, the learner must requalify by its expiry.
"""

from django.db.models import (
    Case,
    DateField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from lms.hr.models.assignments import STATUS_RANKS, AssignmentStatus
from lms.models import CompletionStatus, CourseCompletion, Enrolment


def _rank(status):
    return Value(STATUS_RANKS[status])


def _latest_completion(now):
    """The assigned learner's latest completion of the course that has not been annulled."""
    return (
        CourseCompletion.objects.filter(learner=OuterRef("learner"), course=OuterRef("course"))
        .with_validity(now)
        .exclude(validity=CompletionStatus.ANNULLED)
        .order_by("-completed_at", "-pk")
    )


def _completion_rank():
    """Rank a completion by its validity: expired and expiring need the learner again."""
    return Case(
        When(validity=CompletionStatus.EXPIRED, then=_rank(AssignmentStatus.EXPIRED)),
        When(validity=CompletionStatus.EXPIRING, then=_rank(AssignmentStatus.EXPIRING)),
        default=_rank(AssignmentStatus.COMPLETED),
        output_field=IntegerField(),
    )


def _open_rank(now):
    """Rank an assignment nobody has completed: overdue the day after its due date."""
    return Case(
        When(due_date__lt=timezone.localdate(now), then=_rank(AssignmentStatus.OVERDUE)),
        When(
            Exists(
                Enrolment.objects.filter(learner=OuterRef("learner"), course=OuterRef("course"))
            ),
            then=_rank(AssignmentStatus.IN_PROGRESS),
        ),
        default=_rank(AssignmentStatus.NOT_STARTED),
        output_field=IntegerField(),
    )


def annotate_assignment_status(queryset, now=None):
    """Annotate assignments with `status_rank`, `due_on` and the completion they rest on.

    `status_rank` indexes AssignmentStatus (most urgent first); `Assignment.status` reads it
    and `in_status()` filters on it. It is one correlated subquery per row, so it stays cheap
    to sort and filter on. A valid earlier completion satisfies an assignment; when it
    expires the learner must requalify: `due_on` becomes the expiry date and the status
    "expiring", then "expired".
    """
    now = now or timezone.now()
    latest = _latest_completion(now)
    finished = latest.annotate(rank=_completion_rank()).values("rank")[:1]
    queryset = queryset.annotate(
        status_rank=Coalesce(Subquery(finished), _open_rank(now)),
        completed_at=Subquery(latest.values("completed_at")[:1]),
        valid_until=Subquery(latest.values("valid_until")[:1]),
    )
    return queryset.annotate(
        due_on=Case(
            When(valid_until__isnull=False, then=TruncDate("valid_until")),
            When(completed_at__isnull=False, then=Value(None, output_field=DateField())),
            default=F("due_date"),
            output_field=DateField(),
        ),
    )


def assignments_for_learner(user, now=None):
    """Return the learner's open assignments of live courses, most urgent first, labelled."""
    from lms.hr.models import Assignment

    return list(
        Assignment.objects.active()
        .for_learner(user)
        .filter(course__live=True)
        .with_status(now)
        .select_related("course")
        .order_by("status_rank", "due_on", "course__title")
    )
