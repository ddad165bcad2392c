import re

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from lms.accounts import views
from lms.accounts.models import LearnerProfile

User = get_user_model()

NAME = "Åsa Öberg-Ängström"
PASSWORD = "sparkling-lantern-orbit"
NEW_PASSWORD = "velvet-harbour-compass"


def register(client, next_url=None, **fields):
    data = {
        "email": "asa@example.org",
        "full_name": NAME,
        "password1": PASSWORD,
        "password2": PASSWORD,
        **fields,
    }
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:register"), data)


def sign_in(client, username, password, next_url=None):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:login"), data)


def signed_in_user_id(client):
    return client.session.get(SESSION_KEY)


@pytest.fixture
def asa(make_user):
    """A learner whose username is her email address, as registration makes them."""
    return make_user("asa@example.org", password=PASSWORD, email="asa@example.org")


# Registration


@pytest.mark.django_db
def test_registration_form_renders_with_labelled_fields(client):
    response = client.get(reverse("accounts:register"))

    assert response.status_code == 200
    html = response.content.decode()
    for field in ("email", "full_name", "password1", "password2"):
        assert f'<label for="id_{field}">' in html
    assert "Name on certificates" in html


def confirmation_link(message):
    """Return the path of the confirmation link in an email (text part)."""
    match = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.django_db
def test_registering_makes_an_inactive_account_and_emails_a_confirmation_link(client):
    response = register(client, email="Asa@Example.org")

    assert response.status_code == 302
    assert response.url == reverse("accounts:check_email")
    user = User.objects.get()
    assert (user.username, user.email) == ("asa@example.org", "asa@example.org")
    assert user.check_password(PASSWORD)
    assert not user.is_active  # usable only once the address is confirmed
    assert user.learner_profile.full_name == NAME
    assert not user.learner_profile.email_verified
    assert (user.first_name, user.last_name) == ("Åsa", "Öberg-Ängström")
    assert signed_in_user_id(client) is None
    [message] = mail.outbox
    assert message.to == ["asa@example.org"]
    assert "\n" not in message.subject
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    assert "asa@example.org" in client.get(response.url).content.decode()


@pytest.mark.django_db
def test_confirming_the_link_activates_the_account_once(client):
    register(client)
    link = confirmation_link(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    assert "Confirm my address" in page.content.decode()
    assert not User.objects.get().is_active  # a GET (a mail scanner) confirms nothing

    response = client.post(link)
    assert response.status_code == 302
    assert response.url == reverse("accounts:login")
    user = User.objects.get()
    assert user.is_active
    assert user.learner_profile.email_verified
    assert sign_in(client, "asa@example.org", PASSWORD).status_code == 302
    # Used once: the same link no longer works.
    again = client.get(link)
    assert "This link no longer works" in again.content.decode()


@pytest.mark.django_db
def test_a_confirmation_link_dies_when_the_email_address_changes(client):
    register(client)
    link = confirmation_link(mail.outbox[0])
    User.objects.filter(email="asa@example.org").update(email="other@example.org")

    client.post(link)

    user = User.objects.get()
    assert not user.is_active
    assert not user.learner_profile.email_verified


@pytest.mark.django_db
def test_a_confirmation_link_expires_after_three_days(client):
    register(client)
    link = confirmation_link(mail.outbox[0])
    with freeze_time(timezone.now() + timezone.timedelta(days=3, minutes=1)):
        response = client.post(link)

    assert "This link no longer works" in response.content.decode()
    assert not User.objects.get().is_active


@pytest.mark.django_db
def test_a_changed_email_address_is_no_longer_confirmed(client):
    register(client)
    client.post(confirmation_link(mail.outbox[0]))
    user = User.objects.get()
    user.email = "new@example.org"
    user.save()

    assert not LearnerProfile.objects.get(user=user).email_verified
    assert not LearnerProfile.objects.verified().exists()


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["nonsense", "a" * 300, "%00", "..%2f"])
def test_a_malformed_confirmation_token_is_a_page_not_an_error(client, token):
    response = client.get(f"/account/confirm-email/{token}/")

    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert "This link no longer works" in response.content.decode()


@pytest.mark.django_db
def test_registration_trims_the_name_and_keeps_a_single_word_name(client):
    register(client, full_name="  Madonna  ")

    user = User.objects.get()
    assert user.learner_profile.full_name == "Madonna"
    assert (user.first_name, user.last_name) == ("Madonna", "")


