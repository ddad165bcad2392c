"""Create or update a course from a package folder, all or nothing."""

from django.core.management.base import BaseCommand, CommandError, no_translations

from courses.packages.errors import PackageError
from courses.packages.importing import import_package


class Command(BaseCommand):
    help = (
        "Import a course package folder: create or update the course, its steps and their "
        "translations. Importing the same package again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the package folder (the one holding course.toml)")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="list what would be created, updated or left unchanged, and write nothing",
        )

    # The output is plain English, validation messages from the models included.
    @no_translations
    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        try:
            report = import_package(options["directory"], dry_run=dry_run)
        except PackageError as error:
            raise CommandError(str(error)) from None
        for change in report.changes:
            self.stdout.write(change.describe(dry_run))
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {warning}"))
        counts = ", ".join(
            f"{report.count(action)} {action}" for action in ("created", "updated", "unchanged")
        )
        if dry_run:
            self.stdout.write(f"Dry run ({counts}): nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported the package ({counts})."))
