from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teduh.core import ratelimit
from teduh.insights.recording import record_views
from teduh.posts import services
from teduh.posts.forms import ComposeForm, ThreadForm
from teduh.posts.models import Status
from teduh.posts.presenters import card_for
from teduh.timelines.services import conversation
from teduh.web.views import care as care_views
from teduh.web.views.common import safe_next
from teduh.web.views.controls import filtered_cards


def _visible_status_or_404(request, status_id: int) -> Status:
    status = get_object_or_404(
        Status.objects.visible_to(request.user).select_related("account", "reblog_of"),
        pk=status_id,
    )
    if status.reblog_of_id:
        return _visible_status_or_404(request, status.reblog_of_id)
    return status


def status_detail(request, status_id: int):
    status = _visible_status_or_404(request, status_id)
    ancestors, descendants = conversation(status, request.user)
    ancestor_cards = filtered_cards(request, ancestors, "thread")
    descendant_cards = filtered_cards(request, descendants, "thread")
    # Creator insights: the post and the thread around it, in one query.
    record_views(request, [status, *(c.status for c in ancestor_cards + descendant_cards)])
    reply_form = None
    if request.user.is_authenticated:
        reply_form = ComposeForm(
            initial={
                "in_reply_to": status.pk,
                "visibility": status.visibility,
                "spoiler_text": status.spoiler_text,
            }
        )
    return render(
        request,
        "web/status_detail.html",
        {
            "card": card_for(status, request.user),
            "ancestors": ancestor_cards,
            "descendants": descendant_cards,
            "compose_form": reply_form,
        },
    )


def _draft_from(form: ComposeForm, request, *, content: str = "") -> services.StatusDraft:
    in_reply_to = None
    if form.cleaned_data.get("in_reply_to"):
        in_reply_to = Status.objects.filter(pk=form.cleaned_data["in_reply_to"]).first()
        if in_reply_to is None or not services.can_view(request.user, in_reply_to):
            raise ValidationError(_("That post is not available."))
    return services.StatusDraft(
        content=content,
        spoiler_text=form.cleaned_data.get("spoiler_text", ""),
        visibility=form.cleaned_data["visibility"],
        anonymous=form.cleaned_data.get("anonymous", False),
        in_reply_to=in_reply_to,
        language=request.LANGUAGE_CODE,
    )


@login_required
def compose(request):
    form = ComposeForm(request.POST or None, request.FILES or None)
    limited, cw_offer = False, ""
    if request.method == "POST" and form.is_valid():
        try:
            draft = _draft_from(form, request, content=form.cleaned_data["content"])
            care_views.content_warning_step(request, draft)
            ratelimit.hit_for(request, "replies" if draft.in_reply_to else "statuses")
            status = services.publish_status(request.user, draft, form.uploads())
        except care_views.ContentWarningOffered as offer:
            cw_offer = offer.suggestion
        except ratelimit.RateLimited as error:
            form.add_error(None, error.message)
            limited = True
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            care_views.note_after_publish(request, [status])
            if status.is_published:
                messages.success(request, _("Your post was published."))
            target = reverse("status", args=[status.in_reply_to_id or status.pk])
            return redirect(safe_next(request, target))
    reply_to = None
    reply_id = request.POST.get("in_reply_to") or request.GET.get("in_reply_to")
    if reply_id and reply_id.isascii() and reply_id.isdigit():
        reply_to = Status.objects.visible_to(request.user).filter(pk=reply_id).first()
        if request.method == "GET":
            if reply_to is None:
                raise Http404
            form = ComposeForm(
                initial={"in_reply_to": reply_to.pk, "visibility": reply_to.visibility}
            )
    status_code = 429 if limited else 200 if cw_offer else 400 if request.method == "POST" else 200
    return render(
        request,
        "web/compose.html",
        {
            "compose_form": form,
            "reply_to": card_for(reply_to, request.user) if reply_to else None,
            "cw_offer": cw_offer,
            "form_with_files": bool(request.FILES),
        },
        status=status_code,
    )


@login_required
def compose_thread(request):
    part_count = 3
    if request.method == "POST":
        submitted = [key for key in request.POST if key.startswith("part_")]
        part_count = max(3, len(submitted)) + (1 if "add_part" in request.POST else 0)
    form = ThreadForm(request.POST or None, request.FILES or None, part_count=part_count)
    limited, cw_offer = False, ""
    if request.method == "POST" and "add_part" not in request.POST and form.is_valid():
        try:
            draft = _draft_from(form, request)
            care_views.content_warning_step(request, draft, content="\n".join(form.parts()))
            # Each part of a thread is a post.
            ratelimit.hit_for(request, "statuses", cost=max(1, len([p for p in form.parts() if p])))
            published = services.publish_thread(request.user, form.parts(), draft, form.uploads())
        except care_views.ContentWarningOffered as offer:
            cw_offer = offer.suggestion
        except ratelimit.RateLimited as error:
            form.add_error(None, error.message)
            limited = True
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            care_views.note_after_publish(request, published)
            messages.success(
                request, _("Your thread of %(n)d parts was published.") % {"n": len(published)}
            )
            return redirect("status", status_id=published[0].pk)
    status_code = 429 if limited else 400 if request.method == "POST" and form.errors else 200
    return render(
        request,
        "web/compose_thread.html",
        {"thread_form": form, "cw_offer": cw_offer, "form_with_files": bool(request.FILES)},
        status=status_code,
    )


ACTIONS = {
    "favourite": services.favourite,
    "unfavourite": services.unfavourite,
    "reblog": services.reblog,
    "unreblog": services.unreblog,
    "bookmark": services.bookmark,
    "unbookmark": services.unbookmark,
}


@login_required
@require_POST
def status_action(request, status_id: int, action: str):
    if action not in ACTIONS:
        raise Http404
    status = _visible_status_or_404(request, status_id)
    try:
        ACTIONS[action](request.user, status)
    except ValidationError as error:
        if request.htmx:
            return render(
                request, "web/partials/error.html", {"errors": error.messages}, status=422
            )
        for message in error.messages:
            messages.error(request, message)
    status.refresh_from_db()
    if request.htmx:
        return render(
            request, "web/partials/status_actions.html", {"card": card_for(status, request.user)}
        )
    return redirect(safe_next(request, reverse("status", args=[status.pk])))


@login_required
def delete_status(request, status_id: int):
    status = _visible_status_or_404(request, status_id)
    if not services.can_delete(request.user, status):
        raise PermissionDenied
    if request.method == "POST":
        services.delete_status(request.user, status)
        messages.success(request, _("The post was deleted."))
        return redirect(safe_next(request, reverse("home")))
    return render(request, "web/delete_status.html", {"card": card_for(status, request.user)})
