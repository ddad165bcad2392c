"""Bad input answers 200 with a message, 400 or 404, never a 500 (issue 17, W9).

The reproductions were SQLite-only: a double quote in a search (an FTS5 syntax error) and a
20-digit id (an OverflowError binding it); both run here on whichever database the suite uses.
"""

import pytest
from django.test import Client

from tests.factories.hr import make_hr

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("query", ['"', 'a"b', '"cleanroom', '""', "'", "*", "(", "NEAR("])
def test_a_catalogue_search_with_quotes_answers(visitor, catalogue, course, query):
    response = visitor.get("/courses/", {"q": query})
    assert response.status_code == 200


def test_a_quoted_search_still_finds_the_course(visitor, catalogue, course):
    response = visitor.get("/courses/", {"q": '"Introduction'})
    assert response.status_code == 200
    assert "Introduction to ATMP" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/documents/chooser/?q=%22",
        "/admin/images/chooser/?q=%22",
        "/admin/choose-page/search/?q=%22",
        "/admin/pages/search/?q=%22",
    ],
)
def test_admin_searches_with_a_quote_answer(superuser, home, url):
    visitor = Client(raise_request_exception=False)
    visitor.force_login(superuser)
    assert visitor.get(url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        f"/learn/courses/{HUGE}/enrol/",
        f"/learn/courses/{HUGE}/renew/",
        f"/learn/lessons/{HUGE}/complete/",
        f"/learn/quizzes/{HUGE}/start/",
        f"/learn/attempts/{HUGE}/",
    ],
)
def test_a_20_digit_id_in_a_learner_url_is_not_found(visitor, learner, path):
    visitor.force_login(learner)
    assert visitor.post(path).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        f"organisation={HUGE}",
        f"department={HUGE}",
        f"profession={HUGE}",
        f"course={HUGE}",
        f"area={HUGE}",
    ],
)
def test_a_20_digit_id_in_an_hr_filter_is_refused_politely(make_user, query):
    from lms.hr.models import Organisation

    hr = make_hr(make_user, "hr", Organisation.objects.create(name="Sahlgrenska"))
    visitor = Client(raise_request_exception=False)
    visitor.force_login(hr)
    for report in ("completions", "assignments"):
        response = visitor.get(f"/admin/reports/hr/{report}/?{query}")
        assert response.status_code == 200, report
