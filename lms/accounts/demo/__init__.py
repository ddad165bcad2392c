"""Demo roles and accounts. Accounts exist only where settings.ATMP_DEMO_ACCOUNTS is on.

HR's demo (lms.hr.demo, loaded next) creates its staff with `ensure_user`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from courses.models import CatalogueIndexPage
from lms.accounts.models import LearnerProfile

ORDER = 30
AUTHORS_GROUP = "Course authors"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]

# Development-only accounts, documented in the README. Never created under production settings.
DEMO_ACCOUNTS = [
    # (username, email, first name, last name, password, role)
    ("author", "author@example.org", "Karin", "Lindqvist", "atmp-author-demo", "author"),
    ("admin", "admin@example.org", "Erik", "Johansson", "atmp-admin-demo", "admin"),
    (
        "learner@example.org",
        "learner@example.org",
        "Åsa",
        "Öberg-Ängström",
        "atmp-learner-demo",
        "learner",
    ),
]


def course_authors_group():
    """Return the group that may write and publish anything in the catalogue."""
    group, _ = Group.objects.get_or_create(name=AUTHORS_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        # wagtail-localize's "Translate" action: authors write the Swedish versions too.
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
    )
    # One catalogue per language: authors may edit each of them.
    for catalogue in CatalogueIndexPage.objects.all():
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=catalogue,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    root_collection = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    return group


def ensure_user(username, email, first_name, last_name, password, **flags):
    """Create the account if missing; an existing account is left exactly as it is."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user:
        return user, False
    user = User(username=username, email=email, first_name=first_name, last_name=last_name, **flags)
    user.set_password(password)
    user.save()
    return user, True


def load(out, style):
    authors = course_authors_group()
    if not settings.ATMP_DEMO_ACCOUNTS:
        out.write("Demo accounts skipped: ATMP_DEMO_ACCOUNTS is off in these settings.")
        return
    for username, email, first, last, password, role in DEMO_ACCOUNTS:
        flags = {"is_staff": True, "is_superuser": True} if role == "admin" else {}
        user, created = ensure_user(username, email, first, last, password, **flags)
        if role == "author":
            user.groups.add(authors)
        if created:
            profile, _new = LearnerProfile.objects.get_or_create(
                user=user, defaults={"full_name": f"{first} {last}"}
            )
            # Demo accounts count as confirmed: their example.org addresses receive nothing.
            profile.mark_email_verified()
            profile.save(update_fields=["verified_email", "email_verified_at"])
        out.write(
            style.WARNING(
                f"Demo {role}: username {username!r}, password {password!r} "
                f"({'created' if created else 'already there'}; development only)."
            )
        )
