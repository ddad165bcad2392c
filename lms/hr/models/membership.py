"""Who belongs to which organisation, as the organisation says so (issue 17, W0).

Membership is asserted by the organisation, never by the learner: by an email domain it owns
(on email confirmation), by its HR, by a join request its HR approved, or by an import. Each
membership is a row that is started once and ended once, never edited or deleted, so "who was a
member when" survives leaving. The learner's profile holds the current membership (its
organisation, department and employee number), written only by lms.hr.membership.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from courses.translations import canonical_only
from lms.models.base import PermanentQuerySet, PermanentRecord

from .organisations import Department, Organisation

DOMAIN_VALIDATOR = RegexValidator(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
    _("Enter a domain such as vgregion.se, without “@” or “www”."),
)


class OrganisationDomain(models.Model):
    """An email domain the organisation owns: confirmed addresses there make members."""

    organisation = models.ForeignKey(
        Organisation,
        limit_choices_to=canonical_only,  # never a translation
        on_delete=models.CASCADE,
        related_name="domains",
        verbose_name=_("organisation"),
    )
    domain = models.CharField(
        _("email domain"),
        max_length=253,
        unique=True,
        validators=[DOMAIN_VALIDATOR],
        help_text=_(
            "Everyone who confirms an address at exactly this domain becomes a member, for "
            "example vgregion.se. Add only domains the organisation controls."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [FieldPanel("organisation"), FieldPanel("domain")]

    class Meta:
        ordering = ["domain"]
        verbose_name = _("organisation email domain")
        verbose_name_plural = _("organisation email domains")

    def __str__(self):
        return self.domain

    def clean(self):
        super().clean()
        self.domain = (self.domain or "").strip().lower().lstrip("@")


class MembershipSource(models.TextChoices):
    EMAIL_DOMAIN = "email_domain", _("Confirmed email address at the organisation's domain")
    HR = "hr", _("Added by HR")
    JOIN_REQUEST = "join_request", _("Join request approved by HR")
    IMPORT = "import", _("Imported")
    MIGRATED = "migrated", _("Migrated (self-declared, to be reviewed)")


class MembershipQuerySet(PermanentQuerySet):
    def settled(self):
        """Ended memberships change never; current ones may only be ended (the triggers)."""
        return self.filter(ended_at__isnull=False)

    def current(self):
        return self.filter(ended_at__isnull=True)

    def needing_review(self):
        return self.current().filter(source=MembershipSource.MIGRATED)


class Membership(PermanentRecord):
    """One period of a person's membership of an organisation, in one department."""

    permanent_message = "Memberships are history: they are ended, never changed or deleted."

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        limit_choices_to=canonical_only,  # never a translation
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    department = models.ForeignKey(
        Department,
        limit_choices_to=canonical_only,  # never a translation
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("department"),
    )
    employee_number = models.CharField(_("employee number"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=20, choices=MembershipSource.choices)
    started_at = models.DateTimeField(_("started"))
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ended by"),
    )
    end_reason = models.CharField(_("reason for ending"), max_length=500, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        indexes = [models.Index(fields=["organisation", "ended_at"], name="hr_membership_org")]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(ended_at__isnull=True),
                name="hr_one_current_membership",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | ~Q(end_reason=""),
                name="hr_membership_end_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"

    @property
    def is_current(self):
        return self.ended_at is None

    @property
    def needs_review(self):
        return self.is_current and self.source == MembershipSource.MIGRATED


class MemberGroup(models.Model):
    """The Django group that holds an organisation's current members, kept in step by
    lms.hr.membership, so authors can restrict pages to it with Wagtail's page privacy."""

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="member_group",
        verbose_name=_("organisation"),
    )
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("group")
    )

    class Meta:
        verbose_name = _("members' group")
        verbose_name_plural = _("members' groups")

    def __str__(self):
        return self.group.name


class RequestKind(models.TextChoices):
    JOIN = "join", _("Join an organisation")
    CHANGE = "change", _("Change department or employee number")
    LEAVE = "leave", _("Leave the organisation")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for HR")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class JoinRequest(models.Model):
    """A learner asks an organisation's HR to make, change or end their membership."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="membership_requests",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("request"), max_length=10, choices=RequestKind.choices)
    organisation = models.ForeignKey(
        Organisation,
        limit_choices_to=canonical_only,  # never a translation
        on_delete=models.PROTECT,
        related_name="membership_requests",
        verbose_name=_("organisation"),
    )
    department = models.ForeignKey(
        Department,
        limit_choices_to=canonical_only,  # never a translation
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("department"),
    )
    employee_number = models.CharField(_("employee number"), max_length=40, blank=True)
    message = models.TextField(_("message to HR"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_note = models.CharField(_("note to the learner"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status="pending"),
                name="hr_one_pending_membership_request",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.user} – {self.organisation}"

    @property
    def is_pending(self):
        return self.status == RequestStatus.PENDING

    def clean(self):
        super().clean()
        if self.department_id and self.department.organisation_id != self.organisation_id:
            raise ValidationError(
                {"department": _("Choose a department of the organisation you are asking.")}
            )
