from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from lms.languages import choose_language

urlpatterns = [
    path("language/", choose_language, name="choose_language"),
    # In front of Wagtail's admin: no error-test page, a redirect import that refuses forgeries,
    # an HR-scoped site history.
    path("admin/", include("lms.admin_overrides")),
    path("admin/", include("lms.hr.admin_overrides")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images only: documents go through Wagtail's serve view, which checks their collection's
    # privacy, even on a development machine.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT) / folder
        )

# Everything a learner reads exists per language: English without a prefix, Swedish under /sv/.
# Wagtail's page serving comes last: it matches every remaining path.
urlpatterns += i18n_patterns(
    path("untranslated/<int:page_id>/", home_views.untranslated, name="untranslated"),
    path("account/", include("lms.accounts.urls")),
    path("learn/", include("lms.learner_urls")),
    path("learn/training/", include("lms.training.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
