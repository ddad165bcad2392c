"""Admin URLs mounted in front of Wagtail's own (lms/urls.py), to replace three of its views.

Django tries patterns in order, so these win; Wagtail keeps reversing its own names
("wagtailadmin_reports:site_history"), which lead to the same paths.
"""

from django.core.exceptions import SuspiciousOperation
from django.core.signing import BadSignature, Signer
from django.http import Http404
from django.urls import path
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.redirects import views as redirect_views

from lms.hr_views import ScopedSiteHistoryView


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
    path(
        "reports/site-history/",
        require_admin_access(ScopedSiteHistoryView.as_view()),
        name="lms_site_history",
    ),
    path(
        "reports/site-history/results/",
        require_admin_access(ScopedSiteHistoryView.as_view(results_only=True)),
        name="lms_site_history_results",
    ),
]
