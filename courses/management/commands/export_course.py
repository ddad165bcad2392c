"""Write a course, its live steps and live translations as a package folder."""

from django.core.management.base import BaseCommand, CommandError, no_translations

from courses.packages.exporting import ExportError, export_course, find_course


class Command(BaseCommand):
    help = "Export a course as a package folder, DIR/<slug>/, that import_course reads."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the course's slug (in any of its languages)")
        parser.add_argument("directory", help="the folder to write the package folder into")

    # The output is plain English, validation messages from the models included.
    @no_translations
    def handle(self, *args, **options):
        try:
            course = find_course(options["slug"])
            target = export_course(course, options["directory"], warn=self._warn)
        except ExportError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Exported {course.title} to {target}."))

    def _warn(self, message):
        self.stderr.write(self.style.WARNING(f"Warning: {message}"))
