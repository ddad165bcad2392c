from .certificate import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    RenderStatus,
    SerialCounter,
    new_verification_code,
)
from .export import CertificateExport, ExportStatus
from .template import PLACEHOLDERS, CertificateTemplate, TemplateLanguage

__all__ = [
    "PLACEHOLDERS",
    "Certificate",
    "CertificateExport",
    "CertificateKind",
    "CertificateStatus",
    "CertificateTemplate",
    "ExportStatus",
    "RenderStatus",
    "SerialCounter",
    "TemplateLanguage",
    "new_verification_code",
]
