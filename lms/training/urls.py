"""The learner's training URLs, under /learn/training/ (per language)."""

from django.urls import path

from lms.training import views

app_name = "training"

urlpatterns = [
    path("sessions/<int:session_id>/book/", views.book_view, name="book"),
    path("bookings/<int:booking_id>/cancel/", views.cancel_view, name="cancel"),
    path("bookings/<int:booking_id>/calendar.ics", views.booking_calendar, name="booking_ics"),
    path("calendar/renew/", views.renew_feed, name="renew_feed"),
    path("calendar/revoke/", views.revoke_feed, name="revoke_feed"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
]
