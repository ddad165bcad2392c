"""A learner's profile: the name that appears on certificates."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="learner_profile",
        verbose_name=_("user"),
    )
    full_name = models.CharField(
        _("name on certificates"),
        max_length=200,
        help_text=_("Your full name exactly as it should appear on your certificates."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")

    def __str__(self):
        return self.full_name


def learner_name(user):
    """Return the name to print for a learner: the profile name, else the account's name."""
    try:
        name = user.learner_profile.full_name
    except LearnerProfile.DoesNotExist:
        name = ""
    return name or user.get_full_name() or user.get_username()
