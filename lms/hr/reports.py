"""HR reports in the Wagtail admin: ReportView + FilterSet + downloads with the same columns.

Each view checks the HR permission itself (a hidden menu item is not protection) and reads its
rows through lms.hr.queries / lms.hr.matrix, which scope them to the user's organisations.
"""

import re
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from courses.i18n import language_name
from lms.accounts.models import LearnerProfile, learner_language, learner_name
from lms.collation import name_order
from lms.hr import extensions, queries, scope, transcripts
from lms.hr.exports import (
    ExportMixin,
    ReportField,
    ascii_slug,
    attachment,
    audit_export,
    csv_response,
    screen_value,
)
from lms.hr.filters import (
    AssignmentFilterSet,
    CompletionFilterSet,
    DepartmentFilterSet,
    PeopleFilterSet,
)
from lms.hr.matrix import build_chart, build_matrix
from lms.hr.models import AssignmentStatus
from lms.models import CompletionStatus

P = queries.PROFILE


def _cell(key, row):
    return screen_value(row[key])


class HROnlyMixin:
    """Refuse users without the HR permission; what the others see is scoped by lms.hr."""

    def dispatch(self, request, *args, **kwargs):
        if not scope.can_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HRReportView(HROnlyMixin, ExportMixin, ReportView):
    """A report only HR users (and superusers) may open; what it lists is scoped."""

    template_name = "lms/hr/report.html"
    link_field = "learner_name"

    def transcript_url(self, row):
        return reverse("lms_hr:transcript", args=[row["learner_id"]])

    @cached_property
    def columns(self):
        columns = []
        for field in self.fields:
            sort_key = self.sort_keys.get(field.key)
            if field.key == self.link_field:
                columns.append(
                    TitleColumn(
                        field.key,
                        label=field.label,
                        accessor=partial(_cell, field.key),
                        get_url=self.transcript_url,
                        sort_key=sort_key,
                    )
                )
            else:
                columns.append(
                    Column(
                        field.key,
                        label=field.label,
                        accessor=partial(_cell, field.key),
                        sort_key=sort_key,
                    )
                )
        return columns

    sort_keys = {}
    # Sort keys of text columns, sorted in the order of the reader's language.
    text_sort_keys = frozenset({"learner_name", "course_title"})

    def order_queryset(self, queryset):
        key = (self.ordering or "").removeprefix("-")
        if key in self.text_sort_keys:
            return queryset.order_by(name_order(key, descending=self.ordering.startswith("-")))
        return super().order_queryset(queryset)

    status_choices = ()

    @cached_property
    def area_labels(self):
        return queries.area_labels()

    @cached_property
    def status_labels(self):
        return {value: str(label) for value, label in self.status_choices}

    def learner_values(self, row):
        return {
            "learner_id": row["learner_id"],
            "email": row["learner__email"],
            "employee_number": row[f"{P}__employee_number"] or "",
            "organisation": row[f"{P}__organisation__name"] or "",
            "department": row[f"{P}__department__name"] or "",
            "profession": row[f"{P}__profession__name"] or "",
            "area": self.area_labels.get(row["course_id"], ""),
        }


LEARNER_FIELDS = [
    ReportField("email", _("Email")),
    ReportField("employee_number", _("Employee number")),
    ReportField("organisation", _("Organisation")),
    ReportField("department", _("Department")),
    ReportField("profession", _("Profession")),
]


