"""Campaign pages under /campaigns/ (included from teduh/urls.py without a namespace)."""

from django.urls import path

from teduh.campaigns import views

urlpatterns = [
    path("", views.campaign_list, name="campaigns"),
    path("new/", views.campaign_new, name="campaign_new"),
    path("<int:campaign_id>/", views.campaign_detail, name="campaign"),
    path("<int:campaign_id>/edit/", views.campaign_edit, name="campaign_edit"),
    path("<int:campaign_id>/uses.csv", views.uses_csv, name="campaign_uses_csv"),
    path("<int:campaign_id>/top-posts.csv", views.top_posts_csv, name="campaign_top_posts_csv"),
    path("<int:campaign_id>/summary.csv", views.summary_csv, name="campaign_summary_csv"),
]
