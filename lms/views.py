"""The learner's actions and pages. Views stay thin: the rules live in services and progress."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail import hooks

from courses.i18n import in_language
from courses.models import CoursePage, LessonPage, QuizPage
from lms import progress, services
from lms import quiz as quiz_logic
from lms.models import QuizAttempt


def refusal(request, error, back=None):
    """Render a LearningError as a page with its status, message and a way back."""
    return render(
        request,
        "lms/refusal.html",
        {"message": error.message, "back": back},
        status=error.status,
    )


def learner_post(view):
    """POST only; anonymous learners are sent to sign in and brought back to where they were."""

    @require_POST
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            back = request.headers.get("referer", "")
            if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
                back = "/"
            return redirect_to_login(back)
        try:
            return view(request, *args, **kwargs)
        except services.LearningError as error:
            return refusal(request, error)

    return wrapper


def _shown(page):
    """Return the page in the language being served (the page itself if not translated)."""
    return in_language([page])[page.translation_key]


def _live_page(model, pk):
    return get_object_or_404(model.objects.live(), pk=pk)


@learner_post
def enrol_view(request, course_id):
    course = _live_page(CoursePage, course_id)
    _enrolment, created = services.enrol(request.user, course)
    if created:
        messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    state = progress.course_state(request.user, course)
    return redirect(state.next_step.url if state.next_step else course.url)


@learner_post
def renew_view(request, course_id):
    course = _live_page(CoursePage, course_id)
    services.renew(request.user, course)
    messages.success(
        request, _("You have started the course again. Your earlier records are kept.")
    )
    return redirect(course.url)


@learner_post
def complete_lesson_view(request, lesson_id):
    lesson = _live_page(LessonPage, lesson_id)
    _progress, completion = services.complete_lesson(request.user, lesson)
    course = lesson.get_parent().specific
    if completion:
        messages.success(
            request, _("Well done: you have completed “%(course)s”.") % {"course": course.title}
        )
        return redirect(course.url)
    state = progress.course_state(request.user, course)
    messages.success(request, _("“%(lesson)s” is marked as done.") % {"lesson": lesson.title})
    return redirect(state.next_step.url if state.next_step else course.url)


@learner_post
def start_attempt_view(request, quiz_id):
    quiz = _live_page(QuizPage, quiz_id)
    attempt, _created = services.start_attempt(request.user, quiz)
    return redirect("lms:attempt", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id, light=False):
    """The learner's attempt, or 404. `light`: for a POST, which the service reads again under
    its lock, so neither the snapshot nor the quiz page is loaded here (only on demand)."""
    queryset = (
        QuizAttempt.objects.defer("questions")
        if light
        else QuizAttempt.objects.select_related("quiz")
    )
    return get_object_or_404(queryset, pk=attempt_id, learner=request.user)


def _render_attempt(request, attempt, errors=None, status=200, answers=None):
    if answers is None:
        answers = services.saved_answers(attempt)
    context = {
        "attempt": attempt,
        "quiz": _shown(attempt.quiz),
        "questions": quiz_logic.public_questions(attempt.questions, answers, errors),
        "errors": errors or {},
        "answered": sum(1 for keys in answers.values() if keys),
    }
    return render(request, "lms/attempt.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id, light=request.method == "POST")
    if attempt.is_submitted:
        if request.method == "POST":
            messages.info(request, _("This attempt was already submitted; here is its result."))
        return redirect("lms:result", attempt_id=attempt.pk)
    if services.finish_if_expired(attempt):
        messages.warning(request, _("Time ran out, so your saved answers were submitted."))
        return redirect("lms:result", attempt_id=attempt.pk)
    if request.method == "GET":
        try:
            services.ensure_quiz_visible(attempt, request.user)
        except services.LearningError as error:
            return refusal(request, error)
        return _render_attempt(request, attempt)
    try:
        if request.POST.get("action") == "submit":
            attempt, _graded = services.submit_attempt(request.user, attempt.pk, request.POST)
            return redirect("lms:result", attempt_id=attempt.pk)
        attempt = services.save_answers(request.user, attempt.pk, request.POST)
    except services.IncompleteAttempt as incomplete:
        return _render_attempt(request, attempt, errors=incomplete.errors, status=400)
    except services.LearningError as error:
        return refusal(request, error, back=request.path)
    if attempt.is_submitted:
        messages.warning(request, _("Time ran out, so your saved answers were submitted."))
        return redirect("lms:result", attempt_id=attempt.pk)
    messages.success(request, _("Your answers are saved. You can come back to them later."))
    return redirect("lms:attempt", attempt_id=attempt.pk)


def review_items(attempt):
    """Return each question with the learner's choices, the right ones and feedback."""
    answers = {a.question_key: a for a in attempt.answers.all()}
    items = []
    for number, question in enumerate(attempt.questions, start=1):
        answer = answers.get(question["key"])
        chosen = set(answer.choice_keys) if answer else set()
        items.append(
            {
                "number": number,
                "text": question["text"],
                "type": question["type"],
                "explanation": question["explanation"],
                "correct": bool(answer and answer.is_correct),
                "choices": [
                    {
                        "text": choice["text"],
                        "chosen": choice["key"] in chosen,
                        "correct": choice["correct"],
                        "feedback": choice["feedback"] if choice["key"] in chosen else "",
                    }
                    for choice in question["choices"]
                ],
            }
        )
    return items


@login_required
@require_GET
def result_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_submitted:
        return redirect("lms:attempt", attempt_id=attempt.pk)
    quiz = attempt.quiz
    state = progress.course_state(request.user, quiz.get_parent().specific)
    may_retry, retry_message = (False, "")
    if state.enrolment and not attempt.passed:
        may_retry, retry_message = services.quiz_availability(state.enrolment, quiz)
    context = {
        "attempt": attempt,
        "quiz": _shown(quiz),
        "course": _shown(state.course),
        "state": state,
        "review": review_items(attempt) if attempt.review_allowed() else None,
        "may_retry": may_retry,
        "retry_message": retry_message,
    }
    return render(request, "lms/result.html", context)


@login_required
@require_GET
def my_learning(request):
    states_by_course = progress.course_states(request.user)
    # Other apps add sections through the `lms_my_learning_sections` hook: each function takes
    # the request and the learner's {course id: CourseState} and returns None or
    # {"template": ..., "first": shown before the learner's own courses, "courses": the course
    # ids it lists, which are then not listed again, **context}. HR lists assigned courses
    # first; certificates list the learner's certificates.
    sections = [
        section
        for hook in hooks.get_hooks("lms_my_learning_sections")
        if (section := hook(request, states_by_course)) is not None
    ]
    listed = {course_id for section in sections for course_id in section.get("courses", ())}
    states = sorted(
        (s for s in states_by_course.values() if s.course.pk not in listed),
        key=lambda s: s.enrolment.enrolled_at,
        reverse=True,
    )
    return render(
        request,
        "lms/my_learning.html",
        {
            "first_sections": [section for section in sections if section.get("first")],
            "sections": [section for section in sections if not section.get("first")],
            "in_progress": [s for s in states if not s.is_complete],
            "completed": [s for s in states if s.is_complete],
            "attempts": progress.latest_attempts(request.user),
        },
    )
