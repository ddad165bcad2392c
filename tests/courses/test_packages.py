"""export_course and import_course: every shipped demo course round-trips through an empty site.

The module's site is built once: a home page in English and Swedish, no catalogue, every package
in courses/demo/packages imported. Each test runs in a savepoint of it and is rolled back.
"""

import shutil
import tomllib
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from courses.models import CatalogueAreaPage, CoursePage, LessonPage, QuizPage
from courses.packages.exporting import export_course, find_course
from courses.packages.importing import import_package

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[2] / "courses" / "demo"
PACKAGES = sorted(path for path in (DEMO / "packages").iterdir() if path.is_dir())
INTRO = DEMO / "packages" / "introduction-to-atmp"


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """An empty bilingual site (no catalogue) into which every shipped package was imported."""
    with django_db_blocker.unblock(), transaction.atomic():
        # The migrations made Swedish a locale already (audiences and professions are translated).
        swedish = Locale.objects.get_or_create(language_code="sv")[0]
        home = Site.objects.get(is_default_site=True).root_page.specific
        home.copy_for_translation(swedish).save_revision().publish()
        reports = {folder.name: import_package(folder) for folder in PACKAGES}
        yield reports
        transaction.set_rollback(True)


def files(folder):
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def state():
    """Return what an import may change, to show that a failed or dry one changed nothing."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Locale.objects.count(),
        get_image_model().objects.count(),
        sorted(Page.objects.values_list("pk", "latest_revision_id", "path")),
    )


def copy(tmp_path, folder=INTRO):
    target = tmp_path / folder.name
    shutil.copytree(folder, target)
    return target


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def english(model, slug):
    return model.objects.get(slug=slug, locale__language_code="en-gb")


def test_the_demo_loads_exactly_the_shipped_packages():
    catalogue = tomllib.loads((DEMO / "catalogue.toml").read_text(encoding="utf-8"))
    assert sorted(catalogue["courses"]) == [folder.name for folder in PACKAGES]


def test_every_demo_course_round_trips_byte_for_byte(site, tmp_path):
    for folder in PACKAGES:
        exported = export_course(find_course(folder.name), tmp_path)
        assert files(exported) == files(folder), folder.name


def test_importing_into_an_empty_site_creates_the_catalogue_area_and_translations(site):
    changes = {
        (change.kind, change.slug, change.language): change.action
        for report in site.values()
        for change in report.changes
    }
    assert changes[("catalogue", "courses", "en-gb")] == "created"
    assert changes[("area", "general-introduction", "en-gb")] == "created"
    assert changes[("course", "introduktion-till-atmp", "sv")] == "created"
    swedish_area = CatalogueAreaPage.objects.get(code="A", locale__language_code="sv")
    assert swedish_area.title == "Allmän introduktion" and swedish_area.live


def test_a_second_import_creates_no_revisions_and_reports_unchanged(site):
    before = state()
    out = StringIO()
    call_command("import_course", str(INTRO), stdout=out)
    assert state() == before
    lines = out.getvalue().splitlines()
    pages = [line for line in lines if line.startswith(("course ", "lesson ", "quiz "))]
    assert len(pages) == 14 and all(line.endswith(": unchanged") for line in pages)
    assert lines[-1] == "Imported the package (0 created, 0 updated, 14 unchanged)."


def test_a_dry_run_lists_the_changes_and_writes_nothing(site, tmp_path):
    package = copy(tmp_path)
    edit(package / "lessons" / "what-is-an-atmp.en-gb.html", "Most medicines", "Most drugs")
    before = state()
    out = StringIO()
    call_command("import_course", str(package), "--dry-run", stdout=out)
    assert state() == before
    assert "lesson what-is-an-atmp [en-gb]: would be updated" in out.getvalue()
    assert "lesson vad-ar-ett-atmp [sv]: unchanged" in out.getvalue()
    summary = "Dry run (0 created, 1 updated, 13 unchanged): nothing was written."
    assert out.getvalue().splitlines()[-1] == summary
    assert "Most medicines" in str(english(LessonPage, "what-is-an-atmp").body)


def test_block_ids_and_translation_keys_survive_the_import(site):
    swedish = Locale.objects.get(language_code="sv")
    course = english(CoursePage, "introduction-to-atmp")
    quiz = QuizPage.objects.child_of(course).get()
    swedish_quiz = quiz.get_translation(swedish)
    assert swedish_quiz.translation_key == quiz.translation_key
    package = tomllib.loads((INTRO / "quizzes" / "quiz.en-gb.toml").read_text(encoding="utf-8"))
    ids = [(q["id"], [c["id"] for c in q["choices"]]) for q in package["questions"]]

    def keys(page):
        return [(q.id, [c.id for c in q.value["choices"].bound_blocks]) for q in page.questions]

    # Attempts record block ids, so a Swedish answer is an answer to the English question.
    assert keys(quiz) == keys(swedish_quiz) == ids
    correct = [[c["correct"] for c in q.value["choices"]] for q in quiz.questions]
    assert [[c["correct"] for c in q.value["choices"]] for q in swedish_quiz.questions] == correct
    lesson = english(LessonPage, "what-is-an-atmp")
    swedish_lesson = lesson.get_translation(swedish)
    assert [block.id for block in swedish_lesson.body] == [block.id for block in lesson.body]
    assert swedish_lesson.translation_key == lesson.translation_key


def test_a_changed_lesson_gets_a_published_revision_and_old_records_keep_theirs(
    site, tmp_path, make_user
):
    from lms.models import Enrolment, StepProgress

    lesson = english(LessonPage, "what-is-an-atmp")
    old = lesson.live_revision
    enrolment = Enrolment.objects.create(learner=make_user(), course=lesson.get_parent().specific)
    progress = StepProgress.objects.create(
        enrolment=enrolment, step=lesson, revision=old, completed_at=timezone.now()
    )
    package = copy(tmp_path)
    edit(package / "lessons" / "what-is-an-atmp.en-gb.html", "Most medicines", "Most drugs")
    report = import_package(package)
    assert [(c.slug, c.action) for c in report.changes if c.action != "unchanged"] == [
        ("A", "kept"),
        ("what-is-an-atmp", "updated"),
    ]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live_revision_id == lesson.latest_revision_id != old.pk
    assert "Most drugs" in str(lesson.body) and not lesson.has_unpublished_changes
    progress.refresh_from_db()
    assert progress.revision_id == old.pk and Revision.objects.filter(pk=old.pk).exists()


def test_correctness_comes_from_the_source_language_in_every_language(site, tmp_path):
    package = copy(tmp_path)
    quiz_file = package / "quizzes" / "quiz.en-gb.toml"
    # Question one: its second choice becomes the correct one instead of its first.
    head, tail = quiz_file.read_text(encoding="utf-8").split('id = "ed05a957', 1)
    head = head.replace("correct = true", "correct = false", 1)
    tail = tail.replace("correct = false", "correct = true", 1)
    quiz_file.write_text(f'{head}id = "ed05a957{tail}', encoding="utf-8")
    report = import_package(package)
    assert {(c.slug, c.action) for c in report.changes if c.kind == "quiz"} == {
        ("quiz", "updated"),
        ("kunskapstest", "updated"),
    }
    quiz = QuizPage.objects.child_of(english(CoursePage, "introduction-to-atmp")).get()
    swedish = quiz.get_translation(Locale.objects.get(language_code="sv"))
    for page in (quiz, swedish):
        choices = page.questions[0].value["choices"]
        assert [choice["correct"] for choice in choices] == [False, True, False, False]


def test_steps_not_in_the_package_are_kept_and_steps_follow_its_order(site, tmp_path):
    course = english(CoursePage, "introduction-to-atmp")
    extra = LessonPage(title="Local notes", slug="local-notes", estimated_minutes=2, body=[])
    course.add_child(instance=extra)
    package = copy(tmp_path)
    steps = package / "course.toml"
    edit(steps, 'slug = "what-is-an-atmp"', 'slug = "swap"')
    edit(steps, 'slug = "the-patients-journey"', 'slug = "what-is-an-atmp"')
    edit(steps, 'slug = "swap"', 'slug = "the-patients-journey"')
    report = import_package(package)
    described = [change.describe() for change in report.changes]
    assert "step local-notes [en-gb]: kept (on the site, not in the package)" in described
    assert "course introduction-to-atmp [en-gb]: updated (steps reordered)" in described
    assert LessonPage.objects.filter(pk=extra.pk).exists()
    slugs = [page.slug for page in Page.objects.child_of(course).order_by("path")]
    assert slugs[:3] == ["local-notes", "the-patients-journey", "what-is-an-atmp"]


MALFORMED = [
    # (file, text to replace, replacement, line, what the message says)
    ("lessons/what-is-an-atmp.en-gb.html", "block heading", "block headline", 6, "headline"),
    (
        "lessons/what-is-an-atmp.sv.html",
        'id="a20d71cd-1882-40dd-aa37-0cdc1087e2e8"',
        'id="00000000-0000-0000-0000-000000000000"',
        6,
        "not the id of the same block",
    ),
    ("lessons/what-is-an-atmp.en-gb.html", 'level="h2"', 'level="h7"', 6, "level"),
    ("course.toml", '    "nurse",', '    "nurses",', 22, "no audience has the slug 'nurses'"),
    ("course.toml", 'language = "en-gb"', 'language = "xx"', 2, "unknown language 'xx'"),
    ("quizzes/quiz.en-gb.toml", "pass_mark = 70", "pass_mark = 70%", 4, "not valid TOML"),
    ("quizzes/quiz.en-gb.toml", "pass_mark = 70", 'pass_mark = "70"', 4, "a whole number"),
    ("quizzes/quiz.sv.toml", 'id = "8794b8a1', 'id = "0000b8a1', 11, "not in the source"),
    ("course.toml", 'slug = "who-does-what"', 'slug = "who-does-that"', 55, "missing file"),
]


@pytest.mark.parametrize(("file", "old", "new", "line", "message"), MALFORMED)
def test_a_malformed_package_names_file_and_line_and_changes_nothing(
    site, tmp_path, file, old, new, line, message
):
    package = copy(tmp_path)
    edit(package / "lessons" / "what-is-an-atmp.en-gb.html", "Most medicines", "Most drugs")
    edit(package / file, old, new)
    before = state()
    with pytest.raises(CommandError) as raised:
        call_command("import_course", str(package), stdout=StringIO())
    assert str(raised.value).startswith(f"introduction-to-atmp/{file}, line {line}: ")
    assert message in str(raised.value)
    assert state() == before


def test_a_failure_late_in_the_import_leaves_nothing_half_imported(site, tmp_path):
    package = copy(tmp_path)
    edit(package / "lessons" / "what-is-an-atmp.en-gb.html", "Most medicines", "Most drugs")
    edit(package / "quizzes" / "quiz.en-gb.toml", "wait_minutes = 0", "draw_count = 99")
    before = state()
    with pytest.raises(CommandError, match=r"quiz.en-gb.toml, line 5: draw_count: You cannot"):
        call_command("import_course", str(package), stdout=StringIO())
    assert state() == before


def test_a_language_the_site_does_not_offer_is_skipped_with_a_warning(site, tmp_path):
    package = copy(tmp_path)
    for path in list(package.rglob("*.sv.*")):
        path.rename(path.with_name(path.name.replace(".sv.", ".de.")))
    before = state()
    report = import_package(package)
    assert report.warnings == ["This site does not offer de: the de texts were skipped."]
    assert state() == before


def test_a_source_language_the_site_does_not_offer_is_refused(site, tmp_path):
    package = copy(tmp_path)
    for path in list(package.rglob("*.en-gb.*")):
        path.rename(path.with_name(path.name.replace(".en-gb.", ".de.")))
    edit(package / "course.toml", 'language = "en-gb"', 'language = "de"')
    with pytest.raises(CommandError, match=r"course.toml, line 2: .* does not offer .* de"):
        call_command("import_course", str(package), stdout=StringIO())


def test_a_configured_language_gets_its_locale_but_needs_a_home_page(site, tmp_path, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]  # Wagtail needs it in both
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    package = copy(tmp_path)
    for path in list(package.rglob("*.sv.*")):
        path.rename(path.with_name(path.name.replace(".sv.", ".de.")))
    report = import_package(package)
    assert Locale.objects.filter(language_code="de").exists()
    assert report.changes[0].describe() == "locale de: created"
    assert "no home page in de" in report.warnings[0]
    assert not CoursePage.objects.filter(locale__language_code="de").exists()


def test_export_refuses_a_lesson_translation_with_blocks_of_its_own(site, tmp_path):
    swedish = english(LessonPage, "what-is-an-atmp").get_translation(
        Locale.objects.get(language_code="sv")
    )
    swedish.body = [*swedish.body.raw_data, {"type": "rich_text", "value": "<p>Extra</p>"}]
    swedish.save_revision().publish()
    with pytest.raises(CommandError, match="vad-ar-ett-atmp has blocks that are not in its source"):
        call_command("export_course", "introduction-to-atmp", str(tmp_path))
    assert not (tmp_path / "introduction-to-atmp").exists()


def test_export_replaces_its_own_folder_but_no_other(site, tmp_path):
    out = StringIO()
    call_command("export_course", "introduktion-till-atmp", str(tmp_path), stdout=out)
    assert "Exported Introduction to ATMP" in out.getvalue()
    (tmp_path / "introduction-to-atmp" / "lessons" / "stale.en-gb.html").write_text("old")
    call_command("export_course", "introduction-to-atmp", str(tmp_path), stdout=out)
    assert files(tmp_path / "introduction-to-atmp") == files(INTRO)
    other = tmp_path / "other" / "introduction-to-atmp"
    other.mkdir(parents=True)
    with pytest.raises(CommandError, match="is not a course package"):
        call_command("export_course", "introduction-to-atmp", str(other.parent))


def test_export_refuses_a_course_that_is_not_live(site, tmp_path):
    english(CoursePage, "introduction-to-atmp").unpublish()
    with pytest.raises(CommandError, match="is not live; publish it first"):
        call_command("export_course", "introduction-to-atmp", str(tmp_path))


def test_export_refuses_a_course_with_a_session_step_saying_why(site, tmp_path):
    from tests.factories.courses import SessionStepPageFactory

    course = english(CoursePage, "introduction-to-atmp")
    SessionStepPageFactory(parent=course, slug="gowning", published=True)
    with pytest.raises(CommandError, match="packages hold only lessons and quizzes"):
        call_command("export_course", "introduction-to-atmp", str(tmp_path))
    assert not (tmp_path / "introduction-to-atmp").exists()
