"""Bulk downloads: a ZIP of every certificate PDF that matched an admin's filter."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .certificate import certificate_storage


def export_upload_to(instance, filename):
    return f"certificate-exports/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.zip"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Being built")
    READY = "ready", _("Ready to download")
    FAILED = "failed", _("Failed")


class CertificateExport(models.Model):
    """Who asked for which certificates in bulk, and the ZIP built for them."""

    # Issued records, not content: keep them out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    filters = models.CharField(
        _("filters"), max_length=2000, blank=True, help_text=_("The listing's query string.")
    )
    filter_summary = models.CharField(_("filter summary"), max_length=500, blank=True)
    certificate_count = models.PositiveIntegerField(_("certificates"), default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    file = models.FileField(
        _("ZIP file"), upload_to=export_upload_to, storage=certificate_storage, blank=True
    )
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("certificate download")
        verbose_name_plural = _("certificate downloads")
        ordering = ["-requested_at"]

    def __str__(self):
        return _("Certificates requested %(date)s") % {
            "date": timezone.localtime(self.requested_at).strftime("%Y-%m-%d %H:%M")
        }

    @property
    def is_ready(self):
        return self.status == ExportStatus.READY

    def filename(self):
        return f"certificates-{timezone.localtime(self.requested_at):%Y%m%d-%H%M}-{self.pk}.zip"
