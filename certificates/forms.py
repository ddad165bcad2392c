"""Forms: the public verification code, and the reasons staff give for revoking or re-issuing."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=300,
        help_text=_(
            "The verification code printed at the foot of the certificate. "
            "You can also paste the whole web address printed beside the QR code."
        ),
    )

    def clean_code(self):
        """Accept the code alone or the whole verify address; keep the code."""
        value = re.sub(r"\s+", "", self.cleaned_data["code"])
        segments = [segment for segment in value.split("?")[0].split("/") if segment]
        if not segments:
            raise forms.ValidationError(_("Enter the verification code."))
        return segments[-1]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Recorded in the certificate's history with your name and the time."),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give a reason."))
        return reason
