"""Membership is asserted by the organisation, never by the learner (issue 17, W0).

The attack reproductions of the review come first: a stranger posting an organisation on the
profile page, an employee clearing theirs, join requests seen or decided by the wrong HR.
"""

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from lms.accounts.models import LearnerProfile
from lms.hr import membership, scope
from lms.hr.models import (
    Department,
    JoinRequest,
    MemberGroup,
    Membership,
    MembershipSource,
    OrganisationDomain,
    RequestKind,
    RequestStatus,
)
from lms.models.base import ImmutableRecordError
from tests.factories.hr import make_staff
from tests.lms.hr.conftest import client_for

pytestmark = pytest.mark.django_db

PROFILE = reverse("accounts:profile")
REQUEST = reverse("accounts:request_membership")


def verify(user):
    profile, _created = LearnerProfile.objects.get_or_create(
        user=user, defaults={"full_name": user.get_full_name()}
    )
    profile.mark_email_verified()
    profile.save()
    return user


def post_profile(client, **fields):
    data = {"full_name": "Åsa Öberg-Ängström", "language": "", "profession": ""}
    data.update({key: str(value) for key, value in fields.items()})
    return client.post(PROFILE, data)


# The attacks of the review ---------------------------------------------------------------------


def test_a_stranger_cannot_join_an_organisation_from_the_profile_form(
    learner_client, learner, org_x, dept_x, hr_x
):
    response = post_profile(
        learner_client, organisation=org_x.pk, department=dept_x.pk, employee_number="SU-999999"
    )

    assert response.status_code == 302  # the name is saved; the rest is not part of the form
    profile = LearnerProfile.objects.get(user=learner)
    assert (profile.organisation, profile.department, profile.employee_number) == (None, None, "")
    assert not Membership.objects.exists()
    assert not scope.learners_visible_to(hr_x).filter(pk=learner.pk).exists()


def test_an_employee_cannot_leave_hr_view_by_clearing_the_organisation(client, staff_x, hr_x):
    client.force_login(staff_x)

    post_profile(client, organisation="", department="", employee_number="")

    profile = LearnerProfile.objects.get(user=staff_x)
    assert profile.organisation.name == "Sahlgrenska University Hospital"
    assert profile.employee_number == "SU-1001"
    assert scope.learners_visible_to(hr_x).filter(pk=staff_x.pk).exists()
    response = client_for(hr_x).get(reverse("lms_hr:transcript", args=[staff_x.pk]))
    assert response.status_code == 200


def test_the_profile_page_has_no_workplace_fields(learner_client):
    html = learner_client.get(PROFILE).content.decode()
    form = html[html.index('action="/account/profile/"') : html.index("</form>")]
    for name in ("organisation", "department", "employee_number"):
        assert f'name="{name}"' not in form


def test_a_join_request_is_seen_only_by_that_organisations_hr(
    learner_client, learner, org_x, dept_x, hr_x, hr_y
):
    verify(learner)
    response = learner_client.post(
        REQUEST,
        {"kind": "join", "organisation": org_x.pk, "department": dept_x.pk, "message": "Hi"},
    )
    assert response.status_code == 302
    request = JoinRequest.objects.get()
    assert request.status == RequestStatus.PENDING
    # Nothing changes until HR decides.
    assert LearnerProfile.objects.get(user=learner).organisation is None

    listing_x = client_for(hr_x).get("/admin/hr/membership-requests/").content.decode()
    listing_y = client_for(hr_y).get("/admin/hr/membership-requests/").content.decode()
    assert "learner" in listing_x
    assert "learner@example.org" not in listing_y and "Hematology" not in listing_y
    url = f"/admin/hr/membership-requests/edit/{request.pk}/"
    assert client_for(hr_y).get(url).status_code == 404


