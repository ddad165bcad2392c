"""Registration only: admin menu and screens, log actions, dashboard panel, My learning section,
and what certificates add to HR's screens (lms.hr.extensions).
"""

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from certificates.models import Certificate
from certificates.panels import attention_panel
from certificates.permissions import CertificatePermissionPolicy
from certificates.views import my_learning_section
from certificates.viewsets import CertificatesGroup
from lms.hr.extensions import CompletionColumn

register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
register_snippet(CertificatesGroup)


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    actions.register_action("certificates.issued", _("Issue certificate"), _("Certificate issued"))
    actions.register_action(
        "certificates.reissued", _("Re-issue certificate"), _("Certificate re-issued")
    )
    actions.register_action(
        "certificates.revoked", _("Revoke certificate"), _("Certificate revoked")
    )
    actions.register_action(
        "certificates.downloaded",
        _("Download certificate"),
        _("Certificate downloaded by staff"),
    )
    actions.register_action(
        "certificates.render_failed", _("Render certificate"), _("Certificate PDF failed")
    )
    actions.register_action(
        "certificates.render_retried",
        _("Render certificate again"),
        _("Certificate PDF queued again"),
    )
    actions.register_action(
        "certificates.exported", _("Download certificates in bulk"), _("Certificates downloaded")
    )


@hooks.register("construct_homepage_panels")
def add_attention_panel(request, panels):
    panel = attention_panel(request.user)
    if panel:
        panels.append(panel)


hooks.register("lms_my_learning_sections", my_learning_section)


@hooks.register("hr_completion_columns")
def certificate_serial_column():
    """The serial of the completion's latest course certificate, beside the completion."""
    latest = Certificate.objects.filter(completion=OuterRef("pk")).order_by("-pk")
    return [
        CompletionColumn(
            "certificate_serial",
            _("Certificate serial"),
            Coalesce(Subquery(latest.values("serial")[:1]), Value("")),
        )
    ]


@hooks.register("hr_learner_certificates")
def learner_certificates(learner):
    """The learner's certificates, oldest first, for HR's transcript."""
    return list(
        Certificate.objects.filter(learner=learner)
        .order_by("pk")
        .values("serial", "title", "issued_at", "expires_at", "revoked_at")
    )
