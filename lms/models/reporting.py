"""What HR reports rest on besides the records: imported competence needs and the export log."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .organisations import Department


class CompetenceNeed(models.Model):
    """How many staff of a department need training in a competence (catalogue) area."""

    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="competence_needs",
        verbose_name=_("department"),
    )
    area = models.ForeignKey(
        "courses.CatalogueAreaPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("competence area"),
    )
    staff_count = models.PositiveIntegerField(
        _("staff needing training"),
        help_text=_("How many people in the department need training in this area."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the number comes from, for example the survey or report and its year."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("department"),
        FieldPanel("area"),
        FieldPanel("staff_count"),
        FieldPanel("source"),
    ]

    class Meta:
        ordering = ["department__organisation__name", "department__name", "area__path"]
        verbose_name = _("competence need")
        verbose_name_plural = _("competence needs")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "area"], name="lms_one_need_per_department_area"
            ),
        ]

    def __str__(self):
        return f"{self.department}: {self.area} ({self.staff_count})"


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
        ordering = ["-created_at"]
        verbose_name = _("report download")
        verbose_name_plural = _("report downloads")

    def __str__(self):
        return f"{self.report}.{self.format} ({self.row_count}) – {self.created_at:%Y-%m-%d %H:%M}"


class CompletionStatus(models.TextChoices):
    """Whether a completion still counts. Computed in lms.status, never stored."""

    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expiring")
    EXPIRED = "expired", _("Expired")
    ANNULLED = "annulled", _("Annulled")
