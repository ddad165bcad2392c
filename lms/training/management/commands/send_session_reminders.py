"""Email booked learners the day before their session. Run daily from cron; safe to repeat."""

from django.core.management.base import BaseCommand

from lms.training import services


class Command(BaseCommand):
    help = "Remind learners of tomorrow's sessions. A second run the same day sends nothing."

    def handle(self, *args, **options):
        sent = services.send_reminders()
        self.stdout.write(f"Session reminders sent: {sent}")
