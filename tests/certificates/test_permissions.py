"""The permission ladder: anonymous, learner, other learner, HR of another organisation, HR,
admin. Certificates are HR-scoped like every other HR screen: HR of X sees and acts on the
certificates of X's learners only, and anyone else's is a 404."""

import csv
import io
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import ModelLogEntry

from certificates.models import Certificate, CertificateExport
from lms.accounts.models import LearnerProfile
from lms.hr.models import Organisation
from lms.hr.scope import HR_GROUP
from tests.factories.hr import make_hr

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def workplaces(learner, other_learner):
    """Åsa (the learner) works at X, Björn (the other learner) at Y."""
    org_x = Organisation.objects.create(name="Sahlgrenska University Hospital")
    org_y = Organisation.objects.create(name="CCRM Nordic")
    LearnerProfile.objects.create(user=learner, full_name="Åsa Öberg-Ängström", organisation=org_x)
    LearnerProfile.objects.create(user=other_learner, full_name="Björn Ek", organisation=org_y)
    return org_x, org_y


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def hr_x(make_user, workplaces):
    return make_hr(make_user, "hr-x", workplaces[0])


@pytest.fixture
def hr_y(make_user, workplaces):
    return make_hr(make_user, "hr-y", workplaces[1])


@pytest.fixture
def ladder(learner, other_learner, hr_x, hr_y, superuser):
    """A browser per rung, from anonymous to the administrator."""
    users = {
        "anonymous": None,
        "learner": learner,
        "other_learner": other_learner,
        "hr_other_organisation": hr_y,
        "hr": hr_x,
        "admin": superuser,
    }
    return {role: client_for(user) for role, user in users.items()}


@pytest.fixture
def certificate_of_b(other_learner, quiz_course, complete):
    complete(client_for(other_learner), quiz_course)
    return Certificate.objects.get(kind="course", learner=other_learner)


@pytest.fixture
def staff_without_permission(make_user):
    """A member of staff who may use the admin, with no certificate permission."""
    editor = make_user("editor", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return client_for(editor)


def with_permissions(user, *codenames):
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="certificates", codename__in=codenames)
    )
    return client_for(user)


def redirect_to(response):
    return response.status_code, response.get("Location", "").split("?")[0]


def read_zip(response):
    data = b"".join(response.streaming_content) if response.streaming else response.content
    return zipfile.ZipFile(io.BytesIO(data))


def serials_of(learner):
    return set(Certificate.objects.filter(learner=learner).values_list("serial", flat=True))


def serials_in_zip(response):
    manifest = read_zip(response).read("manifest.csv").decode()
    return {row["serial"] for row in csv.DictReader(io.StringIO(manifest))}


def test_learner_b_gets_404_for_learner_a_pdf(certificate, other_learner):
    other = client_for(other_learner)
    assert other.get(f"/certificates/{certificate.pk}/download/").status_code == 404
    my_learning = other.get("/learn/my-learning/").content.decode()
    assert certificate.serial not in my_learning


def test_learner_sees_own_certificates_on_my_learning(learner_client, certificate):
    html = learner_client.get("/learn/my-learning/").content.decode()
    assert certificate.serial in html and "GMP cleanroom basics" in html
    assert f"/certificates/{certificate.pk}/download/" in html
    assert "Valid until" in html


def test_anonymous_sees_only_the_verify_pages(anonymous, certificate):
    assert anonymous.get("/certificates/verify/").status_code == 200
    assert (
        anonymous.get(f"/certificates/verify/{certificate.verification_code}/").status_code == 200
    )
    download = anonymous.get(f"/certificates/{certificate.pk}/download/")
    assert download.status_code == 302 and "/account/sign-in/" in download["Location"]
    for url in (
        "/admin/certificates/issued/",
        f"/admin/certificates/issued/{certificate.pk}/revoke/",
        "/admin/certificates/issued/download/",
    ):
        response = anonymous.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_the_list_shows_each_hr_user_their_organisations_certificates(
    ladder, certificate, certificate_of_b
):
    url = "/admin/certificates/issued/"
    for role in ("anonymous", "learner", "other_learner"):
        assert redirect_to(ladder[role].get(url)) == (302, ADMIN_LOGIN), role
    shown = {
        role: ladder[role].get(url).content.decode()
        for role in ("hr_other_organisation", "hr", "admin")
    }
    assert certificate.serial in shown["hr"] and certificate_of_b.serial not in shown["hr"]
    assert certificate_of_b.serial in shown["hr_other_organisation"]
    assert certificate.serial not in shown["hr_other_organisation"]
    assert certificate.serial in shown["admin"] and certificate_of_b.serial in shown["admin"]


