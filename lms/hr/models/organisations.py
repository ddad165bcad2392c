"""Where learners work: organisations, their departments, professions, and who does HR for whom."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.translations import TranslatedNameMixin


class Sector(models.TextChoices):
    HEALTHCARE = "healthcare", _("Healthcare")
    INDUSTRY = "industry", _("Industry")
    ACADEMIA = "academia", _("Academia")
    OTHER = "other", _("Other")


class Organisation(TranslatedNameMixin, models.Model):
    """An employer whose staff learn here: a hospital, a company, a university.

    Its name is translated as a snippet (courses.translations); people, departments and
    assignments point at the default-language row.
    """

    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(
        _("sector"), max_length=20, choices=Sector.choices, default=Sector.HEALTHCARE
    )

    panels = [FieldPanel("name"), FieldPanel("sector")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("sector", overridable=False),
    ]

    class Meta:
        db_table = "lms_organisation"  # from when HR lived in lms: the table kept its name
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="hr_organisation_translation"
            ),
            models.UniqueConstraint(fields=["name", "locale"], name="hr_organisation_name"),
        ]

    def __str__(self):
        return self.name


def department_mismatch(department, organisation):
    """Return why the department cannot go with the organisation ("" when it is one of its),
    naming both in the reader's language."""
    if department is None or organisation is None or department.organisation_id == organisation.pk:
        return ""
    return _("%(department)s is not a department of %(organisation)s.") % {
        "department": department.display_name,
        "organisation": organisation.display_name,
    }


class Department(TranslatedNameMixin, models.Model):
    """A unit of an organisation, such as the hematology clinic of a hospital.

    The name shown in reports is translated as a snippet (courses.translations); the local
    name is what the organisation itself calls the unit, the same in every language.
    """

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="departments",
        verbose_name=_("organisation"),
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The name shown in reports, for example Hematology.")
    )
    local_name = models.CharField(
        _("local name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name the organisation itself uses, for example Hematologen. Imports of "
            "competence needs recognise either name."
        ),
    )

    panels = [FieldPanel("organisation"), FieldPanel("name"), FieldPanel("local_name")]
    # A translation belongs to the same (default-language) organisation.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("organisation", overridable=False),
        SynchronizedField("local_name", overridable=False),
    ]

    class Meta:
        db_table = "lms_department"  # from when HR lived in lms: the table kept its name
        ordering = ["organisation__name", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="hr_department_translation"
            ),
            models.UniqueConstraint(
                fields=["organisation", "name", "locale"], name="lms_unique_department_name"
            ),
        ]

    def __str__(self):
        if self.local_name and self.local_name != self.name:
            return f"{self.name} ({self.local_name})"
        return self.name


class Profession(TranslatedNameMixin, models.Model):
    """A learner's profession, such as nurse or Qualified Person (translated as a snippet)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta:
        db_table = "lms_profession"  # from when HR lived in lms: the table kept its name
        ordering = ["sort_order", "name"]
        verbose_name = _("profession")
        verbose_name_plural = _("professions")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="hr_profession_translation"
            ),
            models.UniqueConstraint(fields=["name", "locale"], name="hr_profession_name"),
            models.UniqueConstraint(fields=["slug", "locale"], name="hr_profession_slug"),
        ]

    def __str__(self):
        return self.name


class HRResponsibility(models.Model):
    """An HR user's responsibility for one organisation: what their reports may show."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hr_responsibilities",
        verbose_name=_("HR user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="hr_responsibilities",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [FieldPanel("user"), FieldPanel("organisation")]

    class Meta:
        db_table = "lms_hrresponsibility"  # from when HR lived in lms: the table kept its name
        ordering = ["organisation__name", "user__email"]
        verbose_name = _("HR responsibility")
        verbose_name_plural = _("HR responsibilities")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="lms_unique_hr_responsibility"
            ),
        ]
        permissions = [
            ("view_hr_reports", _("Can see HR reports and exports for their organisations")),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"
