import pytest

from certificates.models import Certificate
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


def test_a_new_expiry_leaves_certificates_alone(learner_client, quiz_course, complete, superuser):
    from datetime import timedelta

    complete(learner_client, quiz_course)
    completion = CourseCompletion.objects.get()
    services.correct_completion(
        completion,
        CorrectionAction.SET_EXPIRY,
        "Validity extended by QA decision QA-2026-14.",
        superuser,
        expires_at=completion.completed_at + timedelta(days=730),
    )
    assert not Certificate.objects.filter(revoked_at__isnull=False).exists()
    assert CourseCompletion.objects.get().effective_expires_at == (
        completion.completed_at + timedelta(days=730)
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_correction_needs_a_reason(learner_client, quiz_course, complete, superuser, reason):
    complete(learner_client, quiz_course)
    with pytest.raises(services.LearningError):
        services.correct_completion(
            CourseCompletion.objects.get(), CorrectionAction.ANNUL, reason, superuser
        )
    assert not CompletionCorrection.objects.exists()
