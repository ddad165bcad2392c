"""Certificates react to lms's signals; lms never imports this app."""

from django.dispatch import receiver

from certificates import services
from lms.models import CompletionCorrection, CorrectionAction, CourseCompletion
from lms.signals import completion_corrected, course_completed


@receiver(course_completed, sender=CourseCompletion, dispatch_uid="certificates_on_completion")
def issue_certificates(sender, completion, **kwargs):
    """Issue the certificates a completion earns, in its transaction; render after commit."""
    services.issue_for_completion(completion)


@receiver(
    completion_corrected, sender=CompletionCorrection, dispatch_uid="certificates_on_correction"
)
def follow_the_correction(sender, correction, **kwargs):
    """Every correction reaches the certificates resting on the completion.

    Annulled: they are revoked. A new expiry: they are re-issued with it and the old ones are
    superseded, so the verify page never says "valid" past a corrected expiry.
    """
    completion, user = correction.completion, correction.created_by
    if correction.action == CorrectionAction.ANNUL:
        services.revoke_for_completion(completion, user, correction.reason)
    elif correction.action == CorrectionAction.SET_EXPIRY:
        services.reissue_for_corrected_expiry(completion, user, correction.reason)
