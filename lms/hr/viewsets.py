"""Admin screens of the HR structure: organisations, departments, professions, people, needs,
assignments and who is HR for whom. Lists, object views and choosers are scoped by lms.hr.scope
(the Scoped* views in lms.hr.views); permission policies say what nobody may do.
"""

from django.db.models import F
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.accounts.models import LearnerProfile, learner_name
from lms.hr.filters import DepartmentFilterSet, NeedFilterSet, PeopleFilterSet, RuleFilterSet
from lms.hr.forms import (
    AssignmentRuleForm,
    CompetenceNeedForm,
    DepartmentForm,
    HRResponsibilityForm,
    JoinRequestDecisionForm,
    MemberAddForm,
    MemberChangeForm,
    PeopleForm,
)
from lms.hr.models import (
    AssignmentRule,
    CompetenceNeed,
    Department,
    HRResponsibility,
    JoinRequest,
    Membership,
    Organisation,
    OrganisationDomain,
    Profession,
    RuleState,
)
from lms.hr.views import (
    JoinRequestDecideView,
    MemberCreateView,
    MemberEditView,
    NeedsImportView,
    NeedsIndexView,
    RuleCreateView,
    ScopedChooseResultsView,
    ScopedChooseView,
    ScopedChosenMultipleView,
    ScopedChosenView,
    ScopedCopyView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedInspectView,
    ScopedReadOnlyHistoryView,
    ScopedReadOnlyUsageView,
    ScopedSnippetCopyView,
    ScopedSnippetDeleteView,
    ScopedSnippetEditView,
    ScopedSnippetHistoryView,
    ScopedSnippetIndexView,
    ScopedSnippetInspectView,
    ScopedSnippetUsageView,
    ScopedUsageView,
    run_rule_again,
)
from lms.viewsets import InspectURLFinder, RestrictedPermissionPolicy


class PeoplePermissionPolicy(RestrictedPermissionPolicy):
    """Accounts are made elsewhere, and a person's records outlive HR's view of them: people
    are listed, inspected and edited in the admin, never added or deleted there."""

    denied = frozenset({"add", "delete"})


class AssignmentRulePermissionPolicy(RestrictedPermissionPolicy):
    """Rules are added and inspected, never edited or deleted: they are run again instead."""

    denied = frozenset({"change", "delete"})


class MembershipPermissionPolicy(RestrictedPermissionPolicy):
    """Memberships are history: HR adds them and ends them (the edit view), never deletes."""

    denied = frozenset({"delete"})


class JoinRequestPermissionPolicy(RestrictedPermissionPolicy):
    """Learners file requests on their profile page; HR decides them (the edit view)."""

    denied = frozenset({"add", "delete"})


register_permission_policy(LearnerProfile, PeoplePermissionPolicy(LearnerProfile))
register_permission_policy(Membership, MembershipPermissionPolicy(Membership))
register_permission_policy(JoinRequest, JoinRequestPermissionPolicy(JoinRequest))
register_permission_policy(AssignmentRule, AssignmentRulePermissionPolicy(AssignmentRule))


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ScopedViewSetMixin:
    """Per-viewset listing options, handed to the scoped index view as view kwargs."""

    list_select_related = ()
    list_ordering = ()

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            list_select_related=self.list_select_related,
            list_ordering=self.list_ordering,
            **kwargs,
        )


