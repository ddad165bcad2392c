"""Queue every department or profession assignment again, to reach people who joined since."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from lms.hr.assignments import queue_rule
from lms.hr.models import AssignmentRule, RuleState


class Command(BaseCommand):
    help = (
        "Run department and profession assignments again so that new staff get them too. "
        "Nobody is assigned twice. Suitable for a nightly cron job."
    )

    def handle(self, *args, **options):
        rules = AssignmentRule.objects.filter(
            Q(department__isnull=False) | Q(profession__isnull=False),
            state__in=[RuleState.DONE, RuleState.FAILED],
            course__live=True,
        )
        count = 0
        for rule in rules.iterator():
            queue_rule(rule)
            count += 1
        self.stdout.write(f"Queued {count} assignment(s) to run again.")
