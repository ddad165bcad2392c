"""The admin dashboard panel that shows certificates whose PDF could not be made."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.components import Component

from certificates.models import RenderStatus
from certificates.permissions import manageable_certificates


class CertificatesNeedingAttentionPanel(Component):
    name = "certificates_needing_attention"
    order = 90
    template_name = "certificates/admin/attention_panel.html"

    def __init__(self, failed, waiting):
        self.failed = failed
        self.waiting = waiting

    def get_context_data(self, parent_context=None):
        parent_context = parent_context or {}
        return {
            "failed": self.failed,
            "waiting": self.waiting,
            "request": parent_context.get("request"),
            "csrf_token": parent_context.get("csrf_token"),
        }


def attention_panel(user):
    """Return the panel for staff who can re-render certificates, when any need them."""
    certificates = manageable_certificates(user, "retry")
    failed = certificates.failed().count()
    minutes = getattr(settings, "CERTIFICATES_PENDING_ALERT_MINUTES", 30)
    waiting = certificates.filter(
        render_status=RenderStatus.PENDING,
        issued_at__lt=timezone.now() - timedelta(minutes=minutes),
    ).count()
    if not (failed or waiting):
        return None
    return CertificatesNeedingAttentionPanel(failed, waiting)
