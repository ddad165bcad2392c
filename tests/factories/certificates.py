"""Certificate templates, certificates and bulk downloads, made as the site makes them.

A certificate is issued by completing a course (the course_completed signal), never saved by
hand: its serial number, covered completions and learner's name come from the issuing.
"""

import factory

from certificates import exports, services
from certificates.models import Certificate, CertificateExport, CertificateTemplate
from tests.factories.accounts import UserFactory
from tests.factories.lms import CourseCompletionFactory


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Template {n}")
    signatory_name = "Eva Johansson"
    signatory_title = "Course director"

    class Meta:
        model = CertificateTemplate


class CertificateFactory(factory.django.DjangoModelFactory):
    """The course certificate of a completion; `rendered=True` also renders its PDF."""

    completion = factory.SubFactory(CourseCompletionFactory)

    class Meta:
        model = Certificate
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, completion, **fields):
        if fields:
            raise TypeError(f"certificates are issued, not filled in: cannot set {fields}")
        certificate = services.issue_course_certificate(completion)
        if certificate is None:
            raise ValueError(f"{completion.course_title} issues no course certificate")
        return certificate

    @factory.post_generation
    def rendered(self, create, extracted, **kwargs):
        if create and extracted:
            services.render(self.pk)
            self.refresh_from_db()


class CertificateExportFactory(factory.django.DjangoModelFactory):
    """A bulk download of the certificates the requester may export that match `filters`."""

    requested_by = factory.SubFactory(UserFactory, is_staff=True, is_superuser=True)
    filters = ""

    class Meta:
        model = CertificateExport

    @classmethod
    def _create(cls, model_class, requested_by, filters, **fields):
        if fields:
            raise TypeError(f"exports are requested, not filled in: cannot set {fields}")
        return exports.request_export(requested_by, filters)
