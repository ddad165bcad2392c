"""Session limits for privileged users and the admin's own Content-Security-Policy."""

from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

AUTH_STARTED = "_atmp_auth_started"
LAST_SEEN = "_atmp_last_seen"
# Requests a page makes by itself, not the person: they must not keep an idle session alive.
BACKGROUND_URL_NAMES = {
    "wagtailadmin_editing_sessions:ping",
    "wagtailadmin_editing_sessions:release",
}
PRIVILEGE_GENERATION = "atmp:privilege:generation"


def _decide_privilege(user):
    return bool(user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def is_privileged(user):
    """Return True for staff, superusers and anyone with admin or HR rights, decided now.

    Rights can be granted while someone is signed in, so this is asked on every request. The
    answer is cached per user and "generation": any change to accounts, groups or permissions
    starts a new generation (signals below), so a learner's request costs two cache reads, not
    the permission queries.
    """
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    generation = cache.get_or_set(PRIVILEGE_GENERATION, 0)
    key = f"atmp:privilege:{generation}:{user.pk}"
    privileged = cache.get(key)
    if privileged is None:
        privileged = _decide_privilege(user)
        cache.set(key, privileged, timeout=60 * 60)
    return privileged


def new_privilege_generation(**kwargs):
    """Forget every cached privilege decision (rights changed somewhere)."""
    try:
        cache.incr(PRIVILEGE_GENERATION)
    except ValueError:
        cache.set(PRIVILEGE_GENERATION, 1)


def _connect_privilege_signals():
    User = get_user_model()
    uid = "atmp_privilege_"
    post_save.connect(new_privilege_generation, sender=User, dispatch_uid=uid + "user")
    for relation in (User.groups.through, User.user_permissions.through):
        m2m_changed.connect(
            new_privilege_generation, sender=relation, dispatch_uid=uid + relation.__name__
        )
    m2m_changed.connect(
        new_privilege_generation, sender=Group.permissions.through, dispatch_uid=uid + "group"
    )
    post_delete.connect(new_privilege_generation, sender=Group, dispatch_uid=uid + "group_del")


_connect_privilege_signals()


@receiver(user_logged_in)
def stamp_session(sender, request, user, **kwargs):
    """Note when this session signed in; the session key is already new."""
    now = timezone.now().isoformat()
    request.session[AUTH_STARTED] = now
    request.session[LAST_SEEN] = now


def _is_background(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name in BACKGROUND_URL_NAMES


class PrivilegedSessionLimitMiddleware:
    """Sign privileged users out after 30 idle minutes or 12 hours (OWASP ASVS 3.3.2, L2).

    Whether the user is privileged is decided on every request, so rights granted during a
    session bring its limits with them, counted from when it signed in. Requests a page makes
    by itself (the editor's pings) are not activity.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if request.user.is_authenticated and is_privileged(request.user):
            if AUTH_STARTED not in session:
                # A session from before these rules (or force_login in tests): start now.
                session[AUTH_STARTED] = session[LAST_SEEN] = timezone.now().isoformat()
            expired = self._expired(session)
            if expired:
                return self._sign_out(request, expired)
            if not _is_background(request):
                session[LAST_SEEN] = timezone.now().isoformat()
        return self.get_response(request)

    def _expired(self, session):
        now = timezone.now()
        started = session.get(AUTH_STARTED)
        seen = session.get(LAST_SEEN, started)
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
