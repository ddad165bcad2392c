"""Competence needs: how many staff of a department need training in each area (Table 1)."""

from django.db import models
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
        db_table = "lms_competenceneed"  # from when HR lived in lms: the table kept its name
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
