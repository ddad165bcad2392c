from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale

from courses.i18n import active_locale
from courses.models import CatalogueIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_page(context):
    """Return the live catalogue in the page's language, looked up once per request."""
    request = context.get("request")
    page = context.get("page")
    cache = getattr(request, "_catalogue_page", None) if request else None
    routed = getattr(page, "_route_ancestors", None)
    if cache is None and isinstance(page, CatalogueIndexPage):
        cache = page
    if cache is None and routed:
        cache = routed[0]  # the catalogue routed this request
    if cache is None:
        catalogues = CatalogueIndexPage.objects.live()
        locale_id = page.locale_id if getattr(page, "locale_id", None) else active_locale().pk
        cache = catalogues.filter(locale_id=locale_id).first() or catalogues.first() or False
    if request is not None:
        request._catalogue_page = cache
    return cache or None


@register.simple_tag
def page_ancestors(page):
    """Return the page's ancestors below the home page, for a breadcrumb."""
    if page is None or not getattr(page, "pk", None):
        return []
    routed = getattr(page, "_route_ancestors", None)  # already fetched while routing
    if routed is not None:
        return routed
    return list(page.get_ancestors().filter(depth__gt=2))


@register.inclusion_tag("includes/userbar.html", takes_context=True)
def editor_userbar(context):
    """Wagtail's userbar, for people with admin rights only.

    Whether a session is privileged is decided once at sign-in (lms.security), so learners'
    pages skip the two permission queries the userbar would otherwise make on every request.
    """
    request = context.get("request")
    show = bool(request and request.session.get("_atmp_privileged"))
    return {"request": request, "page": context.get("page"), "show": show}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The header's language choice: a POST form, so the choice is remembered."""
    request = context.get("request")
    page = context.get("page")
    page = page if getattr(page, "pk", None) and hasattr(page, "translation_key") else None
    current = translation.get_language()
    return {
        "request": request,
        "page": page,
        "return_to": request.get_full_path() if request else "/",
        "languages": [
            {"code": code, "name": name, "current": code == current}
            for code, name in settings.LANGUAGES
        ],
    }


@register.simple_tag(takes_context=True)
def lang_attrs(context, page, link=False):
    """` lang="…"` for a page's title in another language than the one served.

    Screen readers then read an English-only course's title as English on a Swedish page
    (WCAG 3.1.2, language of parts). With `link=True`, for an `<a>` to the page, also
    ` hreflang="…"`: HTML allows hreflang on links only. One query per request, however many.
    """
    holder = context.get("request") or context.render_context
    codes = getattr(holder, "_atmp_locale_codes", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        holder._atmp_locale_codes = codes
    code = codes.get(getattr(page, "locale_id", None))
    attributes = lang_attr(code)
    if attributes and link:
        return format_html('{0} hreflang="{1}"', attributes, code)
    return attributes


@register.simple_tag
def lang_attr(code):
    """` lang="…"` for text written in the language `code` when it is not the one served."""
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{0}"', code)
