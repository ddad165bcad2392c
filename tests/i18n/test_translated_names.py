"""Audiences, organisations, departments and professions: names translated as Wagtail snippets.

Everything points at the default-language row; a translation only gives it a name in another
language, shown to readers of that language.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from courses.models import Audience, CoursePage
from courses.translations import ensure_translation, translate_names
from lms.accounts.forms import MembershipRequestForm, ProfileForm
from lms.accounts.models import LearnerProfile
from lms.hr.filters import PeopleFilterSet
from lms.hr.models import Department, HRResponsibility, Organisation, Profession

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish(db):
    return Locale.objects.get_or_create(language_code="sv")[0]


def organisations(count, start=0):
    made = []
    for number in range(start, start + count):
        organisation = Organisation.objects.create(name=f"Hospital {number:02}")
        ensure_translation(organisation, "sv", f"Sjukhus {number:02}")
        made.append(organisation)
    return made


def test_a_name_is_shown_in_the_readers_language_or_else_in_the_default_one():
    hospital = Organisation.objects.create(name="Sahlgrenska University Hospital")
    company = Organisation.objects.create(name="CCRM Nordic")
    ensure_translation(hospital, "sv", "Sahlgrenska Universitetssjukhuset")
    with translation.override("sv"):
        assert hospital.display_name == "Sahlgrenska Universitetssjukhuset"
        assert company.display_name == "CCRM Nordic"  # not translated: its own name
    with translation.override("en-gb"):
        assert Organisation.objects.get(pk=hospital.pk).display_name == hospital.name
    assert list(Organisation.objects.canonical()) == [company, hospital]


def test_adding_a_translation_twice_renames_it_rather_than_adding_another():
    nurse = Profession.objects.canonical().get(slug="nurse")
    ensure_translation(nurse, "sv", "Sjuksköterska")
    ensure_translation(nurse, "sv", "Legitimerad sjuksköterska")
    assert [p.name for p in nurse.get_translations()] == ["Legitimerad sjuksköterska"]


def test_a_list_reads_its_names_in_one_query_whatever_its_length():
    made = organisations(12)
    with translation.override("sv"), CaptureQueriesContext(connection) as queries:
        translate_names(Organisation.objects.canonical())
    assert len(queries) <= 3  # the rows, the locale, the names
    with translation.override("sv"), CaptureQueriesContext(connection) as queries:
        names = [
            o.display_name
            for o in translate_names(Organisation.objects.filter(pk__in=[m.pk for m in made]))
        ]
    assert names[0] == "Sjukhus 00" and len(queries) <= 3


def test_the_membership_request_form_offers_each_organisation_once_in_swedish_in_flat_queries():
    organisations(3)
    with translation.override("sv"), CaptureQueriesContext(connection) as few:
        small = [label for _value, label in MembershipRequestForm().fields["organisation"].choices][
            1:
        ]
    organisations(9, start=3)
    with translation.override("sv"), CaptureQueriesContext(connection) as many:
        large = [label for _value, label in MembershipRequestForm().fields["organisation"].choices][
            1:
        ]
    assert small == ["Sjukhus 00", "Sjukhus 01", "Sjukhus 02"]
    assert len(large) == 12 and len(many) == len(few)


def test_professions_are_offered_once_each_by_their_order_with_swedish_names():
    with translation.override("sv"):
        choices = list(ProfileForm().fields["profession"].choices)[1:]
    canonical = list(Profession.objects.canonical())
    assert [value.value for value, _label in choices] == [p.pk for p in canonical]
    assert choices[0][1] == "Sjuksköterska"  # nurse comes first, by its sort order


def test_hr_filters_group_departments_by_organisation_in_the_readers_language(rf, superuser):
    hospital = Organisation.objects.create(name="Sahlgrenska University Hospital")
    ensure_translation(hospital, "sv", "Sahlgrenska Universitetssjukhuset")
    for name, swedish_name in [("Oncology", "Onkologen"), ("Hematology", "Hematologen")]:
        department = Department.objects.create(organisation=hospital, name=name)
        ensure_translation(department, "sv", swedish_name)
    request = rf.get("/")
    request.user = superuser
    filters = PeopleFilterSet(data={}, queryset=LearnerProfile.objects.all(), request=request)
    with translation.override("sv"):
        departments = list(filters.form.fields["department"].choices)
        organisations = list(filters.form.fields["organisation"].choices)
    group, options = departments[1]
    assert group == "Sahlgrenska Universitetssjukhuset"
    assert [label for _value, label in options] == ["Hematologen", "Onkologen"]
    assert len(departments) == 2  # the empty choice and one organisation: no translations
    assert [label for _value, label in organisations[1:]] == ["Sahlgrenska Universitetssjukhuset"]


def test_course_editors_choose_among_default_language_audiences_only(course):
    form_class = CoursePage.get_edit_handler().get_form_class()
    field = form_class(instance=course, for_user=None).fields["audiences"]
    assert Audience.objects.filter(locale__language_code="sv").exists()
    assert set(field.queryset) == set(Audience.objects.canonical())


def test_editors_translate_a_department_with_wagtail_localize(admin_client, swedish):
    hospital = Organisation.objects.create(name="Sahlgrenska University Hospital")
    hematology = Department.objects.create(
        organisation=hospital, name="Hematology", local_name="Hematologen"
    )
    url = f"/admin/localize/submit/snippet/hr/department/{hematology.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"locales": [swedish.pk]})
    assert response.status_code == 302
    translated = hematology.get_translation(swedish)
    # The organisation and the local name are the same in every language.
    assert translated.organisation == hospital and translated.local_name == "Hematologen"
    assert list(Department.objects.canonical()) == [hematology]


def test_hr_responsibility_is_for_an_organisation_not_one_of_its_translations(
    admin_client, make_user
):
    hospital = Organisation.objects.create(name="Sahlgrenska University Hospital")
    swedish_name = ensure_translation(hospital, "sv", "Sahlgrenska Universitetssjukhuset")
    hr_user = make_user("hr", is_staff=True)
    url = "/admin/hr/responsibilities/new/"
    assert admin_client.get(url).status_code == 200
    refused = admin_client.post(url, {"user": hr_user.pk, "organisation": swedish_name.pk})
    assert refused.status_code == 200 and not HRResponsibility.objects.exists()
    assert (
        admin_client.post(url, {"user": hr_user.pk, "organisation": hospital.pk}).status_code == 302
    )
    assert HRResponsibility.objects.get().organisation == hospital
