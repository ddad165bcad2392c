from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate, CertificateStatus
from lms import services
from lms.models import CompletionCorrection, CorrectionAction, CourseCompletion

pytestmark = pytest.mark.django_db


def test_annulling_a_completion_revokes_the_certificates_it_earned(
    learner_client, quiz_course, complete, superuser, client
):
    complete(learner_client, quiz_course)
    completion = CourseCompletion.objects.get()
    earned = list(Certificate.objects.filter(learner=completion.learner))
    assert earned and all(not c.is_revoked for c in earned)
    services.correct_completion(
        completion, CorrectionAction.ANNUL, "Taken on a colleague's account.", superuser
    )
    for certificate in Certificate.objects.filter(pk__in=[c.pk for c in earned]):
        assert certificate.is_revoked
        assert "Taken on a colleague's account." in certificate.revocation_reason
        assert certificate.revoked_by == superuser
        assert "revoked" in client.get(certificate.verify_path()).content.decode().lower()
    assert CourseCompletion.objects.get().is_annulled


def test_a_shortened_expiry_supersedes_the_course_and_area_certificates(
    learner_client,
    quiz_course,
    lessons_course,
    complete,
    superuser,
    anonymous,
    django_capture_on_commit_callbacks,
):
    complete(learner_client, lessons_course)
    complete(learner_client, quiz_course)
    completion = CourseCompletion.objects.get(course=quiz_course)
    earned = list(
        Certificate.objects.filter(learner=completion.learner, kind__in=["course", "area"])
    )
    resting = [c for c in earned if c.completion_id == completion.pk or c.kind == "area"]
    assert {c.kind for c in resting} == {"course", "area"}
    shortened = timezone.now() - timedelta(days=1)  # found not valid since yesterday
    with django_capture_on_commit_callbacks(execute=True):
        services.correct_completion(
            completion,
            CorrectionAction.SET_EXPIRY,
            "Gowning not assessed.",
            superuser,
            expires_at=shortened,
        )
    for old in Certificate.objects.filter(pk__in=[c.pk for c in resting]):
        assert not old.is_revoked
        new = old.successor
        assert new is not None and new.generation == old.generation + 1
        assert new.expires_at == shortened  # the area certificate expires with its earliest
        assert (new.learner_name, new.title) == (old.learner_name, old.title)
        assert old.status == CertificateStatus.SUPERSEDED
        assert new.status == CertificateStatus.EXPIRED
        page = anonymous.get(old.verify_path()).content.decode()
        assert "replaced by certificate" in page and new.serial in page
        assert "genuine and valid" not in page
        assert "expired" in anonymous.get(new.verify_path()).content.decode()
    # The other course's certificate does not rest on this completion and is left alone.
    other = Certificate.objects.get(kind="course", course=lessons_course)
    assert other.successor is None and other.status == CertificateStatus.VALID


def test_an_extended_expiry_reissues_with_the_new_date(
    learner_client, quiz_course, complete, superuser, django_capture_on_commit_callbacks
):
    complete(learner_client, quiz_course)
    completion = CourseCompletion.objects.get()
    old = Certificate.objects.get(kind="course")
    later = completion.completed_at + timedelta(days=730)
    with django_capture_on_commit_callbacks(execute=True):
        services.correct_completion(
            completion,
            CorrectionAction.SET_EXPIRY,
            "QA decision QA-2026-14.",
            superuser,
            expires_at=later,
        )
    old.refresh_from_db()
    new = Certificate.objects.get(replaces=old)
    assert new.expires_at == later and new.covers[0]["expires_at"] == later.isoformat()
    assert new.status == CertificateStatus.VALID and new.is_ready
    assert Certificate.objects.current().filter(pk=old.pk).exists() is False
    assert CourseCompletion.objects.get().effective_expires_at == later


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_correction_needs_a_reason(learner_client, quiz_course, complete, superuser, reason):
    complete(learner_client, quiz_course)
    with pytest.raises(services.LearningError):
        services.correct_completion(
            CourseCompletion.objects.get(), CorrectionAction.ANNUL, reason, superuser
        )
    assert not CompletionCorrection.objects.exists()
