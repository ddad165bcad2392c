"""Admin actions on certificates: revoke, re-issue, render again, and bulk ZIP downloads.

Every view asks `permissions` itself, for the certificates within the user's HR scope (a
certificate outside it is a 404); a hidden button is not protection.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from certificates import exports, services
from certificates.forms import ReasonForm
from certificates.models import CertificateExport
from certificates.permissions import manageable_certificates, user_can


def _index_crumb():
    return {"url": reverse("certificates_admin:index"), "label": _("Issued certificates")}


class CertificateActionView(WagtailAdminTemplateMixin, FormView):
    """Show a certificate and a form for one action; carry it out on POST."""

    action = None
    form_class = ReasonForm
    template_name = "certificates/admin/action.html"
    header_icon = "doc-full-inverse"
    explanation = ""
    submit_label = ""

    def dispatch(self, request, pk):
        self.certificate = get_object_or_404(manageable_certificates(request.user), pk=pk)
        if not user_can(request.user, self.action, self.certificate):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.certificate.serial

    def get_breadcrumbs_items(self):
        inspect = reverse("certificates_admin:inspect", args=[self.certificate.pk])
        return [
            *self.breadcrumbs_items,
            _index_crumb(),
            {"url": inspect, "label": self.certificate.serial},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.certificate,
            explanation=self.explanation,
            submit_label=self.submit_label,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            message = self.perform(form.cleaned_data)
        except services.CertificateError as error:
            messages.error(self.request, str(error))
            return redirect("certificates_admin:inspect", self.certificate.pk)
        messages.success(self.request, message)
        return redirect("certificates_admin:inspect", self.certificate.pk)


class RevokeView(CertificateActionView):
    action = "revoke"
    page_title = gettext_lazy("Revoke certificate")
    submit_label = gettext_lazy("Revoke this certificate")
    explanation = gettext_lazy(
        "Its public verify page will say it is revoked at once, and its PDF can no longer be "
        "downloaded. This cannot be undone; the certificate and its history are kept."
    )

    def perform(self, data):
        services.revoke(self.certificate, self.request.user, data["reason"])
        return _("%(serial)s is revoked.") % {"serial": self.certificate.serial}


class ReissueView(CertificateActionView):
    action = "reissue"
    page_title = gettext_lazy("Re-issue certificate")
    submit_label = gettext_lazy("Issue a new certificate")
    explanation = gettext_lazy(
        "A new certificate with a new serial number and code is issued with the learner's "
        "current name. This one stays as it is; revoke it separately if it must not be used."
    )

    def perform(self, data):
        new = services.reissue(self.certificate, self.request.user, data["reason"])
        return _("%(serial)s was issued to replace %(old)s.") % {
            "serial": new.serial,
            "old": self.certificate.serial,
        }


class RetryView(CertificateActionView):
    action = "retry"
    form_class = forms.Form
    page_title = gettext_lazy("Render the PDF again")
    submit_label = gettext_lazy("Render the PDF again")
    explanation = gettext_lazy(
        "The PDF is rendered from the certificate as it was issued, with a fresh count of "
        "attempts. The learner sees “certificate being prepared” until it is ready."
    )

    def perform(self, data):
        certificate = services.retry_rendering(self.certificate, self.request.user)
        return _("%(serial)s: %(status)s.") % {
            "serial": certificate.serial,
            "status": certificate.get_render_status_display(),
        }


@require_POST
def retry_failed(request):
    """Queue every certificate whose rendering failed for another round of attempts."""
    if not user_can(request.user, "retry"):
        raise PermissionDenied
    failed = list(manageable_certificates(request.user, "retry").failed())
    for certificate in failed:
        services.retry_rendering(certificate, request.user)
    message = ngettext(
        "%(count)s certificate was queued again.",
        "%(count)s certificates were queued again.",
        len(failed),
    )
    messages.success(request, message % {"count": len(failed)})
    return redirect(reverse("certificates_admin:index") + "?render_status=failed")


class ExportView(WagtailAdminTemplateMixin, TemplateView):
    """Show what a bulk download would hold; build it on POST."""

    template_name = "certificates/admin/export.html"
    page_title = gettext_lazy("Download PDFs as ZIP")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not user_can(request.user, "export"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, _index_crumb(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        certificates, filterset = exports.filtered_certificates(
            self.request.user, self.request.GET.urlencode()
        )
        return super().get_context_data(
            filterset=filterset,
            count=certificates.count(),
            inline_limit=exports.inline_limit(),
            query=self.request.GET.urlencode(),
            recent=CertificateExport.objects.filter(requested_by=self.request.user)[:10],
            **kwargs,
        )

    def post(self, request):
        export = exports.request_export(request.user, request.POST.get("query", ""))
        if export.is_ready and export.certificate_count <= exports.inline_limit():
            return _zip_response(export)
        messages.info(request, _("The ZIP is being built. This page shows when it is ready."))
        return redirect("certificates_admin:export_detail", export.pk)


def _own_export(request, pk):
    if not user_can(request.user, "export"):
        raise PermissionDenied
    export = get_object_or_404(CertificateExport, pk=pk)
    if export.requested_by_id != request.user.pk and not request.user.is_superuser:
        raise Http404
    return export


class ExportDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/export_detail.html"
    page_title = gettext_lazy("Bulk download")
    header_icon = "download"

    def dispatch(self, request, pk):
        self.export = _own_export(request, pk)
        return super().dispatch(request, pk)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, _index_crumb(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(export=self.export, **kwargs)


def _zip_response(export):
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.filename(),
        content_type="application/zip",
    )


@require_GET
def export_download(request, pk):
    export = _own_export(request, pk)
    if not export.is_ready:
        raise Http404
    return _zip_response(export)
