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
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import LearnerProfile
from lms.choices import CollatedChoiceField, DepartmentField, TranslatedChoiceField
from lms.hr.models import Department
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
        if User._default_manager.filter(Q(email__iexact=email) | Q(username__iexact=email)):
            raise self.duplicate_email_error()
        return email

    @staticmethod
    def duplicate_email_error():
        return ValidationError(
            _("An account with this email address already exists."), code="duplicate"
        )

    def add_duplicate_email_error(self):
        """Report an email address that was registered after validation, in a race."""
        self.add_error("email", self.duplicate_email_error())

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


class WorkplaceFormMixin:
    """Organisation, department, profession and employee number, checked against each other.

    The department must belong to the organisation (the model's clean() says so); an
    employee number is unique within an organisation.
    """

    def clean_employee_number(self):
        return self.cleaned_data.get("employee_number", "").strip()

    def clean(self):
        cleaned = super().clean()
        number = cleaned.get("employee_number")
        organisation = cleaned.get("organisation") or getattr(
            cleaned.get("department"), "organisation", None
        )
        if number and organisation is None:
            self.add_error(
                "employee_number",
                _("Choose your organisation too: employee numbers belong to an organisation."),
            )
        elif number and (
            LearnerProfile.objects.filter(organisation=organisation, employee_number=number)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            self.add_error(
                "employee_number",
                _(
                    "Someone at %(organisation)s already has this employee number. Check the "
                    "number, or contact your HR office."
                )
                % {"organisation": organisation.display_name},
            )
        return cleaned


WORKPLACE_LABELS = {
    "organisation": _("Organisation"),
    "department": _("Department"),
    "profession": _("Profession"),
    "employee_number": _("Employee number (optional)"),
}
WORKPLACE_HELP = {
    "organisation": _("Where you work or study."),
    "department": _("Departments are listed under their organisation."),
    "employee_number": _("As it appears on your payslip or staff card, if you have one."),
}


class ProfileForm(WorkplaceFormMixin, forms.ModelForm):
    """Edit the name on the learner's certificates and where they work."""

    full_name = CertificateNameField(help_text=PROFILE_NAME_HELP)
    department = DepartmentField(
        queryset=Department.objects.all(),
        required=False,
        label=WORKPLACE_LABELS["department"],
        help_text=WORKPLACE_HELP["department"],
        empty_label=_("Not set"),
    )

    class Meta:
        model = LearnerProfile
        fields = [
            "full_name",
            "language",
            "organisation",
            "department",
            "profession",
            "employee_number",
        ]
        labels = WORKPLACE_LABELS
        help_texts = WORKPLACE_HELP
        field_classes = {"organisation": CollatedChoiceField, "profession": TranslatedChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("The language I choose in the header"))] + [
            (code, name) for code, name in settings.LANGUAGES
        ]
        self.fields["organisation"].empty_label = _("Not set")
        self.fields["profession"].empty_label = _("Not set")
        self.fields["employee_number"].widget.attrs.update(
            {"autocomplete": "off", "spellcheck": "false"}
        )


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