class ScopedModelViewSet(ScopedViewSetMixin, ModelViewSet):
    """A ModelViewSet whose listing and object views show only the user's organisations."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_class = ScopedCopyView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView


class ScopedSnippetViewSet(ScopedViewSetMixin, SnippetViewSet):
    """A SnippetViewSet whose listing, object views and chooser show only the user's
    organisations."""

    index_view_class = ScopedSnippetIndexView
    edit_view_class = ScopedSnippetEditView
    delete_view_class = ScopedSnippetDeleteView
    copy_view_class = ScopedSnippetCopyView
    inspect_view_class = ScopedSnippetInspectView
    history_view_class = ScopedSnippetHistoryView
    usage_view_class = ScopedSnippetUsageView
    chooser_viewset_class = ScopedChooserViewSet


class OrganisationViewSet(ScopedSnippetViewSet):
    model = Organisation
    icon = "home"
    menu_label = _("Organisations")
    list_display = ["name", "sector"]
    list_filter = ["sector"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


class DepartmentViewSet(ScopedSnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "local_name", "organisation"]
    list_select_related = ["organisation"]
    filterset_class = DepartmentFilterSet
    search_fields = ["name", "local_name"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("organisation"), FieldPanel("name"), FieldPanel("local_name")],
        base_form_class=DepartmentForm,
    )


class ProfessionViewSet(SnippetViewSet):
    model = Profession
    icon = "user"
    menu_label = _("Professions")
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


class PeopleViewSet(ScopedModelViewSet):
    """Learner profiles HR may see, to set where people work. Accounts are made elsewhere."""

    model = LearnerProfile
    icon = "user"
    menu_label = _("People")
    url_prefix = "hr/people"
    url_namespace = "lms_people"
    list_display = ["full_name", "user", "employee_number", "organisation", "department"]
    list_select_related = ["user", "organisation", "department"]
    list_ordering = ["full_name", "pk"]
    filterset_class = PeopleFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("profession")],
        base_form_class=PeopleForm,
    )


def _person_name(membership):
    return learner_name(membership.user)


def _needs_review(membership):
    if membership.needs_review:
        return _("Self-declared before confirmation: check it")
    return ""


class MembershipViewSet(ScopedModelViewSet):
    """Who belongs to HR's organisations, and since when: add, move or end, with history."""

    model = Membership
    icon = "group"
    menu_label = _("Members")
    url_prefix = "hr/members"
    url_namespace = "lms_members"
    inspect_view_enabled = True
    copy_view_enabled = False
    add_view_class = MemberCreateView
    edit_view_class = MemberEditView
    list_filter = ["source", "organisation"]
    list_select_related = ["user__learner_profile", "organisation", "department"]
    # Current members first (on every database), then the most recently ended.
    list_ordering = [F("ended_at").desc(nulls_first=True), "-started_at", "-pk"]
    search_fields = ["user__email", "employee_number"]
    search_backend_name = None

    @property
    def list_display(self):
        return [
            TitleColumn(
                "user", label=_("Person"), accessor=_person_name, url_name="lms_members:edit"
            ),
            Column("email", label=_("Email address"), accessor="user.email"),
            Column("organisation", label=_("Organisation")),
            Column("department", label=_("Department")),
            Column("employee_number", label=_("Employee number")),
            Column("source", label=_("Source"), accessor="get_source_display"),
            Column("started_at", label=_("Started")),
            Column("ended_at", label=_("Ended")),
            Column("review", label=_("Review"), accessor=_needs_review),
        ]

    def _panel(self, names, form_class):
        return ObjectList(
            [FieldPanel(name) for name in names], base_form_class=form_class
        ).bind_to_model(Membership)

    def get_add_view_kwargs(self, **kwargs):
        panel = self._panel(
            ["email", "organisation", "department", "employee_number"], MemberAddForm
        )
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        panel = self._panel(
            ["department", "employee_number", "end", "end_reason"], MemberChangeForm
        )
        return super().get_edit_view_kwargs(
            panel=panel, form_class=panel.get_form_class(), **kwargs
        )

    def get_form_class(self, for_update=False):
        return MemberChangeForm if for_update else MemberAddForm


class JoinRequestViewSet(ScopedModelViewSet):
    """Learners' requests to join, move within or leave one of HR's organisations."""

    model = JoinRequest
    icon = "mail"
    menu_label = _("Membership requests")
    url_prefix = "hr/membership-requests"
    url_namespace = "lms_membership_requests"
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_view_class = JoinRequestDecideView
    list_filter = ["status", "kind", "organisation"]
    list_select_related = ["user", "organisation", "department"]
    list_ordering = ["-created_at", "-pk"]
    list_display = ["user", "kind", "organisation", "department", "employee_number", "status"]
    edit_handler = ObjectList(
        [
            FieldPanel("decision"),
            FieldPanel("department"),
            FieldPanel("employee_number"),
            FieldPanel("decision_note"),
        ],
        base_form_class=JoinRequestDecisionForm,
    )


