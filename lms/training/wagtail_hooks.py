"""Registration only: the Training Centre's admin screens, log actions, permission policy and
its section on My learning."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from lms.training.models import Assessment, Session
from lms.training.permissions import SessionPermissionPolicy
from lms.training.views import my_learning_section
from lms.training.viewsets import TrainingGroup
from lms.viewsets import ReadOnlyPermissionPolicy

register_permission_policy(Session, SessionPermissionPolicy(Session))
register_permission_policy(Assessment, ReadOnlyPermissionPolicy(Assessment))
register_snippet(TrainingGroup)
hooks.register("lms_my_learning_sections", my_learning_section)


@hooks.register("register_log_actions")
def register_training_actions(actions):
    actions.register_action("training.booked", _("Book a session"), _("Session booked"))
    actions.register_action(
        "training.waitlisted", _("Join a waiting list"), _("Joined the waiting list")
    )
    actions.register_action("training.cancelled", _("Cancel a booking"), _("Booking cancelled"))
    actions.register_action(
        "training.promoted",
        _("Move off the waiting list"),
        _("Given a place from the waiting list"),
    )
    actions.register_action(
        "training.attendance_marked", _("Mark attendance"), _("Attendance marked")
    )
    actions.register_action(
        "training.session_cancelled", _("Cancel a session"), _("Session cancelled")
    )
    actions.register_action(
        "training.assessment_signed", _("Sign an assessment"), _("Assessment signed")
    )
