"""Statuses of completions and assignments, computed in the database in one place.

Screens, exports, My learning and reminders all read these annotations, so they agree on
every boundary: a completion expires at its (corrected) expiry instant, "expiring" means within
30 days of it, and an assignment is overdue from the day after its due date.
"""

import datetime

from django.db.models import (
    Case,
    CharField,
    DateField,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf, TruncDate
from django.utils import timezone

from lms.models import (
    STATUS_RANKS,
    AssignmentStatus,
    CompletionCorrection,
    CompletionStatus,
    CorrectionAction,
    CourseCompletion,
    Enrolment,
)
from lms.progress import EXPIRING_WITHIN


def is_annulled():
    """Return an expression: True if the completion (the current row) has been annulled."""
    return Exists(
        CompletionCorrection.objects.filter(
            completion=OuterRef("pk"), action=CorrectionAction.ANNUL
        )
    )


# Stands for "corrected to never expire" inside the expression below; never stored.
NEVER = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)


def effective_expiry():
    """Return an expression: the completion's expiry after corrections (the latest wins).

    One subquery: the latest expiry correction, with "never" as a sentinel date so that
    COALESCE can tell "corrected to never" from "not corrected".
    """
    corrections = CompletionCorrection.objects.filter(
        completion=OuterRef("pk"), action=CorrectionAction.SET_EXPIRY
    ).order_by("-created_at", "-pk")
    corrected = Subquery(
        corrections.annotate(
            expiry=Coalesce("expires_at", Value(NEVER, output_field=DateTimeField()))
        ).values("expiry")[:1]
    )
    return NullIf(Coalesce(corrected, F("expires_at")), Value(NEVER, output_field=DateTimeField()))


def annotate_completion_status(queryset, now=None):
    """Annotate completions with `annulled`, `valid_until` and `validity` (CompletionStatus)."""
    now = now or timezone.now()
    queryset = queryset.annotate(annulled=is_annulled(), valid_until=effective_expiry())
    return queryset.annotate(
        validity=Case(
            When(annulled=True, then=Value(CompletionStatus.ANNULLED)),
            When(valid_until__isnull=True, then=Value(CompletionStatus.VALID)),
            When(valid_until__lte=now, then=Value(CompletionStatus.EXPIRED)),
            When(valid_until__lte=now + EXPIRING_WITHIN, then=Value(CompletionStatus.EXPIRING)),
            default=Value(CompletionStatus.VALID),
            output_field=CharField(),
        )
    )


def valid_completions(now=None):
    """Return completions that count at `now`: neither annulled nor expired."""
    return annotate_completion_status(CourseCompletion.objects.all(), now).filter(
        validity__in=[CompletionStatus.VALID, CompletionStatus.EXPIRING]
    )


def _latest_completion():
    """The assigned learner's latest completion of the course that has not been annulled."""
    return (
        CourseCompletion.objects.filter(learner=OuterRef("learner"), course=OuterRef("course"))
        .annotate(annulled=is_annulled(), valid_until=effective_expiry())
        .filter(annulled=False)
        .order_by("-completed_at", "-pk")
    )


def _rank(status):
    return Value(STATUS_RANKS[status])


def _completion_rank(now):
    """Rank a completion: expired at its expiry instant, expiring 30 days before."""
    return Case(
        When(valid_until__isnull=True, then=_rank(AssignmentStatus.COMPLETED)),
        When(valid_until__lte=now, then=_rank(AssignmentStatus.EXPIRED)),
        When(valid_until__lte=now + EXPIRING_WITHIN, then=_rank(AssignmentStatus.EXPIRING)),
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
    latest = _latest_completion()
    finished = latest.annotate(rank=_completion_rank(now)).values("rank")[:1]
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
    from lms.models import Assignment

    return list(
        Assignment.objects.active()
        .for_learner(user)
        .filter(course__live=True)
        .with_status(now)
        .select_related("course")
        .order_by("status_rank", "due_on", "course__title")
    )