class OrganisationDomainViewSet(ModelViewSet):
    """The email domains each organisation owns. Only administrators change this: a domain
    makes everyone who confirms an address there a member."""

    model = OrganisationDomain
    icon = "mail"
    menu_label = _("Organisation email domains")
    url_prefix = "hr/organisation-domains"
    url_namespace = "lms_organisation_domains"
    list_display = ["domain", "organisation", "created_at"]
    list_filter = ["organisation"]
    form_fields = ["organisation", "domain"]
    copy_view_enabled = False


class CompetenceNeedViewSet(ScopedModelViewSet):
    model = CompetenceNeed
    icon = "table"
    menu_label = _("Competence needs")
    url_prefix = "hr/competence-needs"
    url_namespace = "lms_needs"
    list_display = ["department", "area", "staff_count", "source", "updated_at"]
    list_select_related = ["department", "area"]
    index_view_class = NeedsIndexView

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", NeedsImportView.as_view(), name="import"),
        ]

    filterset_class = NeedFilterSet
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("department"),
            FieldPanel("area"),
            FieldPanel("staff_count"),
            FieldPanel("source"),
        ],
        base_form_class=CompetenceNeedForm,
    )


class AssignmentRuleURLFinder(InspectURLFinder):
    inspect_url_name = "lms_assignment_rules:inspect"


def _rule_progress(rule):
    if rule.state == RuleState.QUEUED:
        return gettext("Waiting to start")
    return gettext("%(done)s of %(total)s people") % {
        "done": f"{rule.processed:,}",
        "total": f"{rule.total:,}",
    }


class AssignmentRuleViewSet(ScopedModelViewSet):
    """HR assigns a course; the rule runs in the background and shows its progress."""

    model = AssignmentRule
    icon = "date"
    menu_label = _("Course assignments")
    url_prefix = "hr/assignments"
    url_namespace = "lms_assignment_rules"
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = RuleFilterSet
    inspect_template_name = "lms/hr/assignment_rule_inspect.html"
    list_select_related = ["course", "organisation", "department", "profession"]
    edit_handler = ObjectList(
        [
            FieldPanel("organisation"),
            FieldPanel("course"),
            FieldPanel("department"),
            FieldPanel("profession"),
            FieldPanel("people"),
            FieldPanel("people_file"),
            FieldPanel("due_date"),
            FieldPanel("due_within_days"),
        ],
        base_form_class=AssignmentRuleForm,
    )

    @property
    def list_display(self):
        return [
            TitleColumn(
                "course",
                label=_("Course"),
                accessor="course.title",
                url_name="lms_assignment_rules:inspect",
            ),
            Column("target", label=_("Assigned to"), accessor="target_label"),
            Column(
                "due",
                label=_("Due"),
                accessor=lambda rule: (
                    rule.due_date
                    or gettext("within %(days)s days") % {"days": rule.due_within_days}
                ),
            ),
            Column("state", label=_("State"), accessor="get_state_display"),
            Column("progress", label=_("Progress"), accessor=_rule_progress),
            Column("created_at", label=_("Created")),
        ]

    # Nobody edits a rule (AssignmentRulePermissionPolicy): links lead to its inspect view.
    add_view_class = RuleCreateView
    history_view_class = ScopedReadOnlyHistoryView
    usage_view_class = ScopedReadOnlyUsageView
    url_finder_class = AssignmentRuleURLFinder

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<int:pk>/run/", run_rule_again, name="run")]


class HRResponsibilityViewSet(ModelViewSet):
    """Which organisations each HR user answers for. Only administrators change this."""

    model = HRResponsibility
    icon = "key"
    menu_label = _("HR responsibilities")
    url_prefix = "hr/responsibilities"
    url_namespace = "lms_hr_responsibilities"
    list_display = ["user", "organisation", "created_at"]
    list_filter = ["organisation"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("organisation")], base_form_class=HRResponsibilityForm
    )
    copy_view_enabled = False


class HRGroup(ViewSetGroup):
    menu_label = _("HR")
    menu_icon = "group"
    menu_order = 250
    items = (
        PeopleViewSet,
        MembershipViewSet,
        JoinRequestViewSet,
        AssignmentRuleViewSet,
        CompetenceNeedViewSet,
        OrganisationViewSet,
        DepartmentViewSet,
        ProfessionViewSet,
        HRResponsibilityViewSet,
        OrganisationDomainViewSet,
    )
