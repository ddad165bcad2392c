"""Catalogue queries: which courses a person may see, filtered and searched."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from courses.i18n import default_locale
from courses.models import Audience, CatalogueAreaPage, CourseFormat, CoursePage, LessonPage
from courses.translations import translate_names

COURSES_PER_PAGE = 24
DURATION_CHOICES = [(15, 15), (30, 30), (60, 60), (120, 120), (240, 240)]


def failed_restrictions(user):
    """Return the page view restrictions this user does not pass, worked out once per request."""
    cached = getattr(user, "_atmp_failed_restrictions", None)
    if cached is None:
        cached = _failed_restrictions(user)
        user._atmp_failed_restrictions = cached
    return cached


def _failed_restrictions(user):
    restrictions = list(
        PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    )
    if not restrictions:
        return []
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    failed = []
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.LOGIN and user.is_authenticated:
            continue
        if restriction.restriction_type == PageViewRestriction.GROUPS and (
            user.is_superuser or group_ids & {g.pk for g in restriction.groups.all()}
        ):
            continue
        failed.append(restriction)
    return failed


def exclude_restricted(queryset, user):
    """Drop pages below any view restriction the user does not pass."""
    hidden = Q()
    for restriction in failed_restrictions(user):
        hidden |= Q(path__startswith=restriction.page.path)
    return queryset.exclude(hidden) if hidden else queryset


def is_visible_to(page, user):
    """Return True if no view restriction on the page or its ancestors shuts this user out."""
    return not any(page.path.startswith(r.page.path) for r in failed_restrictions(user))


def visible_courses(user):
    """Return live courses this user may open, with what a catalogue card needs."""
    courses = (
        CoursePage.objects.live().select_related("image", "locale").prefetch_related("audiences")
    )
    return exclude_restricted(courses, user)


def visible_areas(catalogue, user):
    areas = CatalogueAreaPage.objects.live().child_of(catalogue).order_by("code")
    return exclude_restricted(areas, user)


class CatalogueFilterForm(forms.Form):
    """GET filters; an invalid value is ignored with a message rather than failing the page."""

    q = forms.CharField(label=_("Search courses and lessons"), required=False, max_length=200)
    area = forms.ChoiceField(label=_("Area"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    max_minutes = forms.TypedChoiceField(
        label=_("Maximum duration"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, catalogue, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.areas = list(visible_areas(catalogue, user))
        any_choice = [("", _("Any"))]
        self.fields["area"].choices = any_choice + [(a.code, a.label) for a in self.areas]
        self.fields["audience"].choices = any_choice + [
            (audience.slug, audience.display_name)
            for audience in translate_names(Audience.objects.canonical())
        ]
        self.fields["format"].choices = any_choice + list(CourseFormat.choices)
        self.fields["max_minutes"].choices = any_choice + [
            (value, _("%(minutes)s minutes or less") % {"minutes": value})
            for value, _label in DURATION_CHOICES
        ]

    def filters(self):
        """Return the valid filter values; invalid ones are left out."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}


def search_course_ids(query):
    """Return ids of live courses matching the query themselves or through a lesson."""
    ids = {page.pk for page in CoursePage.objects.live().search(query, operator="and")}
    lesson_hits = LessonPage.objects.live().search(query, operator="and")
    parent_paths = {lesson.path[: -Page.steplen] for lesson in lesson_hits}
    if parent_paths:
        ids |= set(CoursePage.objects.filter(path__in=parent_paths).values_list("pk", flat=True))
    return ids


def _untranslated_courses(catalogue, user):
    """Courses of the default language with no translation in this catalogue's language."""
    source = default_locale()
    if catalogue.locale_id == source.pk:
        return CoursePage.objects.none(), {}
    translated = CoursePage.objects.filter(locale_id=catalogue.locale_id).values("translation_key")
    courses = visible_courses(user).filter(locale=source).exclude(translation_key__in=translated)
    source_areas = {
        area.translation_key: area for area in CatalogueAreaPage.objects.filter(locale=source)
    }
    return courses, source_areas


def catalogue_results(catalogue, form, request):
    """Return the filtered, paginated courses grouped by area, and the filters that applied.

    A catalogue in another language also lists the courses that exist only in the default
    language, in their area, so nobody misses a course for want of a translation.
    """
    filters = form.filters()
    areas = form.areas
    if "area" in filters:
        areas = [a for a in areas if a.code == filters["area"]]
    courses = visible_courses(request.user).descendant_of(catalogue)
    untranslated, source_areas = _untranslated_courses(catalogue, request.user)
    courses = courses | untranslated
    if not areas:
        courses = courses.none()
    else:
        # Rank each course by its area's position so the database orders and paginates.
        ranks = []
        for i, area in enumerate(areas):
            ranks.append(When(path__startswith=area.path, then=Value(i)))
            if area.translation_key in source_areas:
                source_path = source_areas[area.translation_key].path
                ranks.append(When(path__startswith=source_path, then=Value(i)))
        area_rank = Case(*ranks, default=None, output_field=IntegerField())
        courses = courses.annotate(area_rank=area_rank).filter(area_rank__isnull=False)
    if "audience" in filters:
        courses = courses.filter(audiences__slug=filters["audience"])
    if "format" in filters:
        courses = courses.filter(format=filters["format"])
    if "max_minutes" in filters:
        courses = courses.filter(estimated_minutes__lte=filters["max_minutes"])
    if filters.get("q"):
        courses = courses.filter(pk__in=search_course_ids(filters["q"]))
    paginator = Paginator(
        courses.order_by("area_rank", "path") if areas else courses, COURSES_PER_PAGE
    )
    page = paginator.get_page(request.GET.get("page"))
    shown = list(page.object_list)
    # The cards' audiences in the reader's language: one query for the whole page.
    translate_names(audience for course in shown for audience in course.audiences.all())
    groups = []
    for course in shown:
        if not groups or groups[-1][0].pk != areas[course.area_rank].pk:
            groups.append((areas[course.area_rank], []))
        groups[-1][1].append(course)
    return {
        "groups": groups,
        "page_obj": page,
        "active_filters": filters,
        "result_count": paginator.count,
    }
