"""Issued certificates, their per-year serial counter and their states."""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from lms.links import public_url


def new_verification_code():
    """Return a public verification code: 128 random bits, URL-safe, never derived from ids."""
    return secrets.token_urlsafe(16)


def certificate_storage():
    """Return the storage for PDFs: `CERTIFICATES_STORAGE` names one of settings.STORAGES."""
    return storages[getattr(settings, "CERTIFICATES_STORAGE", "default")]


def pdf_upload_to(instance, filename):
    # A random part keeps the name unguessable even where media files are served publicly.
    year = timezone.localtime(instance.issued_at).year
    return f"certificates/{year}/{instance.serial}-{secrets.token_hex(16)}.pdf"


class CertificateKind(models.TextChoices):
    COURSE = "course", _("Course")
    AREA = "area", _("Catalogue area")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    SUPERSEDED = "superseded", _("Superseded")
    REVOKED = "revoked", _("Revoked")


class RenderStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed: needs attention")


class SerialCounter(models.Model):
    """The last serial number issued in a year. Its row is locked while a number is taken."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("serial counter")
        verbose_name_plural = _("serial counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class CertificateQuerySet(models.QuerySet):
    def for_learner(self, user):
        return self.filter(learner=user)

    def revoked(self):
        return self.filter(revoked_at__isnull=False)

    def _replaced(self):
        return Exists(Certificate.objects.filter(replaces=OuterRef("pk")))

    def superseded(self):
        """Return unrevoked certificates that a later one (a re-issue) replaces."""
        return self.filter(self._replaced(), revoked_at__isnull=True)

    def current(self):
        """Return certificates neither revoked nor replaced by a later one."""
        return self.filter(~self._replaced(), revoked_at__isnull=True)

    def valid(self, moment=None):
        moment = moment or timezone.now()
        return self.current().filter(Q(expires_at__isnull=True) | Q(expires_at__gt=moment))

    def expired(self, moment=None):
        return self.current().filter(expires_at__lte=moment or timezone.now())

    def with_status(self, status, moment=None):
        return {
            CertificateStatus.VALID: self.valid,
            CertificateStatus.EXPIRED: self.expired,
            CertificateStatus.SUPERSEDED: lambda moment=None: self.superseded(),
            CertificateStatus.REVOKED: lambda moment=None: self.revoked(),
        }[status](moment)

    def ready(self):
        return self.filter(render_status=RenderStatus.READY)

    def failed(self):
        return self.filter(render_status=RenderStatus.FAILED)

    def due_for_rendering(self, moment=None):
        """Return pending certificates whose next rendering attempt is due."""
        moment = moment or timezone.now()
        return self.filter(render_status=RenderStatus.PENDING).filter(
            Q(next_render_at__isnull=True) | Q(next_render_at__lte=moment)
        )


class Certificate(models.Model):
    """A certificate as issued: who, for what, when, its serial and code, and its PDF.

    What it says is frozen at issue. Only the rendering state and a revocation change later;
    a correction is a new certificate (`replaces`) and the old one is kept.
    """

    # Issued records, not content: keep them out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    kind = models.CharField(_("kind"), max_length=10, choices=CertificateKind.choices)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    completion = models.ForeignKey(
        "lms.CourseCompletion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("course completion"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course"),
    )
    area = models.ForeignKey(
        "courses.CatalogueAreaPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("catalogue area"),
    )
    area_set_key = models.CharField(
        _("area completion set"),
        max_length=64,
        null=True,
        blank=True,
        editable=False,
        help_text=_("SHA-256 of the area and the ids of the completions the certificate covers."),
    )
    generation = models.PositiveSmallIntegerField(_("issue number"), default=1)
    replaces = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
    )
    serial = models.CharField(_("serial number"), max_length=32, unique=True)
    serial_year = models.PositiveSmallIntegerField(_("serial year"))
    serial_number = models.PositiveIntegerField(_("number in the year"))
    verification_code = models.CharField(
        _("verification code"),
        max_length=64,
        unique=True,
        default=new_verification_code,
        editable=False,
    )
    learner_name = models.CharField(_("learner name"), max_length=200)
    title = models.CharField(_("title"), max_length=255)
    covers = models.JSONField(
        _("courses covered"),
        default=list,
        help_text=_("Each course with the completion and course revision the certificate covers."),
    )
    issuer = models.CharField(_("issuer"), max_length=200)
    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("template"),
    )
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    render_status = models.CharField(
        _("PDF"), max_length=10, choices=RenderStatus.choices, default=RenderStatus.PENDING
    )
    render_attempts = models.PositiveSmallIntegerField(_("rendering attempts"), default=0)
    next_render_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    render_error = models.TextField(_("last rendering error"), blank=True)
    pdf = models.FileField(
        _("PDF file"), upload_to=pdf_upload_to, storage=certificate_storage, blank=True
    )
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64, blank=True)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)

    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [
            ("revoke_certificate", _("Can revoke, re-issue and re-render certificates")),
            ("export_certificates", _("Can download certificates in bulk")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["completion", "generation"], name="certificates_one_per_completion"
            ),
            models.UniqueConstraint(
                fields=["area_set_key", "generation"], name="certificates_one_per_area_set"
            ),
            models.UniqueConstraint(
                fields=["serial_year", "serial_number"], name="certificates_serial_in_year"
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="course", completion__isnull=False, area_set_key__isnull=True)
                    | Q(kind="area", completion__isnull=True, area_set_key__isnull=False)
                ),
                name="certificates_kind_matches_source",
            ),
            models.CheckConstraint(
                condition=~Q(verification_code=""), name="certificates_code_not_empty"
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="certificates_revocation_needs_reason",
            ),
            models.CheckConstraint(
                condition=~Q(render_status="ready") | (~Q(sha256="") & ~Q(pdf="")),
                name="certificates_ready_has_pdf",
            ),
        ]
        indexes = [
            models.Index(fields=["render_status", "next_render_at"], name="certificates_render"),
            models.Index(fields=["issued_at"], name="certificates_issued_at"),
        ]

    def __str__(self):
        return f"{self.serial}: {self.learner_name}, {self.title}"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def is_ready(self):
        return self.render_status == RenderStatus.READY

    @cached_property
    def successor(self):
        """Return the certificate that replaces this one (its latest re-issue), or None.

        Lists prefetch `replaced_by` to spare a query per certificate.
        """
        replacements = sorted(self.replaced_by.all(), key=lambda c: (c.generation, c.pk))
        return replacements[-1] if replacements else None

    def latest_successor(self):
        """Return the newest certificate in the chain of re-issues after this one, or None."""
        latest, seen = self.successor, {self.pk}
        while latest is not None and latest.successor is not None and latest.pk not in seen:
            seen.add(latest.pk)
            latest = latest.successor
        return latest

    def status_at(self, moment=None):
        """Revoked, superseded by a re-issue, expired or valid: the verify page's answer."""
        if self.is_revoked:
            return CertificateStatus.REVOKED
        if self.successor is not None:
            return CertificateStatus.SUPERSEDED
        if self.expires_at is not None and self.expires_at <= (moment or timezone.now()):
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status(self):
        return self.status_at()

    def get_status_display(self):
        return CertificateStatus(self.status).label

    def verify_path(self):
        from django.urls import reverse

        return reverse("certificates:verify", args=[self.verification_code])

    def verify_url(self):
        """Return the absolute public verify URL that the QR code carries.

        It is on the site of the course or area (Wagtail's Site root URL), so a certificate
        rendered by a worker, or behind another host name, carries the public address.
        """
        return public_url(self.verify_path(), page=self.course or self.area)

    def public_details(self):
        """Return what the public verify page may show, and nothing else (R3.2)."""
        return {
            "status": self.status,
            "status_label": self.get_status_display(),
            "learner_name": self.learner_name,
            "title": self.title,
            "kind": self.kind,
            "kind_label": self.get_kind_display(),
            "issued_at": self.issued_at,
            "expires_at": self.expires_at,
            "revoked_at": self.revoked_at,
            "superseded_by": self.latest_successor().serial if self.successor else "",
            "issuer": self.issuer,
        }
