"""Assigning courses: reading lists of people, recording HR's rule, turning it into assignments.

`create_rule()` records the decision and queues `lms.tasks.apply_assignment_rule`; the task
calls `apply_rule()`, which writes one Assignment per learner in batches. A database
constraint (one open assignment per learner and course) makes a second run add nothing, so a
rule can safely be run again, after a failure or to pick up staff who joined since.
"""

import csv
import io
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from lms.accounts.models import LearnerProfile
from lms.hr.models import Assignment, AssignmentRule, Membership, MembershipSource, RuleState

BATCH_SIZE = 1000
MAX_PROBLEMS_KEPT = 1000
HEADER_WORDS = {"email", "e-mail", "email address", "employee number", "employee_number"}


class PeopleFileError(ValueError):
    """An uploaded list of people that cannot be read, with a message for HR."""


def read_people_file(uploaded):
    """Return the first cell of each line of an uploaded CSV or text file, one a line."""
    try:
        text = uploaded.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PeopleFileError(
            _(
                "The file is not UTF-8 text (line %(line)s). Save it as “CSV UTF-8” and "
                "upload it again."
            )
            % {"line": text_line_of(error)}
        ) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    return "\n".join(row[0].strip() if row else "" for row in rows)


def text_line_of(error):
    """Return the 1-based line number of the byte where decoding failed."""
    return error.object[: error.start].count(b"\n") + 1


def parse_people(text):
    """Return [(line number, identifier)] for non-blank lines, skipping a header line."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        value = line.strip().strip('"').strip()
        if not value or (number == 1 and value.lower() in HEADER_WORDS):
            continue
        lines.append((number, value))
    return lines


def create_rule(user, **fields):
    """Record HR's assignment and queue the task that applies it; return the rule."""
    with transaction.atomic():
        rule = AssignmentRule.objects.create(created_by=user, **fields)
        log(
            rule,
            "lms.assignment_rule_created",
            user=user,
            title=rule.course.title,
            data={"rule": rule.pk, "target": rule.target_label()},
        )
        queue_rule(rule)
    return rule


def queue_rule(rule):
    """Queue the rule's task once the current transaction commits."""
    from lms.hr.tasks import apply_assignment_rule

    AssignmentRule.objects.filter(pk=rule.pk).update(state=RuleState.QUEUED)
    transaction.on_commit(partial(apply_assignment_rule.enqueue, rule.pk))


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def group_learner_ids(rule):
    """Return the ids of active learners in the rule's department and/or profession."""
    if not (rule.department_id or rule.profession_id):
        return []
    profiles = LearnerProfile.objects.filter(
        organisation_id=rule.organisation_id, user__is_active=True
    )
    if rule.department_id:
        profiles = profiles.filter(department_id=rule.department_id)
    if rule.profession_id:
        profiles = profiles.filter(profession_id=rule.profession_id)
    return list(profiles.order_by("user_id").values_list("user_id", flat=True))


def resolve_people(rule):
    """Return (learner ids, problems) for the rule's listed emails and employee numbers.

    Only current members of the rule's organisation are found, and only by what is trusted
    (issue 17, W0): an email address the person has confirmed, an employee number the
    organisation gave their membership (a number a learner typed before memberships existed,
    "migrated", does not count until HR confirms it). An address that belongs to someone
    elsewhere is reported as not found, so HR learns nothing about other organisations.
    """
    lines = parse_people(rule.people)
    emails = {value.lower() for _number, value in lines if "@" in value}
    numbers = {value for _number, value in lines if "@" not in value}
    profiles = LearnerProfile.objects.filter(
        organisation_id=rule.organisation_id, user__is_active=True
    )
    trusted_numbers = (
        Membership.objects.current()
        .filter(organisation_id=rule.organisation_id)
        .exclude(source=MembershipSource.MIGRATED)
    )
    by_email, by_number = {}, {}
    for chunk in _chunks(sorted(emails), BATCH_SIZE):
        rows = profiles.verified().filter(_account_email__in=chunk)
        by_email.update(rows.values_list("_account_email", "user_id"))
    for chunk in _chunks(sorted(numbers), BATCH_SIZE):
        rows = profiles.filter(
            employee_number__in=chunk,
            user__memberships__in=trusted_numbers.filter(employee_number__in=chunk),
        )
        by_number.update(rows.values_list("employee_number", "user_id"))
    ids, problems = [], []
    message = _("No one at %(organisation)s has this email address or employee number.") % {
        "organisation": rule.organisation.name
    }
    for number, value in lines:
        learner_id = by_email.get(value.lower()) if "@" in value else by_number.get(value)
        if learner_id is None:
            problems.append({"line": number, "value": value[:200], "message": message})
        else:
            ids.append(learner_id)
    return ids, problems


