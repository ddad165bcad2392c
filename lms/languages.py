"""The learner's language: chosen with the switcher, remembered, and followed on later visits.

Signed-in learners keep it on their profile; everyone else in Django's language cookie.
"""

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses.catalogue import is_visible_to
from courses.i18n import locales_read_once, page_in, url_in
from lms.accounts.models import LearnerProfile

LEARNER_NAMESPACES = {"lms", "accounts", "certificates"}


def supported(code):
    return code in dict(settings.LANGUAGES)


SESSION_KEY = "_atmp_language"


def preferred_language(request):
    """Return the language this visitor chose, or None if they never chose one.

    A signed-in learner's choice is copied from the profile into the session once, so pages
    need no query for it.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if SESSION_KEY not in request.session:
            request.session[SESSION_KEY] = (
                LearnerProfile.objects.filter(user=user).values_list("language", flat=True).first()
                or ""
            )
        if request.session[SESSION_KEY]:
            return request.session[SESSION_KEY]
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return code if code and supported(code) else None


def remember(request, response, code):
    if request.user.is_authenticated:
        LearnerProfile.objects.filter(user=request.user).update(language=code)
        request.session[SESSION_KEY] = code
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 60 * 60,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response


@require_POST
def choose_language(request):
    """Switch language from the header, remember it, and show the same content in it."""
    code = request.POST.get("language", "")
    if not supported(code):
        return HttpResponseBadRequest(_("Unknown language."))
    path = request.POST.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(path, {request.get_host()}, request.is_secure()):
        path = "/"
    page = None
    if request.POST.get("page", "").isdigit():
        page = Page.objects.live().filter(pk=int(request.POST["page"])).first()
        if page is not None and not is_visible_to(page, request.user):
            page = None  # say nothing about pages the visitor may not see
    return remember(request, HttpResponseRedirect(url_in(code, path, page)), code)


def redirect_to_preferred(request, page=None):
    """Return a redirect to the visitor's chosen language, or None if already there."""
    if request.method != "GET":
        return None
    preferred = preferred_language(request)
    if not preferred or preferred == translation.get_language():
        return None
    if page is not None:
        translated = page_in(page, preferred)
        if translated is None:
            return None  # read it in the language it exists in
        with translation.override(preferred):
            return HttpResponseRedirect(translated.get_url(request=request))
    return HttpResponseRedirect(url_in(preferred, request.get_full_path()))


class PreferredLanguageMiddleware:
    """Send learners to their chosen language on the learner pages (pages: a Wagtail hook)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            namespace = resolve(request.path_info).namespace
        except Resolver404:
            namespace = ""
        if namespace in LEARNER_NAMESPACES:
            redirect = redirect_to_preferred(request)
            if redirect is not None:
                return redirect
        return self.get_response(request)


class LocalesPerRequestMiddleware:
    """Read each Wagtail Locale from the database at most once per request (courses.i18n)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with locales_read_once():
            return self.get_response(request)
