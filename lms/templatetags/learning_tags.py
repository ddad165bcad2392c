"""Learner panels that course pages include, so courses/ never imports lms/."""

from django import template

from courses.i18n import canonical
from lms import progress, services

register = template.Library()


def _state(context, course):
    """Return the learner's CourseState for the course, once per request.

    The page's own context usually holds the course's live steps already; they are reused.
    """
    request = context["request"]
    cache = request.__dict__.setdefault("_course_states", {})
    if course.pk not in cache:
        cache[course.pk] = progress.course_state(request.user, course, steps=context.get("steps"))
    return cache[course.pk]


@register.simple_tag(takes_context=True)
def course_state(context, course):
    return _state(context, course)


@register.inclusion_tag("lms/includes/course_panel.html", takes_context=True)
def course_panel(context, course):
    return {"request": context["request"], "course": course, "state": _state(context, course)}


@register.inclusion_tag("lms/includes/lesson_panel.html", takes_context=True)
def lesson_panel(context, lesson, course):
    state = _state(context, course)
    return {
        "request": context["request"],
        "lesson": lesson,
        "course": course,
        "state": state,
        "done": state.is_done(lesson),
        "blocker": state.locked_by(lesson) if state.enrolment else None,
    }


@register.inclusion_tag("lms/includes/quiz_panel.html", takes_context=True)
def quiz_panel(context, quiz, course):
    request = context["request"]
    state = _state(context, course)
    panel = {"request": request, "quiz": quiz, "course": course, "state": state}
    if not request.user.is_authenticated:
        return panel
    attempts = progress.quiz_attempts(request.user, quiz)
    open_attempt = next((a for a in attempts if not a.is_submitted), None)
    may_start, message = True, ""
    if state.enrolment:
        may_start, message = services.quiz_availability(state.enrolment, canonical(quiz))
    blocker = state.locked_by(quiz) if state.enrolment else None
    panel.update(
        attempts=[a for a in attempts if a.is_submitted],
        open_attempt=open_attempt,
        may_start=may_start and not blocker,
        message=message,
        blocker=blocker,
    )
    return panel


@register.simple_tag(takes_context=True)
def step_blocker(context, course, step):
    """Return the step an enrolled learner must finish first in a sequential course, or None."""
    state = _state(context, course)
    return state.locked_by(step) if state.enrolment else None
