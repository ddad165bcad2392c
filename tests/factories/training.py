"""Venues, facilities, sessions, bookings and calendar feeds of the Training Centre.

Sessions start a week from now (computed when made, so no test depends on today's date) at a
grade B cleanroom. Bookings are made through the booking service, as learners make them.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from lms import services as learning
from lms.training import services
from lms.training.assessments import sign_assessment
from lms.training.models import Assessment, Booking, CalendarFeed, Facility, Session, Venue
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.courses import AssessmentStepPageFactory, SessionStepPageFactory
from tests.factories.hr import OrganisationFactory


def in_days(days, hour=8):
    """Return an aware datetime `days` from now at `hour`:00, Stockholm time."""
    day = timezone.localtime() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cleanroom centre {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    address = "Blå stråket 5, 413 45 Göteborg"
    travel_notes = "Report to the reception on floor 2."
    accessibility = "Step-free entrance and lifts."

    class Meta:
        model = Venue


class FacilityFactory(factory.django.DjangoModelFactory):
    venue = factory.SubFactory(VenueFactory)
    name = factory.Sequence(lambda n: f"Cleanroom {n}")
    kind = "cleanroom"
    grade = "B"
    capacity = 12

    class Meta:
        model = Facility


class SessionFactory(factory.django.DjangoModelFactory):
    step = factory.SubFactory(SessionStepPageFactory, published=True, parent__published=True)
    starts_at = factory.LazyFunction(lambda: in_days(7, hour=9))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=2))
    facility = factory.SubFactory(FacilityFactory)
    seats = 6
    language = "sv"

    class Meta:
        model = Session
        skip_postgeneration_save = True

    @factory.post_generation
    def instructors(self, create, extracted, **kwargs):
        if create and extracted:
            self.instructors.set(extracted)


class BookingFactory(factory.django.DjangoModelFactory):
    """A booking made through the service (a seat if there is one, else the waiting list)."""

    session = factory.SubFactory(SessionFactory)
    learner = factory.SubFactory(UserFactory)

    class Meta:
        model = Booking

    @classmethod
    def _create(cls, model_class, session, learner, **kwargs):
        return services.book(learner, session.pk, waitlist=True)


class CalendarFeedFactory(factory.django.DjangoModelFactory):
    learner = factory.SubFactory(UserFactory)

    class Meta:
        model = CalendarFeed


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A signed assessment made through the service: the assessor signs with their password."""

    learner = factory.SubFactory(UserFactory)
    step = factory.SubFactory(AssessmentStepPageFactory, published=True, parent__published=True)
    assessor = factory.SubFactory(UserFactory, is_superuser=True)
    passed = True

    class Meta:
        model = Assessment

    @classmethod
    def _create(cls, model_class, learner, step, assessor, passed):
        learning.enrol(learner, step.get_parent().specific)
        results = [
            {"id": block_id, "text": text, "passed": passed, "comment": ""}
            for block_id, text, _guidance in step.items()
        ]
        return sign_assessment(assessor, learner, step, results, PASSWORD)
