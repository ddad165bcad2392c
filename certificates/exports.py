"""Bulk downloads: every stored PDF that matches an admin's filter, in one ZIP with a manifest.

Small sets are built in the request; larger ones (more than CERTIFICATES_EXPORT_INLINE_LIMIT)
by a task, and the admin fetches the finished ZIP from the download's page.
"""

import io
import logging
import tempfile
import zipfile

from django.conf import settings
from django.core.files import File
from django.http import QueryDict
from django.utils import timezone
from wagtail.log_actions import log

from certificates import services, tasks
from certificates.filters import CertificateFilterSet
from certificates.models import CertificateExport, CertificateStatus, ExportStatus
from certificates.permissions import manageable_certificates
from lms.spreadsheets import csv_writer, neutralised

logger = logging.getLogger(__name__)
MANIFEST_HEADINGS = [
    "serial",
    "file",
    "kind",
    "title",
    "learner_name",
    "issued_at",
    "expires_at",
    "status",
    "sha256",
]


def inline_limit():
    return getattr(settings, "CERTIFICATES_EXPORT_INLINE_LIMIT", 200)


def filtered_certificates(user, query_string):
    """Return (the certificates with a PDF that match and that the user may export, within
    their HR scope, filterset). A task building the ZIP later asks again for the requester."""
    filterset = CertificateFilterSet(
        data=QueryDict(query_string), queryset=manageable_certificates(user, "export")
    )
    queryset = filterset.qs if filterset.is_valid() else filterset.queryset.none()
    return queryset.ready().order_by("serial"), filterset


def request_export(user, query_string):
    """Record a bulk download; build it now if it is small, else in a task."""
    certificates, filterset = filtered_certificates(user, query_string)
    export = CertificateExport.objects.create(
        requested_by=user,
        filters=query_string[:2000],
        filter_summary=filterset.summary()[:500],
        certificate_count=certificates.count(),
    )
    log(
        export,
        "certificates.exported",
        user=user,
        data={"count": export.certificate_count, "filters": export.filter_summary},
    )
    if export.certificate_count <= inline_limit():
        return build(export)
    tasks.enqueue_export(export.pk)
    return export


def _pdf_name(certificate):
    marker = "-REVOKED" if certificate.status == CertificateStatus.REVOKED else ""
    return f"{certificate.serial}{marker}.pdf"


def write_zip(certificates, target):
    """Write each certificate's stored PDF and a manifest.csv into a ZIP; return the count."""
    manifest = io.StringIO()
    writer = csv_writer(manifest)  # every text cell quoted; names never run as formulas
    writer.writerow(MANIFEST_HEADINGS)
    count = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates.iterator(chunk_size=200):
            name = _pdf_name(certificate)
            archive.writestr(name, services.read_pdf(certificate))
            cells = [
                certificate.serial,
                name,
                certificate.get_kind_display(),
                certificate.title,
                certificate.learner_name,
                certificate.issued_at.isoformat(),
                certificate.expires_at.isoformat() if certificate.expires_at else "",
                certificate.get_status_display(),
                certificate.sha256,
            ]
            writer.writerow([neutralised(str(cell)) for cell in cells])
            count += 1
        archive.writestr("manifest.csv", manifest.getvalue())
    return count


def build(export):
    """Build the export's ZIP (again, if asked twice) and store it through the storage API."""
    if export.status == ExportStatus.READY:
        return export
    certificates, _filterset = filtered_certificates(export.requested_by, export.filters)
    try:
        with tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024) as spool:
            count = write_zip(certificates, spool)
            spool.seek(0)
            export.file.save("certificates.zip", File(spool), save=False)
    except Exception as error:
        logger.exception("Certificate download %s failed.", export.pk)
        export.status = ExportStatus.FAILED
        export.error = f"{type(error).__name__}: {error}"[:2000]
    else:
        export.status = ExportStatus.READY
        export.certificate_count = count
    export.finished_at = timezone.now()
    export.save()
    return export
