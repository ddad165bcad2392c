"""Venues and facilities in the admin, and the session step page type."""

import pytest
from django.core.exceptions import ValidationError

from courses.models import CoursePage, LessonPage, SessionStepPage
from lms.training.models import Facility, Venue
from tests.factories.training import FacilityFactory, SessionFactory, VenueFactory

pytestmark = pytest.mark.django_db


def test_superuser_lists_and_opens_venues(admin_client, venue):
    response = admin_client.get("/admin/training/venues/")
    assert response.status_code == 200
    assert "Sahlgrenska KITM" in response.content.decode()
    assert admin_client.get(f"/admin/training/venues/edit/{venue.pk}/").status_code == 200
    assert admin_client.get("/admin/training/venues/add/").status_code == 200


def test_deleting_a_venue_with_sessions_is_refused_with_an_explanation(admin_client, session):
    venue = session.facility.venue
    response = admin_client.post(f"/admin/training/venues/delete/{venue.pk}/", follow=True)
    assert Venue.objects.filter(pk=venue.pk).exists()
    assert "sessions are planned in its facilities" in response.content.decode()


def test_a_venue_without_sessions_can_be_deleted(admin_client):
    venue = FacilityFactory().venue
    admin_client.post(f"/admin/training/venues/delete/{venue.pk}/")
    assert not Venue.objects.filter(pk=venue.pk).exists()
    assert not Facility.objects.exists()


def test_only_cleanrooms_have_a_grade():
    with pytest.raises(ValidationError):
        FacilityFactory.build(venue=VenueFactory(), kind="cleanroom", grade="").full_clean()
    with pytest.raises(ValidationError):
        FacilityFactory.build(venue=VenueFactory(), kind="lecture_room", grade="A").full_clean()


def test_a_session_has_no_more_seats_than_its_facility(step):
    session = SessionFactory.build(step=step, facility=FacilityFactory(capacity=4), seats=5)
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "seats" in error.value.message_dict


def test_session_step_lives_under_a_course_only():
    assert SessionStepPage.parent_page_types == ["courses.CoursePage"]
    assert SessionStepPage.subpage_types == []
    assert "courses.SessionStepPage" in CoursePage.subpage_types
    assert not SessionStepPage.can_exist_under(LessonPage())


def test_session_step_renders_without_sessions(client, step):
    response = client.get(step.url)
    assert response.status_code == 200
    assert "No sessions are planned" in response.content.decode()
