"""HR's admin views: Wagtail's generic and snippet views limited to the user's organisations
(the Scoped* classes the viewsets use), assigning a course, running an assignment again,
importing competence needs, the scoped site history and the learner's assigned courses.
Registered by lms.hr.viewsets and lms.hr.wagtail_hooks.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, ProtectedError, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views import chooser, snippets

from courses.i18n import in_language
from lms.hr import assignments, scope
from lms.hr.exports import AuditedSpreadsheetExportMixin
from lms.hr.forms import NeedsImportForm
from lms.hr.membership import MembershipError
from lms.hr.models import AssignmentRule, RuleState
from lms.hr.needs import NeedsImportError, import_needs
from lms.hr.status import assignments_for_learner
from lms.viewsets import LookUpFirstMixin, ReadOnlyHistoryView, ReadOnlyUsageView


class ScopedObjectMixin:
    """Answer 404 for an object outside the user's organisations, as if it did not exist."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        mine = scope.scoped(type(obj)._default_manager.filter(pk=obj.pk), self.request.user)
        if not mine.exists():
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
                gettext(
                    "“%(object)s” cannot be deleted: people, needs or assignments still refer "
                    "to it. Move them first."
                )
                % {"object": self.object},
            )
            return redirect(self.index_url_name)


class ScopedIndexMixin:
    """List only rows of the user's organisations, with the viewset's `list_select_related`
    and `list_ordering` (ScopedViewSetMixin.get_index_view_kwargs passes them)."""

    list_select_related = ()
    list_ordering = ()

    def get_base_queryset(self):
        queryset = scope.scoped(super().get_base_queryset(), self.request.user)
        if self.list_ordering:
            queryset = queryset.order_by(*self.list_ordering)
        return queryset.select_related(*self.list_select_related)


# ModelViewSet's views (wagtail.admin.views.generic), scoped.


class ScopedIndexView(ScopedIndexMixin, generic.IndexView):
    pass


class ScopedEditView(LookUpFirstMixin, ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, ProtectedDeleteMixin, generic.DeleteView):
    pass


class ScopedCopyView(ScopedObjectMixin, generic.CopyView):
    pass


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class ScopedReadOnlyHistoryView(ScopedObjectMixin, ReadOnlyHistoryView):
    """For a model nobody edits (assignment rules): the history is for whoever may view it."""


class ScopedReadOnlyUsageView(ScopedObjectMixin, ReadOnlyUsageView):
    """For a model nobody edits (assignment rules): the usage is for whoever may view it."""


# SnippetViewSet's views (wagtail.snippets.views.snippets), scoped.


class ScopedSnippetIndexView(ScopedIndexMixin, snippets.IndexView):
    pass


class ScopedSnippetEditView(ScopedObjectMixin, snippets.EditView):
    pass  # snippet edit views look the object up before checking the permission


class ScopedSnippetDeleteView(ScopedObjectMixin, ProtectedDeleteMixin, snippets.DeleteView):
    pass


class ScopedSnippetCopyView(ScopedObjectMixin, snippets.CopyView):
    pass


class ScopedSnippetInspectView(ScopedObjectMixin, snippets.InspectView):
    pass


class ScopedSnippetHistoryView(ScopedObjectMixin, snippets.HistoryView):
    pass


class ScopedSnippetUsageView(ScopedObjectMixin, snippets.UsageView):
    pass


# The snippet chooser (wagtail.snippets.views.chooser), scoped.


class ScopedListMixin:
    def get_object_list(self):
        return scope.scoped(super().get_object_list(), self.request.user)


class ScopedChooseView(ScopedListMixin, chooser.ChooseView):
    pass


class ScopedChooseResultsView(ScopedListMixin, chooser.ChooseResultsView):
    pass


class ScopedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return get_object_or_404(
            scope.scoped(self.model_class.objects.all(), self.request.user), pk=pk
        )


class ScopedChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return scope.scoped(super().get_objects(pks), self.request.user)


class MembershipServiceMixin:
    """Save through lms.hr.membership; a refusal it explains goes back to the form."""

    def form_valid(self, form):
        self.form = form
        try:
            with transaction.atomic():
                self.object = self.save_instance()
        except MembershipError as error:
            form.add_error(None, str(error))
            self.produced_error_message = str(error)
            return self.form_invalid(form)
        return self.save_action()


class MemberCreateView(MembershipServiceMixin, generic.CreateView):
    success_message = _("%(object)s is now a member.")

    def save_instance(self):
        return self.form.start_membership(self.request.user)


