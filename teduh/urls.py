from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path, re_path
from django.views.static import serve

from teduh.web.views import accounts, pages, statuses, timelines

urlpatterns = [
    path("", timelines.home, name="home"),
    path("public/", timelines.public, name="public"),
    path("tags/<str:name>/", timelines.tag, name="tag"),
    path("bookmarks/", timelines.bookmarks, name="bookmarks"),
    path("compose/", statuses.compose, name="compose"),
    path("compose/thread/", statuses.compose_thread, name="compose_thread"),
    path("posts/<int:status_id>/", statuses.status_detail, name="status"),
    path("posts/<int:status_id>/delete/", statuses.delete_status, name="delete_status"),
    path("posts/<int:status_id>/<str:action>/", statuses.status_action, name="status_action"),
    path("notifications/", pages.notification_list, name="notifications"),
    path("help/", pages.help_page, name="help"),
    path("about/", pages.about, name="about"),
    path("auth/signup/", accounts.signup, name="signup"),
    path(
        "auth/login/",
        auth_views.LoginView.as_view(
            template_name="web/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("auth/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/profile/", accounts.edit_profile, name="edit_profile"),
    path("settings/password/", accounts.change_password, name="change_password"),
    path("language/", accounts.set_language, name="set_language"),
    path("@<str:username>/", accounts.profile, name="profile"),
    path("@<str:username>/follow/", accounts.follow, name="follow"),
    path("@<str:username>/unfollow/", accounts.unfollow, name="unfollow"),
    path(
        "@<str:username>/followers/",
        accounts.follow_list,
        {"direction": "followers"},
        name="followers",
    ),
    path(
        "@<str:username>/following/",
        accounts.follow_list,
        {"direction": "following"},
        name="following",
    ),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Embedded default: Teduh serves its own uploads. With S3 the bucket serves them.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
