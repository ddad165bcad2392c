"""Render certificates that are due, and issue any a recent completion is missing. Run from cron.

Safe to run often and beside the task worker: each certificate row is locked while it renders
(others skip it), and issuing is idempotent.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Exists, OuterRef
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from lms.models import CourseCompletion


class Command(BaseCommand):
    help = (
        "Render certificate PDFs whose rendering is pending and due (after a failure, once its "
        "back-off has passed), and issue certificates missing for recent completions."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--failed",
            action="store_true",
            help="Also retry certificates that used all their attempts, with a fresh count.",
        )
        parser.add_argument(
            "--days",
            type=int,
            default=7,
            help="Look this many days back for completions without certificates (default 7).",
        )

    def handle(self, *args, failed=False, days=7, **options):
        issued = self.issue_missing(days)
        if failed:
            for certificate in Certificate.objects.failed():
                services.retry_rendering(certificate)
        rendered, waiting = 0, 0
        for pk in Certificate.objects.due_for_rendering().values_list("pk", flat=True):
            certificate = services.render(pk, skip_locked=True)
            if certificate is not None and certificate.is_ready:
                rendered += 1
            else:
                waiting += 1
        still_failed = Certificate.objects.failed().count()
        self.stdout.write(
            f"Issued {issued}, rendered {rendered}, still pending {waiting}, "
            f"failed after every attempt {still_failed}."
        )

    def issue_missing(self, days):
        """Issue certificates for recent completions that have none (e.g. a crash mid-issue)."""
        since = timezone.now() - timedelta(days=days)
        completions = (
            CourseCompletion.objects.filter(
                completed_at__gte=since, course__issues_certificate=True
            )
            .not_annulled()
            .exclude(Exists(Certificate.objects.filter(completion=OuterRef("pk"))))
            .select_related("learner")
        )
        issued = 0
        for completion in completions:
            issued += len(services.issue_for_completion(completion))
        return issued
