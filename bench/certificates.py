"""Certificates: the project's whole PDF pipeline against bare WeasyPrint on the same HTML.

Pipeline = build the context (template, logo as a data: URI through the storage API, QR code,
fonts found by the staticfiles finders), render the HTML, WeasyPrint with the restricted URL
fetcher to PDF/A-3b, SHA-256. Bare = `weasyprint.HTML(string=same_html).write_pdf(...)` with
WeasyPrint's default fetcher and the same PDF variant. Goal (issue 4): median ratio <= 1.3.

Run with the others (`python -m bench.run --only certificates`) or alone against any database:
`DJANGO_SETTINGS_MODULE=lms.settings.dev python -m bench.certificates` (rolled back afterwards).
"""

import hashlib

from bench.harness import Row, compare, verdict

RUNS = 20
GOAL = 1.3


def sample():
    from certificates import rendering
    from certificates.demo import demo_logo
    from certificates.models import CertificateTemplate

    template = CertificateTemplate.objects.create(
        name="Benchmark",
        logo=demo_logo(),
        signatory_name="Course director",
        signatory_title="ATMP Academy",
    )
    certificate = rendering.sample_certificate(template)
    certificate.serial = "ATMP-2026-000123"
    certificate.verification_code = "Xq3_kP9vL2mN8rT5wY7zAb"
    certificate.template = template
    return certificate


def measure(runs=RUNS):
    import weasyprint

    from certificates import rendering

    certificate = sample()
    html = rendering.certificate_html(certificate)
    identifier = rendering.pdf_identifier(certificate)

    def pipeline():
        hashlib.sha256(rendering.render_pdf(certificate)).hexdigest()

    def bare():
        weasyprint.HTML(string=html).write_pdf(
            pdf_variant=rendering.PDF_VARIANT, pdf_identifier=identifier
        )

    measures = compare({"pipeline": pipeline, "bare": bare}, runs=runs, warmup=3)
    return measures["pipeline"], measures["bare"]


def run():
    pipeline, bare = measure()
    ratio = pipeline.median / bare.median
    fastest = f"{min(pipeline.times_ms):.0f} / {min(bare.times_ms):.0f} ms"
    return [
        Row(
            "certificates: render one PDF (median of 20 warm)",
            f"pipeline {pipeline.median:.0f} ms vs bare WeasyPrint {bare.median:.0f} ms "
            f"(ratio {ratio:.2f}; fastest {fastest}, "
            f"p95 {pipeline.p95:.0f} / {bare.p95:.0f} ms)",
            f"ratio <= {GOAL}",
            verdict(ratio <= GOAL),
        ),
        Row(
            "certificates: one worker's rendering rate",
            f"{60_000 / pipeline.median:.0f} per minute at the pipeline's median "
            f"({60_000 / pipeline.p95:.0f} at its p95); rendering only, one process, "
            "without the task queue's polling",
        ),
    ]


if __name__ == "__main__":
    import django

    django.setup()
    from django.db import transaction

    with transaction.atomic():
        for row in run():
            print(f"{row.benchmark}: {row.figure} (goal {row.goal}: {row.verdict})")
        transaction.set_rollback(True)
