"""Admin screens of the HR structure: organisations, departments, professions, people, needs,
assignments and who is HR for whom. Lists, object views and choosers are scoped by lms.hr.
"""

from django.contrib import messages
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.accounts.models import LearnerProfile
from lms.hr import scope
from lms.hr.filters import DepartmentFilterSet, NeedFilterSet, PeopleFilterSet, RuleFilterSet
from lms.hr.forms import (
    AssignmentRuleForm,
    CompetenceNeedForm,
    DepartmentForm,
    PeopleForm,
)
from lms.hr.models import (
    AssignmentRule,
    CompetenceNeed,
    Department,
    HRResponsibility,
    Organisation,
    Profession,
    RuleState,
)
from lms.hr.views import NeedsImportView, NeedsIndexView, RuleCreateView, run_rule_again
from lms.viewsets import RoutedViewsMixin

OBJECT_VIEWS = [
    "edit_view_class",
    "delete_view_class",
    "history_view_class",
    "usage_view_class",
    "inspect_view_class",
    "copy_view_class",
]


class ScopedObjectMixin:
    """Answer 404 for an object outside the user's organisations, as if it did not exist."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if (
            obj is not None
            and not scope.scoped(
                type(obj)._default_manager.filter(pk=obj.pk), self.request.user
            ).exists()
        ):
            raise Http404
        return obj


class ProtectedDeleteMixin:
    """Explain, rather than fail, when other records still point to the object."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _gettext(
                    "“%(object)s” cannot be deleted: people, needs or assignments still refer "
                    "to it. Move them first."
                )
                % {"object": self.object},
            )
            return redirect(self.index_url_name)


class ScopedIndexMixin:
    """Listings show only rows of the user's organisations (ModelViewSet has no queryset hook)."""

    list_select_related = ()
    list_ordering = ()

    def get_base_queryset(self):
        queryset = scope.scoped(super().get_base_queryset(), self.request.user)
        if self.list_ordering:
            queryset = queryset.order_by(*self.list_ordering)
        return queryset.select_related(*self.list_select_related)


class ScopedListMixin:
    def get_object_list(self):
        return scope.scoped(super().get_object_list(), self.request.user)


class ScopedChosenMixin:
    def get_object(self, pk):
        return get_object_or_404(
            scope.scoped(self.model_class.objects.all(), self.request.user), pk=pk
        )


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (ScopedListMixin, snippet_chooser.ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (ScopedListMixin, snippet_chooser.ChooseResultsView), {}
    )
    chosen_view_class = type(
        "ChosenView", (ScopedChosenMixin, snippet_chooser.SnippetChosenView), {}
    )


def scoped(viewset_class):
    """Class decorator: limit a viewset's list, object views and chooser to the HR scope."""
    for name in OBJECT_VIEWS:
        view_class = getattr(viewset_class, name)
        mixins = (
            (ScopedObjectMixin, ProtectedDeleteMixin)
            if name == "delete_view_class"
            else (ScopedObjectMixin,)
        )
        setattr(viewset_class, name, type(view_class.__name__, (*mixins, view_class), {}))
    index_view = viewset_class.index_view_class
    viewset_class.index_view_class = type(
        index_view.__name__,
        (ScopedIndexMixin, index_view),
        {
            "list_select_related": getattr(viewset_class, "list_select_related", ()),
            "list_ordering": getattr(viewset_class, "list_ordering", ()),
        },
    )
    if issubclass(viewset_class, SnippetViewSet):
        viewset_class.chooser_viewset_class = ScopedChooserViewSet
    return viewset_class


@scoped
class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "home"
    menu_label = _("Organisations")
    list_display = ["name", "sector"]
    list_filter = ["sector"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


@scoped
class DepartmentViewSet(SnippetViewSet):
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


@scoped
class PeopleViewSet(RoutedViewsMixin, ModelViewSet):
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
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("organisation"),
            FieldPanel("department"),
            FieldPanel("profession"),
            FieldPanel("employee_number"),
        ],
        base_form_class=PeopleForm,
    )
    # Accounts are made elsewhere, and a person's records outlive HR's view of them.
    routes = frozenset(
        {"index", "index_results", "edit", "inspect", "history", "history_results", "usage"}
    )


@scoped
class CompetenceNeedViewSet(ModelViewSet):
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


def _rule_progress(rule):
    if rule.state == RuleState.QUEUED:
        return _gettext("Waiting to start")
    return _gettext("%(done)s of %(total)s people") % {
        "done": f"{rule.processed:,}",
        "total": f"{rule.total:,}",
    }


@scoped
class AssignmentRuleViewSet(RoutedViewsMixin, ModelViewSet):
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
                    or _gettext("within %(days)s days") % {"days": rule.due_within_days}
                ),
            ),
            Column("state", label=_("State"), accessor="get_state_display"),
            Column("progress", label=_("Progress"), accessor=_rule_progress),
            Column("created_at", label=_("Created")),
        ]

    add_view_class = RuleCreateView

    # Rules are never edited or deleted: they are run again or cancelled.
    routes = frozenset({"index", "index_results", "add", "inspect"})

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
    form_fields = ["user", "organisation"]
    copy_view_enabled = False


class HRGroup(ViewSetGroup):
    menu_label = _("HR")
    menu_icon = "group"
    menu_order = 250
    items = (
        PeopleViewSet,
        AssignmentRuleViewSet,
        CompetenceNeedViewSet,
        OrganisationViewSet,
        DepartmentViewSet,
        ProfessionViewSet,
        HRResponsibilityViewSet,
    )
