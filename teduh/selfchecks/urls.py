"""Self-checks, under /wellbeing/self-checks/ (included from teduh/urls.py)."""

from django.urls import path

from teduh.selfchecks import views

urlpatterns = [
    path("", views.index, name="selfchecks"),
    path("history/", views.history, name="selfcheck_history"),
    path("history/delete/", views.delete_all, name="selfcheck_delete_all"),
    path("history/<int:result_id>/", views.saved_result, name="selfcheck_result"),
    path("history/<int:result_id>/delete/", views.delete_result, name="selfcheck_delete"),
    path("<slug:instrument_id>/", views.take, name="selfcheck_take"),
]
