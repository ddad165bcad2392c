"""Courses HR assigns to people, with due dates, and the reminders sent about them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Department, Organisation, Profession


class AssignmentStatus(models.TextChoices):
    """Where an assigned learner stands. Computed in lms.hr.status, never stored."""

    OVERDUE = "overdue", _("Overdue")
    EXPIRED = "expired", _("Expired")
    EXPIRING = "expiring", _("Expiring")
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


# Most urgent first; `status_rank` in lms.hr.status counts in this order.
STATUS_RANKS = {value: rank for rank, value in enumerate(AssignmentStatus.values)}


class RuleState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class AssignmentRule(models.Model):
    """HR's decision to assign a course to a group or a list of people, with a due date.

    A background task turns the rule into one Assignment per learner. Running it again adds
    only the people who are missing, so it also picks up staff who joined since.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("department"),
    )
    profession = models.ForeignKey(
        Profession,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("profession"),
    )
    people = models.TextField(
        _("people"), blank=True, help_text=_("Email addresses or employee numbers, one a line.")
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_within_days = models.PositiveSmallIntegerField(
        _("due within (days)"), null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=10, choices=RuleState.choices, default=RuleState.QUEUED
    )
    total = models.PositiveIntegerField(_("people found"), default=0)
    processed = models.PositiveIntegerField(_("people processed"), default=0)
    created_count = models.PositiveIntegerField(_("assignments created"), default=0)
    existing_count = models.PositiveIntegerField(_("already assigned"), default=0)
    unknown_count = models.PositiveIntegerField(_("lines not found"), default=0)
    problems = models.JSONField(_("lines not found"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        db_table = "lms_assignmentrule"  # from when HR lived in lms: the table kept its name
        ordering = ["-created_at"]
        verbose_name = _("course assignment")
        verbose_name_plural = _("course assignments")
        constraints = [
            models.CheckConstraint(
                condition=Q(due_date__isnull=False, due_within_days__isnull=True)
                | Q(due_date__isnull=True, due_within_days__isnull=False),
                name="lms_rule_has_one_due_date",
            ),
        ]

    def __str__(self):
        return f"{self.course.title} → {self.target_label()}"

    def target_label(self):
        """Return who the rule is for, in words."""
        parts = [str(part) for part in (self.department, self.profession) if part]
        if self.people.strip():
            count = len([line for line in self.people.splitlines() if line.strip()])
            parts.append(_("%(count)s listed people") % {"count": count})
        return ", ".join(parts) or str(self.organisation)


class AssignmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)

    def for_learner(self, user):
        return self.filter(learner=user)

    def with_status(self, now=None):
        """Annotate `status_rank`, `due_on` and the completion they rest on (lms.hr.status)."""
        from lms.hr.status import annotate_assignment_status

        return annotate_assignment_status(self, now)

    def in_status(self, *statuses):
        """Filter a `with_status()` queryset to assignments in any of the statuses."""
        return self.filter(status_rank__in=[STATUS_RANKS[status] for status in statuses])


class Assignment(models.Model):
    """One learner must complete one course by a date. Cancelled, never deleted."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("course"),
    )
    rule = models.ForeignKey(
        AssignmentRule,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("assigned through"),
    )
    due_date = models.DateField(_("due date"))
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        db_table = "lms_assignment"  # from when HR lived in lms: the table kept its name
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            # What makes bulk assignment idempotent: one open assignment per learner and course.
            models.UniqueConstraint(
                fields=["learner", "course"],
                condition=Q(cancelled_at__isnull=True),
                name="lms_one_open_assignment",
            ),
        ]
        indexes = [models.Index(fields=["course", "due_date"], name="lms_assignment_due")]

    def __str__(self):
        return f"{self.learner} – {self.course_id} (due {self.due_date:%Y-%m-%d})"

    @property
    def status(self):
        """The AssignmentStatus of an assignment loaded with `with_status()`."""
        return AssignmentStatus.values[self.status_rank]

    @property
    def status_label(self):
        return AssignmentStatus(self.status).label


class ReminderKind(models.TextChoices):
    LEARNER_DUE = "learner_due", _("Assignments due or overdue")
    HR_DIGEST = "hr_digest", _("Weekly HR digest")


class ReminderLog(models.Model):
    """An email sent: at most one of each kind to each person a day (database constraint)."""

    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
    )
    sent_on = models.DateField(_("sent on"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    item_count = models.PositiveIntegerField(_("items"), default=0)

    class Meta:
        db_table = "lms_reminderlog"  # from when HR lived in lms: the table kept its name
        ordering = ["-sent_at"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "recipient", "sent_on"], name="lms_one_reminder_a_day"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient} ({self.sent_on:%Y-%m-%d})"
