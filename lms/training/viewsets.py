"""The Training Centre in the admin: venues (snippets) and sessions with their rosters."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.training.admin_views import (
    AssessView,
    RosterView,
    SessionDeleteView,
    SessionEditView,
    SessionIndexView,
    SessionInspectView,
    VenueDeleteView,
)
from lms.training.filters import SessionFilterSet
from lms.training.forms import SessionForm
from lms.training.models import Assessment, Session, Venue
from lms.viewsets import InspectURLFinder, ReadOnlyViewSet


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    url_prefix = "training/venues"
    list_display = ["name", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
    delete_view_class = VenueDeleteView


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    url_prefix = "training/sessions"
    url_namespace = "training_sessions"
    index_view_class = SessionIndexView
    delete_view_class = SessionDeleteView
    edit_view_class = SessionEditView
    inspect_view_class = SessionInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = SessionFilterSet
    list_display = [
        "__str__",
        Column("facility", label=_("Facility")),
        "seats",
        Column("language", label=_("Language"), accessor="get_language_display"),
        "cancelled",
        TitleColumn(
            "roster",
            label=_("Roster"),
            accessor=lambda session: _("Roster"),
            get_url=lambda session: reverse("training_sessions:roster", args=[session.pk]),
        ),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("step"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("facility"),
            FieldPanel("online_url"),
            FieldPanel("instructors"),
            FieldRowPanel([FieldPanel("seats"), FieldPanel("language")]),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]
                    ),
                    FieldPanel("cancellation_deadline"),
                ],
                heading=_("Booking"),
            ),
            FieldPanel("cancelled"),
        ],
        base_form_class=SessionForm,
    )

    @property
    def roster_view(self):
        return self.construct_view(RosterView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("roster/<int:pk>/", self.roster_view, name="roster"),
        ]


class AssessmentURLFinder(InspectURLFinder):
    inspect_url_name = "training_assessments:inspect"


class AssessmentViewSet(ReadOnlyViewSet):
    """Signed assessments: listed and inspected, never added, edited or deleted here; they are
    signed through the assess view (admin_views.AssessView)."""

    model = Assessment
    icon = "tick-inverse"
    menu_label = _("Practical assessments")
    url_prefix = "training/assessments"
    url_namespace = "training_assessments"
    url_finder_class = AssessmentURLFinder
    add_to_admin_menu = True
    list_display = [
        "learner_name",
        Column("step", label=_("Practical assessment step")),
        "passed",
        "assessor_name",
        "signed_at",
    ]
    list_filter = ["passed", "signed_at"]
    inspect_view_fields = [
        "learner_name",
        "step",
        "step_revision",
        "results",
        "passed",
        "meaning",
        "assessor_name",
        "signed_at",
    ]

    @property
    def assess_view(self):
        return self.construct_view(AssessView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("assess/<int:step_id>/", self.assess_view, name="assess"),
        ]


class TrainingGroup(ModelViewSetGroup):
    menu_label = _("Training Centre")
    menu_icon = "date"
    menu_order = 320
    items = (VenueViewSet, SessionViewSet, AssessmentViewSet)
