from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HRConfig(AppConfig):
    """HR: organisations, assignments, reminders, reports, exports, transcripts and the matrix."""

    name = "lms.hr"
    label = "hr"
    verbose_name = _("HR")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms.guards import Guard, protect

        # A membership is started once and ended once (lms.hr.models.membership): its start
        # never changes, and neither does its end once written (lms.guards installs the
        # triggers).
        protect(
            Guard(
                "hr_membership",
                frozen=(
                    "user_id",
                    "organisation_id",
                    "department_id",
                    "employee_number",
                    "source",
                    "started_at",
                    "started_by_id",
                ),
                once=("ended_at",),
                conditions=(
                    "OLD.ended_at IS NOT NULL AND (NEW.ended_by_id {distinct} OLD.ended_by_id "
                    "OR NEW.end_reason {distinct} OLD.end_reason)",
                ),
            )
        )
