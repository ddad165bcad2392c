"""Issuing, rendering, revoking and re-issuing certificates. Each service is atomic.

A certificate row is written in the transaction that writes the course completion (the
`course_completed` signal), so a completion never commits without its certificates and a
rolled-back completion leaves no serial number used. Rendering the PDF happens after the
commit, in a task; a failed rendering is recorded on the certificate and tried again later.
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from certificates import tasks
from certificates.models import (
    Certificate,
    CertificateKind,
    CertificateTemplate,
    RenderStatus,
    SerialCounter,
)
from courses.i18n import page_in
from courses.models import CatalogueAreaPage, CoursePage
from lms.accounts.models import learner_language, learner_name
from lms.models import CourseCompletion

logger = logging.getLogger(__name__)


class CertificateError(Exception):
    """A request about a certificate that cannot be carried out, with a message for staff."""


def _issuer():
    return getattr(settings, "CERTIFICATES_ISSUER", settings.WAGTAIL_SITE_NAME)


def lock_serial_counter(year):
    """Lock the year's serial counter row until the transaction ends, creating it if needed."""
    SerialCounter.objects.get_or_create(year=year)
    return SerialCounter.objects.select_for_update().get(year=year)


def next_serial(moment):
    """Take the next serial number of `moment`'s year. Call inside the issuing transaction."""
    year = timezone.localtime(moment).year
    # One query when the row exists (issuing has usually locked it already).
    counter = SerialCounter.objects.select_for_update().filter(year=year).first()
    counter = counter or lock_serial_counter(year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    prefix = getattr(settings, "CERTIFICATES_SERIAL_PREFIX", "ATMP")
    return year, counter.last_number, f"{prefix}-{year}-{counter.last_number:06d}"


def _in_default_language(language):
    # Records point at default-language pages, so a certificate in that language needs no lookup.
    return not language or language == settings.LANGUAGE_CODE


def _covered(completion, language=None):
    """What a certificate says about one completion; the title in the certificate's language."""
    title = completion.course_title
    if not _in_default_language(language):
        translated = page_in(completion.course, language)
        title = translated.title if translated is not None else title
    return {
        "course_id": completion.course_id,
        "title": title,
        "course_revision_id": completion.course_revision_id,
        "completion_id": completion.pk,
        "completed_at": completion.completed_at.isoformat(),
        "expires_at": completion.effective_expires_at.isoformat()
        if completion.effective_expires_at
        else None,
    }


def title_in(page, language_code):
    """Return a course's or area's title in a language, when it has a live translation."""
    if _in_default_language(language_code):
        return page.title
    translated = page_in(page, language_code)
    return (translated or page).title


def _create(language=None, template=None, learner=None, **fields):
    """Write a certificate with the next serial number; None if its constraint says it exists.

    The template is the learner's language's (the default template if none is in it).
    """
    now = timezone.now()
    template = template or CertificateTemplate.for_language(language or settings.LANGUAGE_CODE)
    try:
        with transaction.atomic():
            year, number, serial = next_serial(now)
            certificate = Certificate.objects.create(
                serial=serial,
                serial_year=year,
                serial_number=number,
                issued_at=now,
                issuer=_issuer(),
                template=template,
                **fields,
            )
    except IntegrityError:
        # Another transaction issued it first; the savepoint also gave the number back.
        return None
    log(
        certificate,
        "certificates.issued",
        user=learner or certificate.learner,
        title=certificate.serial,
        data={"serial": certificate.serial, "kind": certificate.kind, "title": certificate.title},
    )
    transaction.on_commit(lambda: tasks.enqueue_rendering(certificate.pk))
    return certificate


def _issuing_context(completion):
    """What both certificates of a completion need: course, area, language and template."""
    course = CoursePage.objects.get(pk=completion.course_id)
    language = learner_language(completion.learner)
    return {
        "course": course,
        "area": course.get_parent().specific,
        "language": language,
        "template": CertificateTemplate.for_language(language),
    }


def issue_course_certificate(completion, context=None):
    """Issue the completion's course certificate once; return it (new or existing) or None."""
    context = context or _issuing_context(completion)
    course, area, language = context["course"], context["area"], context["language"]
    if not course.issues_certificate:
        return None
    existing = Certificate.objects.filter(completion=completion, generation=1).first()
    if existing:
        return existing
    return (
        _create(
            language=language,
            template=context["template"],
            learner=completion.learner,
            kind=CertificateKind.COURSE,
            learner_id=completion.learner_id,
            completion=completion,
            course=course,
            area=area if isinstance(area, CatalogueAreaPage) else None,
            learner_name=completion.learner_name,
            title=title_in(course, language),
            covers=[_covered(completion, language)],
            completed_at=completion.completed_at,
            expires_at=completion.effective_expires_at,
        )
        or Certificate.objects.filter(completion=completion, generation=1).first()
    )


def area_set_key(area, completions):
    ids = ",".join(str(pk) for pk in sorted(c.pk for c in completions))
    return hashlib.sha256(f"area:{area.pk}:completions:{ids}".encode()).hexdigest()


def valid_area_completions(learner, area, moment=None):
    """Return the learner's latest valid completion of every counting course, or None."""
    required = list(
        CoursePage.objects.live()
        .child_of(area)
        .filter(counts_towards_area_certificate=True)
        .values_list("pk", flat=True)
    )
    if not required:
        return None
    moment = moment or timezone.now()
    latest = {}
    for completion in (
        CourseCompletion.objects.filter(learner=learner, course_id__in=required)
        .prefetch_related("corrections")
        .order_by("-completed_at", "-pk")
    ):
        if completion.course_id not in latest and completion.is_valid_at(moment):
            latest[completion.course_id] = completion
    if len(latest) < len(required):
        return None
    return [latest[pk] for pk in required]


def issue_area_certificate(completion, context=None):
    """Issue the area certificate if `completion` closes the area's set; return it or None."""
    context = context or _issuing_context(completion)
    area, language = context["area"], context["language"]
    if not isinstance(area, CatalogueAreaPage):
        return None
    completions = valid_area_completions(completion.learner, area)
    if not completions or completion.pk not in {c.pk for c in completions}:
        return None
    key = area_set_key(area, completions)
    existing = Certificate.objects.filter(area_set_key=key, generation=1).first()
    if existing:
        return existing
    expiries = [c.effective_expires_at for c in completions if c.effective_expires_at]
    return (
        _create(
            language=language,
            template=context["template"],
            learner=completion.learner,
            kind=CertificateKind.AREA,
            learner_id=completion.learner_id,
            area=area,
            area_set_key=key,
            learner_name=learner_name(completion.learner),
            title=title_in(area, language),
            covers=[_covered(c, language) for c in completions],
            completed_at=max(c.completed_at for c in completions),
            expires_at=min(expiries) if expiries else None,
        )
        or Certificate.objects.filter(area_set_key=key, generation=1).first()
    )


def issue_for_completion(completion):
    """Issue the course and area certificates a new completion earns; never twice.

    Runs inside the completion's transaction, in a savepoint: whatever fails here, the
    completion stands (and `retry_certificates` issues what is missing later).
    """
    try:
        with transaction.atomic():
            # Completions that could close the same area set wait here for each other, so
            # the later one sees the earlier one's completion.
            lock_serial_counter(timezone.localtime().year)
            context = _issuing_context(completion)
            issued = [
                issue_course_certificate(completion, context),
                issue_area_certificate(completion, context),
            ]
    except Exception:
        logger.exception("Certificates for completion %s were not issued.", completion.pk)
        return []
    return [certificate for certificate in issued if certificate is not None]


def reissue(certificate, user, reason, keep_name=False, expires_at=None, covers=None):
    """Issue a new certificate that replaces this one; the old one is kept, superseded.

    By default the new one carries the learner's current name (a name correction); a
    corrected expiry passes `keep_name`, the new `expires_at` and the `covers` that say it.
    """
    if not reason.strip():
        raise CertificateError(_("Give a reason."))
    with transaction.atomic():
        original = Certificate.objects.select_for_update().get(pk=certificate.pk)
        siblings = Certificate.objects.filter(
            completion=original.completion, area_set_key=original.area_set_key
        )
        generation = (siblings.aggregate(Max("generation"))["generation__max"] or 0) + 1
        fields = {
            name: getattr(original, name)
            for name in ("kind", "learner_id", "completion", "course", "area", "area_set_key")
        }
        fields.update(
            title=original.title,
            covers=original.covers if covers is None else covers,
            completed_at=original.completed_at,
            expires_at=original.expires_at if covers is None else expires_at,
        )
        new = _create(
            generation=generation,
            replaces=original,
            learner_name=original.learner_name if keep_name else learner_name(original.learner),
            template=original.template,
            **fields,
        )
        if new is None:
            raise CertificateError(
                _("Someone re-issued this certificate at the same moment. Reload the page.")
            )
        log(
            new,
            "certificates.reissued",
            user=user,
            data={"replaces": original.serial, "reason": reason},
        )
    return new


def _resting_on(completion):
    """Return the current certificates (not revoked, not replaced) that cover the completion."""
    candidates = Certificate.objects.filter(learner_id=completion.learner_id).current()
    return [
        certificate
        for certificate in candidates
        if certificate.completion_id == completion.pk
        or completion.pk in {entry.get("completion_id") for entry in certificate.covers}
    ]


def reissue_for_corrected_expiry(completion, user, reason):
    """Replace every current certificate resting on the completion with one of the new expiry.

    A certificate never changes; when a completion's expiry is corrected, what rests on it is
    re-issued with the corrected dates (the name it was issued with is kept), and the verify
    page of the old one says it is superseded.
    """
    replaced = []
    for certificate in _resting_on(completion):
        ids = [entry.get("completion_id") for entry in certificate.covers]
        completions = {
            c.pk: c
            for c in CourseCompletion.objects.filter(pk__in=ids).prefetch_related("corrections")
        }
        covers = []
        for entry in certificate.covers:
            covered = completions.get(entry.get("completion_id"))
            expiry = covered.effective_expires_at if covered else None
            covers.append({**entry, "expires_at": expiry.isoformat() if expiry else None})
        expiries = [c.effective_expires_at for c in completions.values() if c.effective_expires_at]
        replaced.append(
            reissue(
                certificate,
                user,
                _("The completion's expiry was corrected: %(reason)s") % {"reason": reason},
                keep_name=True,
                expires_at=min(expiries) if expiries else None,
                covers=covers,
            )
        )
    return replaced


def revoke(certificate, user, reason):
    """Revoke a certificate with a reason; its verify page says so at once."""
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Give a reason."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.is_revoked:
            raise CertificateError(_("This certificate is already revoked."))
        certificate.revoked_at = timezone.now()
        certificate.revoked_by = user
        certificate.revocation_reason = reason
        certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
        log(
            certificate,
            "certificates.revoked",
            user=user,
            title=certificate.serial,
            data={"serial": certificate.serial, "reason": reason},
        )
    return certificate


def revoke_for_completion(completion, user, reason):
    """Revoke every current certificate that rests on this completion; return them."""
    return [
        revoke(certificate, user, _("The completion was annulled: %(reason)s") % {"reason": reason})
        for certificate in _resting_on(completion)
    ]


def retry_delays():
    """Return the waits, in seconds, after each failed rendering before the next attempt."""
    return list(getattr(settings, "CERTIFICATES_RETRY_DELAYS", (60, 300, 1800, 7200)))


def render(certificate_id, skip_locked=False):
    """Render and store a pending certificate's PDF once; record a failure for a retry.

    Returns the certificate (or None if it is missing or another process holds it). The row
    stays locked while rendering, so two workers never store two PDFs for one certificate.
    """
    from certificates import rendering  # WeasyPrint loads only where PDFs are made.

    retry_at = None
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(skip_locked=skip_locked)
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.render_status != RenderStatus.PENDING:
            return certificate
        try:
            pdf = rendering.render_pdf(certificate)
        except Exception as error:
            retry_at = _record_failure(certificate, error)
        else:
            _store_pdf(certificate, pdf)
    if retry_at:
        tasks.enqueue_rendering(certificate.pk, run_after=retry_at)
    return certificate


def _store_pdf(certificate, pdf):
    certificate.pdf.save("certificate.pdf", ContentFile(pdf), save=False)
    certificate.sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.render_status = RenderStatus.READY
    certificate.render_attempts += 1
    certificate.rendered_at = timezone.now()
    certificate.next_render_at = None
    certificate.render_error = ""
    certificate.save(
        update_fields=[
            "pdf",
            "sha256",
            "render_status",
            "render_attempts",
            "rendered_at",
            "next_render_at",
            "render_error",
        ]
    )


def _record_failure(certificate, error):
    """Note a failed rendering; return when to try again, or None after the last attempt."""
    delays = retry_delays()
    certificate.render_attempts += 1
    certificate.render_error = f"{type(error).__name__}: {error}"[:2000]
    retry_at = None
    if certificate.render_attempts <= len(delays):
        delay = delays[certificate.render_attempts - 1]
        retry_at = timezone.now() + timedelta(seconds=delay)
        certificate.next_render_at = retry_at
    else:
        certificate.render_status = RenderStatus.FAILED
        certificate.next_render_at = None
    certificate.save(
        update_fields=["render_attempts", "render_error", "render_status", "next_render_at"]
    )
    logger.warning("Certificate %s failed to render: %s", certificate.serial, error)
    log(
        certificate,
        "certificates.render_failed",
        title=certificate.serial,
        data={
            "attempt": certificate.render_attempts,
            "error": certificate.render_error,
            "final": retry_at is None,
        },
    )
    return retry_at


def retry_rendering(certificate, user=None):
    """Put a certificate whose rendering failed back in the queue, with a fresh count."""
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.render_status == RenderStatus.READY:
            return certificate
        certificate.render_status = RenderStatus.PENDING
        certificate.render_attempts = 0
        certificate.next_render_at = None
        certificate.save(update_fields=["render_status", "render_attempts", "next_render_at"])
        log(certificate, "certificates.render_retried", user=user, title=certificate.serial)
        transaction.on_commit(lambda: tasks.enqueue_rendering(certificate.pk))
    return certificate


def read_pdf(certificate):
    """Return the stored PDF bytes, refusing them if they no longer match their SHA-256."""
    with certificate.pdf.open("rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != certificate.sha256:
        raise CertificateError(
            _("The stored PDF of %(serial)s does not match its SHA-256.")
            % {"serial": certificate.serial}
        )
    return data
