from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import translation

from teduh.notifications import services as notifications
from teduh.notifications.models import NotificationType
from teduh.safety import care
from teduh.safety.countries import country_choices, country_name, default_country, normalize_country
from teduh.safety.helplines import country_for, help_card, help_entries
from teduh.safety.models import Helpline
from teduh.web.views.common import int_param
from teduh.web.views.controls import visible_notifications


@login_required
def notification_list(request):
    items = notifications.notifications_for(request.user, max_id=int_param(request, "max_id"))
    unread_ids = {item.pk for item in items if not item.read}
    notifications.mark_read(request.user, unread_ids)
    shown = visible_notifications(request, items)
    has_support = any(item.type == NotificationType.SUPPORT for item in shown)
    return render(
        request,
        "web/notifications.html",
        {
            "notifications": shown,
            "next_max_id": items[-1].pk if len(items) == 30 else None,
            "unread_ids": unread_ids,
            # Supportive messages carry the reader's helplines; "I'm worried" ones can be
            # reported as harassment.
            "support_card": help_card(request.user) if has_support else None,
            "worried_ids": care.worried_notification_ids(shown),
        },
    )


def help_page(request):
    """Help now: the reader's country's helplines (or a country picked here, which also works
    for visitors who are not signed in), in their language. Never fails on bad input."""
    picked = normalize_country(request.GET.get("country"))
    country = picked or country_for(request.user)
    language = translation.get_language() or "id"
    entries = help_entries(country, language)
    fallback = []
    if not any(entry.is_crisis_service for entry in entries) and country != default_country():
        fallback = help_entries(default_country(), language)
    countries_with_helplines = set(
        Helpline.objects.active().values_list("country", flat=True).distinct()
    )
    return render(
        request,
        "web/help.html",
        {
            "country": country,
            "country_name": country_name(country),
            "crisis_helplines": [entry for entry in entries if entry.is_crisis_service],
            "other_resources": [entry for entry in entries if not entry.is_crisis_service],
            "fallback_helplines": fallback,
            "fallback_country_name": country_name(default_country()),
            "country_choices": country_choices(countries_with_helplines | {country}),
        },
    )


def about(request):
    return render(request, "web/about.html")


def csrf_failure(request, reason: str = ""):
    return render(request, "403_csrf.html", status=403)