def test_hr_of_another_organisation_cannot_approve_a_request(learner, org_x, hr_y):
    verify(learner)
    request = membership.file_request(learner, kind=RequestKind.JOIN, organisation=org_x)

    response = client_for(hr_y).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/", {"decision": "approve"}
    )

    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING
    assert not Membership.objects.exists()


def test_hr_approves_a_join_request_and_the_learner_becomes_a_member(
    learner, learner_client, org_x, dept_x, hr_x
):
    verify(learner)
    request = membership.file_request(
        learner, kind=RequestKind.JOIN, organisation=org_x, department=dept_x, employee_number="7"
    )

    response = client_for(hr_x).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/",
        {"decision": "approve", "department": dept_x.pk, "employee_number": "SU-7"},
    )

    assert response.status_code == 302
    current = Membership.objects.current().get(user=learner)
    assert (current.organisation, current.department, current.employee_number) == (
        org_x,
        dept_x,
        "SU-7",
    )
    assert (current.source, current.started_by) == (MembershipSource.JOIN_REQUEST, hr_x)
    profile = LearnerProfile.objects.get(user=learner)
    assert (profile.organisation, profile.employee_number) == (org_x, "SU-7")
    assert learner.groups.filter(pk=org_x.member_group.group_id).exists()
    page = learner_client.get(PROFILE).content.decode()
    assert "Sahlgrenska University Hospital" in page and "Approved" in page


def test_hr_declines_a_request_and_nothing_changes(learner, org_x, hr_x):
    verify(learner)
    request = membership.file_request(learner, kind=RequestKind.JOIN, organisation=org_x)

    client_for(hr_x).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/",
        {"decision": "reject", "decision_note": "Not known here"},
    )

    request.refresh_from_db()
    assert (request.status, request.decided_by) == (RequestStatus.REJECTED, hr_x)
    assert not Membership.objects.exists()


def test_only_learners_with_a_confirmed_address_may_ask(learner_client, learner, org_x):
    response = learner_client.post(REQUEST, {"kind": "join", "organisation": org_x.pk})

    assert response.status_code == 400
    assert "Confirm your email address" in response.content.decode()
    assert not JoinRequest.objects.exists()


def test_a_request_naming_a_taken_employee_number_is_not_an_oracle(
    learner_client, learner, org_x, staff_x
):
    verify(learner)
    response = learner_client.post(
        REQUEST, {"kind": "join", "organisation": org_x.pk, "employee_number": "SU-1001"}
    )
    assert response.status_code == 302
    page = learner_client.get(PROFILE).content.decode()
    assert "employee number" not in page.lower().replace("employee number (optional)", "")
    assert "already has" not in page


def test_hr_sees_an_employee_number_conflict_when_approving(learner, org_x, staff_x, hr_x):
    verify(learner)
    request = membership.file_request(
        learner, kind=RequestKind.JOIN, organisation=org_x, employee_number="SU-1001"
    )

    response = client_for(hr_x).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/",
        {"decision": "approve", "employee_number": "SU-1001"},
    )

    assert response.status_code == 200
    assert "already has employee number SU-1001" in response.content.decode()
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING
    assert not Membership.objects.current().filter(user=learner).exists()


def test_a_member_asks_to_leave_and_only_hr_ends_the_membership(client, staff_x, hr_x):
    client.force_login(staff_x)
    response = client.post(REQUEST, {"kind": "leave", "message": "I retire in May"})
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=staff_x).organisation is not None

    request = JoinRequest.objects.get(user=staff_x)
    client_for(hr_x).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/", {"decision": "approve"}
    )

    assert LearnerProfile.objects.get(user=staff_x).organisation is None
    ended = Membership.objects.get(user=staff_x)
    assert ended.ended_at is not None and ended.ended_by == hr_x


