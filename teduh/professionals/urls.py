from django.urls import path

from teduh.professionals import views

urlpatterns = [
    path("professionals/", views.directory, name="professional_directory"),
    path("professionals/apply/", views.apply, name="professional_apply"),
    path("professionals/board/", views.board, name="professional_board"),
    path("professionals/board/new/", views.board_new, name="professional_board_new"),
    path(
        "professionals/board/<int:topic_id>/",
        views.board_topic,
        name="professional_board_topic",
    ),
    path(
        "professionals/board/<int:topic_id>/reply/",
        views.board_reply,
        name="professional_board_reply",
    ),
    path("settings/professional/", views.profile_settings, name="professional_settings"),
    # Moderators: the applications.
    path("moderation/professionals/", views.review_queue, name="moderation_professionals"),
    path(
        "moderation/professionals/<int:application_id>/",
        views.review_detail,
        name="moderation_professional",
    ),
    path(
        "moderation/professionals/<int:application_id>/decide/",
        views.review_decide,
        name="moderation_professional_decide",
    ),
    path(
        "moderation/professionals/<int:application_id>/proof/",
        views.review_proof,
        name="moderation_professional_proof",
    ),
]
