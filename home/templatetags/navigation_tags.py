from django import template

from courses.models import CatalogueIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_page(context):
    """Return the live catalogue of the current site, looked up once per request."""
    request = context.get("request")
    cache = getattr(request, "_catalogue_page", None) if request else None
    if cache is None:
        cache = CatalogueIndexPage.objects.live().first() or False
        if request is not None:
            request._catalogue_page = cache
    return cache or None


@register.simple_tag
def page_ancestors(page):
    """Return the page's ancestors below the home page, for a breadcrumb."""
    if page is None or not getattr(page, "pk", None):
        return []
    return list(page.get_ancestors().filter(depth__gt=2))
