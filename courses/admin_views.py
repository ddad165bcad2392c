"""Admin views of the courses app: Wagtail's and wagtail-localize's, narrowed where needed."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views.submit_translations import SubmitSnippetTranslationView


class SubmitTranslatedSnippetView(SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" on a snippet, for those who may edit that kind of snippet.

    wagtail-localize lets anyone with its submit_translation permission (course authors, who
    translate pages) translate any snippet, though editing the translation afterwards already
    needs the right to edit the snippet type. Starting one needs it here too, so an author
    cannot add rows to HR's organisations or departments.
    """

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not user_can_edit_snippet_type(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
