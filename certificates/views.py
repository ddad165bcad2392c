"""Public verification and learners' downloads. Views stay thin: the rules live in services."""

import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.log_actions import log

from certificates import permissions, services
from certificates.forms import VerifyForm
from certificates.models import Certificate
from lms.ratelimit import exceeded

# What a verification code can look like; anything else is answered like an unknown code.
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def rate_limit_exceeded(request):
    """Count a verification lookup from this client; return seconds to wait once over the limit."""
    return exceeded(
        request,
        "verify",
        getattr(settings, "CERTIFICATES_VERIFY_LIMIT", 30),
        getattr(settings, "CERTIFICATES_VERIFY_WINDOW", 60),
    )


def _noindex(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@require_GET
def verify_form(request):
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        code = form.cleaned_data["code"]
        if CODE_PATTERN.match(code):
            return redirect("certificates:verify", code=code)
        return _not_found(request)
    return render(request, "certificates/verify_form.html", {"form": form})


def _not_found(request):
    """The one answer for unknown and malformed codes alike."""
    response = render(
        request, "certificates/verify_not_found.html", {"form": VerifyForm()}, status=404
    )
    return _noindex(response)


@never_cache
@require_GET
def verify(request, code):
    wait = rate_limit_exceeded(request)
    if wait:
        response = render(request, "certificates/rate_limited.html", {"wait": wait}, status=429)
        response["Retry-After"] = str(wait)
        return _noindex(response)
    certificate = None
    if CODE_PATTERN.match(code):
        certificate = Certificate.objects.filter(verification_code=code).first()
    if certificate is None:
        return _not_found(request)
    details = certificate.public_details()
    return _noindex(render(request, "certificates/verify.html", {"details": details}))


@login_required
@require_GET
def download(request, pk):
    """Serve the stored PDF: to its learner, or to staff allowed to (and then logged)."""
    certificate = get_object_or_404(Certificate, pk=pk)
    is_learner = certificate.learner_id == request.user.pk
    if not is_learner and not permissions.user_can(request.user, "download", certificate):
        raise Http404
    if certificate.is_revoked or not certificate.is_ready:
        return render(
            request,
            "certificates/download_unavailable.html",
            {"certificate": certificate},
            status=410 if certificate.is_revoked else 409,
        )
    try:
        data = services.read_pdf(certificate)
    except (OSError, services.CertificateError) as error:
        raise Http404 from error
    if not is_learner:
        log(
            certificate,
            "certificates.downloaded",
            user=request.user,
            title=certificate.serial,
            data={"serial": certificate.serial},
        )
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.serial}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def my_learning_section(request, states):
    """Return the learner's own certificates for My learning, or None if they have none."""
    certificates = list(
        Certificate.objects.for_learner(request.user)
        .select_related("replaces")
        .prefetch_related("replaced_by")
    )
    if not certificates:
        return None
    return {"template": "certificates/includes/my_certificates.html", "certificates": certificates}
