"""Booking a seat, the waiting list, cancelling and promotion, through the real views."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry, PageViewRestriction

from lms.models import Enrolment
from lms.training.models import Booking, BookingStatus, Session
from tests.factories.accounts import LearnerProfileFactory, UserFactory
from tests.factories.training import BookingFactory

from .conftest import book

pytestmark = pytest.mark.django_db


def test_learner_books_a_seat_and_is_enrolled(learner_client, learner, session):
    response = book(learner_client, session)
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert (booking.learner, booking.status) == (learner, BookingStatus.BOOKED)
    assert Enrolment.objects.filter(learner=learner).exists()


def test_step_page_lists_sessions_with_a_book_button(learner_client, session):
    response = learner_client.get(session.step.url)
    assert response.status_code == 200
    assert f"/learn/training/sessions/{session.pk}/book/" in response.content.decode()
    assert "Sahlgrenska KITM" in response.content.decode()


def test_full_session_offers_the_waitlist_and_books_nothing(
    client, session, learner, learner_client
):
    BookingFactory(session=session)
    BookingFactory(session=session)
    response = book(learner_client, session)
    assert response.status_code == 400
    assert "waiting list" in response.content.decode()
    assert not Booking.objects.filter(learner=learner).exists()
    response = book(learner_client, session, waitlist="1")
    assert response.status_code == 302
    assert Booking.objects.get(learner=learner).status == BookingStatus.WAITLISTED


def test_booking_twice_is_refused(learner_client, learner, session):
    book(learner_client, session)
    response = book(learner_client, session)
    assert response.status_code == 400
    assert Booking.objects.filter(learner=learner).count() == 1


@pytest.mark.parametrize(
    "change, message",
    [
        ({"cancelled": True}, "has been cancelled"),
        ({"booking_closes_at": -1}, "has closed"),
        ({"booking_opens_at": 1}, "has not opened"),
        ({"starts_at": -2}, "already started"),
    ],
)
def test_unbookable_sessions_are_refused_with_a_message(learner_client, session, change, message):
    now = timezone.now()
    values = {
        field: now + timedelta(days=value)
        if isinstance(value, int) and field != "cancelled"
        else value
        for field, value in change.items()
    }
    if "starts_at" in values:
        values["ends_at"] = values["starts_at"] + timedelta(hours=2)
    Session.objects.filter(pk=session.pk).update(**values)
    response = book(learner_client, session)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_session_of_a_course_the_learner_may_not_see_is_a_404(learner_client, session):
    PageViewRestriction.objects.create(page=session.step.get_parent(), restriction_type="groups")
    response = book(learner_client, session)
    assert response.status_code == 404
    assert not Booking.objects.exists()


def test_unknown_session_is_a_404(learner_client, session):
    assert book(learner_client, Session(pk=session.pk + 100)).status_code == 404


def test_booking_for_someone_else_is_forbidden(learner_client, other_learner, session):
    response = book(learner_client, session, learner=other_learner.pk)
    assert response.status_code == 403
    assert not Booking.objects.exists()


def test_booking_needs_post_and_sign_in(client, session):
    assert client.get(f"/learn/training/sessions/{session.pk}/book/").status_code == 405
    response = book(client, session)
    assert response.status_code == 302 and "/account/sign-in/" in response["Location"]
    assert not Booking.objects.exists()


def test_cancelling_frees_the_seat_for_the_first_on_the_waitlist_in_their_language(
    django_capture_on_commit_callbacks, learner, learner_client, session
):
    book(learner_client, session)
    BookingFactory(session=session)
    first = UserFactory(email="first@example.org")
    LearnerProfileFactory(user=first, language="sv")
    second = UserFactory()
    BookingFactory(session=session, learner=first)
    BookingFactory(session=session, learner=second)
    mine = Booking.objects.get(learner=learner)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = learner_client.post(f"/learn/training/bookings/{mine.pk}/cancel/")
    assert response.status_code == 302
    assert Booking.objects.get(pk=mine.pk).status == BookingStatus.CANCELLED
    assert Booking.objects.get(learner=first).status == BookingStatus.BOOKED
    assert Booking.objects.get(learner=second).status == BookingStatus.WAITLISTED
    assert Booking.objects.filter(session=session, status=BookingStatus.BOOKED).count() == 2
    [message] = mail.outbox
    assert message.to == ["first@example.org"]
    assert "Du har en plats" in message.subject
    start = timezone.localtime(session.starts_at)
    assert f"{start:%H:%M}" in message.body


def test_cancelling_after_the_deadline_is_refused(learner_client, learner, session):
    book(learner_client, session)
    Session.objects.filter(pk=session.pk).update(
        cancellation_deadline=timezone.now() - timedelta(hours=1)
    )
    mine = Booking.objects.get(learner=learner)
    response = learner_client.post(f"/learn/training/bookings/{mine.pk}/cancel/")
    assert response.status_code == 400
    assert Booking.objects.get(pk=mine.pk).status == BookingStatus.BOOKED


def test_learner_cannot_cancel_someone_elses_booking(learner_client, session):
    theirs = BookingFactory(session=session)
    response = learner_client.post(f"/learn/training/bookings/{theirs.pk}/cancel/")
    assert response.status_code == 404
    assert Booking.objects.get(pk=theirs.pk).status == BookingStatus.BOOKED


def test_my_learning_lists_bookings_with_calendar_and_cancel(learner_client, learner, session):
    book(learner_client, session)
    booking = Booking.objects.get()
    response = learner_client.get("/learn/my-learning/")
    body = response.content.decode()
    assert "Training sessions" in body
    assert f"/learn/training/bookings/{booking.pk}/calendar.ics" in body
    assert f"/learn/training/bookings/{booking.pk}/cancel/" in body


def test_bookings_are_logged(learner_client, session):
    from wagtail.models import ModelLogEntry

    book(learner_client, session)
    assert ModelLogEntry.objects.filter(action="training.booked").count() == 1
    assert not PageLogEntry.objects.filter(action="training.booked").exists()


def test_my_learning_queries_do_not_grow_with_bookings(learner_client, learner, step):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.training import SessionFactory

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert learner_client.get("/learn/my-learning/").status_code == 200
        return len(queries)

    BookingFactory(session=SessionFactory(step=step), learner=learner)
    count()  # the first request also fills per-process caches and the site's settings row
    one = count()
    for _ in range(4):
        BookingFactory(session=SessionFactory(step=step), learner=learner)
    assert count() == one


def test_swedish_my_learning_shows_times_in_swedish_in_stockholm_time(learner_client, session):
    book(learner_client, session)
    start = timezone.localtime(session.starts_at)
    body = learner_client.get("/sv/learn/my-learning/").content.decode()
    assert "Utbildningstillfällen" in body
    swedish_months = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ]
    assert f"{start.day} {swedish_months[start.month - 1]} {start.year}, {start:%H:%M}" in body
