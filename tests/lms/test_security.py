"""The security baseline: sign-in lockout, session limits, headers and uploads (R4.2–R4.7)."""

import importlib
import io
import os
import zipfile
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from freezegun import freeze_time
from wagtail.documents.models import Document

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    from axes.models import AccessAttempt

    yield
    AccessAttempt.objects.all().delete()


def sign_in(client, username, password, url="/account/sign-in/"):
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("url", ["/account/sign-in/", "/admin/login/"])
def test_five_failures_lock_the_account_for_this_address_for_15_minutes(axes_on, make_user, url):
    make_user("nurse@example.org", password=PASSWORD, is_staff=True)
    client = Client(REMOTE_ADDR="10.0.0.7")
    with freeze_time("2026-11-26 10:00:00"):
        for _attempt in range(4):
            failed = sign_in(client, "nurse@example.org", "wrong-password", url)
            assert failed.status_code in (200, 400)
        fifth = sign_in(client, "nurse@example.org", "wrong-password", url)
        assert fifth.status_code == 429  # the fifth failure locks
        locked = sign_in(client, "nurse@example.org", PASSWORD, url)
        assert locked.status_code == 429
        assert "Too many sign-in attempts" in locked.content.decode()
        other_address = Client(REMOTE_ADDR="10.0.0.8")
        assert sign_in(other_address, "nurse@example.org", PASSWORD, url).status_code == 302
    with freeze_time("2026-11-26 10:15:01"):
        assert sign_in(client, "nurse@example.org", PASSWORD, url).status_code == 302


def test_behind_a_proxy_lockouts_count_per_forwarded_address(axes_on, make_user, settings):
    settings.CERTIFICATES_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    make_user("nurse@example.org", password=PASSWORD)
    # Both come through the same proxy (one REMOTE_ADDR); a forged first entry is ignored.
    attacker = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.9, 198.51.100.7")
    nurse = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.9, 203.0.113.5")
    for _attempt in range(5):
        sign_in(attacker, "nurse@example.org", "wrong-password")
    assert sign_in(attacker, "nurse@example.org", PASSWORD).status_code == 429
    assert sign_in(nurse, "nurse@example.org", PASSWORD).status_code == 302


def test_unknown_user_and_wrong_password_get_the_same_message(axes_on, make_user, client):
    make_user("nurse@example.org", password=PASSWORD)
    unknown = sign_in(client, "nobody@example.org", "whatever-password").content.decode()
    wrong = sign_in(client, "nurse@example.org", "whatever-password").content.decode()
    message = "did not match an account"
    assert message in unknown and message in wrong
    assert unknown.count("error-summary") == wrong.count("error-summary")


def test_signing_in_gives_a_new_session_key(make_user, client):
    make_user("nurse@example.org", password=PASSWORD)
    client.get("/account/sign-in/")
    client.session.save()
    before = client.session.session_key
    sign_in(client, "nurse@example.org", PASSWORD)
    assert client.session.session_key != before


def test_signing_out_ends_the_server_side_session(make_user, client):
    make_user("nurse@example.org", password=PASSWORD)
    sign_in(client, "nurse@example.org", PASSWORD)
    old_cookie = client.cookies["sessionid"].value
    client.post("/account/sign-out/")
    replay = Client()
    replay.cookies["sessionid"] = old_cookie
    assert replay.get("/learn/my-learning/").status_code == 302


@pytest.mark.parametrize(
    ("later", "signed_in"),
    [("10:29:00", True), ("10:31:00", False)],
)
def test_staff_are_signed_out_after_30_idle_minutes(make_user, client, later, signed_in):
    make_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)
    with freeze_time("2026-11-26 10:00:00"):
        sign_in(client, "editor", PASSWORD)
        assert client.get("/admin/").status_code == 200
    with freeze_time(f"2026-11-26 {later}"):
        response = client.get("/admin/")
        assert (response.status_code == 200) is signed_in
        if not signed_in:
            assert response["Location"].startswith("/admin/login/?next=")


