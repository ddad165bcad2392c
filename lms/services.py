"""Writes to the learning record. Each service is atomic; views, hooks and tests call these."""

import calendar
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, models, transaction
from django.db.models import F, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page

from courses.catalogue import is_visible_to
from courses.i18n import canonical
from courses.models import CoursePage, LessonPage, QuizPage
from lms import quiz as quiz_logic
from lms.models import (
    AttemptAnswer,
    AttemptStatus,
    CompletionCorrection,
    CorrectionAction,
    CourseCompletion,
    Enrolment,
    QuizAttempt,
    StepProgress,
    learner_name,
)
from lms.progress import course_state
from lms.signals import completion_corrected, course_completed


class LearningError(Exception):
    """A request the learning record refuses, with a message for the learner."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


class IncompleteAttempt(LearningError):
    """A submission that leaves questions unanswered."""

    def __init__(self, errors):
        super().__init__(quiz_logic.unanswered_summary(len(errors)), status=400)
        self.errors = errors


def add_months(moment, months):
    """Return the same day and time `months` later, on the month's last day if it is shorter."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _visible_course(course, user):
    if not (course.live and is_visible_to(course, user)):
        raise LearningError(_("This course is not available."), status=404)
    return course


def _step_course(step):
    course = step.get_parent().specific
    if not isinstance(course, CoursePage):
        raise LearningError(_("This page is not part of a course."), status=404)
    return course


def enrol(user, course):
    """Enrol the learner on a live course they may see; enrolling twice returns the first.

    The enrolment is on the default-language course, whichever translation was started.
    """
    course = canonical(_visible_course(course, user))
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(learner=user, course=course)
        if created:
            log(enrolment, "lms.enrolled", user=user, title=course.title)
    return enrolment, created


def _step_enrolment(user, step, model, unavailable):
    """Enrol the learner on the step's course; return (course, enrolment) with the row locked.

    Call inside a transaction. Refuses steps the learner may not see and, in a sequential
    course, steps that come after an unfinished one.
    """
    if not isinstance(step, model) or not step.live or not is_visible_to(step, user):
        raise LearningError(unavailable, status=404)
    course = canonical(_step_course(step))
    enrol(user, course)
    # Lock the enrolment row only ("of self"): locking the joined course page too would
    # queue every learner of the course behind each other and block its editors.
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course")
        .get(learner=user, course=course)
    )
    blocker = course_state(user, course).locked_by(step)
    if blocker:
        raise LearningError(_("Finish “%(step)s” first.") % {"step": blocker.title}, status=403)
    return course, enrolment


def record_opened(user, step):
    """Note the first time an enrolled learner opens a step. Does nothing for others."""
    # The step's course in any language, by its translation key.
    course_key = Page.objects.filter(path=step.path[: -Page.steplen]).values("translation_key")
    opened = StepProgress.objects.filter(
        enrolment__learner=user,
        enrolment__course__translation_key=Subquery(course_key),
        step__translation_key=step.translation_key,
        cycle=F("enrolment__cycle"),
    )
    if opened.exists():  # the usual case: one query
        return None
    enrolment = Enrolment.objects.filter(
        learner=user, course__translation_key=Subquery(course_key)
    ).first()
    if enrolment is None:
        return None
    progress, _created = StepProgress.objects.get_or_create(
        enrolment=enrolment,
        step_id=canonical(step).pk,
        cycle=enrolment.cycle,
        defaults={"first_opened_at": timezone.now()},
    )
    return progress


def complete_lesson(user, lesson):
    """Mark a lesson done for the learner (enrolling them if needed) and check the course."""
    with transaction.atomic():
        _course, enrolment = _step_enrolment(
            user, lesson, LessonPage, _("This lesson is not available.")
        )
        now = timezone.now()
        progress, _created = StepProgress.objects.get_or_create(
            enrolment=enrolment,
            step=canonical(lesson),
            cycle=enrolment.cycle,
            defaults={"first_opened_at": now},
        )
        if progress.completed_at is None:
            progress.completed_at = now
            progress.revision_id = lesson.live_revision_id
            progress.save(update_fields=["completed_at", "revision"])
        completion = maybe_complete_course(enrolment)
    return progress, completion


