from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Learning records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms import (  # noqa: F401  (register their checks and signal receivers)
            checks,
            collation,
            guards,
            security,
            sqlite,
        )

        sqlite.register()
        post_migrate.connect(guards.install_after_migrate, sender=self, dispatch_uid="atmp_guards")
