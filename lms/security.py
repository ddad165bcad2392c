"""Session limits for privileged users and the admin's own Content-Security-Policy."""

from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

AUTH_STARTED = "_atmp_auth_started"
LAST_SEEN = "_atmp_last_seen"
PRIVILEGED = "_atmp_privileged"


def is_privileged(user):
    """Staff, superusers and anyone with admin or HR rights get the stricter session rules."""
    return user.is_authenticated and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


@receiver(user_logged_in)
def stamp_session(sender, request, user, **kwargs):
    """Note when this session signed in and whether it is privileged; the key is already new.

    Deciding once at sign-in spares every learner's request the permission queries; rights
    granted later apply from the next sign-in.
    """
    now = timezone.now().isoformat()
    request.session[AUTH_STARTED] = now
    request.session[LAST_SEEN] = now
    request.session[PRIVILEGED] = is_privileged(user)


class PrivilegedSessionLimitMiddleware:
    """Sign privileged users out after 30 idle minutes or 12 hours (OWASP ASVS 3.3.2, L2)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        privileged = session.get(PRIVILEGED)
        if privileged is None and request.user.is_authenticated:
            # A session from before these rules (or force_login in tests): decide now, once.
            privileged = session[PRIVILEGED] = is_privileged(request.user)
            session.setdefault(AUTH_STARTED, timezone.now().isoformat())
            session.setdefault(LAST_SEEN, timezone.now().isoformat())
        if privileged and request.user.is_authenticated:
            expired = self._expired(request.session)
            if expired:
                return self._sign_out(request, expired)
            request.session[LAST_SEEN] = timezone.now().isoformat()
        return self.get_response(request)

    def _expired(self, session):
        now = timezone.now()
        started, seen = session.get(AUTH_STARTED), session.get(LAST_SEEN)
        if now - datetime.fromisoformat(started) > settings.PRIVILEGED_SESSION_ABSOLUTE:
            return "absolute"
        if now - datetime.fromisoformat(seen) > settings.PRIVILEGED_SESSION_IDLE:
            return "idle"
        return None

    def _sign_out(self, request, reason):
        logout(request)
        if reason == "idle":
            message = _(
                "You were signed out after 30 minutes without activity. Please sign in again."
            )
        else:
            message = _("For security, staff sessions last at most 12 hours. Please sign in again.")
        messages.info(request, message)
        login_url = "wagtailadmin_login" if request.path.startswith("/admin/") else "accounts:login"
        response = redirect(login_url)
        if request.method == "GET":
            response["Location"] += "?" + urlencode({"next": request.get_full_path()})
        return response


class AdminContentSecurityPolicyMiddleware:
    """Give /admin/ a policy it can run under; the public site has the strict one (django-csp)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.ADMIN_CONTENT_SECURITY_POLICY
        return response
