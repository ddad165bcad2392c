"""The export log: every report HR downloads, with its filters and row count."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExportLog(models.Model):
    """A report downloaded from the admin: who, which report, which filters, how many rows."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("downloaded by"),
    )
    report = models.CharField(_("report"), max_length=50)
    format = models.CharField(_("format"), max_length=10)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    row_count = models.PositiveIntegerField(_("rows"))
    created_at = models.DateTimeField(_("downloaded at"), default=timezone.now)

    class Meta:
        db_table = "lms_exportlog"  # from when HR lived in lms: the table kept its name
        ordering = ["-created_at"]
        verbose_name = _("report download")
        verbose_name_plural = _("report downloads")

    def __str__(self):
        return f"{self.report}.{self.format} ({self.row_count}) – {self.created_at:%Y-%m-%d %H:%M}"
