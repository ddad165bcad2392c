from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.admin_views import SubmitTranslatedSnippetView
from courses.models import Audience


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


register_snippet(AudienceViewSet)


@hooks.register("register_admin_urls")
def register_translate_snippet_url():
    # Matched before wagtail-localize's own URL for the same path (its app comes later in
    # INSTALLED_APPS, so its hook later in the admin's URLs): see SubmitTranslatedSnippetView.
    return [
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitTranslatedSnippetView.as_view(),
            name="courses_submit_snippet_translation",
        )
    ]
