"""The admin's session list filters."""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from courses.i18n import canonical_pages
from courses.models import SessionStepPage
from lms.training.models import Session, Venue


def instructors(request):
    return get_user_model().objects.filter(instructed_sessions__isnull=False).distinct()


class SessionFilterSet(WagtailFilterSet):
    step = django_filters.ModelChoiceFilter(
        label=_("Session step"), queryset=lambda request: canonical_pages(SessionStepPage.objects)
    )
    venue = django_filters.ModelChoiceFilter(
        label=_("Venue"), field_name="facility__venue", queryset=Venue.objects.all()
    )
    instructor = django_filters.ModelChoiceFilter(
        label=_("Instructor"), field_name="instructors", queryset=instructors
    )
    starts_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    cancelled = django_filters.BooleanFilter(label=_("Cancelled"))

    class Meta:
        model = Session
        fields = ["step", "venue", "instructor", "starts_at", "cancelled"]
