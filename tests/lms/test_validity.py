"""The one rule for valid / expiring / expired / annulled, in Python and in the database alike.

`completion_status()` (a completion in hand) and `CourseCompletion.objects.with_validity()` (the
database, for screens, reports, exports, the matrix and reminders) must give the same answer on
every boundary; renewal, My learning and area certificates read the same rule.
"""

import datetime
from datetime import UTC, timedelta

import pytest

from lms import services
from lms.models import (
    COUNTING,
    EXPIRING_WITHIN,
    RENEWABLE,
    CompletionCorrection,
    CompletionStatus,
    CorrectionAction,
    CourseCompletion,
    completion_status,
)
from tests.factories.courses import CoursePageFactory
from tests.factories.lms import CourseCompletionFactory

pytestmark = pytest.mark.django_db

COMPLETED = datetime.datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
EXPIRES = datetime.datetime(2027, 1, 15, 12, 0, tzinfo=UTC)  # the 12-month course below
SECOND = timedelta(seconds=1)

# (moment, status): every boundary of the rule, from both sides.
BOUNDARIES = [
    (COMPLETED, CompletionStatus.VALID),
    (EXPIRES - EXPIRING_WITHIN - SECOND, CompletionStatus.VALID),
    (EXPIRES - EXPIRING_WITHIN, CompletionStatus.EXPIRING),
    (EXPIRES - SECOND, CompletionStatus.EXPIRING),
    (EXPIRES, CompletionStatus.EXPIRED),
    (EXPIRES + timedelta(days=400), CompletionStatus.EXPIRED),
]


@pytest.fixture
def completion(quiz_course, learner, area):
    course = CoursePageFactory(
        parent=area, slug="yearly", validity_months=12, published=True, lessons=1
    )
    return CourseCompletionFactory(learner=learner, course=course, completed_at=COMPLETED)


def database_status(completion, now):
    return CourseCompletion.objects.filter(pk=completion.pk).with_validity(now).get().validity


def fresh(completion):
    return CourseCompletion.objects.prefetch_related("corrections").get(pk=completion.pk)


@pytest.mark.parametrize(("moment", "expected"), BOUNDARIES)
def test_python_and_database_agree_on_every_boundary(completion, moment, expected):
    assert completion.expires_at == EXPIRES
    assert completion_status(EXPIRES, now=moment) == expected
    assert fresh(completion).status_at(moment) == expected
    assert database_status(completion, moment) == expected
    counts = expected in COUNTING
    assert fresh(completion).is_valid_at(moment) is counts
    assert CourseCompletion.objects.valid(moment).filter(pk=completion.pk).exists() is counts


def test_the_latest_expiry_correction_wins_in_both(completion, superuser):
    later = EXPIRES + timedelta(days=200)
    services.correct_completion(
        completion, CorrectionAction.SET_EXPIRY, "Extended", superuser, expires_at=later
    )
    moment = EXPIRES + timedelta(days=1)
    assert fresh(completion).status_at(moment) == CompletionStatus.VALID
    assert database_status(completion, moment) == CompletionStatus.VALID
    # The service asks for a date; a correction row without one means "never expires".
    CompletionCorrection.objects.create(
        completion=completion,
        action=CorrectionAction.SET_EXPIRY,
        expires_at=None,
        reason="Never expires",
        created_by=superuser,
    )
    far = EXPIRES + timedelta(days=4000)
    assert fresh(completion).status_at(far) == CompletionStatus.VALID
    assert database_status(completion, far) == CompletionStatus.VALID


def test_an_annulled_completion_is_annulled_at_any_moment_in_both(completion, superuser):
    services.correct_completion(completion, CorrectionAction.ANNUL, "Wrong learner", superuser)
    for moment, _status in BOUNDARIES:
        assert fresh(completion).status_at(moment) == CompletionStatus.ANNULLED
        assert database_status(completion, moment) == CompletionStatus.ANNULLED
        assert not CourseCompletion.objects.valid(moment).filter(pk=completion.pk).exists()


def test_no_expiry_is_valid_for_ever():
    assert completion_status(None, now=COMPLETED + timedelta(days=10_000)) == "valid"
    assert completion_status(None, annulled=True) == CompletionStatus.ANNULLED


def test_renewal_follows_the_rule(completion, learner, superuser):
    from freezegun import freeze_time

    course = completion.course
    too_early = EXPIRES - EXPIRING_WITHIN - timedelta(days=1)
    with freeze_time(too_early), pytest.raises(services.LearningError):
        services.renew(learner, course)
    with freeze_time(EXPIRES - EXPIRING_WITHIN + SECOND):
        assert fresh(completion).status_at() in RENEWABLE
        assert services.renew(learner, course).cycle == 2
