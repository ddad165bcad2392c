import re

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.urls import reverse

from lms.accounts.forms import RegistrationForm
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


@pytest.mark.django_db
def test_registering_signs_in_and_saves_the_unicode_name_on_the_profile(client):
    response = register(client, email="Asa@Example.org")

    assert response.status_code == 302
    assert response.url == reverse("lms:my_learning")
    user = User.objects.get()
    assert (user.username, user.email) == ("asa@example.org", "asa@example.org")
    assert user.check_password(PASSWORD)
    assert user.learner_profile.full_name == NAME
    assert (user.first_name, user.last_name) == ("Åsa", "Öberg-Ängström")
    assert signed_in_user_id(client) == str(user.pk)


@pytest.mark.django_db
def test_registration_trims_the_name_and_keeps_a_single_word_name(client):
    register(client, full_name="  Madonna  ")

    user = User.objects.get()
    assert user.learner_profile.full_name == "Madonna"
    assert (user.first_name, user.last_name) == ("Madonna", "")


@pytest.mark.django_db
def test_registration_with_an_email_already_used_in_another_case_is_refused(client, make_user):
    make_user("someone", email="asa@example.org")

    response = register(client, email="ASA@example.ORG")

    assert response.status_code == 400
    assert User.objects.count() == 1
    assert not LearnerProfile.objects.exists()
    html = response.content.decode()
    assert "An account with this email address already exists." in html
    assert reverse("accounts:login") in html
    assert reverse("accounts:password_reset") in html
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_registration_with_an_email_used_as_another_users_username_is_refused(client, make_user):
    make_user("Asa@Example.org", email="")

    response = register(client, email="asa@example.org")

    assert response.status_code == 400
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_registration_that_loses_a_race_for_the_email_shows_the_duplicate_message(
    client, make_user, monkeypatch
):
    make_user("asa@example.org", email="asa@example.org")
    # As if the other registration was saved between this one's validation and its save.
    monkeypatch.setattr(RegistrationForm, "clean_email", lambda form: form.cleaned_data["email"])

    response = register(client)

    assert response.status_code == 400
    assert "An account with this email address already exists." in response.content.decode()
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
def test_registration_redirects_to_a_safe_next(client):
    response = register(client, next_url="/courses/intro/?tab=quiz")

    assert response.status_code == 302
    assert response.url == "/courses/intro/?tab=quiz"


@pytest.mark.django_db
def test_registration_takes_next_from_the_query_string_too(client):
    response = client.post(
        reverse("accounts:register") + "?next=/courses/intro/",
        {
            "email": "asa@example.org",
            "full_name": NAME,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.url == "/courses/intro/"


@pytest.mark.django_db
def test_registration_ignores_an_external_next(client):
    response = register(client, next_url="https://evil.example/")

    assert response.status_code == 302
    assert response.url == reverse("lms:my_learning")


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
