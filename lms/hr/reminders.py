"""Reminder emails: learners whose assigned courses are due soon or overdue, and HR's digest.

Run daily from cron (`manage.py send_reminders`). Each email is decided, logged and sent in one
transaction whose log row is unique per (kind, recipient, day): a second run that day, or two
runs at once, finds the row and sends nothing. If sending fails the row is rolled back, so the
next run tries again.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import groupby
from operator import attrgetter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from courses.i18n import in_language
from lms.accounts.models import learner_language, learner_name
from lms.hr import scope
from lms.hr.models import Assignment, AssignmentStatus, HRResponsibility, ReminderKind, ReminderLog
from lms.models import CompletionStatus, CourseCompletion

DUE_WITHIN = timedelta(days=7)
DIGEST_WEEKDAY = 0  # Monday
DIGEST_EVERY = timedelta(days=7)


@dataclass
class Outcome:
    sent: list = field(default_factory=list)
    skipped: int = 0


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def due_assignments(now):
    """Return open assignments that are overdue, expired or due within 7 days, by learner."""
    horizon = timezone.localdate(now) + DUE_WITHIN
    assignments = (
        Assignment.objects.active()
        .filter(learner__is_active=True, course__live=True)
        .exclude(learner__email="")
        .with_status(now)
    )
    late = assignments.in_status(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED)
    soon = assignments.in_status(
        AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.EXPIRING
    ).filter(due_on__lte=horizon)
    return (
        assignments.filter(Q(pk__in=late.values("pk")) | Q(pk__in=soon.values("pk")))
        .select_related("learner__learner_profile", "course")
        .order_by("learner_id", "status_rank", "due_on")
    )


def send_once(kind, recipient, today, message, item_count, dry_run=False):
    """Send the message unless this kind already went to the recipient today; True if sent."""
    if dry_run:
        return not ReminderLog.objects.filter(
            kind=kind, recipient=recipient, sent_on=today
        ).exists()
    with transaction.atomic():
        _log, created = ReminderLog.objects.get_or_create(
            kind=kind, recipient=recipient, sent_on=today, defaults={"item_count": item_count}
        )
        if created:
            message.send()
    return created


def _message(template, context, to):
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(subject, render_to_string(f"{template}.txt", context), to=[to])
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def learner_message(learner, assignments):
    with translation.override(learner_language(learner)):
        return _learner_message(learner, assignments)


def _learner_message(learner, assignments):
    shown = in_language(assignment.course for assignment in assignments)
    for assignment in assignments:
        assignment.display = shown[assignment.course.translation_key]
    context = {
        "name": learner_name(learner),
        "assignments": assignments,
        "count": len(assignments),
        "my_learning_url": site_url(reverse("lms:my_learning")),
    }
    return _message("lms/email/assignment_reminder", context, learner.email)


def send_learner_reminders(now=None, dry_run=False):
    """Email each learner once a day about their assignments due within 7 days or overdue."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    outcome = Outcome()
    for learner, group in groupby(due_assignments(now), key=attrgetter("learner")):
        items = list(group)
        message = learner_message(learner, items)
        if send_once(ReminderKind.LEARNER_DUE, learner, today, message, len(items), dry_run):
            outcome.sent.append(learner.email)
        else:
            outcome.skipped += 1
    return outcome


def hr_users():
    """Return active HR users with an email address and at least one organisation."""
    ids = HRResponsibility.objects.values("user_id")
    return (
        get_user_model().objects.filter(pk__in=ids, is_active=True).exclude(email="").order_by("pk")
    )


def digest_is_due(user, today):
    """Return True on Mondays, or when no digest has gone to the user for 7 days."""
    if today.weekday() == DIGEST_WEEKDAY:
        return True
    return not ReminderLog.objects.filter(
        kind=ReminderKind.HR_DIGEST, recipient=user, sent_on__gt=today - DIGEST_EVERY
    ).exists()


def digest(user, now):
    """Return per-organisation counts for the user's weekly digest."""
    organisations = {org.pk: {"name": org.name} for org in scope.organisations_for(user)}
    org_path = "learner__learner_profile__organisation"
    horizon = timezone.localdate(now) + DUE_WITHIN
    statuses = (
        scope.scoped(Assignment.objects.active(), user)
        .with_status(now)
        .values(org_path, "status_rank")
        .annotate(count=Count("pk"), soon=Count("pk", filter=Q(due_on__lte=horizon)))
        .order_by()
    )
    for row in statuses:
        counts = organisations.get(row[org_path])
        status = AssignmentStatus.values[row["status_rank"]]
        if counts is not None:
            counts[status] = counts.get(status, 0) + row["count"]
            if status in (AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS):
                counts["due_soon"] = counts.get("due_soon", 0) + row["soon"]
    expiring = (
        scope.scoped(CourseCompletion.objects.all(), user)
        .with_validity(now)
        .filter(validity=CompletionStatus.EXPIRING)
        .values(org_path)
        .annotate(count=Count("pk"))
        .order_by()
    )
    for row in expiring:
        if row[org_path] in organisations:
            organisations[row[org_path]]["completions_expiring"] = row["count"]
    return list(organisations.values())


def hr_message(user, organisations):
    with translation.override(learner_language(user)):
        return _hr_message(user, organisations)


def _hr_message(user, organisations):
    context = {
        "name": learner_name(user),
        "organisations": organisations,
        "assignments_url": site_url(reverse("lms_hr:assignments")),
        "matrix_url": site_url(reverse("lms_hr:competence")),
    }
    return _message("lms/email/hr_digest", context, user.email)


def send_hr_digests(now=None, dry_run=False):
    """Send each HR user their weekly digest (Mondays, or after 7 days without one)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    outcome = Outcome()
    for user in hr_users():
        if not digest_is_due(user, today):
            outcome.skipped += 1
            continue
        organisations = digest(user, now)
        message = hr_message(user, organisations)
        if send_once(ReminderKind.HR_DIGEST, user, today, message, len(organisations), dry_run):
            outcome.sent.append(user.email)
        else:
            outcome.skipped += 1
    return outcome
