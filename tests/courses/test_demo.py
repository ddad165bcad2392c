import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from courses.models import CatalogueAreaPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db

AREAS = {
    "A": "General introduction",
    "B": "Research & Development",
    "C": "Clinical trials",
    "D": "Clinical practice",
    "E": "Preparation and production",
}


def english(queryset):
    return queryset.filter(locale__language_code="en-gb")


def test_demo_creates_the_report_areas_and_the_other_competence_areas(demo):
    areas = {a.code: a.title for a in english(CatalogueAreaPage.objects.live())}
    for code, title in AREAS.items():
        assert areas[code] == title
    assert len(areas) == 7
    assert any("QA" in title or "Quality" in title for title in areas.values())
    assert any("Commercialisation" in title for title in areas.values())


def test_demo_creates_the_named_courses_in_their_areas(demo):
    intro = CoursePage.objects.get(title="Introduction to ATMP")
    cleanroom = CoursePage.objects.get(title="GMP cleanroom basics")
    assert intro.get_parent().specific.code == "A"
    assert cleanroom.get_parent().specific.code == "E"
    for code in "BCD":
        area = english(CatalogueAreaPage.objects).get(code=code)
        assert CoursePage.objects.child_of(area).live().exists(), code


def test_introduction_takes_15_to_30_minutes(demo):
    intro = CoursePage.objects.get(title="Introduction to ATMP")
    lessons = LessonPage.objects.child_of(intro).live()
    assert 4 <= lessons.count() <= 6
    total = sum(lesson.estimated_minutes for lesson in lessons)
    assert 15 <= total <= 30
    steps = intro.steps()
    assert intro.estimated_minutes == sum(step.estimated_minutes for step in steps) <= 30


def test_introduction_is_public_and_clinical_course_is_for_hospital_members(demo):
    """Issue 17, W17: the staff-only course is restricted to members' groups, not sign-in."""
    intro = CoursePage.objects.get(title="Introduction to ATMP")
    assert not intro.get_view_restrictions().exists()
    clinical = PageViewRestriction.objects.filter(page__title__startswith="Caring for patients")
    assert clinical.exists()
    assert set(clinical.values_list("restriction_type", flat=True)) == {"groups"}
    groups = {group.name for restriction in clinical for group in restriction.groups.all()}
    assert groups == {
        "Members of Sahlgrenska University Hospital",
        "Members of Södra Älvsborg Hospital",
    }


def test_demo_has_no_placeholder_text(demo):
    for lesson in LessonPage.objects.all():
        text = str(lesson.body).lower()
        assert "lorem" not in text and "todo" not in text and "test course" not in text
        assert len(text) > 1500, lesson.title


def test_second_run_changes_nothing(demo):
    User = get_user_model()
    before = (
        Page.objects.count(),
        User.objects.count(),
        list(Page.objects.values_list("pk", "latest_revision_id")),
    )
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = (
        Page.objects.count(),
        User.objects.count(),
        list(Page.objects.values_list("pk", "latest_revision_id")),
    )
    assert before == after


def test_demo_accounts_sign_in_in_development(demo, client):
    assert client.login(username="author", password="atmp-author-demo")
    assert client.get("/admin/").status_code == 200


def test_no_demo_accounts_when_the_setting_is_off(db, settings):
    settings.ATMP_DEMO_ACCOUNTS = False
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not get_user_model().objects.exists()
    assert CoursePage.objects.filter(title="Introduction to ATMP").exists()


def test_a_newcomer_can_click_through_the_introduction(demo, client):
    home = client.get("/")
    catalogue_url = home.context["catalogue"].url
    assert client.get(catalogue_url).status_code == 200
    intro = CoursePage.objects.get(title="Introduction to ATMP")
    response = client.get(intro.url)
    step = response.context["first_step"]
    visited = 0
    while step is not None:
        page = client.get(step.url)
        assert page.status_code == 200
        visited += 1
        step = page.context["next_step"]
    assert visited == LessonPage.objects.child_of(intro).count() + 1  # the lessons, then the quiz


def test_demo_has_the_introduction_and_cleanroom_courses_in_swedish(demo, client):
    from courses.models import QuizPage

    swedish_areas = CatalogueAreaPage.objects.live().filter(locale__language_code="sv")
    assert swedish_areas.count() == 7
    assert swedish_areas.get(code="A").title == "Allmän introduktion"
    for english_title in ("Introduction to ATMP", "GMP cleanroom basics"):
        course = CoursePage.objects.get(title=english_title)
        swedish = course.get_translation(course.locale.__class__.objects.get(language_code="sv"))
        assert swedish.live and swedish.title != english_title
        assert swedish.specific.get_children().live().count() == course.get_children().count()
        english_quiz = QuizPage.objects.child_of(course).get()
        swedish_quiz = QuizPage.objects.child_of(swedish).get()
        # The same questions and choices, by block id, so answers count across languages.
        assert [q.id for q in swedish_quiz.questions] == [q.id for q in english_quiz.questions]
        assert [q.value["text"] for q in swedish_quiz.questions] != [
            q.value["text"] for q in english_quiz.questions
        ]
        with translation.override(translation.get_language()):  # the request activates sv
            response = client.get(swedish.url)
        assert response.status_code == 200
        assert response["Content-Language"] == "sv"