class CompletionReportView(HRReportView):
    page_title = _("Completion records")
    header_icon = "tick-inverse"
    index_url_name = "lms_hr:completions"
    index_results_url_name = "lms_hr:completions_results"
    filterset_class = CompletionFilterSet
    export_name = "completion-records"
    status_choices = CompletionStatus.choices
    default_ordering = "-completed_at"
    sort_keys = {
        "learner_name": "learner_name",
        "course": "course_title",
        "completed_at": "completed_at",
        "expires_at": "valid_until",
    }

    @cached_property
    def extra_columns(self):
        return extensions.completion_columns()

    @cached_property
    def extra_keys(self):
        return [column.key for column in self.extra_columns]

    @cached_property
    def fields(self):
        fields = [
            ReportField("learner_name", _("Learner")),
            ReportField("course", _("Course")),
            ReportField("completed_at", _("Completed at")),
            ReportField("status", _("Status")),
            ReportField("expires_at", _("Expires at")),
            ReportField("score", _("Score (%)")),
            ReportField("attempts", _("Quiz attempts")),
            *LEARNER_FIELDS,
            ReportField("area", _("Catalogue area")),
        ]
        fields += [ReportField(column.key, column.label) for column in self.extra_columns]
        fields.append(ReportField("course_revision", _("Course revision")))
        return fields

    def get_base_queryset(self):
        return queries.completion_rows(self.request.user)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")  # a stable order for paging

    def present(self, row):
        return {
            "learner_name": row["learner_name"],
            **self.learner_values(row),
            "course": row["course_title"],
            "completed_at": row["completed_at"],
            "score": row["score_percent"],
            "attempts": row["attempt_count"],
            "expires_at": row["valid_until"],
            "status": self.status_labels[row["validity"]],
            **{key: row[key] for key in self.extra_keys},
            "course_revision": row["course_revision_id"],
        }


class AssignmentReportView(HRReportView):
    page_title = _("Assignment status")
    header_icon = "date"
    index_url_name = "lms_hr:assignments"
    index_results_url_name = "lms_hr:assignments_results"
    filterset_class = AssignmentFilterSet
    export_name = "assignment-status"
    status_choices = AssignmentStatus.choices
    fields = [
        ReportField("learner_name", _("Learner")),
        ReportField("course", _("Course")),
        ReportField("status", _("Status")),
        ReportField("due_on", _("Due")),
        ReportField("completed_at", _("Completed at")),
        ReportField("expires_at", _("Expires at")),
        ReportField("assigned_at", _("Assigned at")),
        *LEARNER_FIELDS,
        ReportField("area", _("Catalogue area")),
    ]

    def get_base_queryset(self):
        # Most urgent first: overdue, expired, expiring, then by due date.
        return queries.assignment_rows(self.request.user).order_by(
            "status_rank", "due_on", name_order(f"{P}__full_name"), "pk"
        )

    def present(self, row):
        return {
            "learner_name": row[f"{P}__full_name"] or row["learner__email"],
            **self.learner_values(row),
            "course": row["course__title"],
            "status": self.status_labels[AssignmentStatus.values[row["status_rank"]]],
            "due_on": row["due_on"],
            "assigned_at": row["assigned_at"],
            "completed_at": row["completed_at"],
            "expires_at": row["valid_until"],
        }


class CompetenceMatrixView(HRReportView):
    page_title = _("Competence matrix")
    header_icon = "table"
    results_template_name = "lms/hr/competence_matrix_results.html"
    index_url_name = "lms_hr:competence"
    index_results_url_name = "lms_hr:competence_results"
    filterset_class = DepartmentFilterSet
    export_name = "competence-matrix"
    paginate_by = None

    @cached_property
    def matrix(self):
        organisation = None
        if self.filters and self.filters.is_valid():
            organisation = self.filters.form.cleaned_data.get("organisation")
        return build_matrix(self.request.user, organisation)

    @cached_property
    def fields(self):
        fields = [
            ReportField("department", _("Department")),
            ReportField("organisation", _("Organisation")),
        ]
        for area in self.matrix.areas:
            fields += [
                ReportField(f"{area.code}_need", _("%(area)s: need") % {"area": area.label}),
                ReportField(f"{area.code}_trained", _("%(area)s: trained") % {"area": area.label}),
                ReportField(
                    f"{area.code}_coverage", _("%(area)s: coverage (%%)") % {"area": area.label}
                ),
            ]
        return fields + [
            ReportField("total_need", _("Total need")),
            ReportField("total_trained", _("Total trained")),
            ReportField("total_coverage", _("Total coverage (%)")),
        ]

    def get_base_queryset(self):
        return [*self.matrix.rows, self.matrix.totals]

    def get_filtered_queryset(self):
        return self.get_base_queryset()

    def present(self, row):
        values = {
            "department": row.label or str(_("Total")),
            "organisation": row.department.organisation.name if row.department else "",
        }
        for area, cell in zip(self.matrix.areas, row.cells, strict=True):
            values[f"{area.code}_need"] = cell.need
            values[f"{area.code}_trained"] = cell.trained
            values[f"{area.code}_coverage"] = cell.coverage
        values.update(
            total_need=row.total.need,
            total_trained=row.total.trained,
            total_coverage=row.total.coverage,
        )
        return values

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["matrix"] = self.matrix
        context["chart"] = build_chart(self.matrix)
        return context


