from django import template

from courses.models import CatalogueIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_page(context):
    """Return the live catalogue of the current site, looked up once per request."""
    request = context.get("request")
    cache = getattr(request, "_catalogue_page", None) if request else None
    routed = getattr(context.get("page"), "_route_ancestors", None)
    if cache is None and routed:
        cache = routed[0]  # the catalogue routed this request
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
