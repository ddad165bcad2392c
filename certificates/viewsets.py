"""Admin screens: the read-only certificate list, the template snippet, grouped in one menu.

Wagtail routes all of the certificate viewset's views; CertificatePermissionPolicy refuses
adding, editing and deleting to everyone, and every object view looks the certificate up among
those the user may manage (HR-scoped), so any other id is a 404.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import admin_views
from certificates.filters import CertificateFilterSet
from certificates.models import Certificate, CertificateTemplate, RenderStatus
from certificates.permissions import manageable_certificates, user_can
from lms.hr.exports import AuditedSpreadsheetExportMixin
from lms.viewsets import (
    InspectURLFinder,
    LookUpFirstMixin,
    ReadOnlyHistoryView,
    ReadOnlyUsageView,
    ReadOnlyViewSet,
)


class ManageableObjectMixin:
    """Look the certificate up among those the user may manage: any other id is a 404."""

    def get_object(self, *args, **kwargs):
        certificate = super().get_object(*args, **kwargs)
        if not manageable_certificates(self.request.user).filter(pk=certificate.pk).exists():
            raise Http404
        return certificate


class CertificateIndexView(AuditedSpreadsheetExportMixin, generic.IndexView):
    export_report_name = "certificates"

    def get_base_queryset(self):
        return manageable_certificates(self.request.user).select_related("course", "area")

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if user_can(self.request.user, "export"):
            query = self.request.GET.urlencode()
            url = reverse("certificates_admin:export") + (f"?{query}" if query else "")
            buttons.append(HeaderButton(_("Download PDFs as ZIP"), url=url, icon_name="download"))
        return buttons


class CertificateInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(manageable_certificates(self.request.user), pk=self.pk)

    @property
    def header_more_buttons(self):
        certificate, user = self.object, self.request.user
        history = reverse("certificates_admin:history", args=[certificate.pk])
        buttons = [HeaderButton(_("History"), url=history, icon_name="history")]
        if certificate.is_ready and not certificate.is_revoked:
            buttons.append(
                HeaderButton(
                    _("Download PDF"),
                    url=reverse("certificates:download", args=[certificate.pk]),
                    icon_name="download",
                )
            )
        actions = [
            ("revoke", _("Revoke"), "cross", not certificate.is_revoked),
            ("reissue", _("Re-issue with the current name"), "repeat", True),
            ("retry", _("Render the PDF again"), "rotate", not certificate.is_ready),
        ]
        for action, label, icon, applies in actions:
            if applies and user_can(user, action, certificate):
                url = reverse(f"certificates_admin:{action}", args=[certificate.pk])
                buttons.append(HeaderButton(label, url=url, icon_name=icon))
        return buttons

    def get_header_buttons(self):
        return self.header_more_buttons

    def get_covers_display_value(self):
        return "; ".join(
            _("%(title)s (course revision %(revision)s, completion %(completion)s)")
            % {
                "title": course.get("title"),
                "revision": course.get("course_revision_id") or "–",
                "completion": course.get("completion_id"),
            }
            for course in self.object.covers
        )

    def get_expires_at_display_value(self):
        expires_at = self.object.expires_at
        return date_format(localtime(expires_at), "j F Y H:i") if expires_at else _("No expiry")

    def get_render_status_display_value(self):
        status = self.object.get_render_status_display()
        if self.object.render_status != RenderStatus.READY and self.object.render_attempts:
            return _("%(status)s (%(count)s failed attempts)") % {
                "status": status,
                "count": self.object.render_attempts,
            }
        return status


class CertificateHistoryView(ReadOnlyHistoryView):
    """Its audit trail (issued, revoked, downloaded…), for whoever may see the certificate;
    certificates are never edited, so the breadcrumb leads to the inspect view."""

    def get_base_object_queryset(self):
        return manageable_certificates(self.request.user)


class CertificateUsageView(ReadOnlyUsageView):
    def get_base_object_queryset(self):
        return manageable_certificates(self.request.user)


class CertificateEditView(LookUpFirstMixin, ManageableObjectMixin, generic.EditView):
    """Refused to everyone by the policy, once found among the user's certificates."""


class CertificateDeleteView(ManageableObjectMixin, generic.DeleteView):
    """Refused to everyone by the policy, once found among the user's certificates."""


class CertificateURLFinder(InspectURLFinder):
    inspect_url_name = "certificates_admin:inspect"


class CertificateViewSet(ReadOnlyViewSet):
    model = Certificate
    url_prefix = "certificates/issued"
    url_namespace = "certificates_admin"
    icon = "doc-full-inverse"
    menu_label = _("Issued certificates")
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    usage_view_class = CertificateUsageView
    edit_view_class = CertificateEditView
    delete_view_class = CertificateDeleteView
    url_finder_class = CertificateURLFinder
    filterset_class = CertificateFilterSet
    search_fields = ["serial", "learner_name", "title", "learner__email"]
    list_display = [
        "serial",
        "learner_name",
        "title",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
        DateColumn("expires_at", label=_("Expires"), sort_key="expires_at"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("render_status", label=_("PDF"), accessor="get_render_status_display"),
    ]
    list_export = ["serial", "learner_name", "title", "kind", "issued_at", "expires_at", "status"]
    inspect_view_fields = [
        "serial",
        "kind",
        "learner_name",
        "learner",
        "title",
        "course",
        "area",
        "covers",
        "completed_at",
        "issued_at",
        "expires_at",
        "status",
        "issuer",
        "generation",
        "replaces",
        "template",
        "render_status",
        "render_error",
        "rendered_at",
        "sha256",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/revoke/", admin_views.RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", admin_views.ReissueView.as_view(), name="reissue"),
            path("<int:pk>/retry/", admin_views.RetryView.as_view(), name="retry"),
            path("retry-failed/", admin_views.retry_failed, name="retry_failed"),
            path("download/", admin_views.ExportView.as_view(), name="export"),
            path(
                "downloads/<int:pk>/", admin_views.ExportDetailView.as_view(), name="export_detail"
            ),
            path("downloads/<int:pk>/zip/", admin_views.export_download, name="export_download"),
        ]


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    url_prefix = "certificates/templates"
    list_display = ["name", "language", "is_default", "updated_at"]


class CertificatesGroup(ModelViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full-inverse"
    menu_order = 310
    items = (CertificateViewSet, CertificateTemplateViewSet)
