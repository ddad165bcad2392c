"""Courses and their lessons."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from courses.translations import canonical_only, translate_names
from courses.validation import printed_text_errors


class CourseLevel(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseFormat(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced online")
    BLENDED = "blended", _("Blended (online and on site)")
    LECTURE = "lecture", _("Lecture")
    SERIES = "series", _("Series")


def minutes_field(help_text):
    return models.PositiveSmallIntegerField(
        _("estimated minutes"),
        validators=[MinValueValidator(1), MaxValueValidator(6000)],
        help_text=help_text,
    )


class CoursePage(Page):
    """A course: an ordered sequence of steps (lessons, later quizzes) in one catalogue area."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for the catalogue.")
    )
    learning_objectives = models.TextField(
        _("learning objectives"),
        help_text=_("One objective per line, for example: Explain what an ATMP is."),
    )
    audiences = ParentalManyToManyField(
        "courses.Audience",
        verbose_name=_("audiences"),
        blank=True,
        related_name="courses",
        limit_choices_to=canonical_only,  # a translation is a name, not another audience
    )
    estimated_minutes = minutes_field(_("How long the whole course takes, in minutes."))
    level = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.INTRODUCTORY
    )
    format = models.CharField(
        _("format"), max_length=20, choices=CourseFormat.choices, default=CourseFormat.SELF_PACED
    )
    validity_months = models.PositiveSmallIntegerField(
        _("validity in months"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("How long a completion stays valid. Leave blank if it never expires."),
    )
    counts_towards_area_certificate = models.BooleanField(
        _("counts towards the area certificate"),
        default=True,
        help_text=_("Learners need this course for the certificate of its catalogue area."),
    )
    issues_certificate = models.BooleanField(
        _("issue a course certificate"),
        default=True,
        help_text=_("Learners who complete the course receive a PDF certificate."),
    )
    sequential = models.BooleanField(
        _("steps in order"),
        default=False,
        help_text=_("Learners must finish each step before they can open the next."),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("format"), FieldPanel("validity_months")]),
                FieldPanel("counts_towards_area_certificate"),
                FieldPanel("issues_certificate"),
                FieldPanel("sequential"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Catalogue details"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.FilterField("level"),
        index.FilterField("format"),
        index.FilterField("estimated_minutes"),
    ]

    parent_page_types = ["courses.CatalogueAreaPage"]
    subpage_types = [
        "courses.LessonPage",
        "courses.QuizPage",
        "courses.SessionStepPage",
        "courses.AssessmentStepPage",
    ]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _(
                "Describe the image: alternative text is required with an image."
            )
        if printed := printed_text_errors(self.title):
            errors["title"] = printed  # the title is printed on certificates
        if errors:
            raise ValidationError(errors)

    @property
    def objectives(self):
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]

    def steps(self):
        """Return the course's live steps (lessons, quizzes, sessions) in tree order, as specific
        pages."""
        return self.get_children().live().specific().order_by("path")

    @cached_property
    def area(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = list(self.steps())
        context["steps"] = steps
        context["first_step"] = steps[0] if steps else None
        context["steps_minutes"] = sum(step.estimated_minutes for step in steps)
        context["audiences"] = translate_names(self.audiences.all())
        return context


class LessonPage(Page):
    """A lesson: one step of a course, read at the learner's own pace."""

    estimated_minutes = minutes_field(_("How long the lesson takes to read, in minutes."))
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from courses.navigation import step_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(step_navigation(self))
        return context
