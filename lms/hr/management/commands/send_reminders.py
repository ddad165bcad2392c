"""Email assignment reminders and HR's weekly digest. Safe to run from cron every day."""

from django.core.management.base import BaseCommand

from lms.hr import reminders


class Command(BaseCommand):
    help = (
        "Email learners whose assigned courses are due within 7 days or overdue, and send HR "
        "users their weekly digest (Mondays, or after 7 days without one). Each email goes at "
        "most once a day, however often this runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would get an email; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        learners = reminders.send_learner_reminders(dry_run=dry_run)
        digests = reminders.send_hr_digests(dry_run=dry_run)
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(
            f"{verb} {len(learners.sent)} learner reminder(s); "
            f"{learners.skipped} already sent today."
        )
        self.stdout.write(
            f"{verb} {len(digests.sent)} HR digest(s); {digests.skipped} not due or already sent."
        )
