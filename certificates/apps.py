from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from certificates import receivers  # noqa: F401  (connects the completion receiver)
        from lms.guards import Guard, protect

        # A certificate says what it said when it was issued; only its PDF's rendering state
        # changes, and its revocation, once (lms.guards installs the triggers).
        protect(
            Guard(
                "certificates_certificate",
                frozen=(
                    "kind",
                    "learner_id",
                    "completion_id",
                    "course_id",
                    "area_set_key",
                    "generation",
                    "replaces_id",
                    "serial",
                    "serial_year",
                    "serial_number",
                    "verification_code",
                    "learner_name",
                    "title",
                    "covers",
                    "issuer",
                    "completed_at",
                    "issued_at",
                    "expires_at",
                ),
                conditions=(
                    "OLD.revoked_at IS NOT NULL AND (NEW.revoked_at {distinct} OLD.revoked_at"
                    " OR NEW.revoked_by_id {distinct} OLD.revoked_by_id"
                    " OR NEW.revocation_reason {distinct} OLD.revocation_reason)",
                    "OLD.sha256 <> '' AND (NEW.sha256 {distinct} OLD.sha256"
                    " OR NEW.pdf {distinct} OLD.pdf)",
                ),
            )
        )
