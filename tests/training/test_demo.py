"""The Training Centre's demo: venues, upcoming sessions in two languages, the instructor."""

from io import StringIO

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import SessionStepPage
from lms.training import demo as training_demo
from lms.training.models import Booking, BookingStatus, Session, Venue

pytestmark = pytest.mark.django_db


def test_demo_has_the_partner_venues_and_their_cleanrooms(demo):
    kitm = Venue.objects.get(name="Sahlgrenska KITM cleanroom")
    ccrm = Venue.objects.get(name__startswith="CCRM Nordic")
    assert kitm.organisation.name == "Sahlgrenska University Hospital"
    assert ccrm.organisation.name == "CCRM Nordic"
    assert {f.grade for f in kitm.facilities.filter(kind="cleanroom")} == {"B", "C"}


def test_demo_sessions_are_upcoming_and_the_thursday_series_is_on_thursdays(demo):
    now = timezone.now()
    assert Session.objects.exists()
    assert not Session.objects.filter(starts_at__lte=now).exists()
    lectures = Session.objects.filter(step__slug="thursday-lecture")
    assert lectures.count() == 6
    for session in lectures:
        start = timezone.localtime(session.starts_at)
        assert (start.weekday(), start.hour, start.minute) == (3, 12, 0)
        assert (session.ends_at - session.starts_at).total_seconds() == 3600
        assert session.online_url and session.facility.kind == "lecture_room"


def test_demo_steps_exist_in_english_and_swedish(demo, client):
    titles = set(SessionStepPage.objects.values_list("title", flat=True))
    assert {"Gowning session in the cleanroom", "Omklädningstillfälle i renrum"} <= titles
    swedish = SessionStepPage.objects.get(title="Omklädningstillfälle i renrum")
    response = client.get(swedish.url)
    assert response.status_code == 200
    assert "Boka en plats" in response.content.decode() or "väntelistan" in (
        response.content.decode()
    )


def test_demo_has_a_waiting_list_and_the_learner_has_a_booking(demo):
    assert Booking.objects.filter(status=BookingStatus.WAITLISTED).exists()
    assert Booking.objects.filter(
        learner__username="learner@example.org", status=BookingStatus.BOOKED
    ).exists()


def test_demo_instructor_sees_their_rosters(demo):
    client = Client()
    assert client.login(username="instructor@example.org", password="atmp-instructor-demo")
    session = Session.objects.filter(instructors__username="instructor@example.org").first()
    assert client.get("/admin/training/sessions/").status_code == 200
    response = client.get(f"/admin/training/sessions/roster/{session.pk}/")
    assert response.status_code == 200


def test_loading_the_training_demo_again_adds_nothing(demo):
    before = (Venue.objects.count(), Session.objects.count(), Booking.objects.count())
    training_demo.load(StringIO(), None)
    assert (Venue.objects.count(), Session.objects.count(), Booking.objects.count()) == before


def test_demo_gowning_qualification_in_both_languages_and_the_assessor_form(demo):
    from courses.models import AssessmentStepPage

    english = AssessmentStepPage.objects.get(slug="gowning-qualification")
    swedish = AssessmentStepPage.objects.get(slug="omklaedningskvalificering")
    assert len(english.items()) == len(swedish.items()) == 8
    assert [i[0] for i in english.items()] == [i[0] for i in swedish.items()]
    client = Client()
    assert client.login(username="instructor@example.org", password="atmp-instructor-demo")
    response = client.get(f"/admin/training/assessments/assess/{english.pk}/")
    assert response.status_code == 200
    assert "Removes jewellery" in response.content.decode()
