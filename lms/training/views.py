"""The learner's training actions: book, join the waiting list, cancel, calendars."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.i18n import in_language
from lms.services import LearningError
from lms.training import ical
from lms.training.emails import site_url
from lms.training.models import Assessment, Booking, BookingStatus, CalendarFeed
from lms.training.services import SessionFull, book, cancel
from lms.views import learner_post

RECENT = timedelta(days=30)  # past sessions stay on My learning this long


def _back(booking):
    step = booking.session.step
    return step.url if step.live else "/"


@learner_post
def book_view(request, session_id):
    learner = request.POST.get("learner", "")
    if learner and learner != str(request.user.pk):
        raise LearningError(_("You can only book a place for yourself."), status=403)
    waitlist = request.POST.get("waitlist") == "1"
    try:
        booking = book(request.user, session_id, waitlist=waitlist)
    except SessionFull as full:
        return render(
            request, "training/session_full.html", {"session": full.session}, status=full.status
        )
    if booking.status == BookingStatus.BOOKED:
        messages.success(request, _("Your place is booked. It is listed on My learning."))
    else:
        messages.success(
            request,
            _("You are on the waiting list. We will email you if a place becomes free."),
        )
    return redirect(_back(booking))


@learner_post
def cancel_view(request, booking_id):
    booking, _promoted = cancel(request.user, booking_id)
    messages.success(request, _("Your booking is cancelled."))
    return redirect("lms:my_learning")


def _calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _calendar_bookings(**filters):
    return (
        Booking.objects.booked()
        .filter(**filters)
        .select_related("session__step", "session__facility__venue")
    )


@login_required
@require_GET
def booking_calendar(request, booking_id):
    booking = get_object_or_404(_calendar_bookings(pk=booking_id, learner=request.user))
    content = ical.calendar_for([booking], booking.session.step.title)
    return _calendar_response(content, f"session-{booking.session_id}.ics")


@require_GET
def calendar_feed(request, token):
    """The learner's private feed: anyone holding the secret address may read it."""
    feed = CalendarFeed.objects.select_related("learner").filter(token=token).first()
    if feed is None or not feed.learner.is_active:
        raise Http404
    bookings = _calendar_bookings(learner=feed.learner)
    content = ical.calendar_for(bookings, _("ATMP Academy training sessions"))
    return _calendar_response(content, "training.ics")


@learner_post
def renew_feed(request):
    """Give the learner a new private address; the old one stops working at once."""
    CalendarFeed.objects.filter(learner=request.user).delete()
    CalendarFeed.objects.create(learner=request.user)
    messages.success(
        request, _("Your calendar has a new private address. The old address no longer works.")
    )
    return redirect("lms:my_learning")


@learner_post
def revoke_feed(request):
    CalendarFeed.objects.filter(learner=request.user).delete()
    messages.success(request, _("Your calendar address has been switched off."))
    return redirect("lms:my_learning")


def my_learning_section(request, states):
    """Return My learning's section: the learner's active and recent bookings, and the feed."""
    now = timezone.now()
    bookings = list(
        Booking.objects.for_learner(request.user)
        .active()
        .filter(session__ends_at__gt=now - RECENT)
        .select_related("session__step", "session__facility__venue")
        .order_by("session__starts_at", "pk")
    )
    shown = in_language({booking.session.step for booking in bookings})
    for booking in bookings:
        booking.cancellable = booking.session.cancellable_until > now
        booking.step = shown[booking.session.step.translation_key]
    feed = CalendarFeed.objects.filter(learner=request.user).first()
    sign_offs = list(
        Assessment.objects.filter(learner=request.user)
        .select_related("step")
        .order_by("-signed_at")
    )
    steps = in_language({assessment.step for assessment in sign_offs})
    for assessment in sign_offs:
        assessment.shown_step = steps[assessment.step.translation_key]
    return {
        "template": "training/my_learning_bookings.html",
        "bookings": bookings,
        "sign_offs": sign_offs,
        "feed_url": site_url(reverse("training:feed", args=[feed.token])) if feed else None,
    }
