"""Registration only: log actions, page hooks and the read-only learning record screens."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.models import LessonPage, QuizPage
from lms import languages, services
from lms.models import CourseCompletion, Enrolment, QuizAttempt, StepProgress
from lms.viewsets import learning_records


@hooks.register("register_log_actions")
def register_learning_actions(actions):
    actions.register_action("lms.enrolled", _("Enrol"), _("Enrolled"))
    actions.register_action("lms.attempt_submitted", _("Submit quiz attempt"), _("Quiz submitted"))
    actions.register_action("lms.course_completed", _("Complete course"), _("Course completed"))
    actions.register_action("lms.renewed", _("Renew course"), _("Started the course again"))
    actions.register_action(
        "lms.completion_corrected", _("Correct completion"), _("Completion corrected")
    )


@hooks.register("before_serve_page")
def follow_chosen_language(page, request, serve_args, serve_kwargs):
    """Show a page in the language the visitor chose, when it exists in it."""
    return languages.redirect_to_preferred(request, page)


@hooks.register("before_serve_page")
def note_first_opened(page, request, serve_args, serve_kwargs):
    """Record when an enrolled learner first opens a lesson or quiz."""
    if request.user.is_authenticated and isinstance(page, LessonPage | QuizPage):
        services.record_opened(request.user, page)


def _pages_with_records(page):
    pages = [page, *page.get_descendants()]
    ids = [p.pk for p in pages]
    return (
        Enrolment.objects.filter(course_id__in=ids).exists()
        or StepProgress.objects.filter(step_id__in=ids).exists()
        or QuizAttempt.objects.filter(quiz_id__in=ids).exists()
        or CourseCompletion.objects.filter(course_id__in=ids).exists()
    )


@hooks.register("before_delete_page")
def keep_pages_with_learning_records(request, page):
    """Refuse to delete a course, lesson or quiz that learners' records point to."""
    if _pages_with_records(page):
        messages.error(
            request,
            _(
                "“%(title)s” cannot be deleted: learners' records refer to it. "
                "Unpublish it instead; the records stay readable."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


hooks.register("register_admin_viewset", learning_records)
