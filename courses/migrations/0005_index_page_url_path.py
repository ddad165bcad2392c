"""Index Wagtail's url_path, which CatalogueIndexPage.route looks pages up by."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_course_issues_certificate"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS courses_page_url_path_idx ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS courses_page_url_path_idx",
        )
    ]
