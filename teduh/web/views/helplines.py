"""Staff pages for the helpline directory (/moderation/helplines/): list with staleness
warnings, create, edit with channels, mark verified. Staff only; every change is audit-logged by
the service functions in safety.helplines."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teduh.safety import helplines as directory
from teduh.safety.audit import entries_for
from teduh.safety.countries import country_name
from teduh.safety.forms import HelplineForm, channel_formset
from teduh.safety.models import Helpline


def staff_required(view):
    """Signed-out visitors are sent to log in; signed-in members who are not staff get 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not (request.user.is_active and request.user.is_staff):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@staff_required
def helpline_list(request):
    today = timezone.localdate()
    rows = Helpline.objects.prefetch_related("channels").order_by(
        "country", "-is_active", "priority", "name", "pk"
    )
    entries = [
        {
            "helpline": row,
            "stale": row.is_active and row.is_stale(today),
            "country_name": country_name(row.country),
        }
        for row in rows
    ]
    return render(
        request,
        "web/moderation/helplines.html",
        {
            "entries": entries,
            "stale": directory.stale_helplines(today),
            "stale_after_days": directory.STALE_AFTER.days,
        },
    )


def _edit(request, helpline: Helpline, *, template_title: str):
    creating = helpline.pk is None
    form = HelplineForm(request.POST or None, instance=helpline)
    channels = channel_formset(
        request.POST or None, instance=helpline, country=request.POST.get("country")
    )
    if request.method == "POST":
        form_ok = form.is_valid()
        channels_ok = channels.is_valid()
        if form_ok and channels_ok:
            try:
                saved = directory.save_helpline(request.user, form.instance, channels.channels())
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                if creating:
                    messages.success(request, _("The helpline was added."))
                else:
                    messages.success(request, _("The helpline was saved."))
                return redirect("moderation_helpline_edit", helpline_id=saved.pk)
    return render(
        request,
        "web/moderation/helpline_form.html",
        {
            "form": form,
            "channels": channels,
            "helpline": None if creating else helpline,
            "title": template_title,
            "history": [] if creating else entries_for(helpline)[:20],
        },
        status=400 if request.method == "POST" else 200,
    )


@staff_required
def helpline_create(request):
    return _edit(request, Helpline(), template_title=_("Add a helpline"))


@staff_required
def helpline_edit(request, helpline_id: int):
    helpline = get_object_or_404(Helpline, pk=helpline_id)
    return _edit(request, helpline, template_title=_("Edit helpline"))


@staff_required
@require_POST
def helpline_verify(request, helpline_id: int):
    helpline = get_object_or_404(Helpline, pk=helpline_id)
    directory.mark_verified(request.user, helpline)
    messages.success(request, _("%(name)s is marked as verified today.") % {"name": helpline.name})
    return redirect("moderation_helplines")