def test_staff_sessions_end_after_12_hours_even_when_busy(make_user, client):
    make_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)
    with freeze_time("2026-11-26 06:00:00") as clock:
        sign_in(client, "editor", PASSWORD)
        for _step in range(36):  # busy all day: a request every 20 minutes
            clock.tick(20 * 60)
            assert client.get("/admin/").status_code == 200
        clock.tick(1)  # 12 hours and a second after signing in
        assert client.get("/admin/").status_code == 302


def test_learners_keep_their_session_while_idle(make_user, client):
    make_user("nurse@example.org", password=PASSWORD)
    with freeze_time("2026-11-26 10:00:00"):
        sign_in(client, "nurse@example.org", PASSWORD)
    with freeze_time("2026-11-29 10:00:00"):
        assert client.get("/learn/my-learning/").status_code == 200


def test_rights_granted_during_a_session_bring_the_staff_limits_with_them(make_user, client):
    """Issue 17, W7: privilege is decided per request, not once at sign-in."""
    from django.contrib.auth.models import Group

    nurse = make_user("nurse@example.org", password=PASSWORD)
    with freeze_time("2026-11-26 06:00:00") as clock:
        sign_in(client, "nurse@example.org", PASSWORD)
        clock.tick(13 * 60 * 60)  # a learner may stay signed in for two weeks
        assert client.get("/learn/my-learning/").status_code == 200
        nurse.groups.add(Group.objects.get(name="HR"))  # made HR mid-session
        response = client.get("/learn/my-learning/")
        assert response.status_code == 302
        assert response["Location"].startswith("/account/sign-in/")


def test_rights_granted_during_a_session_make_it_end_when_idle(make_user, client):
    from django.contrib.auth.models import Group

    nurse = make_user("nurse@example.org", password=PASSWORD)
    with freeze_time("2026-11-26 10:00:00") as clock:
        sign_in(client, "nurse@example.org", PASSWORD)
        nurse.groups.add(Group.objects.get(name="HR"))
        assert client.get("/admin/").status_code == 200
        clock.tick(31 * 60)
        assert client.get("/admin/").status_code == 302


def test_the_editors_pings_do_not_keep_an_idle_staff_session_alive(make_user, client, home):
    """Issue 17, W18: requests the editor makes by itself are not activity."""
    editor = make_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)
    with freeze_time("2026-11-26 10:00:00") as clock:
        sign_in(client, "editor", PASSWORD)
        assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
        session = editor.editing_sessions.latest("pk")
        ping = f"/admin/editing-sessions/ping/wagtailcore/page/{home.pk}/{session.pk}/"
        for _minute in range(0, 35, 5):  # the open editor pings every few minutes
            clock.tick(5 * 60)
            client.post(ping)
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_learner_pages_carry_a_strict_content_security_policy(client, home):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    body = response.content.decode()
    assert "<script>" not in body and " style=" not in body


def test_the_admin_has_its_own_policy(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy


def test_production_settings_send_hsts_and_secure_cookies(client, home):
    with mock.patch.dict(os.environ, {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "testserver"}):
        production = importlib.import_module("lms.settings.production")
    names = [
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
    ]
    assert production.SECURE_HSTS_SECONDS >= 31_536_000
    with override_settings(**{name: getattr(production, name) for name in names}):
        response = client.get("/account/sign-in/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] and cookie["samesite"] == "Lax"


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "script.js"])
def test_documents_outside_the_allow_list_are_refused(admin_client, name):
    upload = SimpleUploadedFile(name, b"<script>alert(1)</script>", content_type="text/html")
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Bad", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert not Document.objects.exists()


