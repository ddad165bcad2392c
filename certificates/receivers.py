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
def revoke_for_annulled_completion(sender, correction, **kwargs):
    """An annulled completion takes back the course and area certificates it earned."""
    if correction.action == CorrectionAction.ANNUL:
        services.revoke_for_completion(
            correction.completion, correction.created_by, correction.reason
        )
