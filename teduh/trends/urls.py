"""Trends pages, included from teduh/urls.py at the site root (no namespace)."""

from django.urls import path

from teduh.trends import views

urlpatterns = [
    path("explore/", views.explore, name="explore"),
    path("moderation/trends/", views.moderation_trends, name="moderation_trends"),
    path("moderation/trends/unhide/", views.moderation_unhide, name="moderation_trends_unhide"),
    path("insights/conversations/", views.conversations, name="conversation_trends"),
    path(
        "insights/conversations/<str:table>.csv",
        views.conversations_csv,
        name="conversation_trends_csv",
    ),
]
