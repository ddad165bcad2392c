"""Admin forms of the HR screens. Every choice of organisation or department is scoped."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage, CoursePage
from lms.accounts.forms import WorkplaceFormMixin
from lms.choices import CollatedChoiceField, DepartmentField, TranslatedChoiceField
from lms.hr import assignments, scope
from lms.hr.models import AssignmentRule, Department, Organisation, Profession

MAX_PEOPLE_FILE_BYTES = 10 * 1024 * 1024


class ScopedChoicesMixin:
    """Offer only the organisations and departments the user is responsible for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if "organisation" in self.fields:
            organisations = scope.organisations_for(user)
            self.fields["organisation"].queryset = organisations
            if not self.instance.pk and len(organisations[:2]) == 1:
                self.fields["organisation"].initial = organisations[0]
        if "department" in self.fields:
            self.fields["department"].queryset = scope.scoped(Department.objects.all(), user)


def organisation_field(**kwargs):
    kwargs.setdefault("empty_label", _("Choose an organisation"))
    return CollatedChoiceField(
        queryset=Organisation.objects.none(), label=_("Organisation"), **kwargs
    )


def department_field(**kwargs):
    kwargs.setdefault("required", False)
    return DepartmentField(
        queryset=Department.objects.none(),
        label=_("Department"),
        empty_label=_("Not set"),
        **kwargs,
    )


class AreaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class DepartmentForm(ScopedChoicesMixin, WagtailAdminModelForm):
    organisation = organisation_field()


class HRResponsibilityForm(ScopedChoicesMixin, WagtailAdminModelForm):
    """An organisation (never one of its translations) in the administrator's language."""

    organisation = organisation_field()


class PeopleForm(WorkplaceFormMixin, ScopedChoicesMixin, WagtailAdminModelForm):
    """HR sets where a learner works; the same rules as on the learner's own profile."""

    organisation = organisation_field(required=False)
    department = department_field(help_text=_("Departments are listed under their organisation."))
    profession = TranslatedChoiceField(
        queryset=Profession.objects.all(),
        label=_("Profession"),
        required=False,
        empty_label=_("Not set"),
    )


class CompetenceNeedForm(ScopedChoicesMixin, WagtailAdminModelForm):
    department = department_field(required=True)
    area = AreaChoiceField(
        queryset=canonical_pages(CatalogueAreaPage.objects).order_by("code"),
        label=_("Competence area"),
    )


RULE_FIELDS = [
    "organisation",
    "course",
    "department",
    "profession",
    "people",
    "due_date",
    "due_within_days",
]


class AssignmentRuleForm(ScopedChoicesMixin, WagtailAdminModelForm):
    """Who must complete which course by when. Applied in the background after saving."""

    organisation = organisation_field()
    course = CourseChoiceField(
        queryset=canonical_pages(CoursePage.objects.live()).order_by("title"),
        label=_("Course"),
        empty_label=_("Choose a course"),
    )
    department = department_field(
        help_text=_("Everyone in this department. Combine with a profession to narrow it.")
    )
    profession = TranslatedChoiceField(
        queryset=Profession.objects.all(),
        label=_("Profession"),
        required=False,
        empty_label=_("Not set"),
        help_text=_("Everyone with this profession at the organisation (or in the department)."),
    )
    people = forms.CharField(
        label=_("People"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        help_text=_(
            "Email addresses or employee numbers, one a line. Lines that match no one at the "
            "organisation are listed, line by line, once the assignment has run."
        ),
    )
    people_file = forms.FileField(
        label=_("Or upload a list"),
        required=False,
        help_text=_(
            "A CSV or text file (UTF-8) with an email address or employee number first on "
            "each line. A header line is allowed."
        ),
    )
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=AdminDateInput, help_text=_("A fixed date…")
    )
    due_within_days = forms.IntegerField(
        label=_("Or due within (days)"),
        required=False,
        min_value=1,
        max_value=3650,
        help_text=_("…or a number of days from when each person is assigned."),
    )

    class Meta:
        model = AssignmentRule
        fields = RULE_FIELDS

    def clean_people_file(self):
        uploaded = self.cleaned_data.get("people_file")
        if not uploaded:
            return ""
        if uploaded.size > MAX_PEOPLE_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB. Split it and try again."))
        try:
            return assignments.read_people_file(uploaded)
        except assignments.PeopleFileError as error:
            raise forms.ValidationError(str(error)) from error

    def clean_due_date(self):
        due_date = self.cleaned_data.get("due_date")
        if due_date and due_date < timezone.localdate():
            raise forms.ValidationError(_("Choose a due date from today onwards."))
        return due_date

    def clean(self):
        cleaned = super().clean()
        people = "\n".join(filter(None, [cleaned.get("people"), cleaned.get("people_file")]))
        cleaned["people"] = people
        if bool(cleaned.get("due_date")) == bool(cleaned.get("due_within_days")):
            self.add_error(
                "due_date", _("Give either a due date or a number of days, not both or neither.")
            )
        department, organisation = cleaned.get("department"), cleaned.get("organisation")
        if department and organisation and department.organisation_id != organisation.pk:
            self.add_error(
                "department",
                _("%(department)s is not a department of %(organisation)s.")
                % {"department": department.name, "organisation": organisation.name},
            )
        if not (department or cleaned.get("profession") or assignments.parse_people(people)):
            raise forms.ValidationError(
                _("Choose a department or a profession, or list people, to assign the course to.")
            )
        return cleaned

    def rule_fields(self):
        """Return the fields create_rule() takes."""
        return {name: self.cleaned_data[name] for name in RULE_FIELDS}


class NeedsImportForm(forms.Form):
    organisation = CollatedChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organisation"),
        help_text=_("Departments in the file are looked up in this organisation."),
    )
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, with a header line: department, then one column per area, such as "
            "general_knowledge, clinical_practice or qa_ra. An empty cell means no need."
        ),
    )
    source = forms.CharField(
        label=_("Source"),
        required=False,
        max_length=200,
        help_text=_("Where the numbers come from, for example a survey and its year."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = scope.organisations_for(user)
        self.fields["organisation"].queryset = organisations
        if len(organisations[:2]) == 1:
            self.fields["organisation"].initial = organisations[0]
