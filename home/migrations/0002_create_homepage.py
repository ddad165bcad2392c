from django.db import migrations

LEAD = (
    "Short, self-paced courses on Advanced Therapy Medicinal Products for everyone in West "
    "Sweden's hospitals, companies and universities, and for anyone who is curious."
)


def _base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text.rjust(width, "0")


def create_homepage(apps, schema_editor):
    """Replace Wagtail's placeholder welcome page with the ATMP Academy home page."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    page_type = ContentType.objects.filter(model="page", app_label="wagtailcore").first()
    if page_type:
        Page.objects.filter(depth=2, content_type=page_type, slug="home").delete()
    if HomePage.objects.exists():
        return
    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    last = Page.objects.filter(depth=2).order_by("-path").first()
    next_number = int(last.path[-4:], 36) + 1 if last else 1
    homepage = HomePage.objects.create(
        title="ATMP Academy",
        draft_title="ATMP Academy",
        slug="home",
        content_type=homepage_type,
        path=f"{root.path}{_base36(next_number)}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=locale.pk if locale else None,
        lead=LEAD,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page_id": homepage.pk},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
