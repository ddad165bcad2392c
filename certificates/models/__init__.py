from .certificate import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    RenderStatus,
    SerialCounter,
    new_verification_code,
)
from .export import CertificateExport, ExportStatus
from .template import PLACEHOLDERS, CertificateTemplate

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
    "new_verification_code",
]
