"""The Wellbeing Center under /wellbeing/ (included from teduh/urls.py without a namespace).

Other parts of the center (coping tools, "when to seek help", self-checks) add their own paths
under /wellbeing/ in teduh/urls.py; none of these patterns captures them."""

from django.urls import path

from teduh.wellbeing import views

urlpatterns = [
    path("", views.center, name="wellbeing"),
    path("library/", views.library, name="wellbeing_library"),
    path("library/<slug:slug>/", views.article_detail, name="wellbeing_article"),
    path("articles/new/", views.article_new, name="wellbeing_article_new"),
    path("articles/mine/", views.my_articles, name="wellbeing_my_articles"),
    path("articles/<int:article_id>/edit/", views.article_edit, name="wellbeing_article_edit"),
    path(
        "articles/<int:article_id>/submit/", views.article_submit, name="wellbeing_article_submit"
    ),
    path("review/", views.review_queue, name="wellbeing_review_queue"),
    path("review/<int:article_id>/", views.review_article, name="wellbeing_review"),
    path("collections/", views.collection_list, name="wellbeing_collections"),
    path("collections/new/", views.collection_new, name="wellbeing_collection_new"),
    path("collections/<int:collection_id>/", views.collection_detail, name="wellbeing_collection"),
    path(
        "collections/<int:collection_id>/edit/",
        views.collection_edit,
        name="wellbeing_collection_edit",
    ),
]
