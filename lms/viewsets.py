"""Read-only admin screens for learning records: they can be listed and inspected, never edited,
and the building blocks HR's and the certificates' screens share.

Wagtail routes all its views; permission policies say what nobody may do. A refused add, edit
or delete answers as Wagtail does (a redirect to the dashboard, with a message), and links that
would edit lead to the inspect view instead.
"""

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from lms.models import CourseCompletion, Enrolment, QuizAttempt


class RestrictedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except `denied` actions: nobody does those in the admin,
    superusers included, whatever permissions they hold."""

    denied = frozenset()

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.denied]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


class ReadOnlyPermissionPolicy(RestrictedPermissionPolicy):
    """Nobody, superusers included, may add, change or delete through the admin."""

    denied = frozenset({"add", "change", "delete"})


class InspectInsteadOfEdit:
    """Where nobody may edit the model, "edit" links lead to the inspect view (or nowhere)."""

    inspect_url_name = None

    def get_edit_url(self, instance):
        if self.inspect_url_name:
            return reverse(self.inspect_url_name, args=(quote(instance.pk),))
        return None


class InspectURLFinder(ModelAdminURLFinder):
    """Link objects of a model nobody edits to their inspect view, for those who may view them.

    Wagtail asks the finder for every object it lists in the site history and in other
    objects' usage screens (a course's usage lists the assignment rules pointing at it).
    Subclasses name the view: `inspect_url_name = "<namespace>:inspect"`.
    """

    inspect_url_name = None

    def construct_edit_url(self, instance):
        return reverse(self.inspect_url_name, args=(quote(instance.pk),))

    def get_edit_url(self, instance):
        # Asked per model, not per object (a query each on a page of log entries): the inspect
        # view itself answers 404 for an object outside the user's reach.
        policy = policy_registry.get(instance)
        if self.user and policy and not policy.user_has_permission(self.user, "view"):
            return None
        return self.construct_edit_url(instance)


class LookUpFirstMixin:
    """For Wagtail's EditView, which checks the permission before it looks the object up: look
    it up first, as the delete, inspect, history and usage views do. Where the lookup is
    limited to what the user may see, an object outside it is then a 404 whatever the user may
    do, never a refusal that would confirm the id exists."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is None:
            return super().get_object(queryset)
        return self.object


class ReadOnlyHistoryView(InspectInsteadOfEdit, history.HistoryView):
    """A record's audit trail is for whoever may view the record (nobody may change it)."""

    any_permission_required = ["view"]

    @property
    def header_buttons(self):
        return []  # Wagtail's only header button here is "Edit"


class ReadOnlyUsageView(InspectInsteadOfEdit, usage.UsageView):
    permission_required = "view"


class ReadOnlyViewSet(ModelViewSet):
    """Listing, inspect, history and usage; add, edit and delete are routed as Wagtail routes
    them, and the model's ReadOnlyPermissionPolicy refuses them to everyone.

    Set `url_finder_class` to an InspectURLFinder subclass naming the inspect view.
    """

    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    exclude_form_fields = []  # the refused add and edit views still build a form
    history_view_class = ReadOnlyHistoryView
    usage_view_class = ReadOnlyUsageView


class EnrolmentURLFinder(InspectURLFinder):
    inspect_url_name = "lms_enrolments:inspect"


class EnrolmentViewSet(ReadOnlyViewSet):
    model = Enrolment
    url_prefix = "learning-records/enrolments"
    url_namespace = "lms_enrolments"
    url_finder_class = EnrolmentURLFinder
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["learner", "course", "enrolled_at", "cycle"]
    list_filter = ["enrolled_at"]
    search_fields = ["learner__email", "learner__first_name", "learner__last_name"]
    inspect_view_fields = ["learner", "course", "enrolled_at", "cycle", "cycle_started_at"]


class CompletionURLFinder(InspectURLFinder):
    inspect_url_name = "lms_completions:inspect"


class CompletionViewSet(ReadOnlyViewSet):
    model = CourseCompletion
    url_prefix = "learning-records/completions"
    url_namespace = "lms_completions"
    url_finder_class = CompletionURLFinder
    icon = "tick-inverse"
    menu_label = _("Course completions")
    list_display = ["learner_name", "course_title", "completed_at", "expires_at", "score_percent"]
    list_filter = ["completed_at", "expires_at"]
    search_fields = ["learner_name", "course_title", "learner__email"]
    inspect_view_fields = [
        "learner_name",
        "learner",
        "course_title",
        "course",
        "completed_at",
        "expires_at",
        "score_percent",
        "cycle",
        "course_revision",
        "steps",
    ]


class AttemptURLFinder(InspectURLFinder):
    inspect_url_name = "lms_attempts:inspect"


class AttemptViewSet(ReadOnlyViewSet):
    model = QuizAttempt
    url_prefix = "learning-records/attempts"
    url_namespace = "lms_attempts"
    url_finder_class = AttemptURLFinder
    icon = "form"
    menu_label = _("Quiz attempts")
    list_display = ["learner", "quiz_title", "number", "status", "score_percent", "passed"]
    list_filter = ["status", "passed", "started_at"]
    search_fields = ["learner__email", "quiz_title"]
    inspect_view_fields = [
        "learner",
        "quiz_title",
        "number",
        "cycle",
        "status",
        "started_at",
        "submitted_at",
        "score_percent",
        "passed",
        "revision",
    ]


for record_model in (Enrolment, CourseCompletion, QuizAttempt):
    register_permission_policy(record_model, ReadOnlyPermissionPolicy(record_model))


class LearningRecordsGroup(ModelViewSetGroup):
    menu_label = _("Learning records")
    menu_icon = "doc-full-inverse"
    menu_order = 300
    items = (EnrolmentViewSet, CompletionViewSet, AttemptViewSet)


def learning_records():
    return LearningRecordsGroup()
