"""Certificates react to lms's signals; lms never imports this app."""

from django.dispatch import receiver

from certificates import services
from lms.models import CourseCompletion
from lms.signals import course_completed


@receiver(course_completed, sender=CourseCompletion, dispatch_uid="certificates_on_completion")
def issue_certificates(sender, completion, **kwargs):
    """Issue the certificates a completion earns, in its transaction; render after commit."""
    services.issue_for_completion(completion)
