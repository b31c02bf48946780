"""The private card an author sees on the page they land on after posting: support after a
post that signals a crisis, or why a post is held. The composer leaves a note in the session
(teduh.web.views.care.note_after_publish); this tag shows it once."""

from django import template

from teduh.posts.models import ScreeningLevel, Status, StatusState
from teduh.safety.helplines import help_card

register = template.Library()

SESSION_KEY = "teduh_care_notice"


@register.inclusion_tag("safety/partials/care_notice.html", takes_context=True)
def care_notice(context) -> dict:
    request = context.get("request")
    if request is None or not hasattr(request, "session"):
        return {}
    status_id = request.session.pop(SESSION_KEY, None)
    user = getattr(request, "user", None)
    if not status_id or user is None or not user.is_authenticated:
        return {}
    # Only the author ever sees it, whatever ended up in the session.
    status = Status.objects.filter(pk=status_id, account=user).first()
    if status is None:
        return {}
    held = status.state == StatusState.HELD
    if not held and status.screening_level != ScreeningLevel.CRISIS:
        return {}
    return {"notice_status": status, "held": held, "help_card": help_card(user)}
