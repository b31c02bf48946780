from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from teduh.notifications import services as notifications
from teduh.web.views.common import int_param


@login_required
def notification_list(request):
    items = notifications.notifications_for(request.user, max_id=int_param(request, "max_id"))
    unread_ids = {item.pk for item in items if not item.read}
    notifications.mark_read(request.user, unread_ids)
    return render(
        request,
        "web/notifications.html",
        {
            "notifications": items,
            "next_max_id": items[-1].pk if len(items) == 30 else None,
            "unread_ids": unread_ids,
        },
    )


def help_page(request):
    return render(request, "web/help.html")


def about(request):
    return render(request, "web/about.html")


def csrf_failure(request, reason: str = ""):
    return render(request, "403_csrf.html", status=403)
