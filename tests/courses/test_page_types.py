import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import (
    AssessmentStepPage,
    CatalogueAreaPage,
    CatalogueIndexPage,
    CoursePage,
    LessonPage,
    QuizPage,
    SessionStepPage,
)
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

TREE_RULES = {
    HomePage: {"parents": {Page}, "children": {CatalogueIndexPage, StandardPage}},
    CatalogueIndexPage: {"parents": {HomePage}, "children": {CatalogueAreaPage}},
    CatalogueAreaPage: {"parents": {CatalogueIndexPage}, "children": {CoursePage}},
    CoursePage: {
        "parents": {CatalogueAreaPage},
        "children": {LessonPage, QuizPage, SessionStepPage, AssessmentStepPage},
    },
    LessonPage: {"parents": {CoursePage}, "children": set()},
    QuizPage: {"parents": {CoursePage}, "children": set()},
    SessionStepPage: {"parents": {CoursePage}, "children": set()},
    AssessmentStepPage: {"parents": {CoursePage}, "children": set()},
    StandardPage: {"parents": {HomePage, StandardPage}, "children": {StandardPage}},
}


@pytest.mark.parametrize("model", TREE_RULES, ids=lambda m: m.__name__)
def test_page_type_declares_its_parents_and_children(model):
    rules = TREE_RULES[model]
    assert set(model.allowed_parent_page_models()) == rules["parents"]
    assert set(model.allowed_subpage_models()) == rules["children"]


def test_lessons_cannot_be_created_outside_a_course():
    case = WagtailPageTestCase()
    case.assertCanNotCreateAt(CatalogueAreaPage, LessonPage)
    case.assertCanNotCreateAt(HomePage, CoursePage)
    case.assertCanCreateAt(CoursePage, LessonPage)


def test_only_one_catalogue_may_exist(catalogue):
    assert not CatalogueIndexPage.can_create_at(catalogue.get_parent())


def test_every_page_type_renders(client, course):
    area = course.get_parent()
    catalogue = area.get_parent()
    lesson = course.get_children().first()
    for page in (catalogue.get_parent(), catalogue, area, course, lesson):
        response = client.get(page.url)
        assert response.status_code == 200, page
        assert page.title in response.content.decode()


def test_standard_page_renders(client, home):
    page = StandardPage(
        title="About ATMP Academy",
        slug="about",
        body=[
            ("rich_text", "<p>The single point of entry for ATMP training.</p>"),
        ],
    )
    home.add_child(instance=page)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "single point of entry" in response.content.decode()


def test_area_code_must_be_unique(catalogue):
    from django.core.exceptions import ValidationError

    from tests.factories.courses import CatalogueAreaPageFactory

    CatalogueAreaPageFactory(parent=catalogue, code="B")
    clash = CatalogueAreaPage(title="Another", slug="another", code="B", summary="x")
    catalogue.add_child(instance=CatalogueAreaPage(title="C", slug="c", code="C", summary="x"))
    with pytest.raises(ValidationError) as error:
        catalogue.add_child(instance=clash)
    assert "code" in error.value.message_dict


def test_course_image_needs_alternative_text(area):
    from django.core.exceptions import ValidationError
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Cleanroom", file=get_test_image_file())
    course = CoursePage(
        title="Cleanroom",
        slug="cleanroom",
        summary="s",
        learning_objectives="o",
        estimated_minutes=30,
        image=image,
    )
    with pytest.raises(ValidationError) as error:
        area.add_child(instance=course)
    assert "image_alt" in error.value.message_dict
