"""Confirming an email address, and the emails registration sends (issue 17, W0 and W13).

A confirmation link carries a signed token whose hash covers the account, its current email
address and its confirmation state: it works for EMAIL_VERIFICATION_TIMEOUT seconds, only once
(confirming changes the state), and dies if the address changes. Registration answers the same
whether or not the address has an account; the owner of an existing account is told by email
instead of the visitor being told on the page.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from lms.accounts.models import LearnerProfile, learner_language, learner_name

SALT = "lms.accounts.verification"


def _state(user):
    """Return a digest of what a used or outdated link must no longer match."""
    try:
        profile = user.learner_profile
        verified = f"{profile.verified_email}|{profile.email_verified_at}"
    except LearnerProfile.DoesNotExist:
        verified = ""
    value = f"{user.pk}|{(user.email or '').lower()}|{verified}|{user.is_active}"
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def make_token(user):
    return signing.dumps({"u": user.pk, "s": _state(user)}, salt=SALT, compress=True)


def user_for_token(token):
    """Return the user the token confirms, or None if it is invalid, used or expired."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.EMAIL_VERIFICATION_TIMEOUT)
    except signing.BadSignature:  # SignatureExpired is a BadSignature
        return None
    if not isinstance(data, dict):
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None or not user.email or data.get("s") != _state(user):
        return None
    return user


def confirm(user):
    """Confirm the user's current address, activate the account and apply its email domain.

    Returns the user. Membership by domain (lms.hr.membership) follows the confirmation.
    """
    from lms.hr.membership import join_by_email_domain

    with transaction.atomic():
        profile, _created = LearnerProfile.objects.select_for_update().get_or_create(
            user=user, defaults={"full_name": learner_name(user)}
        )
        # Assigning the user also makes `user.learner_profile` this locked row, not the copy
        # user_for_token() read: what join_by_email_domain() reads next is the fresh state.
        profile.user = user
        # Only a registration waiting for its first confirmation is activated: an account an
        # administrator deactivated stays inactive, whatever links its owner still holds.
        awaiting_first = not user.is_active and profile.email_verified_at is None
        profile.mark_email_verified()
        profile.save(update_fields=["verified_email", "email_verified_at"])
        if awaiting_first and user.last_login is None:
            user.is_active = True
            user.save(update_fields=["is_active"])
        join_by_email_domain(user)
    return user


def _absolute(request, path):
    return request.build_absolute_uri(path)


def _send(template, context, to, language):
    with translation.override(language):
        # One line: a subject is a header, and a line break in it would end the header.
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject, render_to_string(f"{template}.txt", context), to=[to]
        )
        message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    message.send()


def send_confirmation(request, user, next_url=""):
    """Email the user a link that confirms their address (and then leads on to `next_url`)."""
    path = reverse("accounts:verify_email", args=[make_token(user)])
    if next_url:
        path = f"{path}?{urlencode({'next': next_url})}"
    link = _absolute(request, path)
    context = {
        "name": learner_name(user),
        "email": user.email,
        "link": link,
        "expiry_days": settings.EMAIL_VERIFICATION_TIMEOUT // (60 * 60 * 24),
    }
    _send("accounts/email/confirm_email", context, user.email, learner_language(user))


def awaiting_confirmation(user):
    """Return True for an account registered here and never confirmed nor used."""
    try:
        never_confirmed = user.learner_profile.email_verified_at is None
    except LearnerProfile.DoesNotExist:
        never_confirmed = True
    return not user.is_active and user.last_login is None and never_confirmed


def send_existing_account_notice(request, user):
    """Tell the owner of an address that someone tried to register it again.

    An account that was never confirmed gets a fresh confirmation link instead: its owner
    probably lost the first one.
    """
    if awaiting_confirmation(user):
        send_confirmation(request, user)
        return
    context = {
        "name": learner_name(user),
        "email": user.email,
        "login_link": _absolute(request, reverse("accounts:login")),
        "reset_link": _absolute(request, reverse("accounts:password_reset")),
    }
    _send("accounts/email/existing_account", context, user.email, learner_language(user))
