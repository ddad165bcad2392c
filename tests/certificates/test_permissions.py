"""The permission ladder: anonymous, learner, other learner, staff, HR, admin."""

import csv
import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from wagtail.models import ModelLogEntry

from certificates.models import Certificate, CertificateExport

pytestmark = pytest.mark.django_db

HR_PERMISSIONS = ["view_certificate", "revoke_certificate", "export_certificates"]


def staff_client(make_user, username, codenames=()):
    user = make_user(username, is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="certificates", codename__in=codenames),
    )
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def hr_client(make_user):
    return staff_client(make_user, "hr", HR_PERMISSIONS)


@pytest.fixture
def staff_without_permission(make_user):
    return staff_client(make_user, "editor")


def refused(response):
    """The admin refuses staff without the permission: 403, 404, or back to the dashboard."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def read_zip(response):
    data = b"".join(response.streaming_content) if response.streaming else response.content
    return zipfile.ZipFile(io.BytesIO(data))


def test_learner_b_gets_404_for_learner_a_pdf(certificate, other_learner):
    other = Client()
    other.force_login(other_learner)
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


def test_only_admins_and_hr_may_revoke(
    learner_client, staff_without_permission, hr_client, certificate
):
    url = f"/admin/certificates/issued/{certificate.pk}/revoke/"
    data = {"reason": "Completed under someone else's account."}
    assert learner_client.post(url, data).status_code == 302  # to the admin sign-in
    assert refused(staff_without_permission.post(url, data))
    assert not Certificate.objects.get(pk=certificate.pk).is_revoked
    assert hr_client.post(url, {"reason": "  "}).status_code == 200  # a reason is required
    assert not Certificate.objects.get(pk=certificate.pk).is_revoked
    assert hr_client.post(url, data).status_code == 302
    revoked = Certificate.objects.get(pk=certificate.pk)
    assert revoked.is_revoked and revoked.revoked_by == hr_client.user
    entry = ModelLogEntry.objects.get(action="certificates.revoked")
    assert entry.user == hr_client.user and entry.data["reason"] == data["reason"]
    history = hr_client.get(f"/admin/certificates/issued/history/{certificate.pk}/")
    assert history.status_code == 200 and "Certificate revoked" in history.content.decode()
    # The learner can no longer download it.
    assert learner_client.get(f"/certificates/{certificate.pk}/download/").status_code == 410


def test_admin_list_is_read_only_and_filters(
    admin_client, hr_client, staff_without_permission, certificate
):
    listing = admin_client.get("/admin/certificates/issued/")
    assert listing.status_code == 200 and certificate.serial in listing.content.decode()
    assert hr_client.get("/admin/certificates/issued/?status=valid").status_code == 200
    revoked = admin_client.get("/admin/certificates/issued/?status=revoked").content.decode()
    assert certificate.serial not in revoked
    assert refused(staff_without_permission.get("/admin/certificates/issued/"))
    inspect = admin_client.get(f"/admin/certificates/issued/inspect/{certificate.pk}/")
    assert inspect.status_code == 200 and "Revoke" in inspect.content.decode()
    # Wagtail routes add, edit and delete; the permission policy refuses them to everyone.
    for url in ("new/", f"edit/{certificate.pk}/", f"delete/{certificate.pk}/"):
        for response in (
            admin_client.get(f"/admin/certificates/issued/{url}"),
            admin_client.post(f"/admin/certificates/issued/{url}"),
        ):
            assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).exists()
    assert admin_client.get(f"/admin/certificates/issued/copy/{certificate.pk}/").status_code == 404


def test_only_admins_and_hr_may_download_in_bulk(
    learner_client, staff_without_permission, hr_client, admin_client, certificate
):
    url = "/admin/certificates/issued/download/"
    assert learner_client.post(url, {"query": ""}).status_code == 302
    assert refused(staff_without_permission.post(url, {"query": ""}))
    assert not CertificateExport.objects.exists()
    for client in (hr_client, admin_client):
        response = client.post(url, {"query": "kind=course"})
        assert response.status_code == 200 and response["Content-Type"] == "application/zip"
        archive = read_zip(response)
        with certificate.pdf.open("rb") as handle:
            assert archive.read(f"{certificate.serial}.pdf") == handle.read()
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
        assert [row["sha256"] for row in manifest] == [certificate.sha256]
    assert ModelLogEntry.objects.filter(action="certificates.exported").count() == 2


def test_a_large_bulk_download_is_built_by_a_task_and_fetched_later(
    hr_client, admin_client, make_user, certificate, settings
):
    settings.CERTIFICATES_EXPORT_INLINE_LIMIT = 1
    response = hr_client.post("/admin/certificates/issued/download/", {"query": ""})
    export = CertificateExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/certificates/issued/downloads/{export.pk}/"
    assert export.certificate_count == 2 and export.is_ready  # the immediate backend ran it
    page = hr_client.get(response["Location"]).content.decode()
    zip_url = f"/admin/certificates/issued/downloads/{export.pk}/zip/"
    assert zip_url in page
    names = sorted(read_zip(hr_client.get(zip_url)).namelist())
    assert len(names) == 3 and "manifest.csv" in names
    other_hr = staff_client(make_user, "hr2", HR_PERMISSIONS)
    assert other_hr.get(zip_url).status_code == 404
