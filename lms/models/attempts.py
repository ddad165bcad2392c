"""Quiz attempts and their answers. A submitted attempt never changes."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import PermanentQuerySet, PermanentRecord
from .records import Enrolment

GRACE = timedelta(seconds=60)


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")


class AttemptQuerySet(PermanentQuerySet):
    def submitted(self):
        return self.filter(status=AttemptStatus.SUBMITTED)

    def settled(self):
        return self.submitted()


class QuizAttempt(PermanentRecord):
    """One attempt at a quiz, fixed at start: questions, order, choices and quiz revision.

    `questions` is the snapshot the attempt is marked against, including the answer key; it
    never leaves the server before the review policy allows. It may change until it is
    submitted (answers saved, then marked), never after.
    """

    permanent_message = "A submitted quiz attempt is permanent."

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="quiz_attempts",
        verbose_name=_("learner"),
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="attempts", verbose_name=_("enrolment")
    )
    quiz = models.ForeignKey(
        "courses.QuizPage",
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    auto_submitted = models.BooleanField(_("submitted when time ran out"), default=False)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("quiz revision"),
    )
    quiz_title = models.CharField(_("quiz title"), max_length=255)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    review_policy = models.CharField(_("review policy"), max_length=20)
    questions = models.JSONField(_("questions shown"), default=list)
    question_count = models.PositiveSmallIntegerField(_("questions"), default=0)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"), null=True, blank=True)
    score_percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "quiz", "cycle", "number"], name="lms_unique_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["learner", "quiz"],
                condition=Q(status=AttemptStatus.IN_PROGRESS),
                name="lms_one_open_attempt",
            ),
            models.CheckConstraint(
                condition=Q(status=AttemptStatus.IN_PROGRESS)
                | Q(submitted_at__isnull=False, passed__isnull=False, score_percent__isnull=False),
                name="lms_submitted_attempt_is_graded",
            ),
        ]

    def __str__(self):
        return f"{self.quiz_title} #{self.number} ({self.get_status_display()})"

    def is_settled(self):
        """A stored attempt is settled once the database says it was submitted."""
        return (
            not self._state.adding
            and QuizAttempt.objects.filter(pk=self.pk, status=AttemptStatus.SUBMITTED).exists()
        )

    @property
    def is_submitted(self):
        return self.status == AttemptStatus.SUBMITTED

    def is_past_grace(self, moment=None):
        """Return True once the deadline and its 60 seconds of grace have passed."""
        return self.deadline is not None and (moment or timezone.now()) > self.deadline + GRACE

    def review_allowed(self):
        """Return True if correct answers and feedback may be shown for this attempt."""
        if not self.is_submitted:
            return False
        if self.review_policy == "after_each":
            return True
        if self.review_policy == "after_pass":
            return bool(self.passed)
        return False


class AnswerQuerySet(PermanentQuerySet):
    def settled(self):
        return self.filter(attempt__status=AttemptStatus.SUBMITTED)


class AttemptAnswer(PermanentRecord):
    """The choices a learner picked for one question of an attempt, as last saved."""

    permanent_message = "Answers of a submitted attempt are permanent."

    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.PROTECT, related_name="answers", verbose_name=_("attempt")
    )
    question_key = models.CharField(_("question"), max_length=64)
    choice_keys = models.JSONField(_("choices"), default=list)
    saved_at = models.DateTimeField(_("saved at"), default=timezone.now)
    is_correct = models.BooleanField(_("correct"), null=True, blank=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_key"], name="lms_one_answer_per_question"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}: {self.question_key}"

    def is_settled(self):
        """An answer may be added or changed only while its attempt is open."""
        return QuizAttempt.objects.filter(
            pk=self.attempt_id, status=AttemptStatus.SUBMITTED
        ).exists()
