"""Enrolments, step progress and course completions: the learning record."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .base import PermanentQuerySet, PermanentRecord
from .validity import (
    COUNTING,
    annulled_expression,
    completion_status,
    valid_until_expression,
    validity_case,
)


class Enrolment(models.Model):
    """A learner's enrolment on a course. `cycle` counts renewals after a completion expires."""

    # Learning records are not content: keep them out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    cycle_started_at = models.DateTimeField(_("cycle started at"), default=timezone.now)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["learner", "course"], name="lms_unique_enrolment"),
        ]

    def __str__(self):
        return f"{self.learner} – {self.course_id}"


class StepProgress(models.Model):
    """When a learner first opened and completed a lesson, in one cycle of an enrolment."""

    # Learning records are not content: keep them out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="progress", verbose_name=_("enrolment")
    )
    step = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.PROTECT, related_name="+", verbose_name=_("step")
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    first_opened_at = models.DateTimeField(_("first opened at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revision completed"),
    )

    class Meta:
        verbose_name = _("step progress")
        verbose_name_plural = _("step progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "step", "cycle"], name="lms_unique_step_progress"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id}: step {self.step_id} (cycle {self.cycle})"


class CompletionQuerySet(PermanentQuerySet):
    def not_annulled(self):
        return self.exclude(corrections__action=CorrectionAction.ANNUL)

    def with_validity(self, now=None):
        """Annotate `annulled`, `valid_until` (after corrections) and `validity` at `now`."""
        return self.annotate(
            annulled=annulled_expression(), valid_until=valid_until_expression()
        ).annotate(validity=validity_case(now))

    def valid(self, now=None):
        """Return the completions that count at `now`: valid or expiring."""
        return self.with_validity(now).filter(validity__in=COUNTING)


class CourseCompletion(PermanentRecord):
    """A permanent record that a learner completed a course. Never edited, never deleted."""

    permanent_message = "A course completion is permanent; add a correction."

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="completions",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="completions",
        verbose_name=_("course"),
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="completions", verbose_name=_("enrolment")
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"))
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    score_percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    course_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course revision"),
    )
    course_title = models.CharField(_("course title"), max_length=255)
    learner_name = models.CharField(_("learner name"), max_length=200)
    steps = models.JSONField(_("steps"), default=list)

    objects = CompletionQuerySet.as_manager()

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "cycle"], name="lms_one_completion_per_cycle"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "completed_at"], name="lms_completion_course"),
            # HR's completion report and exports list the newest first (bench/exports.py: the
            # first page over 1,000,000 rows went from 1,187 to 286 ms with it).
            models.Index(fields=["-completed_at", "-id"], name="lms_completion_recent"),
        ]

    def __str__(self):
        return f"{self.learner_name}: {self.course_title} ({self.completed_at:%Y-%m-%d})"

    @cached_property
    def latest_corrections(self):
        """Return the corrections, oldest first (prefetch `corrections` to spare a query)."""
        return sorted(self.corrections.all(), key=lambda c: c.created_at)

    @property
    def is_annulled(self):
        return any(c.action == CorrectionAction.ANNUL for c in self.latest_corrections)

    @property
    def effective_expires_at(self):
        """Return the expiry after corrections: the latest expiry correction wins."""
        expires_at = self.expires_at
        for correction in self.latest_corrections:
            if correction.action == CorrectionAction.SET_EXPIRY:
                expires_at = correction.expires_at
        return expires_at

    def status_at(self, now=None):
        """Return the CompletionStatus at `now`, by the one rule (lms.models.validity)."""
        return completion_status(self.effective_expires_at, self.is_annulled, now)

    def is_valid_at(self, now=None):
        """Return True if the completion counts at `now` (valid or expiring)."""
        return self.status_at(now) in COUNTING


class CorrectionAction(models.TextChoices):
    ANNUL = "annul", _("Annul: the completion is not valid")
    SET_EXPIRY = "set_expiry", _("Change the expiry date")


class CompletionCorrection(PermanentRecord):
    """A correction to a completion, kept beside it: who, when, why and what changed."""

    permanent_message = "A correction is permanent; add another correction."

    completion = models.ForeignKey(
        CourseCompletion,
        on_delete=models.PROTECT,
        related_name="corrections",
        verbose_name=_("completion"),
    )
    action = models.CharField(_("action"), max_length=20, choices=CorrectionAction.choices)
    expires_at = models.DateTimeField(_("new expiry"), null=True, blank=True)
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("corrected by"),
    )
    created_at = models.DateTimeField(_("corrected at"), default=timezone.now)

    class Meta:
        verbose_name = _("completion correction")
        verbose_name_plural = _("completion corrections")
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="lms_correction_needs_reason"),
        ]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d})"
