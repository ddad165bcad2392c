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


def promotion_message(booking):
    """Return the email telling a learner they have moved from the waiting list to a seat."""
    learner = booking.learner
    with translation.override(learner_language(learner)):
        step = booking.session.step
        context = {
            "name": learner_name(learner),
            "session": booking.session,
            "step": in_language([step])[step.translation_key],
            "my_learning_url": site_url(reverse("lms:my_learning")),
        }
        return _message("training/email/promoted", context, learner.email)


def send_promotion(booking_id):
    booking = Booking.objects.select_related(
        "learner__learner_profile", "session__step", "session__facility__venue"
    ).get(pk=booking_id)
    if booking.learner.email:
        promotion_message(booking).send()
