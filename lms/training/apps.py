from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """The Training Centre: venues, scheduled sessions, bookings, waitlists and attendance."""

    name = "lms.training"
    label = "training"
    verbose_name = _("Training Centre")
    default_auto_field = "django.db.models.BigAutoField"
