"""Organisations, people and records for the HR tests, written through the real services."""

from contextlib import nullcontext

from django.contrib.auth.models import Group
from freezegun import freeze_time

from lms import services
from lms.accounts.models import LearnerProfile
from lms.hr.models import HRResponsibility
from lms.hr.scope import HR_GROUP


def make_hr(make_user, username, *organisations):
    """Return an HR user responsible for the organisations."""
    user = make_user(username)
    user.groups.add(Group.objects.get(name=HR_GROUP))
    for organisation in organisations:
        HRResponsibility.objects.create(user=user, organisation=organisation)
    return user


def make_staff(make_user, username, full_name, organisation, department=None, **profile):
    """Return a learner with a profile at the organisation."""
    first, _space, last = full_name.partition(" ")
    user = make_user(username, first_name=first, last_name=last)
    LearnerProfile.objects.create(
        user=user,
        full_name=full_name,
        organisation=organisation,
        department=department,
        **profile,
    )
    return user


def complete(learner, course, at=None):
    """Complete every lesson of the course as the learner would; return the completion."""
    lessons = [step.specific for step in course.get_children().live().order_by("path")]
    with freeze_time(at) if at else nullcontext():
        completion = None
        for lesson in lessons:
            _progress, completion = services.complete_lesson(learner, lesson)
    return completion
