import pytest
from django.contrib.auth import get_user_model

from lms.accounts.models import LearnerProfile
from lms.hr import scope
from lms.hr.models import Assignment, Department
from lms.models import CourseCompletion
from tests.factories.hr import complete, make_hr

pytestmark = pytest.mark.django_db


def test_hr_sees_only_the_organisations_they_answer_for(hr_x, org_x, org_y):
    assert list(scope.organisations_for(hr_x)) == [org_x]


def test_superuser_sees_every_organisation(superuser, org_x, org_y):
    assert set(scope.organisations_for(superuser)) == {org_x, org_y}


def test_learner_and_anonymous_see_no_organisation(learner, org_x):
    from django.contrib.auth.models import AnonymousUser

    assert not scope.organisations_for(learner).exists()
    assert not scope.organisations_for(AnonymousUser()).exists()


def test_hr_responsibility_without_the_hr_permission_shows_nothing(make_user, org_x, staff_x):
    from lms.hr.models import HRResponsibility

    user = make_user("not-in-group")
    HRResponsibility.objects.create(user=user, organisation=org_x)
    assert not scope.organisations_for(user).exists()
    assert not scope.learners_visible_to(user).exists()


def test_deactivated_hr_user_sees_nothing(hr_x, staff_x):
    hr_x.is_active = False
    hr_x.save()
    assert not scope.learners_visible_to(hr_x).exists()


def test_learners_visible_to_hr_are_those_of_their_organisation(hr_x, hr_y, staff_x, staff_y):
    assert list(scope.learners_visible_to(hr_x)) == [staff_x]
    assert list(scope.learners_visible_to(hr_y)) == [staff_y]


def test_hr_of_two_organisations_sees_both(make_user, org_x, org_y, staff_x, staff_y):
    both = make_hr(make_user, "hr-both", org_x, org_y)
    assert set(scope.learners_visible_to(both)) == {staff_x, staff_y}


def test_superuser_sees_learners_without_an_organisation(superuser, learner, staff_x):
    assert {learner, staff_x} <= set(scope.learners_visible_to(superuser))


def test_records_are_scoped_by_the_learners_organisation(hr_x, staff_x, staff_y, course):
    complete(staff_x, course)
    complete(staff_y, course)
    visible = scope.scoped(CourseCompletion.objects.all(), hr_x)
    assert [c.learner for c in visible] == [staff_x]


def test_every_hr_model_has_a_scope(hr_x):
    for model in (Department, LearnerProfile, Assignment, CourseCompletion, get_user_model()):
        assert scope.scoped(model.objects.all(), hr_x) is not None


def test_a_model_without_a_scope_is_refused(hr_x):
    from wagtail.models import Page

    with pytest.raises(LookupError):
        scope.scoped(Page.objects.all(), hr_x)
