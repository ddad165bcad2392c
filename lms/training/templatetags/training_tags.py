"""The session step's panel: its upcoming sessions with seats left and the learner's bookings."""

from django import template
from django.db.models import Count, Q
from django.utils import timezone

from courses.i18n import canonical
from lms.training.assessments import can_assess
from lms.training.models import ACTIVE, Assessment, Booking, BookingStatus, Session

register = template.Library()


def upcoming_sessions(step, user):
    """Return the step's sessions that have not started, with `booked_count` and `mine`."""
    sessions = list(
        Session.objects.filter(step=canonical(step), starts_at__gt=timezone.now())
        .select_related("facility__venue")
        .annotate(booked_count=Count("bookings", filter=Q(bookings__status=BookingStatus.BOOKED)))
        .order_by("starts_at", "pk")
    )
    mine = {}
    if user.is_authenticated:
        mine = {
            booking.session_id: booking
            for booking in Booking.objects.filter(
                learner=user, session__in=sessions, status__in=ACTIVE
            )
        }
    now = timezone.now()
    for session in sessions:
        session.mine = mine.get(session.pk)
        session.seats_left = max(session.seats - session.booked_count, 0)
        session.open = not session.cancelled and (
            (session.booking_opens_at is None or session.booking_opens_at <= now)
            and session.closes_at > now
        )
    return sessions


@register.inclusion_tag("training/includes/session_panel.html", takes_context=True)
def session_panel(context, step):
    request = context["request"]
    return {
        "request": request,
        "step": step,
        "sessions": upcoming_sessions(step, request.user),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("training/includes/assessment_panel.html", takes_context=True)
def assessment_panel(context, step):
    """The learner's own sign-off on this step, or for assessors the way to sign."""
    request = context["request"]
    user = request.user
    mine = None
    if user.is_authenticated:
        mine = Assessment.objects.filter(learner=user, step=canonical(step)).first()
    return {
        "request": request,
        "step": canonical(step),
        "mine": mine,
        "may_assess": user.is_authenticated and can_assess(user),
    }
