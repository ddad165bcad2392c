import pytest

from tests.conftest import publish
from tests.factories.courses import SessionStepPageFactory
from tests.factories.training import FacilityFactory, SessionFactory, VenueFactory


@pytest.fixture
def step(area):
    from tests.factories.courses import CoursePageFactory, LessonPageFactory

    course = publish(CoursePageFactory(parent=area, title="GMP cleanroom basics", slug="gmp"))
    publish(LessonPageFactory(parent=course, title="Why gowning matters", slug="why"))
    return publish(SessionStepPageFactory(parent=course, title="Gowning practice", slug="gowning"))


@pytest.fixture
def venue():
    return VenueFactory(name="Sahlgrenska KITM")


@pytest.fixture
def session(step, venue):
    return SessionFactory(step=step, facility=FacilityFactory(venue=venue), seats=2)


def book(client, session, **data):
    return client.post(f"/learn/training/sessions/{session.pk}/book/", data)
