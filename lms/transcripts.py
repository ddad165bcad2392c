"""A learner's training transcript for HR: on screen, as CSV and as PDF.

It lists every completion with its corrections (marked as changed since the original entry),
every quiz attempt, the open assignments and, once the certificates app provides them, the
certificates. The PDF uses the project's Lato fonts and a URL fetcher that can load nothing
else, so a name in the record can never make WeasyPrint fetch a file or a web address.
"""

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms import reporting
from lms.exports import ReportField
from lms.models import (
    Assignment,
    CompletionStatus,
    CourseCompletion,
    LearnerProfile,
    QuizAttempt,
)
from lms.status import annotate_completion_status

FONT_DIR = Path(__file__).resolve().parent / "static" / "fonts" / "lato"
CERTIFICATE_FIELDS = ["serial", "title", "issued_at", "expires_at", "revoked_at"]


def certificates_of(learner):
    """Return the learner's certificates as dicts, if the certificates app provides them."""
    model = reporting.certificate_model()
    if model is None:
        return []
    names = {f.name for f in model._meta.get_fields()}
    owner = {"learner": learner} if "learner" in names else {"completion__learner": learner}
    fields = [name for name in CERTIFICATE_FIELDS if name in names]
    return list(model._default_manager.filter(**owner).order_by("pk").values(*fields))


def transcript(learner, now=None):
    """Return everything the transcript shows about one learner."""
    completions = list(
        annotate_completion_status(CourseCompletion.objects.filter(learner=learner), now)
        .annotate(attempt_count=reporting.attempt_count())
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
        .order_by("status_rank", "due_on")
    )
    return {
        "learner": learner,
        "profile": LearnerProfile.objects.select_related("organisation", "department", "profession")
        .filter(user=learner)
        .first(),
        "completions": completions,
        "attempts": list(QuizAttempt.objects.filter(learner=learner).order_by("started_at", "pk")),
        "assignments": assignments,
        "certificates": certificates_of(learner),
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
    yield from map(_certificate_row, data["certificates"])


def font_fetcher():
    """Return a WeasyPrint URL fetcher that serves the Lato fonts and refuses anything else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class FontsOnly(URLFetcher):
        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = Path(url2pathname(parts.path)).resolve()
                if path.parent == FONT_DIR and path.suffix == ".ttf" and path.is_file():
                    return URLFetcherResponse(
                        url, path.read_bytes(), headers={"Content-Type": "font/ttf"}
                    )
            raise ValueError(f"Transcripts load only their own fonts, not {url}.")

    return FontsOnly()


def render_pdf(data, request=None):
    """Return the transcript as PDF bytes (tagged PDF/UA for screen readers)."""
    from weasyprint import HTML

    html = render_to_string("lms/hr/transcript_pdf.html", data, request=request)
    document = HTML(string=html, base_url=FONT_DIR.as_uri() + "/", url_fetcher=font_fetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1")
