"""AssessmentStepPage: a course step done when an assessor signs off a practical checklist."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, ChecklistStreamBlock

from .course import minutes_field


class AssessmentStepPage(Page):
    """A practical assessment: every checklist item must be observed as passed.

    The signed records are kept by `lms.training`; this page holds the checklist, so it is
    revisioned and translated like other steps, and each record keeps the revision it used.
    """

    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    estimated_minutes = minutes_field(_("How long the assessment takes, in minutes."))
    checklist = StreamField(ChecklistStreamBlock(), verbose_name=_("checklist"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("description"),
        FieldPanel("checklist"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practical assessment step")

    def items(self):
        """Return [(block id, text, guidance)] of the checklist, in order."""
        return [
            (child.id, child.value["text"], child.value["guidance"]) for child in self.checklist
        ]

    def get_context(self, request, *args, **kwargs):
        from courses.navigation import step_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(step_navigation(self))
        return context
