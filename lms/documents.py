"""Uploaded documents must be what their name says they are (issue 17, W19).

Wagtail checks a document's extension against WAGTAILDOCS_EXTENSIONS; an HTML page renamed
"annex1.pdf" passed. The upload form (WAGTAILDOCS_DOCUMENT_FORM_BASE) now also reads the file's
first bytes: a PDF starts with %PDF-, Office files are ZIP packages holding their main part
(and no macros), an MP4 has its ftyp box.
"""

import zipfile
from pathlib import Path

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

OFFICE_PARTS = {
    ".docx": "word/document.xml",
    ".pptx": "ppt/presentation.xml",
    ".xlsx": "xl/workbook.xml",
}


def _is_pdf(upload):
    return b"%PDF-" in upload.read(1024)


def _is_mp4(upload):
    return upload.read(12)[4:8] == b"ftyp"


def _office_check(main_part):
    def check(upload):
        try:
            with zipfile.ZipFile(upload) as package:
                names = set(package.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
        has_macros = any(name.lower().endswith("vbaproject.bin") for name in names)
        return "[Content_Types].xml" in names and main_part in names and not has_macros

    return check


CHECKS = {
    ".pdf": _is_pdf,
    ".mp4": _is_mp4,
    **{suffix: _office_check(part) for suffix, part in OFFICE_PARTS.items()},
}


def content_matches_name(upload):
    """Return True if the uploaded file's content is of the kind its extension says."""
    check = CHECKS.get(Path(upload.name).suffix.lower())
    if check is None:
        return True  # the extension allow-list (Wagtail) refuses it
    upload.seek(0)
    try:
        return check(upload)
    finally:
        upload.seek(0)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile) and not content_matches_name(upload):
            raise forms.ValidationError(
                _(
                    "The file's content does not match its name: a file called “%(name)s” must "
                    "be a real %(kind)s. Save it in that format and upload it again."
                )
                % {"name": upload.name, "kind": Path(upload.name).suffix.lstrip(".").upper()}
            )
        return upload
