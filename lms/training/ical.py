"""Bookings as iCalendar (RFC 5545): one event per booked session, times in Europe/Stockholm.

Each event carries the zone's VTIMEZONE, so Outlook and Google show 08:00 as 08:00 on both
sides of a daylight-saving change. The only query is for the steps' translations.
"""

from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.i18n import in_language

PRODID = "-//ATMP Academy//Training Centre//EN"


def _location(session):
    if session.facility_id:
        venue = session.facility.venue
        parts = [f"{venue.name}, {session.facility.name}", venue.address.replace("\n", ", ")]
        return " – ".join(part for part in parts if part)
    return _("Online")


def _event(booking, title, now, zone):
    session = booking.session
    event = icalendar.Event()
    event.add("uid", f"training-booking-{booking.pk}@atmp-academy")
    event.add("dtstamp", now)
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", title)
    event.add("location", _location(session))
    description = []
    if session.online_url:
        description.append(_("Online meeting: %(url)s") % {"url": session.online_url})
    if session.facility_id and session.facility.venue.travel_notes:
        description.append(session.facility.venue.travel_notes)
    if description:
        event.add("description", "\n\n".join(description))
    if session.online_url:
        event.add("url", session.online_url)
    event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    return event


def calendar_for(bookings, name):
    """Return the bytes of a calendar holding one event per booking."""
    zone = ZoneInfo(settings.TIME_ZONE)
    now = timezone.now()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    bookings = list(bookings)
    # Each event is titled in the reader's language where the step is translated.
    shown = in_language({booking.session.step for booking in bookings})
    for booking in bookings:
        title = shown[booking.session.step.translation_key].title
        calendar.add_component(_event(booking, title, now, zone))
    calendar.add_missing_timezones()
    return calendar.to_ical()
