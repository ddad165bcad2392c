"""Issuing: one course certificate per completion, area certificates once per set, no duplicates."""

import re
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from certificates import services
from certificates.models import Certificate, RenderStatus
from courses.models import CoursePage
from lms.accounts.models import LearnerProfile
from lms.models import CourseCompletion
from tests.conftest import publish
from tests.factories.courses import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_exactly_one_course_certificate(
    learner_client, learner, quiz_course, complete
):
    with freeze_time("2026-03-14 09:30:00"):
        completion = complete(learner_client, quiz_course)
    certificates = Certificate.objects.filter(kind="course")
    assert certificates.count() == 1
    certificate = certificates.get()
    assert certificate.completion == completion and certificate.learner == learner
    assert list(completion.certificates.all()) == [certificate]
    assert certificate.learner_name == "Åsa Öberg-Ängström"
    assert certificate.title == "GMP cleanroom basics"
    assert re.fullmatch(r"ATMP-2026-\d{6}", certificate.serial)
    assert len(certificate.verification_code) >= 22
    assert certificate.issued_at == datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    assert (
        certificate.expires_at == completion.expires_at == datetime(2027, 3, 14, 9, 30, tzinfo=UTC)
    )
    assert certificate.covers[0]["course_revision_id"] == quiz_course.live_revision_id
    assert certificate.render_status == RenderStatus.READY and certificate.sha256
    issued = ModelLogEntry.objects.filter(action="certificates.issued", object_id=certificate.pk)
    assert issued.get().user == learner


def test_a_course_can_switch_its_certificate_off(learner_client, quiz_course, complete):
    CoursePage.objects.filter(pk=quiz_course.pk).update(issues_certificate=False)
    completion = complete(learner_client, quiz_course)
    assert completion is not None
    assert not Certificate.objects.filter(kind="course").exists()


def test_completing_the_last_counting_course_of_an_area_issues_the_area_certificate(
    learner_client, learner, area, quiz_course, lessons_course, complete
):
    optional = publish(
        CoursePageFactory(
            parent=area, title="Optional", slug="opt", counts_towards_area_certificate=False
        )
    )
    LessonPageFactory(parent=optional, title="Extra", slug="extra")
    with freeze_time("2026-01-10 08:00:00"):
        first = complete(learner_client, lessons_course)
    assert not Certificate.objects.filter(kind="area").exists()
    with freeze_time("2026-02-20 08:00:00"):
        last = complete(learner_client, quiz_course)
    area_certificate = Certificate.objects.get(kind="area")
    assert area_certificate.area_id == area.pk and area_certificate.title == area.title
    assert area_certificate.learner == learner
    assert {c["completion_id"] for c in area_certificate.covers} == {first.pk, last.pk}
    # It expires with the earliest completion: six months after the regulation course.
    assert area_certificate.expires_at == first.expires_at == datetime(2026, 7, 10, 8, tzinfo=UTC)
    assert area_certificate.completed_at == last.completed_at
    assert Certificate.objects.filter(kind="course").count() == 2


def test_an_expired_completion_does_not_count_towards_the_area(
    learner_client, quiz_course, lessons_course, complete
):
    with freeze_time("2026-01-10 08:00:00"):
        complete(learner_client, lessons_course)
    with freeze_time("2026-08-01 08:00:00"):  # the regulation course expired on 10 July
        complete(learner_client, quiz_course)
    assert not Certificate.objects.filter(kind="area").exists()


def test_repeating_a_completion_or_issuing_again_makes_no_duplicate(
    learner_client, quiz_course, complete, django_capture_on_commit_callbacks
):
    completion = complete(learner_client, quiz_course)
    before = sorted(Certificate.objects.values_list("serial", flat=True))
    assert len(before) == 2  # the course certificate and, as the only course, its area's
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in quiz_course.lessons:  # every lesson again: no second completion
            learner_client.post(f"/learn/lessons/{lesson.pk}/complete/")
    services.issue_for_completion(completion)
    services.issue_for_completion(CourseCompletion.objects.get(pk=completion.pk))
    call_command("retry_certificates", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert CourseCompletion.objects.count() == 1
    assert sorted(Certificate.objects.values_list("serial", flat=True)) == before


def test_retry_command_issues_a_certificate_a_completion_is_missing(
    learner_client, quiz_course, complete, monkeypatch
):
    monkeypatch.setattr(services, "issue_for_completion", lambda completion: [])
    complete(learner_client, quiz_course)
    assert not Certificate.objects.exists()
    monkeypatch.undo()
    call_command("retry_certificates", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Certificate.objects.filter(kind="course").count() == 1
    assert Certificate.objects.get(kind="course").render_status == RenderStatus.READY


def test_reissue_after_a_name_correction_makes_a_new_certificate_and_keeps_the_old(
    learner_client, learner, superuser, certificate
):
    LearnerProfile.objects.create(user=learner, full_name="Åsa Öberg")
    assert Certificate.objects.get(pk=certificate.pk).learner_name == "Åsa Öberg-Ängström"
    new = services.reissue(certificate, superuser, "Name corrected at the learner's request.")
    assert new.pk != certificate.pk and new.serial != certificate.serial
    assert new.learner_name == "Åsa Öberg" and new.replaces == certificate
    assert new.completion == certificate.completion and new.generation == 2
    old = Certificate.objects.get(pk=certificate.pk)
    assert old.learner_name == "Åsa Öberg-Ängström" and old.sha256 == certificate.sha256
    assert Certificate.objects.filter(completion=certificate.completion).count() == 2


def test_a_reissued_certificates_predecessor_verifies_as_superseded(
    learner, superuser, certificate, client
):
    """Issue 17, W16: the old QR code no longer says "valid" once a re-issue replaces it."""
    first = services.reissue(certificate, superuser, "Name corrected.")
    second = services.reissue(first, superuser, "Name corrected again.")
    for old in (certificate, first):
        old = Certificate.objects.get(pk=old.pk)
        assert old.status == "superseded"
        page = client.get(old.verify_path()).content.decode()
        assert "genuine and valid" not in page and second.serial in page
    assert second.status == "valid"
    assert "genuine and valid" in client.get(second.verify_path()).content.decode()
    assert set(Certificate.objects.superseded()) == {
        Certificate.objects.get(pk=certificate.pk),
        Certificate.objects.get(pk=first.pk),
    }
    assert list(Certificate.objects.valid().filter(kind="course")) == [second]


def test_issuing_both_certificates_of_a_completion_stays_within_its_query_budget(
    learner, course, django_assert_max_num_queries
):
    """The course and area certificates share one lookup of course, area, language, template.

    Completing the last lesson (completion, course and area certificate, their log entries)
    took 85 queries before they shared it; 69 after (bench/RESULTS.md).
    """
    from certificates.demo import load as load_templates
    from lms import services as learning

    load_templates(open("/dev/null", "w"), type("Style", (), {"SUCCESS": str})())  # noqa: SIM115
    for page in [course, *course.get_children()]:
        publish(page.specific)
    lessons = [page.specific for page in course.get_children().live().order_by("path")]
    for lesson in lessons[:-1]:
        learning.complete_lesson(learner, lesson)
    with django_assert_max_num_queries(72):
        _progress, completion = learning.complete_lesson(learner, lessons[-1])
    assert {c.kind for c in Certificate.objects.filter(learner=learner)} == {"course", "area"}
    assert completion is not None
