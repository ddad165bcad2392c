"""Read-only admin screens for learning records: they can be listed and inspected, never edited."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from lms.models import CourseCompletion, Enrolment, QuizAttempt


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody, superusers included, may add, change or delete through the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class InspectInsteadOfEdit:
    """Where the model has no edit view, "edit" links lead to the inspect view (or nowhere)."""

    inspect_url_name = None

    def get_edit_url(self, instance):
        if self.inspect_url_name:
            return reverse(self.inspect_url_name, args=(quote(instance.pk),))
        return None


class InspectURLFinder(InspectInsteadOfEdit, ModelAdminURLFinder):
    """Where a model has no edit view, link to its inspect view, for those who may view it.

    Wagtail asks the finder for every object it lists in the site history and in other
    objects' usage screens (a course's usage lists the assignment rules pointing at it).
    """

    def construct_edit_url(self, instance):
        return InspectInsteadOfEdit.get_edit_url(self, instance)

    def get_edit_url(self, instance):
        policy = policy_registry.get(instance)
        if self.user and policy and not policy.user_has_any_permission(self.user, ["view"]):
            return None
        return super().get_edit_url(instance)


class RoutedViewsMixin:
    """For a viewset that routes only some of ModelViewSet's views (`routes`).

    Wagtail reverses the add, edit and delete URL names whenever the user holds the matching
    permission, and the superuser holds them all: a name that is not routed is a
    NoReverseMatch, a 500 on the listing, the object views, the usage screens of *other*
    objects and the site history. So views only get the names of routed views, and links
    that would edit lead to the inspect view when there is no edit view.
    """

    routes = frozenset()
    OPTIONAL_VIEWS = ("add", "edit", "delete", "history", "usage", "copy", "inspect")

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in self.routes]

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for view in self.OPTIONAL_VIEWS:
            if view not in self.routes and f"{view}_url_name" in view_kwargs:
                view_kwargs[f"{view}_url_name"] = None
        return view_kwargs

    @property
    def url_finder_class(self):
        if "edit" in self.routes:
            return super().url_finder_class
        inspect = self.get_url_name("inspect") if "inspect" in self.routes else None
        return type("_InspectURLFinder", (InspectURLFinder,), {"inspect_url_name": inspect})


class ReadOnlyHistoryView(InspectInsteadOfEdit, history.HistoryView):
    """A record's audit trail is for whoever may view the record (nobody may change it)."""

    any_permission_required = ["view"]

    @property
    def header_buttons(self):
        return []  # Wagtail's only header button here is "Edit"


class ReadOnlyUsageView(InspectInsteadOfEdit, usage.UsageView):
    permission_required = "view"


class ReadOnlyViewSet(RoutedViewsMixin, ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    # The create and edit views are built by the base class but never routed.
    exclude_form_fields = []
    routes = frozenset({"index", "index_results", "inspect", "history", "history_results", "usage"})
    history_view_class = ReadOnlyHistoryView
    usage_view_class = ReadOnlyUsageView


class EnrolmentViewSet(ReadOnlyViewSet):
    model = Enrolment
    url_prefix = "learning-records/enrolments"
    url_namespace = "lms_enrolments"
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["learner", "course", "enrolled_at", "cycle"]
    list_filter = ["enrolled_at"]
    search_fields = ["learner__email", "learner__first_name", "learner__last_name"]
    inspect_view_fields = ["learner", "course", "enrolled_at", "cycle", "cycle_started_at"]


class CompletionViewSet(ReadOnlyViewSet):
    model = CourseCompletion
    url_prefix = "learning-records/completions"
    url_namespace = "lms_completions"
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


class AttemptViewSet(ReadOnlyViewSet):
    model = QuizAttempt
    url_prefix = "learning-records/attempts"
    url_namespace = "lms_attempts"
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