@pytest.mark.django_db
def test_registration_with_an_existing_email_answers_the_same_and_emails_the_owner(
    client, make_user
):
    """Issue 17, W13: no "already exists" anywhere; the owner hears of it by email."""
    owner = make_user("someone", email="asa@example.org")
    fresh = Client()

    response = register(client, email="ASA@example.ORG")
    other = register(fresh, email="new-person@example.org")

    assert response.status_code == other.status_code == 302
    assert response.url == other.url == reverse("accounts:check_email")
    assert User.objects.count() == 2
    page = client.get(response.url).content.decode()
    assert "already" not in page.replace("If you already have an account", "")
    owner_mail = [m for m in mail.outbox if m.to == [owner.email]]
    assert len(owner_mail) == 1
    assert "tried to register" in owner_mail[0].subject
    assert reverse("accounts:password_reset") in owner_mail[0].body
    assert "confirm-email" not in owner_mail[0].body
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_registration_with_an_email_used_as_another_users_username_creates_nothing(
    client, make_user
):
    make_user("Asa@Example.org", email="")

    response = register(client, email="asa@example.org")

    assert response.status_code == 302
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_registering_again_before_confirming_sends_a_new_confirmation_link(client):
    register(client)
    register(Client())

    assert User.objects.count() == 1
    assert len(mail.outbox) == 2
    assert all("/account/confirm-email/" in message.body for message in mail.outbox)


@pytest.mark.django_db
def test_registration_that_loses_a_race_for_the_email_answers_the_same(
    client, make_user, monkeypatch
):
    make_user("asa@example.org", email="asa@example.org")
    # As if the other registration was saved between this one's lookup and its save.
    calls = iter([None])
    real = views.existing_account
    monkeypatch.setattr(views, "existing_account", lambda email: next(calls, None) or real(email))

    response = register(client)

    assert response.status_code == 302
    assert response.url == reverse("accounts:check_email")
    assert User.objects.count() == 1
    assert not LearnerProfile.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password1", "password2"),
    [
        ("short-pw", "short-pw"),
        ("123456789012345", "123456789012345"),
        ("password123456", "password123456"),
        (PASSWORD, PASSWORD + "x"),
    ],
    ids=["too-short", "numeric", "common", "mismatched"],
)
def test_weak_or_mismatched_password_is_refused_and_nothing_is_written(
    client, password1, password2
):
    response = register(client, password1=password1, password2=password2)

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'id="id_password1_error"' in html or 'id="id_password2_error"' in html
    assert not User.objects.exists()
    assert not LearnerProfile.objects.exists()
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_password_similar_to_the_email_is_refused(client):
    response = register(
        client,
        email="lanternorbit@example.org",
        password1="lanternorbit1",
        password2="lanternorbit1",
    )

    assert response.status_code == 400
    assert not User.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["   ", "12345", "Åsa\nÖberg", "x" * 201])
def test_registration_refuses_an_unusable_name(client, name):
    response = register(client, full_name=name)

    assert response.status_code == 400
    assert not User.objects.exists()


@pytest.mark.django_db
def test_registration_errors_are_linked_to_their_fields(client):
    response = register(client, email="not-an-email")

    html = response.content.decode()
    assert 'href="#id_email"' in html
    assert 'id="id_email_error"' in html
    assert re.search(
        r'<input[^>]*aria-describedby="[^"]*id_email_error[^"]*"[^>]*id="id_email"', html
    )
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_the_confirmation_link_leads_on_to_a_safe_next(client):
    register(client, next_url="/courses/intro/?tab=quiz")

    response = client.post(confirmation_link(mail.outbox[0]))

    assert response.status_code == 302
    assert response.url == reverse("accounts:login") + "?next=%2Fcourses%2Fintro%2F%3Ftab%3Dquiz"


