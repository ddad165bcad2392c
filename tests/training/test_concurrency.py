"""Twenty learners racing for the last seat: exactly one gets it. Needs PostgreSQL's row locks."""

import pytest
from django.db import connection

from lms.training import services
from lms.training.models import Booking, BookingStatus
from lms.training.services import SessionFull
from tests.factories.accounts import UserFactory
from tests.factories.training import BookingFactory, SessionFactory
from tests.lms.test_concurrency import THREADS, race

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locking is tested on PostgreSQL in CI"
    ),
]


def test_twenty_parallel_bookings_for_the_last_seat_make_one(area):
    session = SessionFactory(seats=3, step__parent__parent=area)
    BookingFactory(session=session)
    BookingFactory(session=session)
    learners = [UserFactory() for _ in range(THREADS)]
    errors = race(lambda index: services.book(learners[index], session.pk))
    assert len(errors) == THREADS - 1
    assert all(isinstance(error, SessionFull) for error in errors)
    assert Booking.objects.filter(session=session, status=BookingStatus.BOOKED).count() == 3
    assert Booking.objects.filter(learner__in=learners).count() == 1


def test_twenty_parallel_cancellations_and_waitlist_joins_never_overbook(area):
    session = SessionFactory(seats=2, step__parent__parent=area)
    booked = [BookingFactory(session=session) for _ in range(2)]
    waiting = [UserFactory() for _ in range(THREADS - 2)]

    def act(index):
        if index < 2:
            services.cancel(booked[index].learner, booked[index].pk)
        else:
            services.book(waiting[index - 2], session.pk, waitlist=True)

    race(act)
    assert Booking.objects.filter(session=session, status=BookingStatus.BOOKED).count() == 2
