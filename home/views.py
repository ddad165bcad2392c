"""A notice for pages that have no translation in the language asked for."""

from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from courses.catalogue import is_visible_to
from courses.i18n import language_name


@require_GET
def untranslated(request, page_id):
    """Say that a page is not available in this language, and offer the one it exists in."""
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    if not is_visible_to(page, request.user):
        return render(request, "404.html", status=404)
    original_language = page.locale.language_code
    with translation.override(original_language):
        original_url = page.get_url(request=request)
        # The way out is offered in the language it leads to, and marked as such.
        read_it = _("Read it in %(language)s") % {"language": language_name(original_language)}
    return render(
        request,
        "home/untranslated.html",
        {
            "original": page,
            "original_title": format_html(
                '<span lang="{}">{}</span>', original_language, page.title
            ),
            "read_it": read_it,
            "original_url": original_url,
            "original_language": original_language,
            "original_language_name": language_name(original_language),
            "language_name": language_name(translation.get_language()),
        },
        status=404,
    )
