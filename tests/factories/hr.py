"""Organisations, people and records for the HR tests, written through the real services."""

import datetime
from contextlib import nullcontext

import factory
from django.contrib.auth.models import Group
from django.utils import timezone
from freezegun import freeze_time

from lms import services
from lms.accounts.models import LearnerProfile
from lms.hr import assignments, membership
from lms.hr.models import (
    Assignment,
    AssignmentRule,
    CompetenceNeed,
    Department,
    ExportLog,
    HRResponsibility,
    JoinRequest,
    MemberGroup,
    Membership,
    MembershipSource,
    Organisation,
    OrganisationDomain,
    Profession,
    ReminderLog,
    RequestKind,
)
from lms.hr.models.assignments import ReminderKind
from lms.hr.scope import HR_GROUP
from tests.factories.accounts import UserFactory
from tests.factories.courses import CoursePageFactory, area_page


def make_hr(make_user, username, *organisations):
    """Return an HR user responsible for the organisations."""
    user = make_user(username)
    user.groups.add(Group.objects.get(name=HR_GROUP))
    for organisation in organisations:
        HRResponsibility.objects.create(user=user, organisation=organisation)
    return user


def make_staff(
    make_user,
    username,
    full_name,
    organisation,
    department=None,
    employee_number="",
    source=MembershipSource.HR,
    **profile,
):
    """Return a learner with a confirmed address, made a member of the organisation by HR."""
    first, _space, last = full_name.partition(" ")
    user = make_user(username, first_name=first, last_name=last)
    learner_profile = LearnerProfile(user=user, full_name=full_name, **profile)
    learner_profile.mark_email_verified()
    learner_profile.save()
    if organisation is not None:
        membership.start(
            user,
            organisation,
            source=source,
            department=department,
            employee_number=employee_number,
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


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Regional hospital {n}")

    class Meta:
        model = Organisation


class DepartmentFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Department {n}")

    class Meta:
        model = Department


class ProfessionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Profession {n}")
    slug = factory.Sequence(lambda n: f"profession-{n}")

    class Meta:
        model = Profession


class HRResponsibilityFactory(factory.django.DjangoModelFactory):
    """An HR user (in the HR group) responsible for an organisation."""

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = HRResponsibility

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["user"].groups.add(Group.objects.get(name=HR_GROUP))
        return super()._create(model_class, *args, **kwargs)


class AssignmentRuleFactory(factory.django.DjangoModelFactory):
    """A rule recorded the way HR's screen does it (assignments.create_rule): queued."""

    organisation = factory.SubFactory(OrganisationFactory)
    course = factory.SubFactory(CoursePageFactory, published=True)
    due_within_days = 30
    created_by = factory.SubFactory(UserFactory)

    class Meta:
        model = AssignmentRule

    @classmethod
    def _create(cls, model_class, *args, created_by, **fields):
        return assignments.create_rule(created_by, **fields)


class AssignmentFactory(factory.django.DjangoModelFactory):
    learner = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory, published=True)
    due_date = factory.LazyFunction(lambda: in_days(30))

    class Meta:
        model = Assignment


class ReminderLogFactory(factory.django.DjangoModelFactory):
    kind = ReminderKind.LEARNER_DUE
    recipient = factory.SubFactory(UserFactory)
    sent_on = factory.LazyFunction(timezone.localdate)
    item_count = 1

    class Meta:
        model = ReminderLog


class ExportLogFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    report = "completion-records"
    format = "csv"
    row_count = 0

    class Meta:
        model = ExportLog


class CompetenceNeedFactory(factory.django.DjangoModelFactory):
    department = factory.SubFactory(DepartmentFactory)
    area = factory.LazyFunction(area_page)
    staff_count = 10

    class Meta:
        model = CompetenceNeed


class OrganisationDomainFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    domain = factory.Sequence(lambda n: f"hospital-{n}.example")

    class Meta:
        model = OrganisationDomain


def verified_user():
    """Return a new user whose email address is confirmed."""
    user = UserFactory()
    profile = LearnerProfile(user=user, full_name=user.get_full_name())
    profile.mark_email_verified()
    profile.save()
    return user


class MembershipFactory(factory.django.DjangoModelFactory):
    """A current membership, started through lms.hr.membership as HR would."""

    user = factory.LazyFunction(verified_user)
    organisation = factory.SubFactory(OrganisationFactory)
    source = MembershipSource.HR

    class Meta:
        model = Membership

    @classmethod
    def _create(cls, model_class, user, organisation, source, **fields):
        return membership.start(user, organisation, source=source, **fields)


class MemberGroupFactory(factory.django.DjangoModelFactory):
    """An organisation's members' group, made as the membership service makes it."""

    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = MemberGroup

    @classmethod
    def _create(cls, model_class, organisation):
        membership.member_group(organisation)
        return MemberGroup.objects.get(organisation=organisation)


class JoinRequestFactory(factory.django.DjangoModelFactory):
    """A pending request to join, filed by a learner with a confirmed address."""

    user = factory.LazyFunction(verified_user)
    organisation = factory.SubFactory(OrganisationFactory)
    kind = RequestKind.JOIN

    class Meta:
        model = JoinRequest

    @classmethod
    def _create(cls, model_class, user, organisation, kind, **fields):
        return membership.file_request(user, kind=kind, organisation=organisation, **fields)
