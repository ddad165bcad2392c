"""Public verification (valid, expired, revoked, unknown, rate limit) and downloads."""

import hashlib
import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from certificates import services

pytestmark = pytest.mark.django_db


def verify_page(anonymous, certificate):
    return anonymous.get(f"/certificates/verify/{certificate.verification_code}/")


def test_served_bytes_are_the_stored_bytes_and_match_the_sha256(learner_client, certificate):
    response = learner_client.get(f"/certificates/{certificate.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{certificate.serial}.pdf"' in response["Content-Disposition"]
    served = response.content
    with certificate.pdf.open("rb") as handle:
        stored = handle.read()
    assert served == stored
    assert hashlib.sha256(served).hexdigest() == certificate.sha256
    # A second download is the same file, never a re-render.
    assert learner_client.get(f"/certificates/{certificate.pk}/download/").content == stored


def test_a_changed_stored_file_is_refused_rather_than_served(learner_client, certificate):
    with certificate.pdf.open("wb") as handle:
        handle.write(b"%PDF-1.7 tampered")
    assert learner_client.get(f"/certificates/{certificate.pk}/download/").status_code == 404


def test_verify_page_for_a_valid_certificate(anonymous, certificate, learner):
    response = verify_page(anonymous, certificate)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine and valid." in html
    for shown in ("Åsa Öberg-Ängström", "GMP cleanroom basics", "ATMP Academy"):
        assert shown in html
    assert timezone.localtime(certificate.issued_at).strftime("%-d %B %Y") in html
    assert timezone.localtime(certificate.expires_at).strftime("%-d %B %Y") in html
    assert learner.email not in html
    assert "score" not in html.lower()
    assert response["X-Robots-Tag"].startswith("noindex")


def test_verify_page_says_expired_after_the_expiry_date(anonymous, certificate, learner):
    with freeze_time(certificate.expires_at + timedelta(days=1)):
        html = verify_page(anonymous, certificate).content.decode()
    assert "This certificate is genuine but expired on" in html
    assert "genuine and valid" not in html
    assert learner.email not in html


def test_verify_page_says_revoked_at_once(anonymous, certificate, superuser, learner):
    assert "genuine and valid" in verify_page(anonymous, certificate).content.decode()
    services.revoke(certificate, superuser, "Issued to the wrong person.")
    html = verify_page(anonymous, certificate).content.decode()
    assert "This certificate was revoked on" in html
    assert "genuine and valid" not in html
    assert "wrong person" not in html and learner.email not in html


def test_unknown_and_malformed_codes_get_the_same_helpful_404(anonymous, certificate):
    unknown_code, malformed_code = "AAAAAAAAAAAAAAAAAAAAAA", "not-a-code!"
    unknown = anonymous.get(f"/certificates/verify/{unknown_code}/")
    malformed = anonymous.get(f"/certificates/verify/{malformed_code}/")
    assert unknown.status_code == malformed.status_code == 404

    # Identical but for the page's own address (in links) and the per-response CSRF token.
    def normalised(response, code):
        body = response.content.replace(quote(code, safe="").encode(), b"")
        body = body.replace(code.encode(), b"")
        return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)

    assert normalised(unknown, unknown_code) == normalised(malformed, malformed_code)
    html = unknown.content.decode()
    assert "We could not find a certificate with that verification code." in html
    assert 'name="code"' in html  # a form to try another code
    assert "Åsa" not in html


def test_the_code_form_takes_a_pasted_address(anonymous, certificate):
    response = anonymous.get("/certificates/verify/", {"code": f" {certificate.verify_url()} "})
    assert response.status_code == 302
    assert response["Location"] == f"/certificates/verify/{certificate.verification_code}/"


def test_verification_is_rate_limited_per_client(anonymous, certificate, settings):
    settings.CERTIFICATES_VERIFY_LIMIT = 5
    with freeze_time("2026-05-01 10:00:05"):
        codes = [verify_page(anonymous, certificate).status_code for _ in range(5)]
        over = anonymous.get("/certificates/verify/AAAAAAAAAAAAAAAAAAAAAA/")
        other_client = anonymous.get(
            f"/certificates/verify/{certificate.verification_code}/", REMOTE_ADDR="10.0.0.9"
        )
    assert codes == [200] * 5
    assert over.status_code == 429
    assert "You have checked many certificates in a short time" in over.content.decode()
    assert int(over["Retry-After"]) == 55
    assert other_client.status_code == 200
    with freeze_time("2026-05-01 10:01:01"):
        assert verify_page(anonymous, certificate).status_code == 200


def test_staff_downloads_are_logged_and_learner_downloads_are_not(
    learner_client, admin_client, certificate, superuser
):
    learner_client.get(f"/certificates/{certificate.pk}/download/")
    assert not ModelLogEntry.objects.filter(action="certificates.downloaded").exists()
    assert admin_client.get(f"/certificates/{certificate.pk}/download/").status_code == 200
    entry = ModelLogEntry.objects.get(action="certificates.downloaded")
    assert entry.user == superuser and entry.object_id == str(certificate.pk)