def test_a_learner_withdraws_only_their_own_request(client, learner, make_user, org_x):
    verify(learner)
    request = membership.file_request(learner, kind=RequestKind.JOIN, organisation=org_x)
    other = make_user("other")
    client.force_login(other)
    url = reverse("accounts:withdraw_request", args=[request.pk])
    assert client.post(url).status_code == 404
    client.force_login(learner)
    assert client.post(url).status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.WITHDRAWN


# HR's Members screen -------------------------------------------------------------------------


def test_hr_adds_a_learner_by_confirmed_email(learner, org_x, dept_x, hr_x):
    verify(learner)
    response = client_for(hr_x).post(
        "/admin/hr/members/new/",
        {
            "email": "LEARNER@example.org",
            "organisation": org_x.pk,
            "department": dept_x.pk,
            "employee_number": "SU-55",
        },
    )
    assert response.status_code == 302
    current = Membership.objects.current().get(user=learner)
    assert (current.source, current.started_by, current.employee_number) == (
        MembershipSource.HR,
        hr_x,
        "SU-55",
    )


def test_hr_cannot_add_an_unconfirmed_address_or_to_another_organisation(
    learner, make_user, org_x, org_y, hr_x
):
    client = client_for(hr_x)
    response = client.post(
        "/admin/hr/members/new/", {"email": "learner@example.org", "organisation": org_x.pk}
    )
    assert response.status_code == 200
    assert "No active account has confirmed this email address" in response.content.decode()
    verify(learner)
    client.post(
        "/admin/hr/members/new/", {"email": "learner@example.org", "organisation": org_y.pk}
    )
    assert not Membership.objects.exists()


def test_hr_ends_a_membership_with_a_reason_and_history_stays(staff_x, hr_x, hr_y):
    current = Membership.objects.current().get(user=staff_x)
    url = f"/admin/hr/members/edit/{current.pk}/"
    assert client_for(hr_y).post(url, {"end": "on", "end_reason": "x"}).status_code == 404

    refused = client_for(hr_x).post(url, {"end": "on", "end_reason": ""})
    assert refused.status_code == 200
    assert Membership.objects.current().filter(user=staff_x).exists()

    client_for(hr_x).post(url, {"end": "on", "end_reason": "Moved to Borås"})

    ended = Membership.objects.get(pk=current.pk)
    assert (ended.end_reason, ended.ended_by) == ("Moved to Borås", hr_x)
    assert LearnerProfile.objects.get(user=staff_x).organisation is None
    assert not staff_x.groups.filter(name__startswith="Members of").exists()
    listing = client_for(hr_x).get("/admin/hr/members/").content.decode()
    assert "Moved" not in listing or "asa" in listing  # the ended row is still listed


def test_hr_moves_a_member_to_another_department_keeping_history(staff_x, org_x, hr_x):
    surgery = Department.objects.create(organisation=org_x, name="Surgery")
    current = Membership.objects.current().get(user=staff_x)

    client_for(hr_x).post(
        f"/admin/hr/members/edit/{current.pk}/",
        {"department": surgery.pk, "employee_number": "SU-1001"},
    )

    rows = list(Membership.objects.filter(user=staff_x).order_by("started_at", "pk"))
    assert [row.department.name for row in rows] == ["Hematology", "Surgery"]
    assert rows[0].ended_at is not None and rows[1].ended_at is None
    assert LearnerProfile.objects.get(user=staff_x).department == surgery


def test_migrated_memberships_are_flagged_for_review(make_user, org_x, hr_x):
    make_staff(make_user, "old", "Olle Gammal", org_x, source=MembershipSource.MIGRATED)

    listing = client_for(hr_x).get("/admin/hr/members/").content.decode()

    assert "Self-declared before confirmation" in listing
    assert Membership.objects.needing_review().count() == 1


# The service and its guards -------------------------------------------------------------------


