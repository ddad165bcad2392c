"""Choosing a language: the switcher, the choice remembered, missing translations, sorting."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone, translation

from courses.models import CoursePage
from courses.translations import ensure_translation
from lms.accounts.forms import MembershipRequestForm
from lms.accounts.models import LearnerProfile
from lms.collation import name_order
from lms.hr.models import Organisation
from tests.certificates.pdf_text import pdf_text
from tests.factories.hr import complete, make_hr, make_staff
from tests.i18n.language import foreign_words

pytestmark = pytest.mark.django_db


def course(slug, language="en-gb"):
    english = CoursePage.objects.get(slug=slug, locale__language_code="en-gb")
    return CoursePage.objects.get(
        translation_key=english.translation_key, locale__language_code=language
    )


def switch(client, language, return_to, page=None):
    data = {"language": language, "return_to": return_to}
    if page is not None:
        data["page"] = page.pk
    return client.post("/language/", data)


def test_the_switcher_goes_to_the_same_course_in_the_other_language_and_remembers(demo):
    client = Client()
    english, swedish = course("introduction-to-atmp"), course("introduction-to-atmp", "sv")
    html = client.get(english.url).content.decode()
    assert 'lang="sv"' in html and "Svenska" in html  # the switcher names Swedish in Swedish

    response = switch(client, "sv", english.url, english)
    assert response.status_code == 302 and response["Location"] == swedish.url
    assert client.get(english.url)["Location"] == swedish.url  # remembered by a cookie
    assert client.get("/learn/my-learning/")["Location"].startswith("/sv/")

    response = switch(client, "en-gb", swedish.url, swedish)
    assert response["Location"] == english.url
    assert client.get(english.url).status_code == 200


def test_a_signed_in_learners_choice_follows_them_to_another_device(demo, learner):
    LearnerProfile.objects.create(user=learner, full_name="Karin Lind")
    laptop = Client()
    laptop.force_login(learner)
    switch(laptop, "sv", "/learn/my-learning/")
    assert LearnerProfile.objects.get(user=learner).language == "sv"

    phone = Client()  # no cookie: the profile says Swedish
    phone.force_login(learner)
    assert phone.get("/learn/my-learning/")["Location"] == "/sv/learn/my-learning/"
    english = course("introduction-to-atmp")
    assert phone.get(english.url)["Location"] == course("introduction-to-atmp", "sv").url


def test_a_course_missing_in_swedish_says_so_and_offers_the_english_one(demo):
    client = Client()
    translated = CoursePage.objects.filter(locale__language_code="sv").values("translation_key")
    english_only = next(
        page
        for page in CoursePage.objects.live()
        .filter(locale__language_code="en-gb")
        .exclude(translation_key__in=translated)
        if not page.get_view_restrictions().exists()
    )

    response = switch(client, "sv", english_only.url, english_only)
    assert response["Location"] == f"/sv/untranslated/{english_only.pk}/"
    notice = client.get(response["Location"])
    html = notice.content.decode()
    assert notice.status_code == 404
    assert f'href="{english_only.url}"' in html
    assert foreign_words(html, "sv") == []
    # Reading it in English is then allowed: no loop back to the notice.
    assert client.get(english_only.url).status_code == 200

    catalogue = client.get("/sv/kurser/").content.decode()
    assert english_only.title in catalogue and "Inte översatt ännu" in catalogue


def test_private_pages_are_not_revealed_through_the_switcher(demo):
    restricted = next(
        page
        for page in CoursePage.objects.filter(locale__language_code="en-gb")
        if page.get_view_restrictions().exists()
    )
    response = switch(Client(), "sv", "/", restricted)
    assert response["Location"] == "/sv/"  # the path's translation, not the page's


def test_bad_language_choices_are_refused_or_ignored(db):
    client = Client()
    assert client.post("/language/", {"language": "xx", "return_to": "/"}).status_code == 400
    offsite = switch(client, "sv", "https://evil.example/phish")
    assert offsite.status_code == 302 and offsite["Location"] == "/sv/"
    assert client.get("/language/").status_code == 405


def test_names_sort_the_swedish_way_in_swedish(make_user):
    names = ["Öberg Anna", "Zetterlund Eva", "Åkesson Per", "Andersson Lisa", "Ängel Mia"]
    for number, name in enumerate(names):
        LearnerProfile.objects.create(user=make_user(f"person-{number}"), full_name=name)
    with translation.override("sv"):
        ordered = LearnerProfile.objects.order_by(name_order("full_name"))
        swedish = list(ordered.values_list("full_name", flat=True))
    assert swedish == [
        "Andersson Lisa",
        "Zetterlund Eva",
        "Åkesson Per",
        "Ängel Mia",
        "Öberg Anna",
    ]


def test_the_membership_request_form_lists_organisations_by_their_swedish_names_in_swedish(db):
    for name, swedish in [
        ("University of Gothenburg", "Göteborgs universitet"),
        ("Örebro County", "Region Örebro län"),
        ("Academic Hospital", "Akademiska sjukhuset"),
    ]:
        ensure_translation(Organisation.objects.create(name=name), "sv", swedish)
    with translation.override("sv"):
        labels = [
            label for _value, label in MembershipRequestForm().fields["organisation"].choices
        ][1:]
    assert labels == ["Akademiska sjukhuset", "Göteborgs universitet", "Region Örebro län"]
    with translation.override("en-gb"):
        labels = [
            label for _value, label in MembershipRequestForm().fields["organisation"].choices
        ][1:]
    # English sorts Ö with O.
    assert labels == ["Academic Hospital", "Örebro County", "University of Gothenburg"]


def test_hr_downloads_a_transcript_in_the_learners_language_or_another(make_user, course):
    organisation = Organisation.objects.create(name="Sahlgrenska University Hospital")
    learner = make_staff(make_user, "sara", "Sara Åberg", organisation, language="sv")
    for page in [course, *course.get_children()]:
        page.specific.save_revision().publish()
    completed = (timezone.now() - datetime.timedelta(days=30)).replace(hour=9, minute=0)
    complete(learner, course, at=completed)
    hr = Client()
    hr.force_login(make_hr(make_user, "hr", organisation))
    url = f"/admin/reports/hr/transcripts/{learner.pk}/"
    page = hr.get(url).content.decode()
    assert "language=sv" in page and "language=en-gb" in page

    swedish = pdf_text(hr.get(url + "?format=pdf").getvalue())
    assert "Utbildningsöversikt" in swedish and "Sara Åberg" in swedish
    iso_date = timezone.localtime(completed).date().isoformat()
    assert "Anställningsnummer" in swedish and iso_date in swedish  # ISO dates in records
    english = pdf_text(hr.get(url + "?format=pdf&language=en-gb").getvalue())
    assert "Training transcript" in english and "Employee number" in english
