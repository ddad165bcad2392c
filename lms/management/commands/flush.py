"""Django's flush, refused where permanent records must be kept, and lifting their guards
(lms.guards) for its duration where it is allowed: on development machines and in tests.
"""

from django.conf import settings
from django.core.management.base import CommandError
from django.core.management.commands.flush import Command as FlushCommand

from lms import guards


class Command(FlushCommand):
    help = (
        "Remove all data from the database, learning records included. Refused where "
        "settings.ATMP_REFUSE_FLUSH is on (production)."
    )

    def handle(self, **options):
        if getattr(settings, "ATMP_REFUSE_FLUSH", False):
            raise CommandError(
                "flush would erase permanent learning records and the audit trail; these "
                "settings refuse it (ATMP_REFUSE_FLUSH)."
            )
        with guards.lifted(options["database"]):
            return super().handle(**options)