def _profile_transcript_url(profile):
    return reverse("lms_hr:transcript", args=[profile.user_id])


class TranscriptIndexView(HROnlyMixin, ReportView):
    template_name = "lms/hr/report.html"
    page_title = _("Learner transcripts")
    header_icon = "user"
    index_url_name = "lms_hr:transcripts"
    index_results_url_name = "lms_hr:transcripts_results"
    filterset_class = PeopleFilterSet
    default_ordering = "full_name"

    def order_queryset(self, queryset):
        # Names in the order of the language the HR user reads (Swedish: å, ä, ö after z).
        if self.ordering in ("full_name", "-full_name"):
            return queryset.order_by(
                name_order("full_name", descending=self.ordering.startswith("-")), "pk"
            )
        return super().order_queryset(queryset)

    columns = [
        TitleColumn(
            "full_name", label=_("Learner"), get_url=_profile_transcript_url, sort_key="full_name"
        ),
        Column("user.email", label=_("Email")),
        Column("employee_number", label=_("Employee number")),
        Column("organisation", label=_("Organisation")),
        Column("department.name", label=_("Department")),
        Column("profession", label=_("Profession")),
    ]

    def get_base_queryset(self):
        return scope.scoped(LearnerProfile.objects.all(), self.request.user).select_related(
            "user", "organisation", "department", "profession"
        )


class TranscriptView(HROnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """One learner's records: 404 for anyone outside the HR user's organisations."""

    template_name = "lms/hr/transcript.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if scope.can_view_reports(request.user):
            self.learner = get_object_or_404(
                scope.learners_visible_to(request.user), pk=kwargs["learner_id"]
            )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Transcript: %(name)s") % {"name": learner_name(self.learner)}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("lms_hr:transcripts"), "label": _("Learner transcripts")},
            {"url": "", "label": learner_name(self.learner)},
        ]

    def disposition(self, extension):
        """Name the file after the learner in their own letters (Ωmega), ASCII as a fallback."""
        name = learner_name(self.learner)
        day = timezone.localdate().isoformat()
        readable = "-".join(re.findall(r"\w+", name)) or str(self.learner.pk)
        plain = ascii_slug(name) or str(self.learner.pk)
        return attachment(
            f"transcript-{readable}-{day}.{extension}", f"transcript-{plain}-{day}.{extension}"
        )

    def pdf_language(self, request):
        """The PDF's language: the one asked for, else the learner's own."""
        asked = request.GET.get("language")
        if asked in dict(settings.LANGUAGES):
            return asked
        return learner_language(self.learner)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pdf_languages"] = [
            (code, language_name(code)) for code, _name in settings.LANGUAGES
        ]
        context["learner_language"] = learner_language(self.learner)
        return context

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if export_format == "pdf":
            with translation.override(self.pdf_language(request)):
                data = transcripts.transcript(self.learner)
                return self.pdf_response(request, data)
        data = transcripts.transcript(self.learner)
        if export_format != "csv":
            return self.render_to_response(self.get_context_data(**data))
        rows = list(transcripts.csv_rows(data))
        audit_export(request, "transcript", "csv", len(rows), {"learner": self.learner.pk})
        response = csv_response(
            transcripts.CSV_FIELDS, rows, "transcript", request.GET.get("dialect")
        )
        response["Content-Disposition"] = self.disposition("csv")
        return response

    def pdf_response(self, request, data):
        rows = list(transcripts.csv_rows(data))
        audit_export(request, "transcript", "pdf", len(rows), {"learner": self.learner.pk})
        response = HttpResponse(
            transcripts.render_pdf(data, request), content_type="application/pdf"
        )
        response["Content-Disposition"] = self.disposition("pdf")
        return response