class MemberEditView(MembershipServiceMixin, ScopedEditView):
    success_message = _("The membership of %(object)s has been updated.")

    def save_instance(self):
        return self.form.apply(self.request.user)


class JoinRequestDecideView(MembershipServiceMixin, ScopedEditView):
    success_message = _("Your decision on “%(object)s” has been recorded.")

    def save_instance(self):
        return self.form.apply(self.request.user)

    def get_success_url(self):
        return reverse(self.index_url_name)

    def get_success_buttons(self):
        return []


class RuleCreateView(generic.CreateView):
    success_message = _("The course is being assigned. This page shows the progress.")

    def save_instance(self):
        return assignments.create_rule(self.request.user, **self.form.rule_fields())

    def get_success_message(self, instance):
        return self.success_message

    def get_success_buttons(self):
        return []  # rules are not edited; the inspect page shows them

    def get_success_url(self):
        return reverse("lms_assignment_rules:inspect", args=[self.object.pk])


@require_POST
def run_rule_again(request, pk):
    """Queue a rule again: after a failure, or to assign the course to people who joined since."""
    if not request.user.has_perm("hr.add_assignmentrule"):
        raise Http404
    rule = get_object_or_404(scope.scoped(AssignmentRule.objects.all(), request.user), pk=pk)
    if rule.state in (RuleState.QUEUED, RuleState.RUNNING):
        messages.warning(request, gettext("This assignment is already queued or running."))
    else:
        assignments.queue_rule(rule)
        messages.success(request, gettext("The assignment will run again in the background."))
    return redirect("lms_assignment_rules:inspect", pk)


MAX_NEEDS_FILE_BYTES = 1024 * 1024


class NeedsImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a needs CSV (like Table 1) for one of the HR user's organisations."""

    template_name = "lms/hr/needs_import.html"
    page_title = _("Import competence needs")
    header_icon = "upload"
    form_class = NeedsImportForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("hr.add_competenceneed"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("lms_needs:index"), "label": _("Competence needs")},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if upload.size > MAX_NEEDS_FILE_BYTES:
            form.add_error("file", gettext("The file is larger than 1 MB."))
            return self.form_invalid(form)
        try:
            result = import_needs(
                upload.read(),
                form.cleaned_data["organisation"],
                source=form.cleaned_data["source"] or upload.name,
            )
        except NeedsImportError as error:
            form.add_error("file", gettext("Nothing was imported. Correct these lines:"))
            for line in error.errors:
                form.add_error("file", line)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext(
                "Imported needs for %(departments)s departments: %(created)s added, "
                "%(updated)s updated, %(removed)s removed."
            )
            % vars(result),
        )
        return redirect("lms_needs:index")


class NeedsIndexView(ScopedIndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("hr.add_competenceneed"):
            buttons.append(
                HeaderButton(_("Import CSV"), url=reverse("lms_needs:import"), icon_name="upload")
            )
        return buttons


class ScopedSiteHistoryView(AuditedSpreadsheetExportMixin, LogEntriesView):
    """Wagtail's site history, without log entries about other organisations' people.

    Wagtail shows a user every log entry of each model they hold any permission on: HR of one
    organisation would read the names of another's people (the People screen logs edits by
    the person's name). Mounted over Wagtail's URL by lms.admin_overrides.
    """

    export_report_name = "site-history"

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if scope.sees_everything(user) or "object_id" not in {
            field.name for field in queryset.model._meta.fields
        }:
            return queryset  # page log entries name pages, never people
        for label in [*scope.ORGANISATION_PATHS, get_user_model()._meta.label_lower]:
            model = apps.get_model(label)
            visible = scope.scoped(model._default_manager.all(), user).values_list(
                Cast("pk", output_field=CharField()), flat=True
            )
            content_type = ContentType.objects.get_for_model(model)
            queryset = queryset.exclude(Q(content_type=content_type) & ~Q(object_id__in=visible))
        return queryset


def assigned_courses_section(request, states):
    """Return My learning's first section: the learner's assigned courses with due dates."""
    assigned = assignments_for_learner(request.user)
    if not assigned:
        return None
    shown = in_language(assignment.course for assignment in assigned)
    for assignment in assigned:
        assignment.state = states.get(assignment.course_id)
        assignment.display = shown[assignment.course.translation_key]
    return {
        "template": "lms/hr/my_learning_assigned.html",
        "first": True,
        "assigned": assigned,
        "courses": {assignment.course_id for assignment in assigned},
    }
