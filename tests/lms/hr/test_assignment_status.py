"""Assignment statuses across due dates and expiry, computed in one place (lms.hr.status)."""

import datetime

import pytest
from freezegun import freeze_time

from lms import services
from lms.hr.models import Assignment, AssignmentStatus
from lms.hr.status import assignments_for_learner
from lms.models import CompletionCorrection
from tests.factories.hr import complete

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def assign(learner, course, due):
    return Assignment.objects.create(learner=learner, course=course, due_date=due)


def status_of(assignment, when):
    with freeze_time(when):
        row = Assignment.objects.with_status().get(pk=assignment.pk)
    return row.status, row.due_on


def test_due_today_is_not_overdue_the_next_day_it_is(staff_x, course):
    assignment = assign(staff_x, course, datetime.date(2026, 3, 10))
    assert status_of(assignment, "2026-03-10 22:59")[0] == AssignmentStatus.NOT_STARTED
    # 23:00 UTC is midnight in Stockholm: the due date has passed.
    assert status_of(assignment, "2026-03-10 23:00")[0] == AssignmentStatus.OVERDUE


def test_starting_the_course_makes_it_in_progress_until_it_is_overdue(staff_x, course):
    assignment = assign(staff_x, course, datetime.date(2026, 3, 10))
    services.enrol(staff_x, course)
    assert status_of(assignment, "2026-03-01")[0] == AssignmentStatus.IN_PROGRESS
    assert status_of(assignment, "2026-03-12")[0] == AssignmentStatus.OVERDUE


def test_a_completion_without_expiry_completes_the_assignment_for_good(staff_x, course):
    assignment = assign(staff_x, course, datetime.date(2026, 3, 10))
    complete(staff_x, course, at=datetime.datetime(2026, 3, 20, 9, 0, tzinfo=UTC))
    assert status_of(assignment, "2030-01-01") == (AssignmentStatus.COMPLETED, None)


def test_an_earlier_valid_completion_counts(staff_x, yearly_course):
    complete(staff_x, yearly_course, at=datetime.datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    assignment = assign(staff_x, yearly_course, datetime.date(2026, 6, 1))
    assert status_of(assignment, "2026-02-01")[0] == AssignmentStatus.COMPLETED


def test_requalification_follows_the_course_validity(staff_x, yearly_course):
    assignment = assign(staff_x, yearly_course, datetime.date(2026, 2, 1))
    complete(staff_x, yearly_course, at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=UTC))
    expiry = datetime.date(2027, 1, 15)
    assert status_of(assignment, "2026-12-15 11:59") == (AssignmentStatus.COMPLETED, expiry)
    assert status_of(assignment, "2026-12-16 12:00") == (AssignmentStatus.EXPIRING, expiry)
    assert status_of(assignment, "2027-01-15 11:59:59") == (AssignmentStatus.EXPIRING, expiry)
    assert status_of(assignment, "2027-01-15 12:00") == (AssignmentStatus.EXPIRED, expiry)
    assert status_of(assignment, "2027-06-01") == (AssignmentStatus.EXPIRED, expiry)


def test_renewing_after_expiry_completes_it_again(staff_x, yearly_course):
    assignment = assign(staff_x, yearly_course, datetime.date(2026, 2, 1))
    complete(staff_x, yearly_course, at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=UTC))
    with freeze_time("2027-01-20"):
        services.renew(staff_x, yearly_course)
    complete(staff_x, yearly_course, at=datetime.datetime(2027, 1, 21, 12, 0, tzinfo=UTC))
    assert status_of(assignment, "2027-02-01") == (
        AssignmentStatus.COMPLETED,
        datetime.date(2028, 1, 21),
    )


def test_a_corrected_expiry_moves_the_due_date(staff_x, yearly_course, superuser):
    assignment = assign(staff_x, yearly_course, datetime.date(2026, 2, 1))
    completion = complete(
        staff_x, yearly_course, at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    )
    CompletionCorrection.objects.create(
        completion=completion,
        action="set_expiry",
        expires_at=datetime.datetime(2026, 6, 30, 12, 0, tzinfo=UTC),
        reason="SOP revised: retrain by midsummer",
        created_by=superuser,
    )
    assert status_of(assignment, "2026-06-10") == (
        AssignmentStatus.EXPIRING,
        datetime.date(2026, 6, 30),
    )
    assert status_of(assignment, "2026-07-01")[0] == AssignmentStatus.EXPIRED


def test_an_annulled_completion_does_not_count(staff_x, course, superuser):
    assignment = assign(staff_x, course, datetime.date(2026, 3, 10))
    completion = complete(staff_x, course, at=datetime.datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    CompletionCorrection.objects.create(
        completion=completion,
        action="annul",
        reason="Completed by someone else",
        created_by=superuser,
    )
    assert status_of(assignment, "2026-03-20") == (
        AssignmentStatus.OVERDUE,
        datetime.date(2026, 3, 10),
    )


def test_learners_see_their_assignments_most_urgent_first(staff_x, course, yearly_course, area):
    from tests.conftest import publish
    from tests.factories.courses import CoursePageFactory

    third = publish(CoursePageFactory(parent=area, title="Third", slug="third"))
    assign(staff_x, course, datetime.date(2026, 5, 1))
    assign(staff_x, yearly_course, datetime.date(2026, 3, 1))
    assign(staff_x, third, datetime.date(2026, 4, 1))
    with freeze_time("2026-03-15"):
        rows = assignments_for_learner(staff_x)
    assert [(row.course.title, row.status_label) for row in rows] == [
        ("GMP refresher", "Overdue"),
        ("Third", "Not started"),
        ("Introduction to ATMP", "Not started"),
    ]


@pytest.mark.parametrize(
    "corrections",
    [
        [],
        [("2026-06-30T12:00:00+00:00",)],
        [(None,)],
        [("2026-06-30T12:00:00+00:00",), (None,)],
        [(None,), ("2027-03-01T08:00:00+00:00",)],
    ],
)
def test_the_database_and_the_record_agree_on_the_expiry(
    staff_x, yearly_course, superuser, corrections
):

    from lms.models import CourseCompletion

    completion = complete(
        staff_x, yearly_course, at=datetime.datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    )
    for index, (expires,) in enumerate(corrections):
        CompletionCorrection.objects.create(
            completion=completion,
            action="set_expiry",
            expires_at=datetime.datetime.fromisoformat(expires) if expires else None,
            reason=f"Correction {index}",
            created_by=superuser,
            created_at=datetime.datetime(2026, 2, 1 + index, tzinfo=UTC),
        )
    record = CourseCompletion.objects.get(pk=completion.pk)
    row = CourseCompletion.objects.filter(pk=completion.pk).with_validity().get()
    assert row.valid_until == record.effective_expires_at
