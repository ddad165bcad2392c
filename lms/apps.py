from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Learning records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms import (  # noqa: F401  (register their checks and signal receivers)
            checks,
            collation,
            security,
            sqlite,
        )

        sqlite.register()
