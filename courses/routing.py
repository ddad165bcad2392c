"""Routing a URL to a page in one query instead of two for every level of the tree."""

from django.http import Http404
from wagtail.models import Page


class DirectRoutingMixin:
    """Resolve the whole remaining path with one query on url_path.

    Wagtail walks the tree a level at a time, two queries a level; a lesson sits four levels
    below the home page. Each page found gets its parent cached and the last one its ancestors
    (`_route_ancestors`, used for breadcrumbs and course navigation); the deepest page then
    routes whatever remains, so its own rules (live, routable sub-URLs) still apply.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[: depth + 1]) + "/"
            for depth in range(len(path_components))
        ]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=prefixes, depth__gt=self.depth)
        }
        trail = [self]
        for prefix in prefixes:
            page = found.get(prefix)
            if page is None or not page.path.startswith(trail[-1].path):
                break
            page._cached_parent_obj = trail[-1]
            trail.append(page)
        if len(trail) == 1:
            raise Http404
        deepest = trail[-1].specific
        deepest._route_ancestors = trail[1:-1]
        return deepest.route(request, path_components[len(trail) - 1 :])