def due_date_for(rule, today=None):
    """Return the due date of assignments made today: the rule's date, or today + N days."""
    if rule.due_date:
        return rule.due_date
    return (today or timezone.localdate()) + timedelta(days=rule.due_within_days)


def _assign_batch(rule, learner_ids, due_date, now):
    """Create the batch's missing assignments; return how many were created."""
    open_assignments = Assignment.objects.active().filter(
        course_id=rule.course_id, learner_id__in=learner_ids
    )
    with transaction.atomic():
        before = open_assignments.count()
        Assignment.objects.bulk_create(
            [
                Assignment(
                    learner_id=learner_id,
                    course_id=rule.course_id,
                    rule=rule,
                    due_date=due_date,
                    assigned_at=now,
                    assigned_by_id=rule.created_by_id,
                )
                for learner_id in learner_ids
            ],
            ignore_conflicts=True,
        )
        created = open_assignments.count() - before
        AssignmentRule.objects.filter(pk=rule.pk).update(
            processed=F("processed") + len(learner_ids),
            created_count=F("created_count") + created,
            existing_count=F("existing_count") + len(learner_ids) - created,
        )
    return created


def apply_rule(rule_id):
    """Create the rule's missing assignments in batches; return the counts. Idempotent."""
    rule = AssignmentRule.objects.select_related("organisation").get(pk=rule_id)
    now = timezone.now()
    AssignmentRule.objects.filter(pk=rule.pk).update(
        state=RuleState.RUNNING,
        started_at=now,
        finished_at=None,
        processed=0,
        created_count=0,
        existing_count=0,
        error="",
    )
    try:
        listed, problems = resolve_people(rule)
        learner_ids = sorted(set(group_learner_ids(rule)) | set(listed))
        AssignmentRule.objects.filter(pk=rule.pk).update(
            total=len(learner_ids),
            unknown_count=len(problems),
            problems=problems[:MAX_PROBLEMS_KEPT],
        )
        due_date = due_date_for(rule, timezone.localdate(now))
        created = sum(
            _assign_batch(rule, batch, due_date, now) for batch in _chunks(learner_ids, BATCH_SIZE)
        )
    except Exception as error:
        AssignmentRule.objects.filter(pk=rule.pk).update(
            state=RuleState.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise
    AssignmentRule.objects.filter(pk=rule.pk).update(
        state=RuleState.DONE, finished_at=timezone.now()
    )
    return {"total": len(learner_ids), "created": created, "unknown": len(problems)}


def cancel_assignment(user, assignment):
    """Cancel an open assignment (someone left, or it was a mistake). Kept, never deleted."""
    with transaction.atomic():
        updated = (
            Assignment.objects.active().filter(pk=assignment.pk).update(cancelled_at=timezone.now())
        )
        if updated:
            log(
                assignment,
                "lms.assignment_cancelled",
                user=user,
                title=str(assignment),
                data={"learner": assignment.learner_id, "course": assignment.course_id},
            )
    return bool(updated)
