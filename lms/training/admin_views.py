"""The admin's session views: the list limited to what the user may see, the roster, and
deletes that explain what still refers to the object."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets

from courses.models import AssessmentStepPage
from lms.accounts.models import learner_name
from lms.services import LearningError
from lms.training import assessments, services
from lms.training.models import Attendance, Booking, BookingStatus, Session


def _refuse_protected(view, message):
    messages.error(view.request, message % {"object": view.object})
    return redirect(view.index_url_name)


class VenueDeleteView(snippets.DeleteView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            return _refuse_protected(
                self,
                _(
                    "“%(object)s” cannot be deleted: sessions are planned in its facilities. "
                    "Cancel or move those sessions instead."
                ),
            )


class SessionDeleteView(generic.DeleteView):
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            return _refuse_protected(
                self,
                _(
                    "“%(object)s” cannot be deleted: learners have booked it. Tick "
                    "“cancelled” instead, so the bookings stay on record."
                ),
            )


class SessionEditView(generic.EditView):
    """Ticking "cancelled" tells the booked and waiting learners (services.session_cancelled)."""

    def save_instance(self):
        was_cancelled = Session.objects.filter(pk=self.object.pk, cancelled=True).exists()
        with transaction.atomic():
            instance = super().save_instance()
            if instance.cancelled and not was_cancelled:
                services.session_cancelled(self.request.user, instance)
        return instance


def sessions_for(user):
    policy = policy_registry.get_by_type(Session)
    return policy.instances_user_has_any_permission_for(user, ["view", "change"])


class SessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            sessions_for(self.request.user)
            .select_related("step", "facility__venue")
            .order_by("-starts_at", "pk")
        )


class SessionInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(sessions_for(self.request.user), pk=self.kwargs["pk"])


class RosterView(WagtailAdminTemplateMixin, TemplateView):
    """The list of learners booked on a session, where attendance is marked."""

    template_name = "training/admin/roster.html"
    page_title = gettext_lazy("Roster")
    index_url_name = None

    def dispatch(self, request, pk):
        self.session = get_object_or_404(
            Session.objects.select_related("step", "facility__venue"), pk=pk
        )
        if not services.can_take_attendance(request.user, self.session):
            raise Http404
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        return [
            {"url": "", "label": _("Sessions")},
            {"url": "", "label": str(self.session)},
        ]

    def post(self, request, pk):
        try:
            booking_id = int(request.POST.get("booking", ""))
        except ValueError:
            booking_id = None
        try:
            booking = services.mark_attendance(
                request.user, booking_id, request.POST.get("attendance", "")
            )
        except LearningError as error:
            messages.error(request, error.message)
            context = self.get_context_data(error=error.message)
            return self.render_to_response(context, status=error.status)
        messages.success(
            request,
            _("%(name)s: %(attendance)s.")
            % {
                "name": learner_name(booking.learner),
                "attendance": booking.get_attendance_display(),
            },
        )
        return redirect(request.path)

    def get_context_data(self, **kwargs):
        bookings = (
            Booking.objects.filter(session=self.session)
            .exclude(status=BookingStatus.CANCELLED)
            .select_related("learner__learner_profile__organisation")
            .order_by("learner__last_name", "learner__first_name", "pk")
        )
        rows = [{"booking": b, "name": learner_name(b.learner)} for b in bookings]
        return super().get_context_data(
            session=self.session,
            booked=[r for r in rows if r["booking"].status == BookingStatus.BOOKED],
            waitlisted=[r for r in rows if r["booking"].status == BookingStatus.WAITLISTED],
            attendance_choices=Attendance.choices,
            **kwargs,
        )


class AssessView(WagtailAdminTemplateMixin, TemplateView):
    """The assessor's form: the learner, each checklist item passed or failed with a comment,
    and the assessor's password to sign."""

    template_name = "training/admin/assess.html"
    page_title = gettext_lazy("Sign a practical assessment")

    def dispatch(self, request, step_id):
        if not assessments.can_assess(request.user):
            raise PermissionDenied
        self.step = get_object_or_404(AssessmentStepPage.objects.live(), pk=step_id)
        return super().dispatch(request, step_id)

    def get_page_subtitle(self):
        return self.step.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            step=self.step,
            learners=[
                (user.pk, learner_name(user))
                for user in assessments.assessable_learners(self.step).select_related(
                    "learner_profile"
                )
            ],
            items=self.step.items(),
            **kwargs,
        )

    def post(self, request, step_id):
        results, missing = assessments.read_results(self.step, request.POST)
        learner = (
            assessments.assessable_learners(self.step)
            .filter(pk=request.POST.get("learner") or None)
            .first()
            if (request.POST.get("learner") or "").isdigit()
            else None
        )
        try:
            if learner is None:
                raise LearningError(_("Choose the learner you assessed."))
            if missing:
                raise LearningError(_("Mark every item passed or failed before signing."))
            assessment = assessments.sign_assessment(
                request.user, learner, self.step, results, request.POST.get("password")
            )
        except LearningError as error:
            context = self.get_context_data(error=error.message, posted=request.POST)
            return self.render_to_response(context, status=error.status)
        messages.success(
            request,
            _("Signed: %(learner)s, %(meaning)s.")
            % {
                "learner": assessment.learner_name,
                "meaning": assessments.meaning_display(assessment),
            },
        )
        return redirect("training_assessments:inspect", assessment.pk)
