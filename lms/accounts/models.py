"""A learner's profile: the name that appears on certificates, their language, and where they
work (HR's organisations, departments and professions, referred to by name, not imported).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearnerProfileQuerySet(models.QuerySet):
    def verified(self):
        """Return profiles whose account's current email address has been confirmed."""
        return self.annotate(_account_email=Lower(F("user__email"))).filter(
            email_verified_at__isnull=False, verified_email=F("_account_email")
        )


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="learner_profile",
        verbose_name=_("user"),
    )
    full_name = models.CharField(
        _("name on certificates"),
        max_length=200,
        help_text=_("Your full name exactly as it should appear on your certificates."),
    )
    organisation = models.ForeignKey(
        "hr.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="learner_profiles",
        verbose_name=_("organisation"),
    )
    department = models.ForeignKey(
        "hr.Department",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="learner_profiles",
        verbose_name=_("department"),
    )
    profession = models.ForeignKey(
        "hr.Profession",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="learner_profiles",
        verbose_name=_("profession"),
    )
    employee_number = models.CharField(
        _("employee number"),
        max_length=40,
        blank=True,
        help_text=_("Your employee number at your organisation, if it has one."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the site, certificates and emails for this learner."),
    )
    # Written only by lms.accounts.verification: the address the learner proved they read, and
    # when. A changed account email no longer matches, so the account is unverified again.
    verified_email = models.EmailField(_("confirmed email address"), blank=True, editable=False)
    email_verified_at = models.DateTimeField(
        _("email address confirmed"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LearnerProfileQuerySet.as_manager()

    class Meta:
        db_table = "lms_learnerprofile"  # from when profiles lived in lms: the table kept its name
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "employee_number"],
                condition=~Q(employee_number=""),
                name="lms_unique_employee_number",
                violation_error_message=_(
                    "Someone at this organisation already has this employee number."
                ),
            ),
            models.CheckConstraint(
                condition=Q(employee_number="") | Q(organisation__isnull=False),
                name="lms_employee_number_needs_organisation",
                violation_error_message=_("An employee number needs an organisation."),
            ),
        ]

    def __str__(self):
        return self.full_name

    @property
    def email_verified(self):
        """Return True if the account's current email address is the one confirmed."""
        return bool(
            self.email_verified_at
            and self.verified_email
            and self.verified_email == (self.user.email or "").lower()
        )

    def mark_email_verified(self, at=None):
        """Record that the account's current email address is confirmed (call save after)."""
        self.verified_email = (self.user.email or "").lower()
        self.email_verified_at = at or timezone.now()

    def clean(self):
        super().clean()
        if self.department_id and not self.organisation_id:
            self.organisation_id = self.department.organisation_id
        if self.department_id and self.department.organisation_id != self.organisation_id:
            raise ValidationError(
                {
                    "department": _(
                        "%(department)s belongs to %(organisation)s. Choose a department of "
                        "your organisation, or change the organisation."
                    )
                    % {
                        "department": self.department.display_name,
                        "organisation": self.department.organisation.display_name,
                    }
                }
            )


def email_verified(user):
    """Return True if the user has confirmed their account's current email address."""
    try:
        return user.learner_profile.email_verified
    except LearnerProfile.DoesNotExist:
        return False


def learner_name(user):
    """Return the name to print for a learner: the profile name, else the account's name."""
    try:
        name = user.learner_profile.full_name
    except LearnerProfile.DoesNotExist:
        name = ""
    return name or user.get_full_name() or user.get_username()


def learner_language(user):
    """Return the language a learner reads in: the one chosen on the profile, else the default."""
    try:
        language = user.learner_profile.language  # often loaded already (select_related)
    except LearnerProfile.DoesNotExist:
        language = ""
    return language or settings.LANGUAGE_CODE
