"""The catalogue: its single index page, the areas (A, B, …) and the audiences courses serve."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.blocks import RICH_TEXT_FEATURES
from courses.translations import TranslatedNameMixin
from courses.validation import printed_text_errors


class Audience(TranslatedNameMixin, models.Model):
    """A profession or sector a course is written for (nurse, pharmacist, the public…).

    Translated as a snippet (courses.translations): courses point at the default-language row.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    # Only the name is a translation; the rest is the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="courses_audience_translation"
            ),
            models.UniqueConstraint(fields=["name", "locale"], name="courses_audience_name"),
            models.UniqueConstraint(fields=["slug", "locale"], name="courses_audience_slug"),
        ]

    def __str__(self):
        return self.name


class CatalogueIndexPage(Page):
    """The one catalogue of every area and its courses, with filters and search."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CatalogueAreaPage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue import CatalogueFilterForm, catalogue_results

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, catalogue=self, user=request.user)
        context.update(catalogue_results(self, form, request))
        context["filter_form"] = form
        return context


area_code_validator = RegexValidator(
    r"^[A-Z]{1,3}$", _("Use one to three capital letters, for example A or QA.")
)


class CatalogueAreaPage(Page):
    """A competence area of the catalogue, such as A. General introduction."""

    code = models.CharField(
        _("code"),
        max_length=3,
        validators=[area_code_validator],
        help_text=_("The area's letter in the catalogue, for example A. Areas are listed by code."),
    )
    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("summary"),
        FieldPanel("description"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("code"),
    ]

    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("catalogue area")

    def __str__(self):
        return f"{self.code}. {self.title}"

    @property
    def label(self):
        return f"{self.code}. {self.title}"

    def clean(self):
        super().clean()
        # Translations of an area share its code and its translation key.
        clash = CatalogueAreaPage.objects.filter(code=self.code, locale_id=self.locale_id).exclude(
            translation_key=self.translation_key
        )
        errors = {}
        if clash.exists():
            errors["code"] = _("Another catalogue area already uses this code.")
        if printed := printed_text_errors(self.title):
            errors["title"] = printed  # the title is printed on area certificates
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue import visible_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = visible_courses(request.user).child_of(self).order_by("path")
        return context