def office_file(main_part, extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(main_part, "<document/>")
        for name in extra:
            package.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("annex1.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", True),
        ("annex1.pdf", b"<html><script>alert(1)</script></html>", False),
        ("plan.docx", office_file("word/document.xml"), True),
        ("plan.docx", office_file("xl/workbook.xml"), False),
        ("plan.docx", office_file("word/document.xml", ["word/vbaProject.bin"]), False),
        ("plan.docx", b"PK\x03\x04 not really a zip", False),
        ("slides.pptx", office_file("ppt/presentation.xml"), True),
        ("numbers.xlsx", office_file("xl/workbook.xml"), True),
        ("numbers.xlsx", b"=HYPERLINK(1)", False),
        ("gowning.mp4", b"\x00\x00\x00\x18ftypmp42\x00\x00", True),
        ("gowning.mp4", b"MZ\x90\x00 an executable", False),
    ],
)
def test_documents_must_be_what_their_name_says(admin_client, name, content, accepted):
    """Issue 17, W19: an HTML file named .pdf is refused by its content."""
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Upload", "file": upload, "collection": 1}
    )
    assert Document.objects.exists() is accepted
    if not accepted:
        assert response.status_code == 200
        assert "does not match its name" in response.content.decode()


def test_a_development_server_serves_images_but_never_documents_from_media():
    from django.urls import Resolver404, resolve

    import lms.urls

    try:
        with override_settings(DEBUG=True):
            development = importlib.reload(lms.urls)
        assert resolve("/media/images/logo.max-900x300.png", urlconf=development)
        assert resolve("/media/original_images/logo.png", urlconf=development)
        with pytest.raises(Resolver404):
            resolve("/media/documents/restricted-sop.pdf", urlconf=development)
    finally:
        importlib.reload(lms.urls)  # the test settings' URLs again


def test_documents_are_served_as_downloads_through_the_serve_view(admin_client, client):
    upload = SimpleUploadedFile("annex1.pdf", b"%PDF-1.4 annex", content_type="application/pdf")
    admin_client.post(
        "/admin/documents/add/", {"title": "Annex 1", "file": upload, "collection": 1}
    )
    document = Document.objects.get()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert client.get(f"/media/{document.file.name}").status_code == 404


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_oversized_images_are_refused(admin_client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = get_test_image_file(size=(800, 800))
    upload = SimpleUploadedFile("big.png", image.file.getvalue(), content_type="image/png")
    response = admin_client.post(
        "/admin/images/add/", {"title": "Big", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert not Image.objects.exists()


def test_wrong_current_passwords_count_towards_the_sign_in_lockout(axes_on, make_user):
    """Issue 17, W14: the password change form is no unthrottled password oracle."""
    make_user("nurse@example.org", password=PASSWORD)
    browser = Client(REMOTE_ADDR="10.0.0.7")
    assert sign_in(browser, "nurse@example.org", PASSWORD).status_code == 302
    change = "/account/password/change/"
    guess = {
        "old_password": "wrong",
        "new_password1": "a-new-long-passphrase",
        "new_password2": "a-new-long-passphrase",
    }
    statuses = [browser.post(change, guess).status_code for _attempt in range(5)]
    assert statuses[:4] == [400] * 4 and statuses[4] == 429
    right = {**guess, "old_password": PASSWORD}
    locked = browser.post(change, right)
    assert locked.status_code == 429  # even the right password, while locked
    assert "Too many sign-in attempts" in locked.content.decode()
    assert sign_in(Client(REMOTE_ADDR="10.0.0.7"), "nurse@example.org", PASSWORD).status_code == 429


@pytest.mark.parametrize(
    ("path", "data", "action"),
    [
        (
            "/account/register/",
            {"email": "x@example.org", "full_name": "X", "password1": "", "password2": ""},
            "register",
        ),
        ("/account/password/reset/", {"email": "x@example.org"}, "password_reset"),
    ],
)
def test_registration_and_password_reset_are_rate_limited_per_address(settings, path, data, action):
    """Issue 17, W13: forms that create accounts or send email cannot be sent without limit."""
    from django.core.cache import cache

    cache.clear()
    settings.ACCOUNTS_RATE_LIMITS = {**settings.ACCOUNTS_RATE_LIMITS, action: (3, 600)}
    browser = Client(REMOTE_ADDR="10.0.0.9")
    statuses = [browser.post(path, data).status_code for _attempt in range(4)]
    assert 429 not in statuses[:3] and statuses[3] == 429
    assert Client(REMOTE_ADDR="10.0.0.10").post(path, data).status_code != 429
    cache.clear()
