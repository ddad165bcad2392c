"""Form fields to choose a translated snippet: an organisation, a department, a profession.

They offer the default-language rows only (translations are not things to choose: everything
points at the canonical row, see courses.translations), labelled with their names in the
language being served, read in one query per list; organisations and departments in that
language's alphabetical order (lms.collation), professions in their set order.
"""

from itertools import groupby
from operator import attrgetter

import django_filters
from django import forms
from django.forms.models import ModelChoiceIterator

from courses.translations import translate_names
from lms.collation import collated


class TranslatedChoiceIterator(ModelChoiceIterator):
    """Choices in the queryset's order, their names read in one query."""

    def objects(self):
        return translate_names(self.queryset)

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.objects():
            yield self.choice(obj)


class CollatedChoiceIterator(TranslatedChoiceIterator):
    """Choices by their name in the language being served, in that language's order."""

    def objects(self):
        return collated(super().objects(), key=attrgetter("display_name"))


def departments_in_reading_order(departments):
    """Return departments by organisation, then name, in the reader's language and its order.

    Two queries for the names whatever the number of departments (none for a reader of the
    default language); select_related("organisation") saves one per department.
    """
    departments = translate_names(departments)
    translate_names(department.organisation for department in departments)
    return collated(
        departments,
        key=lambda department: f"{department.organisation.display_name}\t{department.display_name}",
    )


class DepartmentChoiceIterator(ModelChoiceIterator):
    """Departments grouped under their organisation, so the list works without JavaScript."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        departments = departments_in_reading_order(self.queryset.select_related("organisation"))
        for organisation, group in groupby(departments, key=attrgetter("organisation")):
            yield (organisation.display_name, [self.choice(department) for department in group])


class TranslatedChoiceField(forms.ModelChoiceField):
    """Default-language rows only, labelled in the language being served; the model's order
    (professions by their sort order)."""

    iterator = TranslatedChoiceIterator

    def _set_queryset(self, queryset):
        # Whatever queryset a form or filter sets (scoped, none()), translations stay out.
        if queryset is not None:
            queryset = queryset.canonical()
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)

    def label_from_instance(self, obj):
        return obj.display_name


class CollatedChoiceField(TranslatedChoiceField):
    """Default-language rows, labelled in the language being served, in its alphabetical order."""

    iterator = CollatedChoiceIterator


class DepartmentField(TranslatedChoiceField):
    """Departments grouped under their organisations, each in alphabetical order."""

    iterator = DepartmentChoiceIterator


class TranslatedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = TranslatedChoiceField


class CollatedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = CollatedChoiceField
