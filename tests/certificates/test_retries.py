"""A failing renderer never costs a completion or a certificate, and never makes two."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from certificates import rendering
from certificates.models import Certificate, RenderStatus
from lms.models import CourseCompletion

pytestmark = pytest.mark.django_db


@pytest.fixture
def flaky_renderer(monkeypatch):
    """Make the renderer raise `failures` times, then render for real."""
    real_render = rendering.render_pdf
    calls = []

    def install(failures):
        def render(certificate, *args, **kwargs):
            calls.append(certificate.serial)
            if len(calls) <= failures:
                raise OSError("the renderer fell over")
            return real_render(certificate, *args, **kwargs)

        monkeypatch.setattr(rendering, "render_pdf", render)
        return calls

    return install


@pytest.fixture
def course_only(quiz_course):
    """Keep the area certificate out of these tests: the course does not count towards it."""
    type(quiz_course).objects.filter(pk=quiz_course.pk).update(
        counts_towards_area_certificate=False
    )
    return quiz_course


def retry(at):
    with freeze_time(at):
        call_command("retry_certificates", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_renderer_failing_twice_then_succeeding_makes_one_certificate(
    learner_client, course_only, complete, flaky_renderer
):
    calls = flaky_renderer(failures=2)
    completion = complete(learner_client, course_only)
    assert completion is not None and CourseCompletion.objects.count() == 1
    certificate = Certificate.objects.get()
    assert certificate.render_status == RenderStatus.PENDING and not certificate.pdf
    assert certificate.render_attempts == 1
    html = learner_client.get("/learn/my-learning/").content.decode()
    assert "Your certificate is being prepared" in html
    assert learner_client.get(f"/certificates/{certificate.pk}/download/").status_code == 409

    retry(timezone.now() + timedelta(seconds=30))  # the back-off has not passed: nothing runs
    assert len(calls) == 1
    retry(timezone.now() + timedelta(minutes=2))
    assert Certificate.objects.get().render_status == RenderStatus.PENDING
    retry(timezone.now() + timedelta(minutes=10))

    assert len(calls) == 3
    certificate = Certificate.objects.get()
    assert certificate.render_status == RenderStatus.READY and certificate.render_attempts == 3
    assert certificate.pdf and certificate.sha256
    failures = ModelLogEntry.objects.filter(action="certificates.render_failed")
    assert failures.count() == 2
    retry(timezone.now() + timedelta(hours=5))
    assert Certificate.objects.count() == 1 and len(calls) == 3


def test_after_the_last_retry_admins_see_the_failure_and_can_retry(
    learner_client,
    admin_client,
    course_only,
    complete,
    flaky_renderer,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.CERTIFICATES_RETRY_DELAYS = [60]
    calls = flaky_renderer(failures=2)
    complete(learner_client, course_only)
    retry(timezone.now() + timedelta(minutes=5))
    certificate = Certificate.objects.get()
    assert certificate.render_status == RenderStatus.FAILED and len(calls) == 2
    assert "the renderer fell over" in certificate.render_error
    final = ModelLogEntry.objects.filter(action="certificates.render_failed").latest("pk")
    assert final.data["final"] is True

    dashboard = admin_client.get("/admin/").content.decode()
    assert "Certificates needing attention" in dashboard
    listing = admin_client.get("/admin/certificates/issued/?render_status=failed")
    assert certificate.serial in listing.content.decode()
    retry(timezone.now() + timedelta(hours=5))  # cron alone leaves a failed one alone
    assert len(calls) == 2

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/certificates/issued/{certificate.pk}/retry/")
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.render_status == RenderStatus.READY and len(calls) == 3
    assert "Certificates needing attention" not in admin_client.get("/admin/").content.decode()
