"""Forms for signing in, registering and editing the learner's profile."""

import unicodedata

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
    SetPasswordMixin,
)
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import LearnerProfile
from lms.choices import CollatedChoiceField, DepartmentField, TranslatedChoiceField
from lms.hr.models import Department, Organisation, RequestKind
from lms.pdf import validate_printable, without_bidi_controls

NAME_MAX_LENGTH = 200

CERTIFICATE_NAME_HELP = _(
    "Your full name exactly as it should appear on your certificates, in any alphabet, with "
    "accents and hyphens as you write it."
)
PASSWORD_MISMATCH = _("The two passwords do not match. Enter the same password twice.")
CONFIRM_HELP = _("Enter the same password again, to check it.")
PROFILE_NAME_HELP = _(
    "Your full name exactly as it should appear on your certificates. Certificates already "
    "issued keep the name they were issued with."
)


def validate_certificate_name(value):
    """Raise ValidationError unless the name is one line of text containing letters."""
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValidationError(
            _("Enter your name on one line, without tabs or line breaks."), code="control"
        )
    if not any(unicodedata.category(char).startswith("L") for char in value):
        raise ValidationError(_("Enter your name using letters."), code="no_letters")
    validate_printable(value)


def split_name(full_name):
    """Return (first, last) for the admin: the last name is the part after the last space."""
    first, _space, last = full_name.rpartition(" ")
    if not first:
        first, last = last, ""
    User = get_user_model()
    return (
        first[: User._meta.get_field("first_name").max_length],
        last[: User._meta.get_field("last_name").max_length],
    )


class CertificateNameField(forms.CharField):
    """The learner's full name as printed on certificates; any script, one line."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Name on certificates"))
        kwargs.setdefault("max_length", NAME_MAX_LENGTH)
        kwargs.setdefault("help_text", CERTIFICATE_NAME_HELP)
        kwargs.setdefault(
            "error_messages",
            {"required": _("Enter your name as it should appear on certificates.")},
        )
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"})
        )
        super().__init__(**kwargs)
        self.validators.append(validate_certificate_name)

    def to_python(self, value):
        value = super().to_python(value)
        # NFC joins "A" + combining ring into "Å": it looks identical and prints reliably.
        # Bidirectional controls could reorder what is printed around the name; a name's
        # direction comes from its own letters.
        return without_bidi_controls(unicodedata.normalize("NFC", value))


EMAIL_ATTRS = {"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}


class SignInForm(AuthenticationForm):
    """Django's sign-in form, with email addresses matched case-insensitively."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The email address or username and password did not match an account. Check them "
            "and try again, or reset your password."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Email address or username")
        attrs = self.fields["username"].widget.attrs
        attrs.update({"autocapitalize": "none", "spellcheck": "false"})
        # Autofocus would skip screen reader users past the page's heading and help.
        attrs.pop("autofocus", None)
        self.fields["password"].label = _("Password")

    def clean_username(self):
        username = self.cleaned_data["username"]
        # Learners' usernames are their email addresses, stored in lower case.
        return username.lower() if "@" in username else username


class RegistrationForm(SetPasswordMixin, forms.Form):
    """Create a public learner's account: email, name on certificates and a password."""

    error_messages = {**SetPasswordMixin.error_messages, "password_mismatch": PASSWORD_MISMATCH}

    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("You sign in with this address, and we send password reset links to it."),
        widget=forms.EmailInput(attrs=EMAIL_ATTRS),
        error_messages={"required": _("Enter your email address.")},
    )
    full_name = CertificateNameField()
    password1, password2 = SetPasswordMixin.create_password_fields(
        label1=_("Password"), label2=_("Confirm password")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].error_messages["required"] = _("Enter a password.")
        self.fields["password2"].error_messages["required"] = _("Enter the password again.")
        self.fields["password2"].help_text = CONFIRM_HELP

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        User = get_user_model()
        # Learners sign in with their email address as username.
        max_length = User._meta.get_field(User.USERNAME_FIELD).max_length
        if len(email) > max_length:
            raise ValidationError(
                _("Use an email address of at most %(max)d characters."),
                code="too_long",
                params={"max": max_length},
            )
        # Whether the address already has an account is not said here (issue 17, W13): the
        # view answers the same either way and emails the owner instead.
        return email

    def clean(self):
        self.validate_passwords()
        email = self.cleaned_data.get("email")
        first_name, last_name = split_name(self.cleaned_data.get("full_name", ""))
        # Checks the password against the would-be user's email and name as well.
        self.validate_password_for_user(
            get_user_model()(
                username=email, email=email, first_name=first_name, last_name=last_name
            ),
            "password1",
        )
        return super().clean()

    def build_user(self):
        """Return an unsaved user for the cleaned data, password set."""
        email = self.cleaned_data["email"]
        first_name, last_name = split_name(self.cleaned_data["full_name"])
        user = get_user_model()(
            username=email, email=email, first_name=first_name, last_name=last_name
        )
        return self.set_password_and_save(user, commit=False)