@pytest.mark.django_db
def test_registration_takes_next_from_the_query_string_too(client):
    client.post(
        reverse("accounts:register") + "?next=/courses/intro/",
        {
            "email": "asa@example.org",
            "full_name": NAME,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert "next=%2Fcourses%2Fintro%2F" in confirmation_link(mail.outbox[0])


@pytest.mark.django_db
def test_registration_ignores_an_external_next(client):
    register(client, next_url="https://evil.example/")

    assert "evil" not in mail.outbox[0].body
    response = client.post(confirmation_link(mail.outbox[0]) + "?next=https://evil.example/")
    assert response.url == reverse("accounts:login")


@pytest.mark.django_db
def test_registration_form_carries_a_safe_next_but_not_an_external_one(client):
    safe = client.get(reverse("accounts:register") + "?next=/courses/intro/")
    external = client.get(reverse("accounts:register") + "?next=https://evil.example/")

    assert '<input type="hidden" name="next" value="/courses/intro/">' in safe.content.decode()
    assert 'name="next"' not in external.content.decode()


def test_signed_in_user_visiting_registration_goes_to_my_learning(learner_client):
    response = learner_client.get(reverse("accounts:register"))

    assert response.status_code == 302
    assert response.url == reverse("lms:my_learning")


# Sign in and sign out


def test_sign_in_form_labels_the_username_field_and_keeps_next_in_its_links(client, db):
    response = client.get(reverse("accounts:login") + "?next=/courses/intro/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Email address or username" in html
    assert '<input type="hidden" name="next" value="/courses/intro/">' in html
    assert reverse("accounts:register") + "?next=%2Fcourses%2Fintro%2F" in html
    assert reverse("accounts:password_reset") + "?next=%2Fcourses%2Fintro%2F" in html


def test_sign_in_with_the_email_in_upper_case_works(client, asa):
    response = sign_in(client, "ASA@EXAMPLE.ORG", PASSWORD)

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(asa.pk)


def test_sign_in_with_a_username_works(client, make_user):
    user = make_user("author", password=PASSWORD)

    sign_in(client, "author", PASSWORD)

    assert signed_in_user_id(client) == str(user.pk)


def test_sign_in_redirects_to_a_safe_next(client, asa):

    response = sign_in(client, "asa@example.org", PASSWORD, next_url="/courses/intro/")

    assert response.url == "/courses/intro/"


def test_sign_in_ignores_an_external_next(client, asa):

    response = sign_in(client, "asa@example.org", PASSWORD, next_url="https://evil.example/")

    assert response.url == reverse("lms:my_learning")


def test_wrong_password_and_unknown_user_get_the_identical_message(client, asa):

    wrong_password = sign_in(client, "asa@example.org", "not-the-password")
    unknown_user = sign_in(client, "nobody@example.org", PASSWORD)

    assert wrong_password.status_code == unknown_user.status_code == 400
    assert wrong_password.context["form"].non_field_errors() == (
        unknown_user.context["form"].non_field_errors()
    )
    assert "did not match an account" in wrong_password.content.decode()
    assert signed_in_user_id(client) is None


def test_signed_in_user_sent_back_to_sign_in_is_not_caught_in_a_loop(learner_client):
    # A signed-in user outside a restricted page's group is sent here by Wagtail; redirecting
    # them on to `next` would bounce between the two pages for ever.
    response = learner_client.get(reverse("accounts:login") + "?next=" + reverse("accounts:login"))

    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_sign_out_refuses_get_and_keeps_the_session(learner_client, learner):
    response = learner_client.get(reverse("accounts:logout"))

    assert response.status_code == 405
    assert signed_in_user_id(learner_client) == str(learner.pk)


def test_sign_out_by_post_ends_the_session(learner_client):
    response = learner_client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert signed_in_user_id(learner_client) is None


# Password reset


def test_password_reset_emails_a_link_that_sets_a_new_password(client, asa):

    response = client.post(reverse("accounts:password_reset"), {"email": "Asa@Example.org"})

    assert response.url == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asa@example.org"]
    assert "\n" not in message.subject
    assert "24 hours" in message.body
    link = re.search(r"http://testserver(/account/password/reset/\S+/)", message.body).group(1)

    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done.url == reverse("accounts:password_reset_complete")

    sign_in(client, "asa@example.org", NEW_PASSWORD)
    assert signed_in_user_id(client) is not None


def test_password_reset_email_greets_the_learner_by_the_unescaped_certificate_name(client, asa):
    LearnerProfile.objects.create(user=asa, full_name="Åsa O'Brien")

    client.post(reverse("accounts:password_reset"), {"email": "asa@example.org"})

    assert "Hello Åsa O'Brien," in mail.outbox[0].body


def test_password_reset_refuses_a_weak_new_password_with_400_and_keeps_the_old_one(client, asa):
    client.post(reverse("accounts:password_reset"), {"email": "asa@example.org"})
    link = re.search(r"http://testserver(/account/password/reset/\S+/)", mail.outbox[0].body)
    set_password_url = client.get(link.group(1), follow=True).redirect_chain[-1][0]

    response = client.post(set_password_url, {"new_password1": "short", "new_password2": "short"})

    assert response.status_code == 400
    assert 'id="id_new_password1_error"' in response.content.decode()
    asa.refresh_from_db()
    assert asa.check_password(PASSWORD)


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})

    assert response.url == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_password_reset_with_an_invalid_address_shows_the_form_with_400(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "not-an-email"})

    assert response.status_code == 400
    assert 'href="#id_email"' in response.content.decode()


