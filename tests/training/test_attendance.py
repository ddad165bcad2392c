"""Instructors mark attendance on the roster; attending completes the session step."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms import services
from lms.models import CourseCompletion, StepProgress
from lms.training.models import Booking, Session
from tests.factories.accounts import UserFactory
from tests.factories.training import BookingFactory

pytestmark = pytest.mark.django_db


def instructor_client(session=None):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Training instructors"))
    if session is not None:
        session.instructors.add(user)
    client = Client()
    client.force_login(user)
    return user, client


def started(session):
    now = timezone.now()
    Session.objects.filter(pk=session.pk).update(
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
    )


def roster(session):
    return f"/admin/training/sessions/roster/{session.pk}/"


def test_instructor_marks_attended_and_the_course_completes(session, learner):
    lesson = session.step.get_parent().get_children().first().specific
    booking = BookingFactory(session=session, learner=learner)
    services.complete_lesson(learner, lesson)
    started(session)
    _user, client = instructor_client(session)
    response = client.get(roster(session))
    assert response.status_code == 200
    assert "Karin Lind" in response.content.decode() or learner.get_full_name() in (
        response.content.decode()
    )
    response = client.post(roster(session), {"booking": booking.pk, "attendance": "attended"})
    assert response.status_code == 302
    assert Booking.objects.get(pk=booking.pk).attendance == "attended"
    progress = StepProgress.objects.get(step=session.step)
    assert progress.completed_at is not None
    completion = CourseCompletion.objects.get(learner=learner)
    assert [step["kind"] for step in completion.steps] == ["lesson", "session"]
    assert ModelLogEntry.objects.filter(action="training.attendance_marked").count() == 1


@pytest.mark.parametrize("outcome", ["absent", "excused"])
def test_absent_or_excused_does_not_complete_the_step(session, learner, outcome):
    booking = BookingFactory(session=session, learner=learner)
    started(session)
    _user, client = instructor_client(session)
    client.post(roster(session), {"booking": booking.pk, "attendance": outcome})
    assert Booking.objects.get(pk=booking.pk).attendance == outcome
    assert not StepProgress.objects.filter(completed_at__isnull=False).exists()


def test_attendance_before_the_session_starts_is_refused(session, learner):
    booking = BookingFactory(session=session, learner=learner)
    _user, client = instructor_client(session)
    response = client.post(roster(session), {"booking": booking.pk, "attendance": "attended"})
    assert response.status_code == 400
    assert Booking.objects.get(pk=booking.pk).attendance == ""


def test_bad_attendance_value_is_refused(session, learner):
    booking = BookingFactory(session=session, learner=learner)
    started(session)
    _user, client = instructor_client(session)
    response = client.post(roster(session), {"booking": booking.pk, "attendance": "asleep"})
    assert response.status_code == 400
    assert Booking.objects.get(pk=booking.pk).attendance == ""


def test_instructor_of_another_session_gets_a_404(session, learner):
    booking = BookingFactory(session=session, learner=learner)
    started(session)
    _user, client = instructor_client()
    other = Session.objects.create(
        step=session.step,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        online_url="https://meet.example.org/x",
        seats=5,
        language="en-gb",
    )
    other.instructors.add(_user)
    assert client.get(roster(session)).status_code == 404
    response = client.post(roster(session), {"booking": booking.pk, "attendance": "attended"})
    assert response.status_code == 404
    assert Booking.objects.get(pk=booking.pk).attendance == ""
    listing = client.get("/admin/training/sessions/")
    assert listing.status_code == 200
    assert f"/admin/training/sessions/roster/{other.pk}/" in listing.content.decode()
    assert f"/admin/training/sessions/roster/{session.pk}/" not in listing.content.decode()


def test_learner_has_no_roster(learner_client, session):
    response = learner_client.get(roster(session))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_coordinator_sees_every_session(session, make_user):
    user = make_user("coordinator")
    user.groups.add(Group.objects.get(name="Training coordinators"))
    client = Client()
    client.force_login(user)
    assert client.get(roster(session)).status_code == 200
    assert client.get(f"/admin/training/sessions/edit/{session.pk}/").status_code == 200
    assert (
        client.get(f"/admin/training/sessions/?venue={session.facility.venue_id}").status_code
        == 200
    )


def test_deleting_a_session_with_bookings_is_refused(admin_client, session, learner):
    BookingFactory(session=session, learner=learner)
    response = admin_client.post(f"/admin/training/sessions/delete/{session.pk}/")
    assert response.status_code == 302
    assert Session.objects.filter(pk=session.pk).exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("cannot be deleted" in m for m in messages)


def test_coordinator_plans_a_session_choosing_among_instructors(session, make_user):
    coordinator = make_user("coordinator")
    coordinator.groups.add(Group.objects.get(name="Training coordinators"))
    instructor, _client = instructor_client()
    bystander = UserFactory()
    client = Client()
    client.force_login(coordinator)
    form = client.get("/admin/training/sessions/new/").content.decode()
    assert f'value="{instructor.pk}"' in form and f'value="{bystander.pk}"' not in form
    starts = timezone.localtime() + timedelta(days=10)
    response = client.post(
        "/admin/training/sessions/new/",
        {
            "step": session.step.pk,
            "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (starts + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            "facility": session.facility.pk,
            "online_url": "",
            "instructors": [instructor.pk],
            "seats": 50,
            "language": "en-gb",
        },
    )
    assert response.status_code == 200  # refused: the facility holds 12
    assert "The facility holds 12 people." in response.content.decode()
    assert Session.objects.count() == 1
