"""Background work: rendering certificate PDFs and building bulk ZIP downloads.

django-tasks retries nothing by itself. A failed rendering is recorded on the certificate
(services.render) and enqueued again with `run_after` where the backend can defer tasks (the
database backend); `manage.py retry_certificates`, run from cron, picks up whatever is due on
any backend. Tasks take ids only and are idempotent, so running one twice does no harm.
"""

from django_tasks import DEFAULT_TASK_QUEUE_NAME, task

from certificates import services
from certificates.models import CertificateExport

QUEUE = "certificates"


def enqueue(certificate_task, *args, run_after=None):
    """Enqueue on the certificates queue, deferred to `run_after` where the backend can.

    Backends that do not list a "certificates" queue (the immediate backend of development
    and tests, as configured today) run the task on their default queue instead.
    """
    backend = certificate_task.get_backend()
    options = {"queue_name": QUEUE if QUEUE in backend.queues else DEFAULT_TASK_QUEUE_NAME}
    if run_after is not None:
        if not backend.supports_defer:
            return None  # retry_certificates will pick it up when it is due
        options["run_after"] = run_after
    return certificate_task.using(**options).enqueue(*args)


@task()
def render_certificate(certificate_id):
    """Render and store a certificate's PDF; return its rendering status."""
    certificate = services.render(certificate_id)
    return certificate.render_status if certificate else None


@task()
def build_certificate_export(export_id):
    """Build the ZIP of a bulk download; return its status."""
    from certificates import exports

    return exports.build(CertificateExport.objects.get(pk=export_id)).status


def enqueue_rendering(certificate_id, run_after=None):
    return enqueue(render_certificate, certificate_id, run_after=run_after)


def enqueue_export(export_id):
    return enqueue(build_certificate_export, export_id)