def quiz_availability(enrolment, quiz, now=None, attempts=None):
    """Return (may start, message) for a new attempt under the quiz's rules.

    `attempts`, if given, are the learner's attempts at the quiz (in any language) already
    loaded; the submitted ones of this enrolment's cycle are then picked from them.
    """
    now = now or timezone.now()
    if attempts is None:
        submitted = list(
            QuizAttempt.objects.filter(
                enrolment=enrolment,
                quiz__translation_key=quiz.translation_key,
                cycle=enrolment.cycle,
                status=AttemptStatus.SUBMITTED,
            ).order_by("submitted_at")
        )
    else:
        submitted = sorted(
            (
                attempt
                for attempt in attempts
                if attempt.enrolment_id == enrolment.pk
                and attempt.cycle == enrolment.cycle
                and attempt.status == AttemptStatus.SUBMITTED
            ),
            key=lambda attempt: attempt.submitted_at,
        )
    if any(attempt.passed for attempt in submitted):
        return False, _("You have passed this quiz.")
    if quiz.max_attempts and len(submitted) >= quiz.max_attempts:
        return False, ngettext(
            "You have used your %(count)s attempt. Contact the course team if you need another.",
            "You have used all %(count)s attempts. Contact the course team if you need another.",
            quiz.max_attempts,
        ) % {"count": quiz.max_attempts}
    if quiz.wait_minutes and submitted:
        next_at = submitted[-1].submitted_at + timedelta(minutes=quiz.wait_minutes)
        if now < next_at:
            minutes = max(1, -(-int((next_at - now).total_seconds()) // 60))
            return False, ngettext(
                "You can try again at %(time)s (in %(minutes)s minute).",
                "You can try again at %(time)s (in %(minutes)s minutes).",
                minutes,
            ) % {
                "time": date_format(timezone.localtime(next_at), "H:i"),
                "minutes": minutes,
            }
    return True, ""


def start_attempt(user, quiz):
    """Start (or resume) an attempt: the questions, their order and revision are fixed now."""
    with transaction.atomic():
        _course, enrolment = _step_enrolment(user, quiz, QuizPage, _("This quiz is not available."))
        # Records point at the default-language quiz; questions come from the one being read.
        record_quiz = canonical(quiz)
        # One query for the open attempt, the rules and the next number: every attempt of
        # this learner at this quiz in any language (a handful), without their snapshots.
        attempts = list(
            QuizAttempt.objects.filter(
                learner=user, quiz__translation_key=quiz.translation_key
            ).defer("questions")
        )
        open_attempt = next(
            (
                attempt
                for attempt in attempts
                if attempt.quiz_id == record_quiz.pk and attempt.status == AttemptStatus.IN_PROGRESS
            ),
            None,
        )
        if open_attempt and not open_attempt.is_past_grace():
            return open_attempt, False
        if open_attempt:
            _finish(open_attempt, answers=None, late=True)
        allowed, message = quiz_availability(enrolment, quiz, attempts=attempts)
        if not allowed:
            raise LearningError(message, status=403)
        now = timezone.now()
        snapshot = quiz_logic.draw_snapshot(quiz)
        number = 1 + sum(
            1
            for attempt in attempts
            if attempt.quiz_id == record_quiz.pk and attempt.cycle == enrolment.cycle
        )
        attempt = QuizAttempt.objects.create(
            learner=user,
            enrolment=enrolment,
            quiz=record_quiz,
            cycle=enrolment.cycle,
            number=number,
            started_at=now,
            deadline=now + timedelta(minutes=quiz.time_limit_minutes)
            if quiz.time_limit_minutes
            else None,
            revision_id=quiz.live_revision_id,
            quiz_title=quiz.title,
            pass_mark=quiz.pass_mark,
            review_policy=quiz.review_policy,
            questions=snapshot,
            question_count=len(snapshot),
        )
    return attempt, True


def saved_answers(attempt):
    """Return {question key: [choice keys]} as saved so far."""
    return {a.question_key: a.choice_keys for a in attempt.answers.all()}


def _store_answers(attempt, answers):
    """Write the answers in two statements at most. The caller holds the open attempt's lock."""
    _write_answers(attempt, {a.question_key: a for a in attempt.answers.all()}, answers)


def _write_answers(attempt, existing, answers, results=None):
    """Insert new answers and update changed ones; with `results`, also record correctness.

    Without `results` (saving), unanswered questions get no row. With them (marking), every
    question of the attempt ends with a row whose `is_correct` is set: unanswered ones with no
    choices, as incorrect. At most one INSERT and one UPDATE either way. The caller holds the
    open attempt's lock.
    """
    now = timezone.now()
    new, changed = [], []
    for question in attempt.questions:
        key = question["key"]
        chosen = answers.get(key, [])
        answer = existing.get(key)
        correct = None if results is None else bool(results.get(key))
        if answer is None:
            if chosen:
                new.append(
                    AttemptAnswer(
                        attempt=attempt,
                        question_key=key,
                        choice_keys=chosen,
                        saved_at=now,
                        is_correct=correct,
                    )
                )
            elif results is not None:
                new.append(
                    AttemptAnswer(
                        attempt=attempt, question_key=key, choice_keys=[], is_correct=False
                    )
                )
            continue
        update = answer.choice_keys != chosen
        if update:
            answer.choice_keys, answer.saved_at = chosen, now
        if results is not None and answer.is_correct is not correct:
            answer.is_correct = correct
            update = True
        if update:
            changed.append(answer)
    # bulk_create skips AttemptAnswer.save()'s check; the locked attempt is known to be open.
    AttemptAnswer.objects.bulk_create(new)
    if changed:
        fields = ["choice_keys", "saved_at"] + (["is_correct"] if results is not None else [])
        AttemptAnswer.objects.bulk_update(changed, fields)


def _locked_attempt(user, attempt_id):
    attempt = QuizAttempt.objects.select_for_update().filter(pk=attempt_id, learner=user).first()
    if attempt is None:
        raise LearningError(_("There is no such attempt."), status=404)
    attempt.learner = user  # known: the row was selected by it, so the log needs no query
    return attempt


def save_answers(user, attempt_id, data):
    """Save the answers posted so far. Late or forged posts change nothing."""
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_submitted:
            raise LearningError(_("This attempt has already been submitted."), status=409)
        if attempt.is_past_grace():
            _finish(attempt, answers=None, late=True)
            return attempt
        try:
            answers = quiz_logic.read_answers(attempt.questions, data)
        except quiz_logic.AnswerError as error:
            raise LearningError(str(error), status=400) from error
        _store_answers(attempt, answers)
    return attempt


def submit_attempt(user, attempt_id, data):
    """Mark the attempt on the server. A repeated submit returns the stored result.

    Returns (attempt, graded_now). Raises LearningError for forged input and IncompleteAttempt
    (with the answers saved) when questions are unanswered.
    """
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_submitted:
            return attempt, False
        if attempt.is_past_grace():
            _finish(attempt, answers=None, late=True)
            return attempt, True
        try:
            answers = quiz_logic.read_answers(attempt.questions, data)
        except quiz_logic.AnswerError as error:
            raise LearningError(str(error), status=400) from error
        errors = quiz_logic.unanswered_errors(attempt.questions, answers)
        if errors:
            _store_answers(attempt, answers)
        else:
            # Answers are written once, already marked.
            _finish(attempt, answers=answers, late=False)
    if errors:
        # Raised after the commit: the answers given so far stay saved.
        raise IncompleteAttempt(errors)
    return attempt, True


def _finish(attempt, answers, late):
    """Mark and close an attempt (inside the caller's transaction), then check the course.

    With `answers` (a submit), they are stored as well; without (time ran out), the saved ones
    are marked. Either way each question ends with one answer row that says if it was right.
    """
    existing = {a.question_key: a for a in attempt.answers.all()}
    if answers is None:
        answers = {key: answer.choice_keys for key, answer in existing.items()}
    results, correct, score, passed = quiz_logic.mark(attempt.questions, answers, attempt.pass_mark)
    _write_answers(attempt, existing, answers, results)
    attempt.status = AttemptStatus.SUBMITTED
    attempt.submitted_at = timezone.now()
    attempt.auto_submitted = late
    attempt.correct_count = correct
    attempt.score_percent = score
    attempt.passed = passed
    # QuizAttempt.save() would first ask whether the row is submitted: the caller holds the
    # lock on this open attempt, so write the outcome directly (the database trigger still
    # refuses any change to a submitted attempt).
    models.Model.save(
        attempt,
        update_fields=[
            "status",
            "submitted_at",
            "auto_submitted",
            "correct_count",
            "score_percent",
            "passed",
        ],
    )
    log(
        attempt,
        "lms.attempt_submitted",
        user=attempt.learner,
        title=attempt.quiz_title,
        data={"score": str(score), "passed": passed, "number": attempt.number},
    )
    if passed:
        # The learner and profile come along for the completion's name; only the enrolment
        # row is locked ("of self"), as before.
        enrolment = (
            Enrolment.objects.select_for_update(of=("self",))
            .select_related("learner__learner_profile")
            .get(pk=attempt.enrolment_id)
        )
        maybe_complete_course(enrolment)


def finish_if_expired(attempt):
    """Close an open attempt whose time (and grace) has run out; return True if it did."""
    if attempt.is_submitted or not attempt.is_past_grace():
        return False
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            return False
        _finish(attempt, answers=None, late=True)
    return True


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
            snapshot.append(_step_record(step, "lesson", record.revision_id, record.completed_at))
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


def renew(user, course):
    """Start a new cycle after the last completion has expired or is about to (30 days)."""
    course = canonical(course)
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update().filter(learner=user, course=course).first()
        )
        if enrolment is None:
            raise LearningError(_("You are not enrolled on this course."), status=404)
        last = CourseCompletion.objects.filter(enrolment=enrolment, cycle=enrolment.cycle).first()
        expires_at = last.effective_expires_at if last else None
        if last is None or expires_at is None or expires_at - timezone.now() > timedelta(days=30):
            raise LearningError(_("This course does not need renewing yet."), status=409)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            cycle=enrolment.cycle + 1, cycle_started_at=timezone.now()
        )
        enrolment.refresh_from_db()
        log(
            enrolment, "lms.renewed", user=user, title=course.title, data={"cycle": enrolment.cycle}
        )
    return enrolment


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
