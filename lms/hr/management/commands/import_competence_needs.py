"""Import competence needs (staff needing training per department and area) from a CSV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.hr.models import Organisation
from lms.hr.needs import NeedsImportError, area_columns, import_needs


class Command(BaseCommand):
    help = (
        "Import a CSV shaped like Table 1 of the regional report: a 'department' column, then "
        "one column per competence area. All lines are imported, or none."
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
            org = Organisation.objects.filter(name=organisation).first()
            if org is None:
                raise CommandError(f"No organisation is called {organisation!r}.")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            result = import_needs(data, org, source=source or file.name)
        except NeedsImportError as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {line}" for line in error.errors)
            ) from error
        columns = ", ".join(f"{name} → {code}" for name, code in area_columns().items())
        self.stdout.write(f"Columns: {columns}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported needs for {result.departments} department(s): {result.created} "
                f"created, {result.updated} updated, {result.removed} removed."
            )
        )
