"""Signing a practical assessment: the assessor's electronic signature (21 CFR 11.200 /
EU GMP Annex 11 §14 in spirit): who signed, when, what the signature means, bound to the
record, with the assessor's password entered again at the moment of signing."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.log_actions import log

from courses.i18n import canonical
from lms import services as learning
from lms.accounts.models import learner_name
from lms.models import Enrolment
from lms.services import LearningError
from lms.training.models import Assessment

MEANING_COMPETENT = gettext_noop("Assessed as competent")
MEANING_NOT_YET = gettext_noop("Assessed as not yet competent")


def can_assess(user):
    """Return True for assessors (the Training assessors group) and superusers."""
    return user.is_active and (user.is_superuser or user.has_perm("training.add_assessment"))


def assessable_learners(step):
    """Return the learners enrolled on the step's course, whom an assessor may sign off."""
    course = canonical(step.get_parent())
    ids = Enrolment.objects.filter(course=course).values("learner_id")
    return (
        get_user_model()
        .objects.filter(pk__in=ids, is_active=True)
        .order_by("last_name", "first_name", "username")
    )


def read_results(step, data):
    """Return ([{id, text, passed, comment}], errors) from the form's per-item answers."""
    results, errors = [], []
    for block_id, text, _guidance in step.items():
        answer = data.get(f"item-{block_id}", "")
        if answer not in ("pass", "fail"):
            errors.append(text)
            continue
        comment = data.get(f"comment-{block_id}", "").strip()[:1000]
        results.append(
            {"id": block_id, "text": text, "passed": answer == "pass", "comment": comment}
        )
    return results, errors


def sign_assessment(assessor, learner, step, results, password):
    """Write the signed assessment, or refuse and write nothing.

    Refused: an assessor without the right, the learner signing their own, a wrong password,
    an incomplete checklist, and a learner already signed off as competent on this step. A
    pass completes the step (lms.services), which may complete the course.
    """
    if not can_assess(assessor):
        raise LearningError(_("You may not sign practical assessments."), status=403)
    if assessor.pk == learner.pk:
        raise LearningError(_("Nobody may sign off their own assessment."), status=403)
    if not assessor.check_password(password or ""):
        raise LearningError(_("The password is not right. Nothing was signed."))
    if len(results) != len(step.items()):
        raise LearningError(_("Mark every item passed or failed before signing."))
    if not assessable_learners(step).filter(pk=learner.pk).exists():
        raise LearningError(_("This learner is not enrolled on the course."), status=404)
    passed = all(result["passed"] for result in results)
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                learner=learner,
                step=step,
                step_revision_id=step.live_revision_id,
                assessor=assessor,
                results=results,
                passed=passed,
                # The meaning is stored in the source language, as signed records are.
                meaning=MEANING_COMPETENT if passed else MEANING_NOT_YET,
                learner_name=learner_name(learner),
                assessor_name=learner_name(assessor),
                signed_at=timezone.now(),
            )
            log(
                assessment,
                "training.assessment_signed",
                user=assessor,
                title=str(assessment),
                data={"passed": passed, "learner": learner.pk},
            )
            if passed:
                learning.complete_session_step(learner, step)
    except IntegrityError:
        raise LearningError(
            _("This learner has already been signed off as competent on this step.")
        ) from None
    return assessment


def meaning_display(assessment):
    """Return the signature's meaning in the active language."""
    return _(MEANING_COMPETENT) if assessment.passed else _(MEANING_NOT_YET)
