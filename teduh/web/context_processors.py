from django.conf import settings

from teduh.notifications.services import unread_count
from teduh.safety.helplines import stale_count


def teduh(request) -> dict:
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return {
        "site_name": settings.SITE_NAME,
        "unread_notifications": unread_count(user) if signed_in else 0,
        "max_post_chars": settings.TEDUH_MAX_POST_CHARS,
        # Staff navigation: helplines not verified for 90 days.
        "stale_helplines_count": stale_count() if signed_in and user.is_staff else 0,
    }
