"""Registration only: HR's log actions, screens, report menu items and its My learning section."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lms.hr import scope, urls
from lms.hr.views import assigned_courses_section
from lms.hr.viewsets import HRGroup


@hooks.register("register_log_actions")
def register_hr_actions(actions):
    # The action names keep their "lms." prefix: log entries written before HR had its own
    # package carry them.
    actions.register_action("lms.report_exported", _("Download report"), _("Report downloaded"))
    actions.register_action("lms.assignment_rule_created", _("Assign course"), _("Course assigned"))
    actions.register_action(
        "lms.assignment_cancelled", _("Cancel assignment"), _("Assignment cancelled")
    )
    actions.register_action("hr.membership_started", _("Start membership"), _("Membership started"))
    actions.register_action("hr.membership_ended", _("End membership"), _("Membership ended"))
    actions.register_action(
        "hr.membership_requested", _("Request membership change"), _("Membership change requested")
    )
    actions.register_action(
        "hr.membership_request_approved", _("Approve request"), _("Membership request approved")
    )
    actions.register_action(
        "hr.membership_request_rejected", _("Decline request"), _("Membership request declined")
    )


hooks.register("register_admin_viewset", HRGroup)
hooks.register("lms_my_learning_sections", assigned_courses_section)


@hooks.register("register_admin_urls")
def register_hr_report_urls():
    return [path("reports/hr/", include(urls, namespace="lms_hr"))]


class HRReportMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.can_view_reports(request.user)


HR_REPORTS = [
    ("completions", _("Completion records"), "tick-inverse", 110),
    ("assignments", _("Assignment status"), "date", 120),
    ("competence", _("Competence matrix"), "table", 130),
    ("transcripts", _("Learner transcripts"), "user", 140),
]


def _report_menu_item(name, label, icon, order):
    @hooks.register("register_reports_menu_item")
    def menu_item():
        return HRReportMenuItem(
            label, reverse(f"lms_hr:{name}"), name=f"hr-{name}", icon_name=icon, order=order
        )


for report in HR_REPORTS:
    _report_menu_item(*report)
