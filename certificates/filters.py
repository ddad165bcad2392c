"""The admin's certificate filters, shared by the listing and the bulk ZIP download."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from certificates.models import Certificate, CertificateKind, CertificateStatus, RenderStatus
from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage, CoursePage


class CertificateFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=CertificateKind.choices)
    course = django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=canonical_pages(CoursePage.objects).order_by("title")
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Catalogue area"),
        queryset=canonical_pages(CatalogueAreaPage.objects).order_by("code"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=CertificateStatus.choices, method="filter_status"
    )
    render_status = django_filters.ChoiceFilter(label=_("PDF"), choices=RenderStatus.choices)
    issued_at = django_filters.DateFromToRangeFilter(
        label=_("Issued"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = ["kind", "course", "area", "status", "render_status", "issued_at"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value)

    def summary(self):
        """Return the active filters in words, for the record of a bulk download."""
        if not self.is_valid():
            return ""
        parts = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, "") or (hasattr(value, "start") and not (value.start or value.stop)):
                continue
            field = self.form.fields[name]
            if hasattr(field, "choices") and not hasattr(value, "pk"):
                value = dict(field.choices).get(value, value)
            elif hasattr(value, "start"):
                value = f"{value.start or '…'} – {value.stop or '…'}"
            parts.append(f"{field.label}: {value}")
        return "; ".join(parts)
