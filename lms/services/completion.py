"""Course completions: written once when every step is done, corrected beside, never changed."""

import calendar
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses.models import AssessmentStepPage, CoursePage, QuizPage, SessionStepPage
from lms.accounts.models import learner_name
from lms.models import (
    AttemptStatus,
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    QuizAttempt,
    StepProgress,
)
from lms.signals import completion_corrected, course_completed

from .errors import LearningError

STEP_KINDS = {SessionStepPage: "session", AssessmentStepPage: "assessment"}


def add_months(moment, months):
    """Return the same day and time `months` later, on the month's last day if it is shorter."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def maybe_complete_course(enrolment):
    """Write the course completion if every live step is done in this cycle; else None.

    Call inside a transaction holding the enrolment row lock, so a completion is written once.
    """
    if CourseCompletion.objects.filter(enrolment=enrolment, cycle=enrolment.cycle).exists():
        return None
    course = CoursePage.objects.get(pk=enrolment.course_id)
    steps = list(course.steps())
    if not steps:
        return None
    progress = {
        p.step_id: p
        for p in StepProgress.objects.filter(
            enrolment=enrolment, cycle=enrolment.cycle, completed_at__isnull=False
        )
    }
    passes = {}
    for attempt in QuizAttempt.objects.filter(
        enrolment=enrolment, cycle=enrolment.cycle, status=AttemptStatus.SUBMITTED, passed=True
    ).order_by("submitted_at"):
        passes.setdefault(attempt.quiz_id, attempt)
    snapshot = []
    for step in steps:
        if isinstance(step, QuizPage):
            attempt = passes.get(step.pk)
            if attempt is None:
                return None
            snapshot.append(
                _step_record(
                    step, "quiz", attempt.revision_id, attempt.submitted_at, attempt.score_percent
                )
            )
        else:
            record = progress.get(step.pk)
            if record is None:
                return None
            kind = STEP_KINDS.get(type(step), "lesson")
            snapshot.append(_step_record(step, kind, record.revision_id, record.completed_at))
    return _write_completion(enrolment, course, snapshot, passes)


def _step_record(step, kind, revision_id, done_at, score=None):
    return {
        "page_id": step.pk,
        "title": step.title,
        "kind": kind,
        "revision_id": revision_id,
        "completed_at": done_at.isoformat(),
        "score": str(score) if score is not None else None,
    }


def _write_completion(enrolment, course, snapshot, passes):
    now = timezone.now()
    scores = [attempt.score_percent for attempt in passes.values()]
    score = (sum(scores) / len(scores)).quantize(Decimal("0.01")) if scores else None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                learner=enrolment.learner,
                course=course,
                enrolment=enrolment,
                cycle=enrolment.cycle,
                completed_at=now,
                expires_at=add_months(now, course.validity_months)
                if course.validity_months
                else None,
                score_percent=score,
                course_revision_id=course.live_revision_id,
                course_title=course.title,
                learner_name=learner_name(enrolment.learner),
                steps=snapshot,
            )
    except IntegrityError:
        return None
    log(
        completion,
        "lms.course_completed",
        user=enrolment.learner,
        title=course.title,
        data={"cycle": enrolment.cycle, "score": str(score) if score is not None else None},
    )
    course_completed.send(sender=CourseCompletion, completion=completion)
    return completion


def correct_completion(completion, action, reason, corrected_by, expires_at=None):
    """Record a correction beside a completion, which itself never changes.

    Annulling marks the completion as not valid; a new expiry replaces the one it had. Both
    need a reason, are logged against the completion and announced with `completion_corrected`
    (certificates revoke what an annulled completion earned).
    """
    reason = (reason or "").strip()
    if not reason:
        raise LearningError(_("Give the reason for the correction."))
    if action not in CorrectionAction.values:
        raise LearningError(_("Choose what the correction does."))
    if action == CorrectionAction.SET_EXPIRY and expires_at is None:
        raise LearningError(_("Give the new expiry date."))
    with transaction.atomic():
        correction = CompletionCorrection.objects.create(
            completion=completion,
            action=action,
            expires_at=expires_at if action == CorrectionAction.SET_EXPIRY else None,
            reason=reason,
            created_by=corrected_by,
        )
        log(
            completion,
            "lms.completion_corrected",
            user=corrected_by,
            title=completion.course_title,
            data={
                "action": action,
                "reason": reason,
                "expires_at": expires_at.isoformat() if expires_at else None,
            },
        )
        completion_corrected.send(sender=CompletionCorrection, correction=correction)
    return correction
