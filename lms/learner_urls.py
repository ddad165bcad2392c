"""The learner's own pages and actions: enrol, progress, quiz attempts, My learning."""

from django.urls import path

from lms import views

app_name = "lms"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.enrol_view, name="enrol"),
    path("courses/<int:course_id>/renew/", views.renew_view, name="renew"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson_view, name="complete_lesson"),
    path("quizzes/<int:quiz_id>/start/", views.start_attempt_view, name="start_attempt"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<int:attempt_id>/result/", views.result_view, name="result"),
]
