import pytest
from wagtail.models import PageViewRestriction

from courses.models import Audience, CourseFormat
from tests.factories.courses import (
    CatalogueAreaPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    lesson_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(catalogue):
    """Two areas with four courses of different audiences, formats and lengths."""
    nurse = Audience.objects.canonical().get(slug="nurse")
    public = Audience.objects.canonical().get(slug="public")
    pharmacist = Audience.objects.canonical().get(slug="pharmacist")
    area_b = CatalogueAreaPageFactory(parent=catalogue, code="B", title="Research & Development")
    area_a = CatalogueAreaPageFactory(parent=catalogue, code="A", title="General introduction")
    courses = {
        "intro": CoursePageFactory(
            parent=area_a,
            title="Introduction to ATMP",
            estimated_minutes=25,
            audiences=[nurse, public],
        ),
        "series": CoursePageFactory(
            parent=area_a,
            title="ATMP news series",
            estimated_minutes=120,
            format=CourseFormat.SERIES,
            audiences=[public],
        ),
        "cmc": CoursePageFactory(
            parent=area_b,
            title="Starting materials and CMC",
            estimated_minutes=45,
            audiences=[pharmacist],
        ),
        "lecture": CoursePageFactory(
            parent=area_b,
            title="Scientific advice",
            estimated_minutes=60,
            format=CourseFormat.LECTURE,
            audiences=[pharmacist, nurse],
        ),
    }
    LessonPageFactory(
        parent=courses["cmc"], body=lesson_body("Viral vectors need a zymogram of xylophony.")
    )
    return courses


def titles(response):
    return [c.title for _, courses in response.context["groups"] for c in courses]


def test_catalogue_lists_areas_in_code_order_with_their_courses(client, catalogue, shelf):
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert [area.code for area, _ in response.context["groups"]] == ["A", "B"]
    assert titles(response) == [
        "Introduction to ATMP",
        "ATMP news series",
        "Starting materials and CMC",
        "Scientific advice",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"area": "B"}, {"Starting materials and CMC", "Scientific advice"}),
        ({"audience": "nurse"}, {"Introduction to ATMP", "Scientific advice"}),
        ({"format": "series"}, {"ATMP news series"}),
        ({"max_minutes": "30"}, {"Introduction to ATMP"}),
        (
            {"max_minutes": "60", "audience": "pharmacist"},
            {"Starting materials and CMC", "Scientific advice"},
        ),
        ({"area": "A", "format": "lecture"}, set()),
    ],
)
def test_filters_return_exactly_the_matching_courses(client, catalogue, shelf, query, expected):
    response = client.get(catalogue.url, query)
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.context["result_count"] == len(expected)


@pytest.mark.parametrize(
    "query",
    [
        {"max_minutes": "abc"},
        {"page": "999"},
        {"page": "-1"},
        {"page": "abc"},
        {"area": "Z"},
        {"audience": "astronaut"},
        {"format": "<script>"},
        {"q": "x" * 500},
    ],
)
def test_malformed_parameters_give_a_sensible_page(client, catalogue, shelf, query):
    response = client.get(catalogue.url, query)
    assert response.status_code == 200
    assert response.context["result_count"] == 4
    assert "<script>" not in response.content.decode().split("</form>")[0].split("<form")[0]


def test_unknown_value_is_reported_to_the_reader(client, catalogue, shelf):
    response = client.get(catalogue.url, {"area": "Z"})
    assert "Some filters were not understood" in response.content.decode()


def test_search_finds_a_course_by_a_word_only_in_its_lesson(client, catalogue, shelf):
    response = client.get(catalogue.url, {"q": "zymogram"})
    assert titles(response) == ["Starting materials and CMC"]


def test_search_combines_with_filters(client, catalogue, shelf):
    assert titles(client.get(catalogue.url, {"q": "zymogram", "area": "A"})) == []


def test_pagination_keeps_the_filters(client, catalogue):
    area = CatalogueAreaPageFactory(parent=catalogue, code="A")
    for number in range(30):
        CoursePageFactory(parent=area, title=f"GMP topic {number:02d}", format=CourseFormat.LECTURE)
    response = client.get(catalogue.url, {"format": "lecture", "page": "2"})
    assert len(titles(response)) == 6
    assert 'href="?format=lecture&amp;page=1"' in response.content.decode()


def test_restricted_courses_are_hidden_from_anonymous_readers(client, catalogue, shelf, learner):
    PageViewRestriction.objects.create(
        page=shelf["cmc"], restriction_type=PageViewRestriction.LOGIN
    )
    assert "Starting materials and CMC" not in titles(client.get(catalogue.url))
    response = client.get(shelf["cmc"].url)
    assert response.status_code == 302
    client.force_login(learner)
    assert "Starting materials and CMC" in titles(client.get(catalogue.url))
    assert client.get(shelf["cmc"].url).status_code == 200


def test_group_restricted_area_is_visible_only_to_its_group(client, catalogue, shelf, learner):
    from django.contrib.auth.models import Group

    staff = Group.objects.create(name="Sahlgrenska staff")
    area_b = shelf["cmc"].get_parent()
    restriction = PageViewRestriction.objects.create(
        page=area_b, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(staff)
    client.force_login(learner)
    assert set(titles(client.get(catalogue.url))) == {"Introduction to ATMP", "ATMP news series"}
    learner.groups.add(staff)
    assert len(titles(client.get(catalogue.url))) == 4


def test_catalogue_query_count_is_flat(client, catalogue, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    nurse = Audience.objects.canonical().get(slug="nurse")
    areas = [CatalogueAreaPageFactory(parent=catalogue, code=code) for code in "ABCDE"]
    counts = []
    for total in (5, 50):
        while CoursePageFactory._meta.model.objects.count() < total:
            CoursePageFactory(parent=areas[len(counts) % 5], audiences=[nurse])
        client.get(catalogue.url)  # warm the site root cache as a running server would be
        with (
            django_assert_max_num_queries(15),
            CaptureQueriesContext(connection) as queries,
        ):
            response = client.get(catalogue.url, {"audience": "nurse"})
        assert response.context["result_count"] == total
        counts.append(len(queries))
    assert counts[0] == counts[1]
