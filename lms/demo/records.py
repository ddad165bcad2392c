"""Past learning records for the demo learners, shaped exactly as lms.services writes them.

The services record a learner's clicks as they happen; the demo needs two years of history in
a few seconds, so it writes the same rows (enrolment, step progress, submitted attempts with a
question snapshot, the completion with its step snapshot and expiry) in bulk.
"""

import math
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from courses.models import LessonPage, QuizPage
from lms import quiz as quiz_logic
from lms.models import AttemptStatus, CourseCompletion, Enrolment, QuizAttempt, StepProgress
from lms.services import add_months


@dataclass
class Plan:
    """One learner's history in one course: finished at `completed_at`, or part-way through."""

    learner: object
    name: str
    course: object
    started_at: object
    completed_at: object = None
    lessons_done: int = 0
    failed_attempts: int = 0
    rng: object = field(default=None, repr=False)


def _score(rng, count, pass_mark, passed):
    needed = math.ceil(pass_mark * count / 100)
    correct = rng.randint(needed, count) if passed else rng.randint(count // 3, needed - 1)
    return correct, (Decimal(100 * correct) / count).quantize(Decimal("0.01"))


def _attempts(plan, enrolment, quiz, end):
    attempts = []
    total = plan.failed_attempts + 1
    for number in range(1, total + 1):
        submitted_at = end - timedelta(hours=2 * (total - number))
        snapshot = quiz_logic.draw_snapshot(quiz)
        passed = number == total
        correct, score = _score(plan.rng, len(snapshot), quiz.pass_mark, passed)
        attempts.append(
            QuizAttempt(
                learner=plan.learner,
                enrolment=enrolment,
                quiz=quiz,
                cycle=1,
                number=number,
                status=AttemptStatus.SUBMITTED,
                started_at=submitted_at - timedelta(minutes=12),
                submitted_at=submitted_at,
                revision_id=quiz.live_revision_id,
                quiz_title=quiz.title,
                pass_mark=quiz.pass_mark,
                review_policy=quiz.review_policy,
                questions=snapshot,
                question_count=len(snapshot),
                correct_count=correct,
                score_percent=score,
                passed=passed,
            )
        )
    return attempts


def _step(step, kind, revision_id, done_at, score=None):
    return {
        "page_id": step.pk,
        "title": step.title,
        "kind": kind,
        "revision_id": revision_id,
        "completed_at": done_at.isoformat(),
        "score": str(score) if score is not None else None,
    }


def _lessons(plan, enrolment, steps, end):
    """Return (progress rows, step snapshot) for the lessons the plan has done."""
    lessons = [step for step in steps if isinstance(step, LessonPage)]
    done = lessons if plan.completed_at else lessons[: plan.lessons_done]
    progress, snapshot = [], []
    for index, lesson in enumerate(done, start=1):
        at = plan.started_at + (end - plan.started_at) * index / (len(steps) + 1)
        progress.append(
            StepProgress(
                enrolment=enrolment,
                step_id=lesson.pk,
                cycle=1,
                first_opened_at=at - timedelta(minutes=15),
                completed_at=at,
                revision_id=lesson.live_revision_id,
            )
        )
        snapshot.append(_step(lesson, "lesson", lesson.live_revision_id, at))
    return progress, snapshot


def _history(plan, enrolment, steps):
    """Return (progress rows, attempts, completion or None) for one plan."""
    end = plan.completed_at or plan.started_at + timedelta(days=2)
    progress, snapshot = _lessons(plan, enrolment, steps, end)
    attempts = []
    if plan.completed_at is None:
        return progress, attempts, None
    for quiz in (step for step in steps if isinstance(step, QuizPage)):
        quiz_attempts = _attempts(plan, enrolment, quiz, end)
        attempts += quiz_attempts
        passed = quiz_attempts[-1]
        snapshot.append(
            _step(quiz, "quiz", quiz.live_revision_id, passed.submitted_at, passed.score_percent)
        )
    scores = [attempt.score_percent for attempt in attempts if attempt.passed]
    course = plan.course
    completion = CourseCompletion(
        learner=plan.learner,
        course=course,
        enrolment=enrolment,
        cycle=1,
        completed_at=end,
        expires_at=add_months(end, course.validity_months) if course.validity_months else None,
        score_percent=(sum(scores) / len(scores)).quantize(Decimal("0.01")) if scores else None,
        course_revision_id=course.live_revision_id,
        course_title=course.title,
        learner_name=plan.name,
        steps=snapshot,
    )
    return progress, attempts, completion


def write(plans):
    """Write the plans' enrolments, progress, attempts and completions; return the counts."""
    steps = {}
    for plan in plans:
        if plan.course.pk not in steps:
            steps[plan.course.pk] = list(plan.course.steps())
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(
                learner=plan.learner,
                course=plan.course,
                enrolled_at=plan.started_at,
                cycle=1,
                cycle_started_at=plan.started_at,
            )
            for plan in plans
        ]
    )
    progress, attempts, completions = [], [], []
    for plan, enrolment in zip(plans, enrolments, strict=True):
        rows, tries, completion = _history(plan, enrolment, steps[plan.course.pk])
        progress += rows
        attempts += tries
        if completion:
            completions.append(completion)
    StepProgress.objects.bulk_create(progress, batch_size=500)
    QuizAttempt.objects.bulk_create(attempts, batch_size=200)
    CourseCompletion.objects.bulk_create(completions, batch_size=500)
    return {"enrolments": len(enrolments), "completions": len(completions)}
