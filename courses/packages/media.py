"""Images and documents in packages: named and copied on export, found by hash or made on import."""

import hashlib
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

from .bodies import rewrite_html
from .errors import PackageError


def media_model(kind):
    return get_image_model() if kind == "image" else get_document_model()


def file_hash(data):
    # The same SHA-1 that Wagtail keeps in file_hash to spot duplicate uploads.
    return hashlib.sha1(data).hexdigest()  # noqa: S324


class ExportMedia:
    """Give each image and document a course uses a stable file name, in order of first use."""

    def __init__(self, error):
        self.error = error
        self.paths = {}  # (kind, pk) -> package path
        self.entries = []  # (package entry, image or document)

    def path_for(self, kind, pk):
        if (kind, pk) in self.paths:
            return self.paths[kind, pk]
        item = media_model(kind).objects.filter(pk=pk).first()
        if item is None:
            raise self.error(f"the course uses {kind} {pk}, which no longer exists")
        stem = slugify(item.title)[:60].strip("-") or kind
        suffix = Path(item.file.name).suffix.lower()
        taken = {entry["file"] for entry, _item in self.entries}
        path, number = f"media/{stem}{suffix}", 2
        while path in taken:
            path, number = f"media/{stem}-{number}{suffix}", number + 1
        entry = {"file": path, "kind": kind, "title": item.title}
        entry["description"] = getattr(item, "description", "") if kind == "image" else ""
        self.entries.append((entry, item))
        self.paths[kind, pk] = path
        return path

    def write(self, root):
        for entry, item in self.entries:
            target = root / entry["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            with item.open_file() as source:
                target.write_bytes(source.read())


class ImportMedia:
    """Find each package file among the site's images and documents by hash, or add it."""

    def __init__(self, package, dry_run):
        self.package, self.dry_run = package, dry_run
        self.pks = {}  # package path -> pk
        self.stored = []  # files written to storage, removed again if the import fails

    def _existing(self, model, digest, size):
        found = model.objects.filter(file_hash=digest).order_by("pk").first()
        if found is not None:
            return found
        # Files added in code rather than through the admin may have no hash yet.
        same_size = Q(file_size=size) | Q(file_size__isnull=True)
        for item in model.objects.filter(same_size, file_hash=""):
            try:
                with item.open_file() as stored:
                    if file_hash(stored.read()) == digest:
                        return item
            except OSError:
                continue
        return None

    def _check(self, entry, data, path):
        name = Path(entry["file"]).name
        if entry["kind"] == "image":
            try:
                WagtailImageField().clean(SimpleUploadedFile(name, data))
            except ValidationError as error:
                raise PackageError(path, None, " ".join(error.messages)) from None
        elif Path(name).suffix.lower().lstrip(".") not in settings.WAGTAILDOCS_EXTENSIONS:
            allowed = ", ".join(settings.WAGTAILDOCS_EXTENSIONS)
            raise PackageError(path, None, f"documents may only be {allowed}")

    def _create(self, entry, data, digest):
        model = media_model(entry["kind"])
        item = model(title=entry["title"] or entry["file"], file_size=len(data), file_hash=digest)
        name = Path(entry["file"]).name
        if self.dry_run:
            # A dry run rolls the database back but could not take a stored file back.
            item.file.name = name
        else:
            item.file.save(name, ContentFile(data), save=False)
            self.stored.append(item.file)
        if entry["kind"] == "image":
            item.description = entry.get("description", "")
            item.width, item.height = get_image_dimensions(BytesIO(data))
        item.save()
        return item

    def resolve(self, report):
        """Map every media file of the package to an image or document, reporting each."""
        for entry in self.package.media:
            path = f"{self.package.name}/{entry['file']}"
            data = (self.package.root / entry["file"]).read_bytes()
            digest = file_hash(data)
            model = media_model(entry["kind"])
            item = self._existing(model, digest, len(data))
            if item is None:
                self._check(entry, data, path)
                item = self._create(entry, data, digest)
                report(entry["kind"], entry["file"], "", "created")
            else:
                report(entry["kind"], entry["file"], "", "unchanged", f"{model.__name__} {item.pk}")
            self.pks[entry["file"]] = item.pk

    def discard(self):
        """Remove the files this import stored, when its transaction did not commit."""
        for stored in self.stored:
            stored.storage.delete(stored.name)

    def pk_for(self, kind, path):
        return self.pks[path] if path else None

    def visit(self, kind, value):
        """Turn a package media path (or rich text's file="…") into a primary key, for walk()."""
        if kind == "html":
            return rewrite_html(value, lambda attrs: self._html_reference(attrs))
        return self.pk_for(kind, value)

    def _html_reference(self, attrs):
        return f'id="{self.pks[attrs["file"]]}"' if "file" in attrs else None
