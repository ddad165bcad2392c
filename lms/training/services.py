"""Booking, cancelling, the waiting list and attendance. Each service is atomic.

Every change to a session's bookings first locks the session row (`select_for_update`), so
counting the booked seats and adding a booking happen one request at a time per session: two
learners can never take the last seat together, and a freed seat goes to exactly one person
on the waiting list. Emails are sent after the commit.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses.catalogue import is_visible_to
from lms import services as learning
from lms.services import LearningError
from lms.training import emails
from lms.training.models import ACTIVE, Attendance, Booking, BookingStatus, Session


class SessionFull(LearningError):
    """The session has no seat left; the learner may join the waiting list instead."""

    def __init__(self, session):
        super().__init__(
            _("This session is full. You can join the waiting list instead."), status=400
        )
        self.session = session


def _locked_session(session_id):
    try:
        return (
            Session.objects.select_for_update(of=("self",))
            .select_related("step")
            .get(pk=session_id)
        )
    except Session.DoesNotExist:
        raise LearningError(_("This session does not exist."), status=404) from None


def _check_visible(session, user):
    step = session.step
    course = step.get_parent()
    if not (step.live and course.live and is_visible_to(step, user)):
        raise LearningError(_("This session is not available."), status=404)
    return course


def _check_bookable(session, now):
    if session.cancelled:
        raise LearningError(_("This session has been cancelled."))
    if session.starts_at <= now:
        raise LearningError(_("This session has already started or taken place."))
    if session.booking_opens_at and session.booking_opens_at > now:
        raise LearningError(_("Booking for this session has not opened yet."))
    if session.closes_at <= now:
        raise LearningError(_("Booking for this session has closed."))


def book(user, session_id, waitlist=False):
    """Give the learner a seat, or with `waitlist` a place in the queue when the session is full.

    Locks the session row, then counts its booked seats. Raises SessionFull when there is no
    seat and the learner did not ask for the waiting list. Enrols the learner on the course.
    """
    now = timezone.now()
    with transaction.atomic():
        session = _locked_session(session_id)
        course = _check_visible(session, user)
        _check_bookable(session, now)
        if Booking.objects.active().filter(session=session, learner=user).exists():
            raise LearningError(_("You already have a place or are on the waiting list."))
        full = Booking.objects.booked().filter(session=session).count() >= session.seats
        if full and not waitlist:
            raise SessionFull(session)
        learning.enrol(user, course.specific)
        booking = Booking.objects.create(
            session=session,
            learner=user,
            status=BookingStatus.WAITLISTED if full else BookingStatus.BOOKED,
            created_at=now,
        )
        action = "training.waitlisted" if full else "training.booked"
        log(booking, action, user=user, title=str(session))
    return booking


def cancel(user, booking_id):
    """Cancel the learner's own booking before the deadline; promote the first in the queue.

    Locks the session row, so the seat that is freed goes to exactly one waiting learner, who
    is emailed (in their language) once the transaction commits.
    """
    now = timezone.now()
    with transaction.atomic():
        booking = (
            Booking.objects.filter(pk=booking_id, learner=user, status__in=ACTIVE)
            .select_related("session")
            .first()
        )
        if booking is None:
            raise LearningError(_("You have no such booking."), status=404)
        session = _locked_session(booking.session_id)
        booking.refresh_from_db()
        if booking.status not in ACTIVE:
            raise LearningError(_("This booking is already cancelled."))
        if session.cancellable_until <= now:
            raise LearningError(
                _("The cancellation deadline has passed. Contact the instructor instead.")
            )
        was_booked = booking.status == BookingStatus.BOOKED
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
        booking.save(update_fields=["status", "cancelled_at"])
        log(booking, "training.cancelled", user=user, title=str(session))
        promoted = _promote_first(session, now) if was_booked else None
    return booking, promoted


def _promote_first(session, now):
    """Give a freed seat to the first learner on the waiting list. Call holding the lock."""
    if Booking.objects.booked().filter(session=session).count() >= session.seats:
        return None
    first = Booking.objects.waitlisted().filter(session=session).first()
    if first is None:
        return None
    first.status = BookingStatus.BOOKED
    first.promoted_at = now
    first.save(update_fields=["status", "promoted_at"])
    log(first, "training.promoted", user=None, title=str(session))
    transaction.on_commit(lambda: emails.send_promotion(first.pk))
    return first


def session_cancelled(user, session):
    """Log a session's cancellation and email everyone booked or waiting, after the commit.

    Bookings stay as they are: they are the record of who was affected.
    """
    session = _locked_session(session.pk)
    log(session, "training.session_cancelled", user=user, title=str(session))
    booking_ids = list(session.bookings.active().values_list("pk", flat=True))
    transaction.on_commit(lambda: emails.send_cancellation(booking_ids))
    return booking_ids


def send_reminders(now=None):
    """Email the day before: every booked learner of a session that starts tomorrow, once.

    Safe to run again or twice at once: each booking is locked, skipped if another run holds
    it, and marked as reminded in the same transaction as its email is sent.
    """
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    due = Booking.objects.booked().filter(
        reminded_at__isnull=True,
        session__cancelled=False,
        session__starts_at__date=tomorrow,
        session__starts_at__gt=now,
    )
    sent = 0
    for booking_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            booking = (
                emails.bookings_for_email()
                .select_for_update(skip_locked=True, of=("self",))
                .filter(pk=booking_id, reminded_at__isnull=True)
                .first()
            )
            if booking is None:
                continue
            if booking.learner.email:
                emails.booking_message("reminder", booking).send()
                sent += 1
            booking.reminded_at = now
            booking.save(update_fields=["reminded_at"])
    return sent


def can_take_attendance(user, session):
    """Return True for the session's instructors, training coordinators and superusers."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.has_perm("training.change_session"):
        return True
    return session.instructors.filter(pk=user.pk).exists()


def mark_attendance(user, booking_id, outcome):
    """Record whether a booked learner attended; an attendance completes the session step.

    Only the session's instructors and coordinators may mark, once the session has started.
    The step stays done if a mark is later corrected: progress records are never removed.
    """
    if outcome not in Attendance.values:
        raise LearningError(_("Choose attended, absent or excused."))
    with transaction.atomic():
        booking = (
            Booking.objects.select_for_update(of=("self",))
            .select_related("session__step", "learner")
            .filter(pk=booking_id)
            .first()
        )
        if booking is None or not can_take_attendance(user, booking.session):
            raise LearningError(_("This booking does not exist."), status=404)
        if booking.status != BookingStatus.BOOKED:
            raise LearningError(_("Only learners with a place can be marked."))
        if booking.session.starts_at > timezone.now():
            raise LearningError(_("Attendance can be marked once the session has started."))
        previous = booking.attendance
        booking.attendance = outcome
        booking.attendance_marked_at = timezone.now()
        booking.attendance_marked_by = user
        booking.save(update_fields=["attendance", "attendance_marked_at", "attendance_marked_by"])
        log(
            booking,
            "training.attendance_marked",
            user=user,
            title=str(booking.session),
            data={"attendance": outcome, "previous": previous},
        )
        if outcome == Attendance.ATTENDED:
            learning.complete_session_step(booking.learner, booking.session.step)
    return booking
