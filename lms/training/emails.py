"""Emails to learners about their bookings, each in the learner's own language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from courses.i18n import in_language
from lms.accounts.models import learner_language, learner_name
from lms.training.models import Booking


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _message(template, context, to):
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(subject, render_to_string(f"{template}.txt", context), to=[to])
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def booking_message(template, booking):
    """Return the email `template` about the booking, in the learner's language."""
    learner = booking.learner
    with translation.override(learner_language(learner)):
        step = booking.session.step
        context = {
            "name": learner_name(learner),
            "session": booking.session,
            "booking": booking,
            "step": in_language([step])[step.translation_key],
            "my_learning_url": site_url(reverse("lms:my_learning")),
        }
        return _message(f"training/email/{template}", context, learner.email)


def bookings_for_email():
    return Booking.objects.select_related(
        "learner__learner_profile", "session__step", "session__facility__venue"
    )


def send_promotion(booking_id):
    """Tell a learner they have moved from the waiting list to a seat."""
    booking = bookings_for_email().get(pk=booking_id)
    if booking.learner.email:
        booking_message("promoted", booking).send()


def send_cancellation(booking_ids):
    """Tell each learner with a place or in the queue that the session is cancelled."""
    for booking in bookings_for_email().filter(pk__in=booking_ids).exclude(learner__email=""):
        booking_message("session_cancelled", booking).send()
