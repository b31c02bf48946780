"""Creator insights under /insights/ (included from teduh/urls.py without a namespace)."""

from django.urls import path

from teduh.insights import views

urlpatterns = [
    path("", views.overview, name="insights"),
    path("csv/<slug:name>.csv", views.overview_csv, name="insights_csv"),
    path("posts/<int:status_id>/", views.post, name="insights_post"),
    path("posts/<int:status_id>/csv/<slug:name>.csv", views.post_csv, name="insights_post_csv"),
]
