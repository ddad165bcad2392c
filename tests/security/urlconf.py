"""Every URL pattern the project answers, as the route a person reads in the URLconf."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation


@dataclass(frozen=True)
class Route:
    pattern: str  # e.g. "learn/attempts/<int:attempt_id>/"
    name: str  # namespaced, e.g. "lms:attempt"; "" when the pattern has no name
    view: str  # dotted path of the view, to help whoever writes its row


def _segment(pattern):
    """Return one level of a route; regex anchors go, an i18n prefix counts as nothing."""
    if isinstance(pattern, LocalePrefixPattern):
        return ""
    text = str(pattern)
    if isinstance(pattern, RegexPattern) or text.startswith("^"):
        text = normalise(text)
    return text


def normalise(route):
    """Strip the ^ and $ anchors that regex patterns (and Django's joined routes) carry."""
    route = route.removeprefix("^")
    for anchor in (r"\Z", "$"):
        route = route.removesuffix(anchor)
    return route


def _walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        route = prefix + _segment(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry, route, inner)
        else:
            name = f"{namespace}{entry.name}" if entry.name else ""
            yield Route(route, name, entry.lookup_str)


def all_routes():
    """Return every URL pattern of the root URLconf, in the order Django tries them."""
    return list(_walk(get_resolver()))


def route_of(url):
    """Return the normalised route a concrete URL resolves to ("/sv/learn/" as "learn/")."""
    path = url.split("?", 1)[0]
    language = translation.get_language_from_path(path)
    with translation.override(language or settings.LANGUAGE_CODE):
        route = normalise(resolve(path).route)
    return route.removeprefix(f"{language}/") if language else route


_CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")
_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)|\([^)]*\)")
_UUID = "00000000-0000-0000-0000-000000000000"
_SAMPLES = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": _UUID}


def sample_url(pattern):
    """Return a concrete URL for a pattern nobody has written a row for yet (a first guess)."""
    url = _CONVERTER.sub(lambda m: _SAMPLES.get(m["kind"] or "str", "x"), pattern)
    url = _GROUP.sub("1", url).replace("\\", "").replace(".*", "x")
    return "/" + url.lstrip("/")
