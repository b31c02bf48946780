from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.static import serve
from oauth2_provider import views as oauth_views

from teduh.api.api import api
from teduh.api.oauth import TeduhAuthorizationView
from teduh.api.routers.instance import nodeinfo, nodeinfo_links
from teduh.web.views import accounts, care, controls, moderation, pages, statuses, timelines
from teduh.web.views import helplines as staff_helplines
from teduh.web.views import search as search_views

urlpatterns = [
    path("", timelines.home, name="home"),
    path("public/", timelines.public, name="public"),
    path("tags/<str:name>/", timelines.tag, name="tag"),
    path("search/", search_views.search, name="search"),
    path("bookmarks/", timelines.bookmarks, name="bookmarks"),
    path("compose/", statuses.compose, name="compose"),
    path("compose/thread/", statuses.compose_thread, name="compose_thread"),
    path("posts/<int:status_id>/", statuses.status_detail, name="status"),
    path("posts/<int:status_id>/delete/", statuses.delete_status, name="delete_status"),
    path("posts/<int:status_id>/report/", moderation.report_status, name="report_status"),
    path("posts/<int:status_id>/worried/", care.worried, name="worried"),
    path("posts/<int:status_id>/<str:action>/", statuses.status_action, name="status_action"),
    path("notifications/", pages.notification_list, name="notifications"),
    path("help/", pages.help_page, name="help"),
    # The care queue (counselors and moderators) and misuse of "I'm worried" messages.
    path("care/", care.queue, name="care_queue"),
    path("care/<int:item_id>/", care.item_detail, name="care_item"),
    path("care/<int:item_id>/claim/", care.item_claim, name="care_item_claim"),
    path("care/<int:item_id>/reach-out/", care.item_reach_out, name="care_item_reach_out"),
    path("care/<int:item_id>/resolve/", care.item_resolve, name="care_item_resolve"),
    path("care/<int:item_id>/decide/", care.item_decide, name="care_item_decide"),
    path(
        "notifications/<int:notification_id>/misuse/",
        care.worried_misuse,
        name="worried_misuse",
    ),
    path("about/", pages.about, name="about"),
    # PHQ-9 and GAD-7 self-checks and the private history (teduh.selfchecks).
    path("wellbeing/self-checks/", include("teduh.selfchecks.urls")),
    # Coping tools and "When to seek professional help" (teduh.coping).
    path("wellbeing/", include("teduh.coping.urls")),
    # The Wellbeing Center: its front page, the resource library and collections.
    path("wellbeing/", include("teduh.wellbeing.urls")),
    # Trends: /explore/, /moderation/trends/, /insights/conversations/ (teduh.trends).
    path("", include("teduh.trends.urls")),
    # Creator insights: an author's own views, interactions and reach (teduh.insights).
    path("insights/", include("teduh.insights.urls")),
    # Hashtag campaigns: pages with live figures, charts and CSV (teduh.campaigns).
    path("campaigns/", include("teduh.campaigns.urls")),
    # Reports, and the moderators' queue.
    path("reports/thanks/", moderation.report_thanks, name="report_thanks"),
    path("moderation/reports/", moderation.report_queue, name="moderation_reports"),
    path(
        "moderation/reports/<int:report_id>/",
        moderation.report_detail,
        name="moderation_report",
    ),
    path(
        "moderation/reports/<int:report_id>/action/",
        moderation.report_action,
        name="moderation_report_action",
    ),
    # Staff: the helpline directory.
    path("moderation/helplines/", staff_helplines.helpline_list, name="moderation_helplines"),
    path(
        "moderation/helplines/new/",
        staff_helplines.helpline_create,
        name="moderation_helpline_create",
    ),
    path(
        "moderation/helplines/<int:helpline_id>/",
        staff_helplines.helpline_edit,
        name="moderation_helpline_edit",
    ),
    path(
        "moderation/helplines/<int:helpline_id>/verify/",
        staff_helplines.helpline_verify,
        name="moderation_helpline_verify",
    ),
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
    # Everyone's own controls: content settings, muted and blocked accounts, keyword filters.
    path("settings/controls/", controls.settings_controls, name="settings_controls"),
    path("settings/filters/", controls.filter_list, name="filters"),
    path("settings/filters/new/", controls.filter_create, name="filter_create"),
    path("settings/filters/<int:filter_id>/", controls.filter_edit, name="filter_edit"),
    path("settings/filters/<int:filter_id>/delete/", controls.filter_delete, name="filter_delete"),
    path("@<str:username>/mute/", controls.mute, name="mute"),
    path("@<str:username>/unmute/", controls.unmute, name="unmute"),
    path("@<str:username>/block/", controls.block, name="block"),
    path("@<str:username>/unblock/", controls.unblock, name="unblock"),
    path("@<str:username>/", accounts.profile, name="profile"),
    path("@<str:username>/report/", moderation.report_account, name="report_account"),
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
    # Verified professionals: applying, review, directory, their board (teduh.professionals).
    path("", include("teduh.professionals.urls")),
    path("admin/", admin.site.urls),
    # The Mastodon-compatible client API and its OAuth 2 endpoints.
    path("api/", api.urls),
    path("oauth/authorize", TeduhAuthorizationView.as_view(), name="oauth_authorize"),
    path("oauth/token", oauth_views.TokenView.as_view(), name="oauth_token"),
    path("oauth/revoke", oauth_views.RevokeTokenView.as_view(), name="oauth_revoke"),
    path(".well-known/nodeinfo", nodeinfo_links, name="nodeinfo_links"),
    path("nodeinfo/2.0", nodeinfo, name="nodeinfo"),
]

if settings.SERVE_MEDIA:
    # Embedded default: Teduh serves its own uploads. With S3 the bucket serves them.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
