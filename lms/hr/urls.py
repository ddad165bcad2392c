"""Admin URLs of the HR reports, mounted under /admin/reports/hr/ by lms.wagtail_hooks."""

from django.urls import path

from lms.hr import reports

app_name = "lms_hr"


def _report(route, view, name):
    return [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


urlpatterns = [
    *_report("completions/", reports.CompletionReportView, "completions"),
    *_report("assignments/", reports.AssignmentReportView, "assignments"),
    *_report("competence/", reports.CompetenceMatrixView, "competence"),
    *_report("transcripts/", reports.TranscriptIndexView, "transcripts"),
    path("transcripts/<int:learner_id>/", reports.TranscriptView.as_view(), name="transcript"),
]
