"""The day-before reminder and the cancellation email, each once and in the learner's language."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.training.models import Booking, Session
from tests.factories.accounts import LearnerProfileFactory, UserFactory
from tests.factories.training import BookingFactory

pytestmark = pytest.mark.django_db


def swedish_learner(email):
    user = UserFactory(email=email)
    LearnerProfileFactory(user=user, language="sv")
    return user


def test_reminders_go_the_day_before_once(session):
    tomorrow = timezone.localtime() + timedelta(days=1)
    starts = tomorrow.replace(hour=8, minute=0, second=0, microsecond=0)
    Session.objects.filter(pk=session.pk).update(
        starts_at=starts, ends_at=starts + timedelta(hours=2)
    )
    BookingFactory(session=session, learner=swedish_learner("sv@example.org"))
    BookingFactory(session=session, learner=UserFactory(email="en@example.org"))
    later = BookingFactory(session=session, learner=UserFactory())  # no seat left: waiting
    assert later.status == "waitlisted"
    out = StringIO()
    call_command("send_session_reminders", stdout=out)
    assert "sent: 2" in out.getvalue()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"sv@example.org", "en@example.org"}
    assert by_address["sv@example.org"].subject == "I morgon: Gowning practice"
    assert "08:00" in by_address["sv@example.org"].body
    assert by_address["en@example.org"].subject == "Tomorrow: Gowning practice"
    call_command("send_session_reminders", stdout=StringIO())
    assert len(mail.outbox) == 2
    assert Booking.objects.filter(reminded_at__isnull=False).count() == 2


def test_no_reminder_for_a_session_next_week(session, learner):
    BookingFactory(session=session, learner=learner)
    call_command("send_session_reminders", stdout=StringIO())
    assert not mail.outbox


def test_cancelling_a_session_emails_booked_and_waiting_learners(
    admin_client, session, django_capture_on_commit_callbacks
):
    learners = [swedish_learner(f"l{n}@example.org") for n in range(3)]
    for learner in learners:
        BookingFactory(session=session, learner=learner)
    starts = timezone.localtime(session.starts_at)
    data = {
        "step": session.step.pk,
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "ends_at": timezone.localtime(session.ends_at).strftime("%Y-%m-%d %H:%M"),
        "facility": session.facility.pk,
        "online_url": "",
        "seats": session.seats,
        "language": session.language,
        "cancelled": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/training/sessions/edit/{session.pk}/", data)
    assert response.status_code == 302
    assert Session.objects.get(pk=session.pk).cancelled
    assert sorted(m.to[0] for m in mail.outbox) == [f"l{n}@example.org" for n in range(3)]
    assert all(m.subject == "Inställt: Gowning practice" for m in mail.outbox)
    assert ModelLogEntry.objects.filter(action="training.session_cancelled").count() == 1
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/training/sessions/edit/{session.pk}/", data)
    assert not mail.outbox  # saving it again, still cancelled, tells nobody twice
