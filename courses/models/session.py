"""SessionStepPage: a course step done by attending one scheduled session (lms.training)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES

from .course import minutes_field


class SessionKind(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    WEBINAR = "webinar", _("Webinar")
    LAB_DAY = "lab_day", _("Lab day")
    CLEANROOM = "cleanroom", _("Cleanroom practice")


class SessionStepPage(Page):
    """A step a learner completes by attending one of its sessions.

    The sessions themselves (dates, places, seats, bookings) are learner-facing records kept
    by `lms.training`; this page only says what the step is, so it is revisioned and
    translated like lessons and quizzes.
    """

    kind = models.CharField(
        _("kind of session"),
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.LECTURE,
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    estimated_minutes = minutes_field(_("How long one session lasts, in minutes."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("estimated_minutes"),
        FieldPanel("description"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("session step")

    def get_context(self, request, *args, **kwargs):
        from courses.navigation import step_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(step_navigation(self))
        return context
