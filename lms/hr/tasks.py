"""Background work of the learning records, run by django-tasks (immediate in development)."""

from django_tasks import task

from lms.hr import assignments


@task()
def apply_assignment_rule(rule_id):
    """Turn an assignment rule into one assignment per learner; safe to run twice."""
    return assignments.apply_rule(rule_id)