def test_confirming_an_address_at_an_owned_domain_makes_a_member(client, org_x):
    from django.core import mail

    from tests.lms.test_accounts import confirmation_link, register

    OrganisationDomain.objects.create(organisation=org_x, domain="vgregion.se")
    register(client, email="nurse@vgregion.se")
    client.post(confirmation_link(mail.outbox[0]))

    current = Membership.objects.current().get(user__email="nurse@vgregion.se")
    assert (current.organisation, current.source) == (org_x, MembershipSource.EMAIL_DOMAIN)


def test_a_lookalike_domain_makes_no_member(client, org_x):
    from django.core import mail

    from tests.lms.test_accounts import confirmation_link, register

    OrganisationDomain.objects.create(organisation=org_x, domain="vgregion.se")
    register(client, email="eve@evil-vgregion.se")
    client.post(confirmation_link(mail.outbox[0]))

    assert not Membership.objects.exists()


def test_memberships_refuse_deletes_and_edits_of_their_start(staff_x, org_y):
    current = Membership.objects.current().get(user=staff_x)
    with pytest.raises(ImmutableRecordError):
        current.delete()
    with pytest.raises(ImmutableRecordError):
        current.save()
    with pytest.raises(ImmutableRecordError):
        Membership.objects.all().delete()
    table = Membership._meta.db_table
    for sql in (
        f"UPDATE {table} SET organisation_id = {org_y.pk}",  # noqa: S608
        f"DELETE FROM {table}",  # noqa: S608
    ):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)


def test_an_ended_membership_cannot_be_ended_again_or_reworded(staff_x, hr_x):
    ended = membership.end(staff_x, by=hr_x, reason="Left")
    with pytest.raises(ImmutableRecordError):
        Membership.objects.filter(pk=ended.pk).update(end_reason="Fired")
    table = Membership._meta.db_table
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET end_reason = 'Fired'")  # noqa: S608


def test_members_groups_follow_the_membership(staff_x, org_x, org_y, hr_x):
    group_x = MemberGroup.objects.get(organisation=org_x).group
    assert group_x.name == "Members of Sahlgrenska University Hospital"
    assert staff_x.groups.filter(pk=group_x.pk).exists()

    membership.start(staff_x, org_y, source=MembershipSource.HR, by=hr_x)

    assert not staff_x.groups.filter(pk=group_x.pk).exists()
    assert staff_x.groups.filter(pk=org_y.member_group.group_id).exists()


def test_hr_cannot_take_a_member_of_another_organisation(staff_y, org_x, hr_x):
    response = client_for(hr_x).post(
        "/admin/hr/members/new/", {"email": staff_y.email, "organisation": org_x.pk}
    )
    assert response.status_code == 200
    assert "Its HR must end that membership first" in response.content.decode()
    assert Membership.objects.current().get(user=staff_y).organisation.name == "CCRM Nordic"


def test_a_member_cannot_ask_to_join_another_organisation_without_leaving(staff_y, org_x):
    with pytest.raises(membership.MembershipError):
        membership.file_request(staff_y, kind=RequestKind.JOIN, organisation=org_x)


def test_the_members_list_puts_current_members_before_ended_ones(make_user, staff_x, hr_x, org_x):
    leaver = make_staff(make_user, "leaver", "Lena Lämnar", org_x)
    membership.end(leaver, by=hr_x, reason="Retired")

    listing = client_for(hr_x).get("/admin/hr/members/").content.decode()

    assert listing.index("asa@example.org") < listing.index("leaver@example.org")


def test_approving_never_takes_someone_who_became_a_member_elsewhere(learner, org_x, org_y, hr_x):
    verify(learner)
    request = membership.file_request(learner, kind=RequestKind.JOIN, organisation=org_x)
    membership.start(learner, org_y, source=MembershipSource.HR)

    response = client_for(hr_x).post(
        f"/admin/hr/membership-requests/edit/{request.pk}/", {"decision": "approve"}
    )

    assert response.status_code == 200
    assert "has become a member of another organisation" in response.content.decode()
    assert Membership.objects.current().get(user=learner).organisation == org_y
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING
