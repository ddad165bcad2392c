"""A learner's training transcript for HR: on screen, as CSV and as PDF.

It lists every completion with its corrections (marked as changed since the original entry),
every quiz attempt, the open assignments and the certificates that apps keeping them provide
(lms.hr.extensions). The PDF is rendered in the project's PDF sandbox (lms.pdf): its Lato fonts
and nothing else, so a name in the record can never make WeasyPrint fetch a file or a web
address.
"""

from django.db.models import F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from lms.accounts.models import LearnerProfile
from lms.hr import extensions, queries
from lms.hr.exports import ReportField
from lms.hr.models import Assignment
from lms.models import CompletionStatus, CourseCompletion, QuizAttempt
from lms.pdf import FONT_FAMILY, font_face_rules, write_pdf


def _quiz_title_language():
    """Return the language of an attempt's quiz title: that of the page it was taken on."""
    return Subquery(
        Page.objects.filter(
            pk=Cast(OuterRef("revision__object_id"), output_field=IntegerField())
        ).values("locale__language_code")[:1]
    )


def transcript(learner, now=None):
    """Return everything the transcript shows about one learner.

    Each completion, attempt and assignment has `title_language`, the language its title is
    written in, so the documents can mark an English title in a Swedish transcript.
    """
    completions = list(
        CourseCompletion.objects.filter(learner=learner)
        .with_validity(now)
        .annotate(
            attempt_count=queries.attempt_count(),
            title_language=F("course__locale__language_code"),
        )
        .prefetch_related("corrections__created_by")
        .order_by("completed_at", "pk")
    )
    for completion in completions:
        completion.validity_label = CompletionStatus(completion.validity).label
    assignments = list(
        Assignment.objects.active()
        .for_learner(learner)
        .with_status(now)
        .select_related("course")
        .annotate(title_language=F("course__locale__language_code"))
        .order_by("status_rank", "due_on")
    )
    return {
        "learner": learner,
        "profile": LearnerProfile.objects.select_related("organisation", "department", "profession")
        .filter(user=learner)
        .first(),
        "completions": completions,
        "attempts": list(
            QuizAttempt.objects.filter(learner=learner)
            .annotate(title_language=_quiz_title_language())
            .order_by("started_at", "pk")
        ),
        "assignments": assignments,
        "certificates": extensions.learner_certificates(learner),
        "generated_at": timezone.now(),
    }


CSV_FIELDS = [
    ReportField(str(index), label)
    for index, label in enumerate(
        [
            gettext_lazy("Record"),
            gettext_lazy("Course or quiz"),
            gettext_lazy("Cycle"),
            gettext_lazy("Date"),
            gettext_lazy("Score (%)"),
            gettext_lazy("Result or status"),
            gettext_lazy("Expires at"),
            gettext_lazy("Revision"),
            gettext_lazy("Details"),
        ]
    )
]


def _completion_rows(completion):
    corrected = bool(completion.latest_corrections)
    yield [
        _("Completion"),
        completion.course_title,
        completion.cycle,
        completion.completed_at,
        completion.score_percent,
        completion.validity_label,
        completion.valid_until,
        completion.course_revision_id,
        _("Changed since the original entry: see the corrections below.") if corrected else "",
    ]
    for correction in completion.latest_corrections:
        yield [
            _("Correction"),
            completion.course_title,
            completion.cycle,
            correction.created_at,
            None,
            correction.get_action_display(),
            correction.expires_at,
            None,
            _("%(reason)s (by %(user)s)")
            % {"reason": correction.reason, "user": correction.created_by.get_username()},
        ]


def _attempt_row(attempt):
    result = _("In progress")
    if attempt.is_submitted:
        result = _("Passed") if attempt.passed else _("Not passed")
    return [
        _("Quiz attempt"),
        attempt.quiz_title,
        attempt.cycle,
        attempt.submitted_at or attempt.started_at,
        attempt.score_percent,
        result,
        None,
        attempt.revision_id,
        _("Attempt %(number)s") % {"number": attempt.number},
    ]


def _assignment_row(assignment):
    due = assignment.due_on
    return [
        _("Assignment"),
        assignment.course.title,
        None,
        assignment.assigned_at,
        None,
        assignment.status_label,
        None,
        None,
        _("Due %(date)s") % {"date": due.isoformat()} if due else "",
    ]


def _certificate_row(certificate):
    return [
        _("Certificate"),
        certificate.get("title", ""),
        None,
        certificate.get("issued_at"),
        None,
        _("Revoked") if certificate.get("revoked_at") else _("Issued"),
        certificate.get("expires_at"),
        None,
        certificate["serial"],
    ]


def csv_rows(data):
    """Yield the transcript as rows under CSV_FIELDS: one line per record."""
    for completion in data["completions"]:
        yield from _completion_rows(completion)
    yield from map(_attempt_row, data["attempts"])
    yield from map(_assignment_row, data["assignments"])
    yield from map(_certificate_row, data["certificates"] or [])


def render_pdf(data, request=None):
    """Return the transcript as PDF bytes (tagged PDF/UA for screen readers)."""
    fonts = {
        "font_faces": font_face_rules(),
        "font_family": mark_safe(FONT_FAMILY),  # noqa: S308 - the project's own font names
    }
    html = render_to_string("lms/hr/transcript_pdf.html", {**data, **fonts}, request=request)
    return write_pdf(html, "pdf/ua-1")