WORKPLACE_LABELS = {
    "organisation": _("Organisation"),
    "department": _("Department"),
    "profession": _("Profession"),
    "employee_number": _("Employee number (optional)"),
}


class ProfileForm(forms.ModelForm):
    """Edit the name on the learner's certificates, their language and profession.

    Where they work is not here: membership is asserted by the organisation (issue 17, W0), so
    a learner asks for it with MembershipRequestForm and HR decides.
    """

    full_name = CertificateNameField(help_text=PROFILE_NAME_HELP)

    class Meta:
        model = LearnerProfile
        fields = ["full_name", "language", "profession"]
        labels = {"profession": WORKPLACE_LABELS["profession"]}
        field_classes = {"profession": TranslatedChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("The language I choose in the header"))] + [
            (code, name) for code, name in settings.LANGUAGES
        ]
        self.fields["profession"].empty_label = _("Not set")


class MembershipRequestForm(forms.Form):
    """Ask an organisation's HR to make, change or end the learner's membership."""

    # A select rather than radio buttons: its label and the error summary's link both point
    # at one element (a radio group has no single id to link to).
    kind = forms.ChoiceField(label=_("What do you ask for?"), choices=RequestKind.choices)
    organisation = CollatedChoiceField(
        queryset=Organisation.objects.canonical(),
        required=False,
        label=WORKPLACE_LABELS["organisation"],
        empty_label=_("Choose an organisation"),
        help_text=_("To join: the organisation where you work or study."),
    )
    department = DepartmentField(
        queryset=Department.objects.canonical(),
        required=False,
        label=WORKPLACE_LABELS["department"],
        help_text=_("Departments are listed under their organisation."),
        empty_label=_("Not set"),
    )
    employee_number = forms.CharField(
        label=WORKPLACE_LABELS["employee_number"],
        max_length=40,
        required=False,
        help_text=_("As it appears on your payslip or staff card, if you have one."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    message = forms.CharField(
        label=_("Message to HR (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example your manager's name, or the date you start or leave."),
    )

    def __init__(self, *args, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current = current
        kinds = [RequestKind.CHANGE, RequestKind.LEAVE] if current else [RequestKind.JOIN]
        self.fields["kind"].choices = [(kind.value, kind.label) for kind in kinds]
        if len(kinds) == 1:
            self.fields["kind"].initial = kinds[0].value

    def clean_employee_number(self):
        return self.cleaned_data.get("employee_number", "").strip()

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        department = cleaned.get("department")
        if kind == RequestKind.JOIN:
            organisation = cleaned.get("organisation") or getattr(department, "organisation", None)
            if organisation is None:
                self.add_error("organisation", _("Choose the organisation you want to join."))
            cleaned["organisation"] = organisation
        elif self.current is not None:
            cleaned["organisation"] = self.current.organisation
        organisation = cleaned.get("organisation")
        if (
            department is not None
            and organisation
            and department.organisation_id != organisation.pk
        ):
            self.add_error(
                "department",
                _("%(department)s belongs to %(organisation)s. Choose a department of %(yours)s.")
                % {
                    "department": department.display_name,
                    "organisation": department.organisation.display_name,
                    "yours": organisation.display_name,
                },
            )
        if kind == RequestKind.CHANGE and not (department or cleaned.get("employee_number")):
            self.add_error("department", _("Choose the department you are moving to."))
        return cleaned


class NewPasswordMixin:
    """Plain labels for Django's new-password fields, with the rules' errors on the first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages = {**self.error_messages, "password_mismatch": PASSWORD_MISMATCH}
        self.fields["new_password2"].label = _("Confirm new password")
        self.fields["new_password2"].help_text = CONFIRM_HELP
        for field in self.fields.values():
            # Autofocus would skip screen reader users past the page's heading and help.
            field.widget.attrs.pop("autofocus", None)

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        # The rules are listed under the first field, so their errors belong there too;
        # SetPasswordForm.clean would report them on the confirmation.
        self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


class AccountPasswordChangeForm(NewPasswordMixin, PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Current password")


class AccountSetPasswordForm(NewPasswordMixin, SetPasswordForm):
    pass


class AccountPasswordResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
        self.fields["email"].widget.attrs.update(EMAIL_ATTRS)
        self.fields["email"].error_messages["required"] = _("Enter your email address.")
