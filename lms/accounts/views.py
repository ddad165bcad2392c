"""Sign in, registration, the learner's profile and Django's password views with our forms.

Everything goes through django.contrib.auth (authenticate, login, the standard views), so a
staff single sign-on backend can be added to AUTHENTICATION_BACKENDS without changing this file.
"""

from urllib.parse import urlencode, urlsplit

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from lms import ratelimit
from lms.accounts.forms import (
    NAME_MAX_LENGTH,
    AccountPasswordChangeForm,
    AccountPasswordResetForm,
    AccountSetPasswordForm,
    ProfileForm,
    RegistrationForm,
    SignInForm,
    split_name,
)
from lms.accounts.models import LearnerProfile
from lms.languages import SESSION_KEY


def safe_next(request):
    """Return the `next` URL from POST or GET if it stays on this site, else ''."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def url_with_next(viewname, next_url):
    """Return the URL of a named view, passing `next` on when there is one."""
    url = reverse(viewname)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def account_links(next_url):
    """Return the links between the sign-in, registration and reset pages, keeping `next`."""
    return {
        "next": next_url,
        "login_url": url_with_next("accounts:login", next_url),
        "register_url": url_with_next("accounts:register", next_url),
        "password_reset_url": url_with_next("accounts:password_reset", next_url),
    }


class InvalidFormIs400:
    """Answer a form that fails validation with 400 Bad Request, not 200."""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class SignInView(InvalidFormIs400, auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = SignInForm
    # Off on purpose: a signed-in user outside a page's group would bounce between that page
    # and this one forever. Signed-in users see the form and may sign in as someone else.
    redirect_authenticated_user = False

    def get_redirect_url(self):
        url = super().get_redirect_url()
        # A signed-in user sent back to this page would loop; Django raises ValueError then.
        return "" if urlsplit(url).path == self.request.path else url

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(account_links(context[self.redirect_field_name]))
        return context


@sensitive_post_parameters("password1", "password2")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def register(request):
    """Create a public learner's account and sign them in."""
    if request.user.is_authenticated:
        return redirect("lms:my_learning")
    if request.method == "POST" and (refused := too_many(request, "register")):
        return refused
    next_url = safe_next(request)
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and (user := create_learner(form)):
        # authenticate() records which backend accepted the user, whatever backends are set.
        user = authenticate(
            request, username=user.get_username(), password=form.cleaned_data["password1"]
        )
        if user is None:
            messages.info(request, _("Your account has been created. Sign in to continue."))
            return redirect_to_login(next_url or resolve_url(settings.LOGIN_REDIRECT_URL))
        login(request, user)
        messages.success(request, _("Your account has been created and you are signed in."))
        return redirect(next_url or settings.LOGIN_REDIRECT_URL)
    context = {
        "form": form,
        "duplicate_email": form.has_error("email", "duplicate"),
        **account_links(next_url),
    }
    return render(request, "accounts/register.html", context, status=400 if form.errors else 200)


def create_learner(form):
    """Save the user and their profile in one transaction; return the user.

    Returns None, with an error on the form, if another request registered the same email
    address in the meantime.
    """
    try:
        with transaction.atomic():
            user = form.build_user()
            user.save()
            # Registering in Swedish means wanting Swedish: certificates and emails follow it.
            LearnerProfile.objects.create(
                user=user,
                full_name=form.cleaned_data["full_name"],
                language=translation.get_language() or "",
            )
    except IntegrityError:
        form.add_duplicate_email_error()
        return None
    return user


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Show the learner's account details; edit their name on certificates and workplace."""
    learner_profile, _created = LearnerProfile.objects.get_or_create(
        user=request.user, defaults={"full_name": request.user.get_full_name()[:NAME_MAX_LENGTH]}
    )
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=learner_profile)
        if form.is_valid():
            save_profile(form)
            request.session[SESSION_KEY] = form.cleaned_data["language"]
            if set(form.changed_data) <= {"full_name"}:
                messages.success(request, _("Your name on certificates has been saved."))
            else:
                messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=learner_profile)
    return render(
        request, "accounts/profile.html", {"form": form}, status=400 if form.errors else 200
    )


@transaction.atomic
def save_profile(form):
    """Save the profile and keep the account's first and last name in step for the admin."""
    learner_profile = form.save()
    user = learner_profile.user
    user.first_name, user.last_name = split_name(learner_profile.full_name)
    user.save(update_fields=["first_name", "last_name"])
    return learner_profile


class PasswordChangeView(InvalidFormIs400, auth_views.PasswordChangeView):
    """Change the password; a wrong current password counts as a failed sign-in.

    Otherwise a signed-in session (a borrowed laptop) could guess the password without limit:
    wrong current passwords count towards the same lockout as the sign-in form (django-axes),
    and a locked account cannot try again here either.
    """

    form_class = AccountPasswordChangeForm

    def credentials(self):
        return {"username": self.request.user.get_username()}

    def post(self, request, *args, **kwargs):
        if not AxesProxyHandler.is_allowed(request, self.credentials()):
            return get_lockout_response(request, credentials=self.credentials())
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        if form.has_error("old_password"):
            user_login_failed.send(
                sender=type(self), credentials=self.credentials(), request=self.request
            )
        return super().form_invalid(form)

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


def too_many(request, action):
    """Return a 429 page if this client has used the action too often lately, else None."""
    limit, window = settings.ACCOUNTS_RATE_LIMITS[action]
    wait = ratelimit.exceeded(request, action, limit, window)
    if not wait:
        return None
    response = render(
        request, "accounts/rate_limited.html", {"minutes": max(1, -(-wait // 60))}, status=429
    )
    response["Retry-After"] = str(wait)
    return response


class PasswordResetView(InvalidFormIs400, auth_views.PasswordResetView):
    form_class = AccountPasswordResetForm

    def post(self, request, *args, **kwargs):
        return too_many(request, "password_reset") or super().post(request, *args, **kwargs)

    @property
    def extra_email_context(self):
        return {"expiry_hours": settings.PASSWORD_RESET_TIMEOUT // 3600}

    def get_context_data(self, **kwargs):
        return super().get_context_data(**account_links(safe_next(self.request)), **kwargs)


class PasswordResetConfirmView(InvalidFormIs400, auth_views.PasswordResetConfirmView):
    form_class = AccountSetPasswordForm
