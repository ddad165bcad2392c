"""Quiz attempts: starting one under the quiz's rules, saving answers, submitting and marking."""

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page

from courses.catalogue import is_visible_to
from courses.i18n import canonical
from courses.models import QuizPage
from lms import quiz as quiz_logic
from lms.models import AttemptAnswer, AttemptStatus, Enrolment, QuizAttempt

from .completion import maybe_complete_course
from .enrolment import step_enrolment
from .errors import IncompleteAttempt, LearningError


def quiz_availability(enrolment, quiz, now=None, attempts=None):
    """Return (may start, message) for a new attempt under the quiz's rules.

    `quiz` is the default-language quiz (`courses.i18n.canonical`), whichever translation is
    being read: records point at it, so its rules hold and a translation can never loosen
    them. `attempts`, if given, are the learner's attempts at the quiz (in any language)
    already loaded; the submitted ones of this enrolment's cycle are then picked from them.
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
        _course, enrolment = step_enrolment(user, quiz, QuizPage, _("This quiz is not available."))
        # Records, rules and the answer key are the default-language quiz's; only the texts
        # come from the one being read.
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
        allowed, message = quiz_availability(enrolment, record_quiz, attempts=attempts)
        if not allowed:
            raise LearningError(message, status=403)
        now = timezone.now()
        snapshot = quiz_logic.draw_snapshot(record_quiz, reading=quiz)
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
            deadline=now + timedelta(minutes=record_quiz.time_limit_minutes)
            if record_quiz.time_limit_minutes
            else None,
            revision_id=quiz.live_revision_id,
            quiz_title=quiz.title,
            pass_mark=record_quiz.pass_mark,
            review_policy=record_quiz.review_policy,
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


def ensure_quiz_visible(attempt, user):
    """Refuse (404) an attempt at a quiz whose page the learner may no longer see.

    Page privacy (issue 17, W17) holds for answering and submitting too, not only for
    Wagtail's serve: someone whose membership ended cannot finish a members-only quiz.
    """
    if "quiz" in attempt._state.fields_cache:
        quiz = attempt.quiz
    elif getattr(attempt, "quiz_path", None):
        quiz = Page(path=attempt.quiz_path)
    else:
        quiz = Page.objects.only("path").get(pk=attempt.quiz_id)
    if not is_visible_to(quiz, user):
        raise LearningError(_("This quiz is not available."), status=404)


def _locked_attempt(user, attempt_id):
    # The quiz's path by subquery, not a join: the lock stays on the attempt row alone.
    quiz_path = Page.objects.filter(pk=models.OuterRef("quiz_id")).values("path")
    attempt = (
        QuizAttempt.objects.select_for_update()
        .annotate(quiz_path=models.Subquery(quiz_path))
        .filter(pk=attempt_id, learner=user)
        .first()
    )
    if attempt is None:
        raise LearningError(_("There is no such attempt."), status=404)
    ensure_quiz_visible(attempt, user)
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
