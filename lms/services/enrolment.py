"""Enrolling, opening and finishing lessons, and starting a course again after it expires."""

from django.db import transaction
from django.db.models import F, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from courses.catalogue import is_visible_to
from courses.i18n import canonical
from courses.models import AssessmentStepPage, CoursePage, LessonPage, SessionStepPage
from lms.models import RENEWABLE, CourseCompletion, Enrolment, StepProgress
from lms.progress import course_state

from .completion import maybe_complete_course
from .errors import LearningError


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


def step_enrolment(user, step, model, unavailable, in_order=True):
    """Enrol the learner on the step's course; return (course, enrolment) with the row locked.

    Call inside a transaction. Refuses steps the learner may not see and, in a sequential
    course (`in_order`), steps that come after an unfinished one.
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
    blocker = in_order and course_state(user, course).locked_by(step)
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
        _course, enrolment = step_enrolment(
            user, lesson, LessonPage, _("This lesson is not available.")
        )
        return _step_done(enrolment, lesson)


def complete_session_step(user, step):
    """Mark a session or practical assessment step done for the learner.

    Called when an instructor records that the learner attended, or an assessor signs the
    learner off as competent: after the fact, so the course's order does not block it.
    Returns (progress, completion or None).
    """
    with transaction.atomic():
        _course, enrolment = step_enrolment(
            user,
            step,
            (SessionStepPage, AssessmentStepPage),
            _("This session step is not available."),
            in_order=False,
        )
        return _step_done(enrolment, step)


def _step_done(enrolment, step):
    """Record the step done in the enrolment's cycle (once) and complete the course if due."""
    now = timezone.now()
    progress, _created = StepProgress.objects.get_or_create(
        enrolment=enrolment,
        step=canonical(step),
        cycle=enrolment.cycle,
        defaults={"first_opened_at": now},
    )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.revision_id = step.live_revision_id
        progress.save(update_fields=["completed_at", "revision"])
    completion = maybe_complete_course(enrolment)
    return progress, completion


def renew(user, course):
    """Start a new cycle once the last completion has stopped counting or is about to."""
    course = canonical(_visible_course(course, user))
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update().filter(learner=user, course=course).first()
        )
        if enrolment is None:
            raise LearningError(_("You are not enrolled on this course."), status=404)
        last = (
            CourseCompletion.objects.filter(enrolment=enrolment, cycle=enrolment.cycle)
            .prefetch_related("corrections")
            .first()
        )
        if last is None or last.status_at() not in RENEWABLE:
            raise LearningError(_("This course does not need renewing yet."), status=409)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            cycle=enrolment.cycle + 1, cycle_started_at=timezone.now()
        )
        enrolment.refresh_from_db()
        log(
            enrolment, "lms.renewed", user=user, title=course.title, data={"cycle": enrolment.cycle}
        )
    return enrolment
