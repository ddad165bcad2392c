"""Sign in, registration, the learner's profile and Django's password views with our forms.

Everything goes through django.contrib.auth (authenticate, login, the standard views), so a
staff single sign-on backend can be added to AUTHENTICATION_BACKENDS without changing this file.
"""

from urllib.parse import urlencode, urlsplit

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import make_password
from django.contrib.auth.signals import user_login_failed
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms import ratelimit
from lms.accounts import verification
from lms.accounts.forms import (
    NAME_MAX_LENGTH,
    AccountPasswordChangeForm,
    AccountPasswordResetForm,
    AccountSetPasswordForm,
    MembershipRequestForm,
    ProfileForm,
    RegistrationForm,
    SignInForm,
    split_name,
)
from lms.accounts.models import LearnerProfile, email_verified
from lms.hr import membership
from lms.hr.models import JoinRequest, Membership, RequestStatus
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
    """Create a public learner's account, to be confirmed from the email sent to it.

    The answer is the same whether or not the address already has an account (issue 17, W13):
    a new account gets a confirmation link, the owner of an existing one an email saying
    someone tried to register it.
    """
    if request.user.is_authenticated:
        return redirect("lms:my_learning")
    if request.method == "POST" and (refused := too_many(request, "register")):
        return refused
    next_url = safe_next(request)
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        existing = existing_account(email)
        if existing is None:
            user = create_learner(form)
            if user is None:  # registered by another request in the meantime
                existing = existing_account(email)
            else:
                verification.send_confirmation(request, user, next_url)
        if existing is not None:
            # Hash the password as a new account would, so the answer takes as long.
            make_password(form.cleaned_data["password1"])
            if existing.email:
                verification.send_existing_account_notice(request, existing)
        request.session[CHECK_EMAIL_KEY] = email
        return redirect("accounts:check_email")
    context = {"form": form, **account_links(next_url)}
    return render(request, "accounts/register.html", context, status=400 if form.errors else 200)


CHECK_EMAIL_KEY = "atmp_registered_email"


def existing_account(email):
    User = get_user_model()
    return (
        User._default_manager.filter(Q(email__iexact=email) | Q(username__iexact=email))
        .order_by("pk")
        .first()
    )


def create_learner(form):
    """Save the inactive user and their profile in one transaction; return the user.

    Returns None if another request registered the same email address in the meantime.
    """
    try:
        with transaction.atomic():
            user = form.build_user()
            # Inactive until the address is confirmed: no sign-in, no records, no membership.
            user.is_active = False
            user.save()
            # Registering in Swedish means wanting Swedish: certificates and emails follow it.
            LearnerProfile.objects.create(
                user=user,
                full_name=form.cleaned_data["full_name"],
                language=translation.get_language() or "",
            )
    except IntegrityError:
        return None
    return user


@never_cache
@require_GET
def check_email(request):
    """Tell the visitor to look for our email: the same page for every address."""
    context = {"email": request.session.get(CHECK_EMAIL_KEY, "")}
    return render(request, "accounts/check_email.html", context)


@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def verify_email(request, token):
    """Confirm an email address from the link we sent: GET asks, POST confirms.

    Confirming takes a button press so that mail scanners opening links confirm nothing.
    """
    user = verification.user_for_token(token)
    if user is None:
        return render(request, "accounts/verify_email.html", {"valid": False})
    next_url = safe_next(request)
    if request.method == "POST":
        verification.confirm(user)
        messages.success(request, _("Your email address is confirmed. Thank you."))
        if request.user.is_authenticated and request.user.pk == user.pk:
            return redirect(next_url or "accounts:profile")
        return redirect(url_with_next("accounts:login", next_url))
    context = {"valid": True, "email": user.email, "next": next_url}
    return render(request, "accounts/verify_email.html", context)


@login_required
@require_POST
def send_confirmation(request):
    """Send the signed-in learner a new confirmation link for their address."""
    if refused := too_many(request, "verify_email"):
        return refused
    if email_verified(request.user):
        messages.info(request, _("Your email address is already confirmed."))
    elif not request.user.email:
        messages.error(request, _("Your account has no email address. Contact us to add one."))
    else:
        verification.send_confirmation(request, request.user)
        messages.success(
            request,
            _("We have sent a confirmation link to %(email)s.") % {"email": request.user.email},
        )
    return redirect("accounts:profile")


def _profile_of(user):
    learner_profile, _created = LearnerProfile.objects.get_or_create(
        user=user, defaults={"full_name": user.get_full_name()[:NAME_MAX_LENGTH]}
    )
    return learner_profile


def _profile_page(request, form, request_form, status=200):
    user = request.user
    current = membership.current_membership(user)
    context = {
        "form": form,
        "request_form": request_form or MembershipRequestForm(current=current),
        "email_verified": email_verified(user),
        "current_membership": current,
        "memberships": Membership.objects.filter(user=user).select_related(
            "organisation", "department"
        ),
        "requests": JoinRequest.objects.filter(user=user).select_related(
            "organisation", "department"
        )[:20],
        "pending_request": JoinRequest.objects.filter(
            user=user, status=RequestStatus.PENDING
        ).first(),
    }
    return render(request, "accounts/profile.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Show the learner's account and membership; edit their name, language and profession.

    Where the learner works is shown, never edited here: fields such as `organisation` in a
    POST are not part of the form and are ignored (issue 17, W0).
    """
    learner_profile = _profile_of(request.user)
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
    return _profile_page(request, form, None, status=400 if form.errors else 200)


@login_required
@require_POST
def request_membership(request):
    """File the learner's request to join, change or leave an organisation, for HR to decide."""
    current = membership.current_membership(request.user)
    request_form = MembershipRequestForm(request.POST, current=current)
    if request_form.is_valid():
        data = request_form.cleaned_data
        try:
            membership.file_request(
                request.user,
                kind=data["kind"],
                organisation=data["organisation"],
                department=data["department"],
                employee_number=data["employee_number"],
                message=data["message"],
            )
        except membership.MembershipError as error:
            request_form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Your request has been sent to HR at %(organisation)s.")
                % {"organisation": data["organisation"].display_name},
            )
            return redirect("accounts:profile")
    form = ProfileForm(instance=_profile_of(request.user))
    return _profile_page(request, form, request_form, status=400)


@login_required
@require_POST
def withdraw_request(request, request_id):
    """Withdraw one of the learner's own pending requests; others' are not found (404)."""
    try:
        membership.withdraw(request.user, request_id)
    except JoinRequest.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("Your request has been withdrawn."))
    return redirect("accounts:profile")


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
