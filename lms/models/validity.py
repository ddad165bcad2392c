"""The one rule for whether a completion still counts: valid, expiring, expired or annulled.

A completion is annulled once a correction annuls it. Otherwise it expires at its effective
expiry (the latest expiry correction, else the expiry it was written with): from that instant it
is expired, in the 30 days before it expiring, and before that (or with no expiry) valid.
Valid and expiring completions count.

The rule exists twice, in the same words: `completion_status()` for a completion in hand and
`validity_case()` for the database, which screens, reports, exports, the matrix and reminders
filter and sort on. tests/lms/test_validity.py holds the two to the same answers on every
boundary. Nothing else decides it: read `CourseCompletion.status_at()` or
`CourseCompletion.objects.with_validity()`.
"""

import datetime
from datetime import timedelta

from django.db import models
from django.db.models import Case, DateTimeField, Exists, F, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EXPIRING_WITHIN = timedelta(days=30)


class CompletionStatus(models.TextChoices):
    """Whether a completion still counts. Computed by the rule above, never stored."""

    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expiring")
    EXPIRED = "expired", _("Expired")
    ANNULLED = "annulled", _("Annulled")


# The statuses in which a completion counts: for assignments, the matrix and area certificates.
COUNTING = (CompletionStatus.VALID, CompletionStatus.EXPIRING)
# The statuses in which a learner may take the course again (a new cycle): it is about to stop
# counting, or it no longer does.
RENEWABLE = (CompletionStatus.EXPIRING, CompletionStatus.EXPIRED, CompletionStatus.ANNULLED)


def completion_status(valid_until, annulled=False, now=None):
    """Return the CompletionStatus of a completion with this effective expiry at `now`."""
    now = now or timezone.now()
    if annulled:
        return CompletionStatus.ANNULLED
    if valid_until is None:
        return CompletionStatus.VALID
    if valid_until <= now:
        return CompletionStatus.EXPIRED
    if valid_until <= now + EXPIRING_WITHIN:
        return CompletionStatus.EXPIRING
    return CompletionStatus.VALID


def validity_case(now=None):
    """Return the rule as an expression over the `annulled` and `valid_until` annotations."""
    now = now or timezone.now()
    return Case(
        When(annulled=True, then=Value(CompletionStatus.ANNULLED)),
        When(valid_until__isnull=True, then=Value(CompletionStatus.VALID)),
        When(valid_until__lte=now, then=Value(CompletionStatus.EXPIRED)),
        When(valid_until__lte=now + EXPIRING_WITHIN, then=Value(CompletionStatus.EXPIRING)),
        default=Value(CompletionStatus.VALID),
        output_field=models.CharField(),
    )


def annulled_expression():
    """Return an expression: True if the completion (the current row) has been annulled."""
    from .records import CompletionCorrection, CorrectionAction

    return Exists(
        CompletionCorrection.objects.filter(
            completion=OuterRef("pk"), action=CorrectionAction.ANNUL
        )
    )


# Stands for "corrected to never expire" inside the expression below; never stored.
NEVER = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)


def valid_until_expression():
    """Return an expression: the completion's expiry after corrections (the latest wins).

    One subquery: the latest expiry correction, with "never" as a sentinel date so that
    COALESCE can tell "corrected to never" from "not corrected".
    """
    from .records import CompletionCorrection, CorrectionAction

    corrections = CompletionCorrection.objects.filter(
        completion=OuterRef("pk"), action=CorrectionAction.SET_EXPIRY
    ).order_by("-created_at", "-pk")
    never = Value(NEVER, output_field=DateTimeField())
    corrected = Subquery(
        corrections.annotate(expiry=Coalesce("expires_at", never)).values("expiry")[:1]
    )
    return NullIf(Coalesce(corrected, F("expires_at")), never)
