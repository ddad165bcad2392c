"""Who the client is, and how often they may do something: counted in the shared cache.

`client_ip()` is the one notion of the visitor's address for sign-in lockouts (django-axes:
AXES_CLIENT_IP_CALLABLE), the verify page and the account forms. `exceeded()` counts an action
per client in fixed windows, in Django's cache, which is shared by every process where it is
Redis (production; `check --deploy` says so otherwise, atmp.W001).
"""

import time

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """Return the client's address: REMOTE_ADDR, or the last hop a trusted proxy added.

    Behind a proxy, set CERTIFICATES_CLIENT_IP_HEADER (e.g. "HTTP_X_FORWARDED_FOR") or every
    visitor shares the proxy's address. The last entry is the one our own proxy wrote; earlier
    ones come from the client and could be forged.
    """
    header = getattr(settings, "CERTIFICATES_CLIENT_IP_HEADER", None)
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def exceeded(request, action, limit, window):
    """Count one `action` by this client; return the seconds to wait once over `limit`.

    `limit` actions are allowed per fixed window of `window` seconds; 0 means go ahead.
    """
    now = time.time()
    slot = int(now // window)
    key = f"atmp:rate:{action}:{client_ip(request)}:{slot}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.set(key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        return max(1, int((slot + 1) * window - now))
    return 0