def test_inspect_history_and_usage_are_404_outside_the_hr_scope(ladder, certificate):
    for view in ("inspect", "history", "usage"):
        url = f"/admin/certificates/issued/{view}/{certificate.pk}/"
        for role in ("anonymous", "learner", "other_learner"):
            assert redirect_to(ladder[role].get(url)) == (302, ADMIN_LOGIN), (view, role)
        assert ladder["hr_other_organisation"].get(url).status_code == 404, view
        assert ladder["hr"].get(url).status_code == 200, view
        assert ladder["admin"].get(url).status_code == 200, view
    inspect = ladder["hr"].get(f"/admin/certificates/issued/inspect/{certificate.pk}/")
    html = inspect.content.decode()
    assert f"/certificates/{certificate.pk}/download/" in html
    assert "/revoke/" not in html  # HR sees certificates; administrators revoke them


def test_hr_downloads_their_organisations_pdfs_and_each_download_is_logged(
    ladder, certificate, hr_x, superuser
):
    url = f"/certificates/{certificate.pk}/download/"
    assert redirect_to(ladder["anonymous"].get(url))[0] == 302
    assert ladder["other_learner"].get(url).status_code == 404
    assert ladder["hr_other_organisation"].get(url).status_code == 404
    with certificate.pdf.open("rb") as handle:
        stored = handle.read()
    for role in ("learner", "hr", "admin"):
        response = ladder[role].get(url)
        assert response.status_code == 200 and response.content == stored, role
    downloads = ModelLogEntry.objects.filter(action="certificates.downloaded")
    assert sorted(entry.user.username for entry in downloads) == sorted(
        [hr_x.username, superuser.username]
    )  # staff downloads are logged; the learner's own are not


def test_only_administrators_revoke_and_never_outside_their_scope(ladder, certificate):
    url = f"/admin/certificates/issued/{certificate.pk}/revoke/"
    data = {"reason": "Completed under someone else's account."}
    for role in ("anonymous", "learner", "other_learner"):
        assert redirect_to(ladder[role].post(url, data)) == (302, ADMIN_LOGIN), role
    assert ladder["hr_other_organisation"].post(url, data).status_code == 404
    assert redirect_to(ladder["hr"].post(url, data)) == (302, "/admin/")  # no revoke permission
    assert not Certificate.objects.get(pk=certificate.pk).is_revoked
    response = ladder["admin"].post(url, data)
    assert redirect_to(response) == (302, f"/admin/certificates/issued/inspect/{certificate.pk}/")
    assert Certificate.objects.get(pk=certificate.pk).is_revoked


def test_a_user_given_revoke_revokes_within_their_scope_with_a_reason(
    learner_client, hr_x, hr_y, certificate
):
    url = f"/admin/certificates/issued/{certificate.pk}/revoke/"
    data = {"reason": "Completed under someone else's account."}
    assert with_permissions(hr_y, "revoke_certificate").post(url, data).status_code == 404
    officer = with_permissions(hr_x, "revoke_certificate")
    assert officer.post(url, {"reason": "  "}).status_code == 200  # a reason is required
    assert not Certificate.objects.get(pk=certificate.pk).is_revoked
    assert officer.post(url, data).status_code == 302
    revoked = Certificate.objects.get(pk=certificate.pk)
    assert revoked.is_revoked and revoked.revoked_by == hr_x
    entry = ModelLogEntry.objects.get(action="certificates.revoked")
    assert entry.user == hr_x and entry.data["reason"] == data["reason"]
    history = officer.get(f"/admin/certificates/issued/history/{certificate.pk}/")
    assert history.status_code == 200 and "Certificate revoked" in history.content.decode()
    # The learner can no longer download it.
    assert learner_client.get(f"/certificates/{certificate.pk}/download/").status_code == 410


