"""Admin forms of the HR screens. Every choice of organisation or department is scoped."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from courses.i18n import canonical_pages
from courses.models import CatalogueAreaPage, CoursePage
from lms.accounts.models import LearnerProfile
from lms.choices import CollatedChoiceField, DepartmentField, TranslatedChoiceField
from lms.hr import assignments, membership, scope
from lms.hr.models import (
    AssignmentRule,
    Department,
    JoinRequest,
    Membership,
    MembershipSource,
    Organisation,
    Profession,
    department_mismatch,
)

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


class PeopleForm(ScopedChoicesMixin, WagtailAdminModelForm):
    """HR sets a learner's profession. Where they work is their membership (Members screen,
    lms.hr.membership), never a field edited here."""

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
        mismatch = department_mismatch(cleaned.get("department"), cleaned.get("organisation"))
        if mismatch:
            self.add_error("department", mismatch)
        if not (
            cleaned.get("department")
            or cleaned.get("profession")
            or assignments.parse_people(people)
        ):
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


class MemberAddForm(ScopedChoicesMixin, WagtailAdminModelForm):
    """HR adds a person to one of their organisations by their confirmed email address."""

    email = forms.EmailField(
        label=_("Email address"),
        help_text=_(
            "The person's account email address. They must have registered and confirmed it."
        ),
    )
    organisation = organisation_field()
    department = department_field(help_text=_("Departments are listed under their organisation."))

    class Meta:
        model = Membership
        fields = ["email", "organisation", "department", "employee_number"]

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email:
            profile = (
                LearnerProfile.objects.verified()
                .filter(user__email__iexact=email, user__is_active=True)
                .select_related("user")
                .first()
            )
            if profile is None:
                self.add_error(
                    "email",
                    _(
                        "No active account has confirmed this email address. Ask the person to "
                        "register, or to confirm their address from their profile page."
                    ),
                )
            elif self._member_elsewhere(profile.user):
                self.add_error(
                    "email",
                    _(
                        "This person is a member of an organisation you are not responsible "
                        "for. Its HR must end that membership first."
                    ),
                )
            else:
                self.instance.user = profile.user
        mismatch = department_mismatch(cleaned.get("department"), cleaned.get("organisation"))
        if mismatch:
            self.add_error("department", mismatch)
        return cleaned

    def _member_elsewhere(self, user):
        current = membership.current_membership(user)
        if current is None:
            return False
        return (
            not scope.organisations_for(self.for_user).filter(pk=current.organisation_id).exists()
        )

    def _post_clean(self):
        # The row is written by lms.hr.membership.start, which checks its own rules.
        pass

    def start_membership(self, by):
        return membership.start(
            self.instance.user,
            self.cleaned_data["organisation"],
            source=MembershipSource.HR,
            by=by,
            department=self.cleaned_data.get("department"),
            employee_number=self.cleaned_data.get("employee_number", ""),
        )


class MemberChangeForm(WagtailAdminModelForm):
    """HR moves a current member to another department or number, or ends the membership."""

    department = department_field(
        help_text=_("A change ends this period of membership and starts a new one.")
    )
    end = forms.BooleanField(
        label=_("End this membership"),
        required=False,
        help_text=_(
            "The person leaves the organisation. Their records stay, and so does the history "
            "of when they were a member."
        ),
    )
    end_reason = forms.CharField(
        label=_("Reason for ending"),
        required=False,
        max_length=500,
        help_text=_("For example: left for another employer on 31 May."),
    )

    class Meta:
        model = Membership
        fields = ["department", "employee_number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(
            organisation_id=self.instance.organisation_id
        )

    def clean(self):
        cleaned = super().clean()
        if self.instance.ended_at is not None:
            raise forms.ValidationError(
                _("This membership has ended and cannot change. Add the person again instead.")
            )
        if cleaned.get("end") and not (cleaned.get("end_reason") or "").strip():
            self.add_error("end_reason", _("Say why the membership ends."))
        return cleaned

    def _post_clean(self):
        # The row is never saved by the form: lms.hr.membership ends it and starts another.
        pass

    def apply(self, by):
        """Make the change through the membership service; return the membership now shown."""
        current = self.instance
        if self.cleaned_data.get("end"):
            membership.end(current.user, by=by, reason=self.cleaned_data["end_reason"])
            return Membership.objects.get(pk=current.pk)
        department = self.cleaned_data.get("department")
        number = self.cleaned_data.get("employee_number", "").strip()
        if department == current.department and number == current.employee_number:
            return current
        return membership.start(
            current.user,
            current.organisation,
            source=MembershipSource.HR,
            by=by,
            department=department,
            employee_number=number,
        )


class DECISIONS:
    APPROVE = "approve"
    REJECT = "reject"


class JoinRequestDecisionForm(WagtailAdminModelForm):
    """HR approves or declines a learner's membership request, correcting it if need be."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[(DECISIONS.APPROVE, _("Approve")), (DECISIONS.REJECT, _("Decline"))],
    )
    department = department_field(
        help_text=_("As the person asked; correct it before approving if need be.")
    )
    decision_note = forms.CharField(
        label=_("Note to the person (optional)"), required=False, max_length=500
    )

    class Meta:
        model = JoinRequest
        fields = ["decision", "department", "employee_number", "decision_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(
            organisation_id=self.instance.organisation_id
        )

    def clean(self):
        cleaned = super().clean()
        if not self.instance.is_pending:
            raise forms.ValidationError(_("This request has already been dealt with."))
        return cleaned

    def _post_clean(self):
        pass

    def apply(self, by):
        request, data = self.instance, self.cleaned_data
        if data["decision"] == DECISIONS.REJECT:
            return membership.reject(request, by=by, note=data.get("decision_note", ""))
        return membership.approve(
            request,
            by=by,
            department=data.get("department"),
            employee_number=data.get("employee_number", "").strip(),
            note=data.get("decision_note", ""),
        )