def test_password_reset_link_with_a_bad_token_explains_it_no_longer_works(client, learner):
    response = client.get(
        reverse("accounts:password_reset_confirm", args=["MQ", "bad-token"]), follow=True
    )

    assert response.status_code == 200
    assert not response.context["validlink"]
    assert "This link no longer works" in response.content.decode()


# Profile


def test_profile_requires_sign_in(client, db):
    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 302
    assert response.url == reverse("accounts:login") + "?next=" + reverse("accounts:profile")


def test_profile_shows_the_email_and_a_link_to_change_password(learner_client, learner):
    response = learner_client.get(reverse("accounts:profile"))

    html = response.content.decode()
    assert response.status_code == 200
    assert learner.email in html
    assert reverse("accounts:password_change") in html
    assert "keep the name they were issued with" in html


def test_profile_saves_the_unicode_name_exactly(learner_client, learner):
    response = learner_client.post(reverse("accounts:profile"), {"full_name": "Åsa Öberg-Ängström"})

    assert response.status_code == 302
    assert response.url == reverse("accounts:profile")
    learner.refresh_from_db()
    assert learner.learner_profile.full_name == "Åsa Öberg-Ängström"
    assert (learner.first_name, learner.last_name) == ("Åsa", "Öberg-Ängström")
    page = learner_client.get(response.url)
    assert "Your name on certificates has been saved." in page.content.decode()


def test_profile_name_change_updates_the_names_shown_in_the_admin(learner_client, learner):
    learner_client.post(reverse("accounts:profile"), {"full_name": "Åsa Maria Lind"})

    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name) == ("Åsa Maria", "Lind")
    assert learner.learner_profile.full_name == "Åsa Maria Lind"


def test_profile_composes_decomposed_letters(learner_client, learner):
    learner_client.post(reverse("accounts:profile"), {"full_name": "A\u030asa"})

    assert LearnerProfile.objects.get(user=learner).full_name == "\u00c5sa"


def test_profile_rejects_a_blank_name_with_400(learner_client, learner):
    LearnerProfile.objects.create(user=learner, full_name=NAME)

    response = learner_client.post(reverse("accounts:profile"), {"full_name": "   "})

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert LearnerProfile.objects.get(user=learner).full_name == NAME


def test_profile_is_created_on_first_visit_from_the_account_name(learner_client, learner):
    assert not LearnerProfile.objects.filter(user=learner).exists()

    response = learner_client.get(reverse("accounts:profile"))

    assert response.status_code == 200
    assert LearnerProfile.objects.get(user=learner).full_name == NAME


def test_profile_refuses_other_methods(learner_client):
    response = learner_client.put(reverse("accounts:profile"))

    assert response.status_code == 405


# Password change


def test_password_change_with_a_wrong_current_password_is_400(client, asa):
    client.force_login(asa)

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 400
    asa.refresh_from_db()
    assert asa.check_password(PASSWORD)


def test_password_change_saves_and_returns_to_the_profile(client, asa):
    client.force_login(asa)

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.url == reverse("accounts:profile")
    asa.refresh_from_db()
    assert asa.check_password(NEW_PASSWORD)
    assert signed_in_user_id(client) == str(asa.pk)


@pytest.mark.parametrize(
    "name",
    [
        "accounts:login",
        "accounts:register",
        "accounts:password_reset",
        "accounts:password_reset_done",
        "accounts:password_reset_complete",
    ],
)
def test_account_pages_have_one_h1(client, db, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


def test_deleting_a_learner_with_records_is_explained_not_a_500(learner, quiz_course):
    """Issue 17, W12: the records are kept; the admin is told to deactivate the account."""
    from django.test import Client

    from lms import services
    from lms.models import Enrolment

    services.enrol(learner, quiz_course)
    root = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
    admin = Client(raise_request_exception=False)
    admin.force_login(root)
    response = admin.post(f"/admin/users/delete/{learner.pk}/", follow=True)
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert "Enrolments" in response.content.decode()
    assert get_user_model().objects.filter(pk=learner.pk).exists()
    assert Enrolment.objects.filter(learner=learner).exists()
    # Without records the account can still be deleted.
    stranger = get_user_model().objects.create_user("stranger", "s@example.org", "x" * 16)
    admin.post(f"/admin/users/delete/{stranger.pk}/")
    assert not get_user_model().objects.filter(pk=stranger.pk).exists()
