"""Wagtail's site history, mounted in front of Wagtail's own URL (lms/urls.py) with HR's scope.

Wagtail keeps reversing its own names ("wagtailadmin_reports:site_history"), which lead to the
same paths.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from lms.hr.views import ScopedSiteHistoryView

urlpatterns = [
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
