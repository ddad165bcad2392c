"""Read-only admin screens for learning records: they can be listed and inspected, never edited."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.models import CourseCompletion, Enrolment, QuizAttempt


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody, superusers included, may add, change or delete through the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class ReadOnlyViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    # The create and edit views are built by the base class but never routed.
    exclude_form_fields = []

    def get_urlpatterns(self):
        keep = {"index", "index_results", "inspect", "history", "history_results", "usage"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in keep]


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
