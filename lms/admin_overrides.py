"""Admin URLs mounted in front of Wagtail's own (lms/urls.py), to replace two of its views.

Django tries patterns in order, so these win. HR mounts its scoped site history the same way
(lms.hr.admin_overrides).
"""

from django.core.exceptions import SuspiciousOperation
from django.core.signing import BadSignature, Signer
from django.http import Http404
from django.urls import path
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.redirects import views as redirect_views


def switched_off(request):
    """Wagtail's error-test page raises a 500 (and mails the admins) for any admin user."""
    raise Http404


@redirect_views.permission_checker.require_any("add")
@require_POST
def process_redirect_import(request):
    """Wagtail's redirect import, refusing a confirmation it did not sign with a 400.

    Wagtail 8.0.1 means to (SuspiciousOperation), but its ConfirmImportManagementForm.clean
    fails first with a 500: KeyError when a field is missing, AttributeError on a bad signature.
    """
    signer = Signer()
    for field in ("import_file_name", "input_format"):
        try:
            signer.unsign(request.POST.get(field, ""))
        except BadSignature as error:
            raise SuspiciousOperation(f"Redirect import: {field} is not signed") from error
    return redirect_views.process_import(request)


urlpatterns = [
    path("failwhale/", switched_off, name="lms_error_test_off"),
    path(
        "redirects/import/process/",
        require_admin_access(process_redirect_import),
        name="lms_redirect_import_process",
    ),
]
