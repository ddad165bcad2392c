"""Where learners work: organisations, their departments, professions, and who does HR for whom."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from courses.i18n import local_name


class Sector(models.TextChoices):
    HEALTHCARE = "healthcare", _("Healthcare")
    INDUSTRY = "industry", _("Industry")
    ACADEMIA = "academia", _("Academia")
    OTHER = "other", _("Other")


class Organisation(models.Model):
    """An employer whose staff learn here: a hospital, a company, a university."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    name_sv = models.CharField(
        _("name in Swedish"),
        max_length=200,
        blank=True,
        help_text=_("For example: Sahlgrenska Universitetssjukhuset."),
    )
    sector = models.CharField(
        _("sector"), max_length=20, choices=Sector.choices, default=Sector.HEALTHCARE
    )

    panels = [FieldPanel("name"), FieldPanel("name_sv"), FieldPanel("sector")]

    class Meta:
        db_table = "lms_organisation"  # from when HR lived in lms: the table kept its name
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return local_name(self.name, self.name_sv)


class Department(models.Model):
    """A unit of an organisation, such as the hematology clinic of a hospital."""

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

    class Meta:
        db_table = "lms_department"  # from when HR lived in lms: the table kept its name
        ordering = ["organisation__name", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="lms_unique_department_name"
            ),
        ]

    def __str__(self):
        if self.local_name and self.local_name != self.name:
            return f"{self.name} ({self.local_name})"
        return self.name

    @property
    def display_name(self):
        """The local (Swedish) name for Swedish readers, the name for English readers."""
        return local_name(self.name, self.local_name)


class Profession(models.Model):
    """A learner's profession, such as nurse or Qualified Person."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    name_sv = models.CharField(
        _("name in Swedish"), max_length=100, blank=True, help_text=_("For example: Sjuksköterska.")
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_sv"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        db_table = "lms_profession"  # from when HR lived in lms: the table kept its name
        ordering = ["sort_order", "name"]
        verbose_name = _("profession")
        verbose_name_plural = _("professions")

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return local_name(self.name, self.name_sv)


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
