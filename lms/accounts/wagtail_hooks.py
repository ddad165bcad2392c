"""Registration only: keep accounts that records refer to (delete them never; deactivate)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import router
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import hooks


def records_referring_to(user):
    """Return the kinds of records that keep the account from being deleted, if any."""
    collector = Collector(using=router.db_for_write(get_user_model()))
    try:
        collector.collect([user])
    except (ProtectedError, RestrictedError) as error:
        blocking = getattr(error, "protected_objects", None) or error.restricted_objects
        return sorted({str(capfirst(obj._meta.verbose_name_plural)) for obj in blocking})
    return []


@hooks.register("before_delete_user")
def keep_accounts_with_records(request, user):
    """Training records are kept for years (GMP): explain, rather than fail with a 500."""
    kinds = records_referring_to(user)
    if not kinds:
        return None
    messages.error(
        request,
        _(
            "“%(user)s” cannot be deleted: records that must be kept refer to them (%(kinds)s). "
            "Deactivate the account instead (untick “Active”): they can no longer sign in and "
            "their records stay."
        )
        % {"user": user.get_username(), "kinds": ", ".join(kinds)},
    )
    return redirect("wagtailusers_users:edit", user.pk)
