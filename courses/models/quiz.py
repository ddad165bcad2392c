"""QuizPage: a course step whose questions live in the page, revisioned with it."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, QuizStreamBlock

from .course import minutes_field


class ReviewPolicy(models.TextChoices):
    AFTER_EACH = "after_each", _("After each attempt: show correct answers and feedback")
    AFTER_PASS = "after_pass", _("Only after passing: show correct answers and feedback")
    NEVER = "never", _("Never: show the score only")


class QuizPage(Page):
    """A quiz step. Learners' attempts are marked on the server against a snapshot."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    estimated_minutes = minutes_field(_("How long the quiz takes, in minutes."))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The percentage of questions a learner must answer correctly, 0–100."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave blank for unlimited attempts."),
    )
    wait_minutes = models.PositiveIntegerField(
        _("minimum wait between attempts (minutes)"), default=0
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions from the pool for each attempt. Blank: all."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Blank: no time limit. The server allows 60 seconds of grace."),
    )
    review_policy = models.CharField(
        _("review"),
        max_length=20,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.AFTER_EACH,
    )
    questions = StreamField(QuizStreamBlock(), verbose_name=_("questions"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("pass_mark")]),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_minutes")]),
                FieldRowPanel([FieldPanel("draw_count"), FieldPanel("time_limit_minutes")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldPanel("review_policy"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def clean(self):
        super().clean()
        pool = len(self.questions)
        errors = {}
        if pool == 0:
            errors["questions"] = _("Add at least one question.")
        elif self.draw_count and self.draw_count > pool:
            errors["draw_count"] = _(
                "You cannot draw %(draw)s questions from a pool of %(pool)s."
            ) % {"draw": self.draw_count, "pool": pool}
        if errors:
            raise ValidationError(errors)

    def serve_preview(self, request, mode_name):
        """Show authors the questions as a learner meets them, without the answer key."""
        questions = [
            {
                "number": number,
                "key": child.id or f"preview-{number}",
                "text": child.value["text"],
                "type": child.value["question_type"],
                "choices": [
                    {"token": item.id or f"preview-{number}-{index}", "text": item.value["text"]}
                    for index, item in enumerate(child.value["choices"].bound_blocks)
                ],
            }
            for number, child in enumerate(self.questions, start=1)
        ]
        return TemplateResponse(
            request,
            "courses/quiz_page_preview.html",
            {"page": self, "questions": questions, "request": request},
        )

    @property
    def questions_per_attempt(self):
        return min(self.draw_count or len(self.questions), len(self.questions))

    def get_context(self, request, *args, **kwargs):
        from courses.navigation import step_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(step_navigation(self))
        return context
