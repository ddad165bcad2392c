"""The .ics download and the private calendar feed, parsed with the icalendar package."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from lms.training.models import Booking, CalendarFeed, Session

from .conftest import book

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def last_sunday(year, month):
    day = datetime(year, month, 31, 8, 0, tzinfo=STOCKHOLM)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


@pytest.mark.parametrize("month", [3, 10])
def test_eight_oclock_stays_eight_oclock_across_the_dst_change(learner_client, session, month):
    year = timezone.localtime().year + 1  # always in the future
    start = last_sunday(year, month)
    assert start.weekday() == 6
    Session.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=2)
    )
    book(learner_client, session)
    booking = Booking.objects.get()
    calendar, [event] = events(
        learner_client.get(f"/learn/training/bookings/{booking.pk}/calendar.ics")
    )
    dtstart = event.decoded("dtstart")
    assert (dtstart.hour, dtstart.minute) == (8, 0)
    assert str(dtstart.tzinfo) == "Europe/Stockholm"
    assert dtstart == start
    assert event.decoded("dtend") == start + timedelta(hours=2)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Stockholm"
    assert (
        b"DTSTART;TZID=Europe/Stockholm:"
        in learner_client.get(f"/learn/training/bookings/{booking.pk}/calendar.ics").content
    )
    assert str(event["summary"]) == "Gowning practice"
    assert "Sahlgrenska KITM" in str(event["location"])


def test_someone_elses_booking_calendar_is_a_404(learner_client, other_learner, session):
    client = Client()
    client.force_login(other_learner)
    book(client, session)
    theirs = Booking.objects.get()
    assert (
        learner_client.get(f"/learn/training/bookings/{theirs.pk}/calendar.ics").status_code == 404
    )


def test_private_feed_lists_booked_sessions_and_can_be_revoked(learner_client, learner, session):
    client = Client()  # a calendar application: not signed in
    book(learner_client, session)
    assert learner_client.post("/learn/training/calendar/renew/").status_code == 302
    token = CalendarFeed.objects.get(learner=learner).token
    _calendar, [event] = events(client.get(f"/learn/training/calendar/{token}.ics"))
    assert str(event["summary"]) == "Gowning practice"
    body = learner_client.get("/learn/my-learning/").content.decode()
    assert f"/learn/training/calendar/{token}.ics" in body

    learner_client.post("/learn/training/calendar/renew/")
    new_token = CalendarFeed.objects.get(learner=learner).token
    assert new_token != token
    assert client.get(f"/learn/training/calendar/{token}.ics").status_code == 404
    assert client.get(f"/learn/training/calendar/{new_token}.ics").status_code == 200

    learner_client.post("/learn/training/calendar/revoke/")
    assert not CalendarFeed.objects.exists()
    assert client.get(f"/learn/training/calendar/{new_token}.ics").status_code == 404


def test_feed_of_an_unknown_token_is_a_404(client, db):
    assert client.get("/learn/training/calendar/not-a-token.ics").status_code == 404
