from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HRConfig(AppConfig):
    """HR: organisations, assignments, reminders, reports, exports, transcripts and the matrix."""

    name = "lms.hr"
    label = "hr"
    verbose_name = _("HR")
    default_auto_field = "django.db.models.BigAutoField"