def test_the_bulk_zip_holds_only_the_users_organisations_certificates(
    ladder, certificate, certificate_of_b
):
    url = "/admin/certificates/issued/download/"
    for role in ("anonymous", "learner", "other_learner"):
        assert redirect_to(ladder[role].post(url, {"query": ""})) == (302, ADMIN_LOGIN), role
    assert not CertificateExport.objects.exists()
    x_serials = serials_of(certificate.learner)
    y_serials = serials_of(certificate_of_b.learner)
    expected = {
        "hr": x_serials,
        "hr_other_organisation": y_serials,
        "admin": x_serials | y_serials,
    }
    for role, serials in expected.items():
        response = ladder[role].post(url, {"query": ""})
        assert response["Content-Type"] == "application/zip", role
        assert serials_in_zip(response) == serials, role
    archive = read_zip(ladder["hr"].post(url, {"query": "kind=course"}))
    with certificate.pdf.open("rb") as handle:
        assert archive.read(f"{certificate.serial}.pdf") == handle.read()
    assert ModelLogEntry.objects.filter(action="certificates.exported").count() == 4


def test_the_hr_group_sees_and_downloads_but_does_not_revoke():
    codenames = set(
        Group.objects.get(name=HR_GROUP)
        .permissions.filter(content_type__app_label="certificates")
        .values_list("codename", flat=True)
    )
    assert codenames == {"view_certificate", "export_certificates"}


def test_site_history_hides_other_organisations_certificates(ladder, certificate):
    url = "/admin/reports/site-history/"
    assert certificate.serial in ladder["hr"].get(url).content.decode()
    assert certificate.serial not in ladder["hr_other_organisation"].get(url).content.decode()


def test_admin_list_is_read_only_and_filters(ladder, staff_without_permission, certificate):
    admin = ladder["admin"]
    listing = admin.get("/admin/certificates/issued/")
    assert listing.status_code == 200 and certificate.serial in listing.content.decode()
    assert ladder["hr"].get("/admin/certificates/issued/?status=valid").status_code == 200
    revoked = admin.get("/admin/certificates/issued/?status=revoked").content.decode()
    assert certificate.serial not in revoked
    assert redirect_to(staff_without_permission.get("/admin/certificates/issued/")) == (
        302,
        "/admin/",
    )
    inspect = admin.get(f"/admin/certificates/issued/inspect/{certificate.pk}/")
    assert inspect.status_code == 200 and "Revoke" in inspect.content.decode()
    # Wagtail routes add, edit and delete; the permission policy refuses them to everyone.
    for url in ("new/", f"edit/{certificate.pk}/", f"delete/{certificate.pk}/"):
        for response in (
            admin.get(f"/admin/certificates/issued/{url}"),
            admin.post(f"/admin/certificates/issued/{url}"),
        ):
            assert redirect_to(response) == (302, "/admin/"), url
    assert Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).exists()
    assert admin.get(f"/admin/certificates/issued/copy/{certificate.pk}/").status_code == 404


def test_a_large_bulk_download_is_built_by_a_task_and_fetched_later(ladder, certificate, settings):
    settings.CERTIFICATES_EXPORT_INLINE_LIMIT = 1
    response = ladder["hr"].post("/admin/certificates/issued/download/", {"query": ""})
    export = CertificateExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/certificates/issued/downloads/{export.pk}/"
    assert export.certificate_count == 2 and export.is_ready  # the immediate backend ran it
    page = ladder["hr"].get(response["Location"]).content.decode()
    zip_url = f"/admin/certificates/issued/downloads/{export.pk}/zip/"
    assert zip_url in page
    names = sorted(read_zip(ladder["hr"].get(zip_url)).namelist())
    assert len(names) == 3 and "manifest.csv" in names
    assert ladder["hr_other_organisation"].get(zip_url).status_code == 404
    assert ladder["hr_other_organisation"].get(response["Location"]).status_code == 404
