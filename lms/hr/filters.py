"""Filters of the HR reports. Choices are limited to what the HR user may see."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage, CoursePage
from lms.accounts.models import LearnerProfile
from lms.choices import CollatedChoiceFilter, DepartmentField, TranslatedChoiceFilter
from lms.hr import scope
from lms.hr.models import (
    STATUS_RANKS,
    Assignment,
    AssignmentRule,
    AssignmentStatus,
    CompetenceNeed,
    Department,
    Profession,
    RuleState,
)
from lms.models import CompletionStatus, CourseCompletion

PROFILE = "learner__learner_profile"


def organisations(request):
    return scope.organisations_for(request.user)


def departments(request):
    return Department.objects.filter(
        organisation__in=scope.organisations_for(request.user)
    ).select_related("organisation")


def areas(request):
    return canonical_pages(CatalogueAreaPage.objects).order_by("code")


def courses(request):
    return canonical_pages(CoursePage.objects).order_by("title")


class DepartmentFilter(django_filters.ModelChoiceFilter):
    field_class = DepartmentField


class AreaChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code}. {obj.title}"


class AreaFilter(django_filters.ModelChoiceFilter):
    field_class = AreaChoiceField


def courses_in_area(area):
    return CoursePage.objects.child_of(area).values("pk")


class LearnerFilterSet(WagtailFilterSet):
    """Where the learner works: shared by every HR report."""

    organisation = CollatedChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name=f"{PROFILE}__organisation",
        empty_label=_("All organisations"),
    )
    department = DepartmentFilter(
        label=_("Department"),
        queryset=departments,
        field_name=f"{PROFILE}__department",
        empty_label=_("All departments"),
    )
    profession = TranslatedChoiceFilter(
        label=_("Profession"),
        queryset=Profession.objects.all(),
        field_name=f"{PROFILE}__profession",
        empty_label=_("All professions"),
    )


class CourseFilterSet(LearnerFilterSet):
    """Where the learner works, and which course or area: records about a course."""

    area = AreaFilter(
        label=_("Catalogue area"),
        queryset=areas,
        method="filter_area",
        empty_label=_("All areas"),
    )
    course = django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=courses, field_name="course", empty_label=_("All courses")
    )

    def filter_area(self, queryset, name, value):
        return queryset.filter(course__in=courses_in_area(value))


class CompletionFilterSet(CourseFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=CompletionStatus.choices,
        field_name="validity",
        empty_label=_("Any status"),
    )
    completed_at = django_filters.DateFromToRangeFilter(
        label=_("Completed between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = CourseCompletion
        fields = []


class AssignmentFilterSet(CourseFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=AssignmentStatus.choices,
        method="filter_status",
        empty_label=_("Any status"),
    )
    due_on = django_filters.DateFromToRangeFilter(
        label=_("Due between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Assignment
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_rank=STATUS_RANKS[value])


class PeopleFilterSet(WagtailFilterSet):
    """Filters of the transcript index, which lists learner profiles rather than records."""

    organisation = CollatedChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name="organisation",
        empty_label=_("All organisations"),
    )
    department = DepartmentFilter(
        label=_("Department"),
        queryset=departments,
        field_name="department",
        empty_label=_("All departments"),
    )
    q = django_filters.CharFilter(label=_("Name, email or employee number"), method="search")

    class Meta:
        model = LearnerProfile
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(full_name__icontains=value)
            | Q(user__email__icontains=value)
            | Q(employee_number__iexact=value)
        )


class DepartmentFilterSet(WagtailFilterSet):
    """Departments by organisation: the competence matrix and the department listing."""

    organisation = CollatedChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name="organisation",
        empty_label=_("All organisations"),
    )

    class Meta:
        model = Department
        fields = []


class NeedFilterSet(WagtailFilterSet):
    department = DepartmentFilter(
        label=_("Department"),
        queryset=departments,
        field_name="department",
        empty_label=_("All departments"),
    )
    area = AreaFilter(
        label=_("Competence area"), queryset=areas, field_name="area", empty_label=_("All areas")
    )

    class Meta:
        model = CompetenceNeed
        fields = []


class RuleFilterSet(WagtailFilterSet):
    organisation = CollatedChoiceFilter(
        label=_("Organisation"),
        queryset=organisations,
        field_name="organisation",
        empty_label=_("All organisations"),
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=RuleState.choices, empty_label=_("Any state")
    )

    class Meta:
        model = AssignmentRule
        fields = []
