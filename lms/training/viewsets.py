"""The Training Centre in the admin: venues (snippets) and sessions with their rosters."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.training.admin_views import (
    RosterView,
    SessionDeleteView,
    SessionEditView,
    SessionIndexView,
    SessionInspectView,
    VenueDeleteView,
)
from lms.training.filters import SessionFilterSet
from lms.training.forms import SessionForm
from lms.training.models import Session, Venue


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


class TrainingGroup(ModelViewSetGroup):
    menu_label = _("Training Centre")
    menu_icon = "date"
    menu_order = 320
    items = (VenueViewSet, SessionViewSet)
