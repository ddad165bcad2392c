"""Import competence needs (staff needing training per department and area) from a CSV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lms.hr.models import Organisation
from lms.hr.needs import NeedsImportError, area_columns, import_needs


class Command(BaseCommand):
    help = (
        "Import a CSV shaped like Table 1 of the regional report: a 'department' column, then "
        "one column per competence area, separated by commas or semicolons. All lines are "
        "imported, or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV file (UTF-8).")
        parser.add_argument(
            "--organisation",
            help="Look departments up in this organisation only (its exact name).",
        )
        parser.add_argument("--source", default="", help="Where the numbers come from.")

    def handle(self, *args, file, organisation=None, source="", **options):
        org = None
        if organisation:
            org = Organisation.objects.canonical().filter(name=organisation).first()
            if org is None:
                raise CommandError(
                    _("No organisation is called “%(name)s”.") % {"name": organisation}
                )
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(reason)s.") % {"file": file, "reason": error.strerror}
            ) from error
        try:
            result = import_needs(data, org, source=source or file.name)
        except NeedsImportError as error:
            lines = "\n".join(f"  {line}" for line in error.errors)
            raise CommandError(_("Nothing was imported:") + "\n" + lines) from error
        columns = ", ".join(f"{name} → {code}" for name, code in area_columns().items())
        self.stdout.write(_("Columns: %(columns)s") % {"columns": columns})
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Imported needs for %(departments)s department(s): %(created)s created, "
                    "%(updated)s updated, %(removed)s removed."
                )
                % vars(result)
            )
        )
