"""Reminder emails: due and overdue learners once a day, HR's weekly digest, never twice."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from lms.hr import reminders
from lms.hr.models import Assignment, ReminderKind, ReminderLog
from tests.factories.hr import make_staff

pytestmark = pytest.mark.django_db

MONDAY = "2026-03-16 06:00"
TUESDAY = "2026-03-17 06:00"


@pytest.fixture
def due(staff_x, staff_y, course, yearly_course, make_user, org_x):
    relaxed = make_staff(make_user, "relaxed", "Ingrid Nyström", org_x)
    Assignment.objects.create(learner=staff_x, course=course, due_date=datetime.date(2026, 3, 10))
    Assignment.objects.create(
        learner=staff_x, course=yearly_course, due_date=datetime.date(2026, 3, 20)
    )
    Assignment.objects.create(learner=staff_y, course=course, due_date=datetime.date(2026, 3, 23))
    Assignment.objects.create(learner=relaxed, course=course, due_date=datetime.date(2026, 5, 1))
    return relaxed


def run():
    call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115


def learner_mail():
    return sorted(m.to[0] for m in mail.outbox if "course" in m.subject.lower())


def test_learners_due_within_7_days_or_overdue_get_one_email(due, staff_x, staff_y):
    with freeze_time(MONDAY):
        run()
    assert learner_mail() == sorted([staff_x.email, staff_y.email])
    message = next(m for m in mail.outbox if m.to == [staff_x.email])
    assert message.subject == "ATMP Academy: 2 courses assigned to you need your attention"
    assert "Introduction to ATMP: overdue, it was due on 2026-03-10" in message.body
    assert "GMP refresher: due by 2026-03-20" in message.body
    assert "Hello Åsa Öberg-Ängström," in message.body
    assert "http://testserver/learn/my-learning/" in message.body
    assert (
        message.alternatives and "<li><strong>GMP refresher</strong>" in message.alternatives[0][0]
    )


def test_running_twice_in_a_day_sends_each_email_once(due, hr_x):
    with freeze_time(MONDAY):
        run()
        first = len(mail.outbox)
        run()
    assert len(mail.outbox) == first == 3  # two learners and one HR digest
    assert ReminderLog.objects.count() == 3


def test_the_next_day_overdue_learners_are_reminded_again(due, staff_x):
    with freeze_time(MONDAY):
        run()
    mail.outbox.clear()
    with freeze_time(TUESDAY):
        run()
    assert staff_x.email in learner_mail()


def test_completed_and_cancelled_assignments_are_not_reminded(due, staff_x, staff_y):
    Assignment.objects.filter(learner=staff_y).update(
        cancelled_at=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    )
    staff_x.is_active = False
    staff_x.save()
    with freeze_time(MONDAY):
        run()
    assert learner_mail() == []


def test_a_failed_send_is_not_logged_so_the_next_run_retries(due, staff_x, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP server down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", broken)
    with freeze_time(MONDAY), pytest.raises(ConnectionRefusedError):
        run()
    assert not ReminderLog.objects.exists()
    monkeypatch.undo()
    with freeze_time(MONDAY):
        run()
    assert staff_x.email in learner_mail()


def test_hr_gets_a_digest_on_monday_with_counts_and_no_names(due, hr_x, hr_y):
    hr_x.email, hr_y.email = "hr-x@example.org", ""
    hr_x.save()
    hr_y.save()
    with freeze_time(MONDAY):
        run()
    digests = [m for m in mail.outbox if "weekly" in m.subject]
    assert [m.to for m in digests] == [["hr-x@example.org"]]
    body = digests[0].body
    assert "Sahlgrenska University Hospital" in body and "CCRM Nordic" not in body
    assert "Overdue: 1" in body and "Due within 7 days: 1" in body and "Not started: 2" in body
    assert "Åsa" not in body and "Ingrid" not in body


def test_the_digest_waits_a_week_unless_none_was_sent(due, hr_x):
    with freeze_time(MONDAY):
        reminders.send_hr_digests()
    with freeze_time(TUESDAY):
        assert reminders.send_hr_digests().sent == []
    with freeze_time("2026-03-23 06:00"):  # the next Monday
        assert reminders.send_hr_digests().sent == [hr_x.email]


def test_a_digest_goes_out_midweek_if_none_went_for_a_week(due, hr_x):
    ReminderLog.objects.create(
        kind=ReminderKind.HR_DIGEST, recipient=hr_x, sent_on=datetime.date(2026, 3, 9)
    )
    with freeze_time("2026-03-18 06:00"):  # a Wednesday, 9 days later
        assert reminders.send_hr_digests().sent == [hr_x.email]


def test_dry_run_sends_and_logs_nothing(due, capsys):
    with freeze_time(MONDAY):
        call_command("send_reminders", dry_run=True)
    assert mail.outbox == [] and not ReminderLog.objects.exists()
    assert "Would send 2 learner reminder(s)" in capsys.readouterr().out
