"""The one writer of membership: starting, changing and ending it, and the join requests.

The learner's profile keeps the current membership (organisation, department, employee number)
because HR scope, assignments, the matrix and exports read it there; only this module writes
those fields, always together with a Membership row, and keeps each organisation's members'
group in step (the group authors use for Wagtail's page privacy). Every function is atomic and
locks the learner's profile row, so two HR users acting at once cannot leave two current
memberships or a profile that disagrees with its history.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from lms.accounts.models import LearnerProfile, email_verified
from lms.hr.models import (
    JoinRequest,
    MemberGroup,
    Membership,
    MembershipSource,
    OrganisationDomain,
    RequestKind,
    RequestStatus,
    department_mismatch,
)

GROUP_NAME = gettext_lazy("Members of %(organisation)s")
GROUP_NAME_MAX = 150  # django.contrib.auth Group.name


class MembershipError(ValueError):
    """A membership change that cannot be made, with a message for the person asking."""


def _locked_profile(user):
    LearnerProfile.objects.get_or_create(
        user=user, defaults={"full_name": user.get_full_name()[:200] or user.get_username()}
    )
    return LearnerProfile.objects.select_for_update().get(user=user)


def member_group(organisation):
    """Return the organisation's members' group, creating it the first time."""
    link = MemberGroup.objects.filter(organisation=organisation).select_related("group").first()
    if link:
        return link.group
    # Group names are in the site's default language, whoever triggers the first membership:
    # they are data, shown to authors in the page privacy dialogue.
    with translation.override(settings.LANGUAGE_CODE):
        name = str(GROUP_NAME % {"organisation": organisation.name})[:GROUP_NAME_MAX]
    group, _created = Group.objects.get_or_create(name=name)
    MemberGroup.objects.create(organisation=organisation, group=group)
    return group


def sync_groups(user):
    """Put the user in their current organisation's members' group and in no other."""
    current = Membership.objects.current().filter(user=user).first()
    wanted = member_group(current.organisation).pk if current else None
    all_member_groups = MemberGroup.objects.values_list("group_id", flat=True)
    stale = user.groups.filter(pk__in=all_member_groups).exclude(pk=wanted)
    user.groups.remove(*stale)
    if wanted:
        user.groups.add(wanted)
    # The catalogue caches the restrictions a user fails per request.
    if hasattr(user, "_atmp_failed_restrictions"):
        del user._atmp_failed_restrictions


def _end_current(user, by, reason, now):
    current = Membership.objects.current().filter(user=user).first()
    if current is None:
        return None
    Membership.objects.filter(pk=current.pk).update(ended_at=now, ended_by=by, end_reason=reason)
    current.refresh_from_db()
    return current


def start(user, organisation, *, source, by=None, department=None, employee_number=""):
    """Make the user a member of the organisation (ending any current membership); return it.

    A department of another organisation, or an employee number someone else at the
    organisation already has, raise MembershipError: HR sees the conflict, learners never do.
    """
    employee_number = (employee_number or "").strip()
    if mismatch := department_mismatch(department, organisation):
        raise MembershipError(mismatch)
    now = timezone.now()
    try:
        with transaction.atomic():
            profile = _locked_profile(user)
            previous = _end_current(
                user,
                by,
                _("Replaced by a new membership of %(organisation)s.")
                % {"organisation": organisation.name},
                now,
            )
            membership = Membership.objects.create(
                user=user,
                organisation=organisation,
                department=department,
                employee_number=employee_number,
                source=source,
                started_at=now,
                started_by=by,
            )
            profile.organisation = organisation
            profile.department = department
            profile.employee_number = employee_number
            profile.save(update_fields=["organisation", "department", "employee_number"])
            sync_groups(user)
            log(
                membership,
                "hr.membership_started",
                user=by,
                data={"previous": previous.pk if previous else None, "source": source},
            )
    except IntegrityError as error:
        if employee_number and _number_taken(organisation, employee_number, user):
            raise MembershipError(
                _(
                    "Someone else at %(organisation)s already has employee number "
                    "%(number)s. Check the number, or end that person's membership first."
                )
                % {"organisation": organisation.name, "number": employee_number}
            ) from error
        raise
    return membership


def _number_taken(organisation, number, user):
    return (
        LearnerProfile.objects.filter(organisation=organisation, employee_number=number)
        .exclude(user=user)
        .exists()
    )


def end(user, *, by, reason):
    """End the user's current membership with a reason; return it (None if there was none).

    The row stays: reports of earlier periods still know the person was a member then.
    """
    reason = (reason or "").strip()
    if not reason:
        raise MembershipError(_("Say why the membership ends."))
    with transaction.atomic():
        profile = _locked_profile(user)
        ended = _end_current(user, by, reason, timezone.now())
        profile.organisation = profile.department = None
        profile.employee_number = ""
        profile.save(update_fields=["organisation", "department", "employee_number"])
        sync_groups(user)
        if ended:
            log(ended, "hr.membership_ended", user=by, data={"reason": reason})
    return ended


def current_membership(user):
    return (
        Membership.objects.current()
        .filter(user=user)
        .select_related("organisation", "department")
        .first()
    )


def domain_of(email):
    return (email or "").rpartition("@")[2].strip().lower()


def join_by_email_domain(user):
    """Start a membership if the user's confirmed address is at a domain an organisation owns.

    Does nothing for an unconfirmed address, an unknown domain, or someone who is already a
    member of an organisation (a move between organisations is HR's decision).
    """
    if not email_verified(user):
        return None
    owner = OrganisationDomain.objects.filter(domain=domain_of(user.email)).first()
    if owner is None or current_membership(user) is not None:
        return None
    return start(user, owner.organisation, source=MembershipSource.EMAIL_DOMAIN)


# Join requests -------------------------------------------------------------------------------


def file_request(user, *, kind, organisation, department=None, employee_number="", message=""):
    """Record the learner's request for their organisation's HR; return it.

    Only learners with a confirmed email address may ask, one request at a time.
    """
    if not email_verified(user):
        raise MembershipError(_("Confirm your email address before you send a request."))
    current = current_membership(user)
    if kind == RequestKind.JOIN and current is not None:
        # Moving would take the person out of their organisation's view: they leave first.
        raise MembershipError(
            _("You are a member of %(organisation)s. Ask to leave it first.")
            % {"organisation": current.organisation.display_name}
        )
    if kind in (RequestKind.CHANGE, RequestKind.LEAVE):
        if current is None:
            raise MembershipError(_("You are not a member of an organisation."))
        organisation = current.organisation
    if department is not None and department.organisation_id != organisation.pk:
        raise MembershipError(_("Choose a department of the organisation you are asking."))
    if kind == RequestKind.LEAVE:
        department, employee_number = None, ""
    try:
        with transaction.atomic():
            request = JoinRequest.objects.create(
                user=user,
                kind=kind,
                organisation=organisation,
                department=department,
                employee_number=(employee_number or "").strip(),
                message=(message or "").strip(),
            )
    except IntegrityError as error:
        raise MembershipError(
            _("You already have a request waiting for HR. Withdraw it to send another.")
        ) from error
    log(request, "hr.membership_requested", user=user)
    return request


def _decide(request_id, status, by, note):
    request = JoinRequest.objects.select_for_update().select_related("user").get(pk=request_id)
    if not request.is_pending:
        raise MembershipError(_("This request has already been dealt with."))
    request.status = status
    request.decided_at = timezone.now()
    request.decided_by = by
    request.decision_note = (note or "").strip()
    request.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    return request


def approve(request, *, by, department=None, employee_number=None, note=""):
    """Approve a pending request and make the membership change it asks for.

    HR may correct the department and employee number the learner gave before approving.
    """
    with transaction.atomic():
        request = _decide(request.pk, RequestStatus.APPROVED, by, note)
        current = current_membership(request.user)
        if current is not None and current.organisation_id != request.organisation_id:
            # Became a member elsewhere since asking: approving would take them out of that
            # organisation's view, which only its own HR may do.
            raise MembershipError(
                _(
                    "This person has become a member of another organisation since asking. "
                    "Decline the request, or ask that organisation's HR to end the membership."
                )
            )
        if request.kind == RequestKind.LEAVE:
            end(request.user, by=by, reason=_("Left at the person's request."))
        else:
            start(
                request.user,
                request.organisation,
                source=MembershipSource.JOIN_REQUEST,
                by=by,
                department=department if department is not None else request.department,
                employee_number=(
                    request.employee_number if employee_number is None else employee_number
                ),
            )
        log(request, "hr.membership_request_approved", user=by)
    return request


def reject(request, *, by, note=""):
    with transaction.atomic():
        request = _decide(request.pk, RequestStatus.REJECTED, by, note)
        log(request, "hr.membership_request_rejected", user=by)
    return request


def withdraw(user, request_id):
    """Withdraw the learner's own pending request; a request of someone else is not found."""
    with transaction.atomic():
        request = (
            JoinRequest.objects.select_for_update()
            .filter(pk=request_id, user=user, status=RequestStatus.PENDING)
            .first()
        )
        if request is None:
            raise JoinRequest.DoesNotExist
        request.status = RequestStatus.WITHDRAWN
        request.decided_at = timezone.now()
        request.decided_by = user
        request.save(update_fields=["status", "decided_at", "decided_by"])
    return request
