"""Everyone's own controls in the web UI: mute and block, keyword filters, and how sensitive
content and counts are shown. The rules live in accounts.services and filters.services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRefresh, reswap, retarget

from teduh.accounts import services as accounts
from teduh.accounts.forms import ContentSettingsForm, MuteForm
from teduh.accounts.models import User
from teduh.filters import services as filters
from teduh.filters.forms import FilterForm, keyword_changes, keyword_formset
from teduh.filters.models import FilterContext
from teduh.notifications.models import PRIVATE_TYPES
from teduh.posts.presenters import StatusCard, cards_for
from teduh.safety import care
from teduh.web.views.common import safe_next

# Applying filters ---------------------------------------------------------------------------


def filtered_cards(request, statuses, context: str | None) -> list[StatusCard]:
    """Cards for `statuses` after the viewer's keyword filters for `context` (a FilterContext
    value; None applies none): "hide" matches are left out, "warn" matches carry the filters'
    titles in `card.filtered` so the template folds them."""
    if context is None:
        return cards_for(statuses, request.user)
    kept = filters.apply_filters(request.user, statuses, context)
    cards = cards_for([item.status for item in kept], request.user)
    for card, item in zip(cards, kept, strict=True):
        card.filtered = item.titles
    return cards


def visible_notifications(request, items: list) -> list:
    """Notifications without those whose status a "hide" filter for notifications matches."""
    statuses = [item.status for item in items if item.status_id]
    kept = {r.status.pk for r in filters.apply_filters(request.user, statuses, "notifications")}
    # Teduh's private messages (support, care, moderation) are never filtered away.
    return [
        item
        for item in items
        if not item.status_id or item.type in PRIVATE_TYPES or item.status_id in kept
    ]


# Mute and block -----------------------------------------------------------------------------


def _target(username: str) -> User:
    return get_object_or_404(User, username__iexact=username, is_active=True)


def _controls_partial(request, target: User, errors: list[str] = ()):
    profile_url = reverse("profile", args=[target.username])
    return render(
        request,
        "web/partials/account_controls.html",
        {
            "account": target,
            "relationship": accounts.relationships(request.user, [target])[0],
            "mute_form": MuteForm(auto_id=f"mute-{target.pk}-%s"),
            "errors": errors,
            # Not this request's own path (the mute URL): where a no-JavaScript form returns.
            "next_url": safe_next(request, profile_url),
        },
    )


def _controls_response(request, target: User, *, refresh: bool = False):
    if request.htmx:
        if refresh:  # a block changes the whole profile (posts, follow button): reload it
            return HttpResponseClientRefresh()
        return _controls_partial(request, target)
    return redirect(safe_next(request, reverse("profile", args=[target.username])))


def _refused(request, target: User, error: ValidationError):
    if request.htmx:
        # htmx swaps only successful answers: show the refusal inside the controls, which
        # also works for the block form (it swaps nothing on success).
        response = _controls_partial(request, target, error.messages)
        return reswap(retarget(response, f"#controls-{target.pk}"), "outerHTML")
    for message in error.messages:
        messages.error(request, message)
    return _controls_response(request, target)


def _done(request, message: str) -> None:
    # An htmx swap shows the new state in place; a message would only surface a page later.
    if not request.htmx:
        messages.success(request, message)


@login_required
@require_POST
def mute(request, username: str):
    target = _target(username)
    form = MuteForm(request.POST)
    if not form.is_valid():
        return _refused(request, target, ValidationError(_("Choose how long to mute for.")))
    try:
        accounts.mute(
            request.user,
            target,
            notifications=form.cleaned_data["notifications"],
            duration=form.cleaned_data["duration"],
        )
    except ValidationError as error:
        return _refused(request, target, error)
    _done(request, _("You muted @%(username)s. They are not told.") % {"username": target.username})
    return _controls_response(request, target)


@login_required
@require_POST
def unmute(request, username: str):
    target = _target(username)
    accounts.unmute(request.user, target)
    _done(request, _("You unmuted @%(username)s.") % {"username": target.username})
    return _controls_response(request, target)


@login_required
@require_POST
def block(request, username: str):
    target = _target(username)
    try:
        accounts.block(request.user, target)
    except ValidationError as error:
        return _refused(request, target, error)
    messages.success(request, _("You blocked @%(username)s.") % {"username": target.username})
    return _controls_response(request, target, refresh=True)


@login_required
@require_POST
def unblock(request, username: str):
    target = _target(username)
    accounts.unblock(request.user, target)
    messages.success(request, _("You unblocked @%(username)s.") % {"username": target.username})
    return _controls_response(request, target, refresh=True)


# Settings: sensitive content, counts, muted and blocked accounts ----------------------------

LISTED_AT_MOST = 500


@login_required
def settings_controls(request):
    user = request.user
    form = ContentSettingsForm(
        request.POST or None,
        initial={
            "sensitive_content": user.sensitive_content,
            "hide_counts": user.hide_counts,
            "worried_messages": user.worried_messages,
        },
    )
    if request.method == "POST" and form.is_valid():
        accounts.update_content_settings(
            user,
            sensitive_content=form.cleaned_data["sensitive_content"],
            hide_counts=form.cleaned_data["hide_counts"],
        )
        care.set_worried_messages(user, form.cleaned_data["worried_messages"])
        messages.success(request, _("Your settings were saved."))
        return redirect("settings_controls")
    return render(
        request,
        "web/settings_controls.html",
        {
            "form": form,
            "mutes": list(accounts.mutes_of(user).order_by("-pk")[:LISTED_AT_MOST]),
            "blocks": list(accounts.blocks_of(user).order_by("-pk")[:LISTED_AT_MOST]),
            "filters_count": filters.filters_of(user).count(),
        },
        status=400 if form.errors else 200,
    )


# Settings: keyword filters ------------------------------------------------------------------


@login_required
def filter_list(request):
    return render(
        request,
        "web/settings_filters.html",
        {"filters": filters.filters_of(request.user), "contexts": dict(FilterContext.choices)},
    )


def _show_service_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.error_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error)


@login_required
def filter_create(request):
    return _filter_form(request, None)


@login_required
def filter_edit(request, filter_id: int):
    found = filters.get_filter(request.user, filter_id)
    if found is None:
        raise Http404
    return _filter_form(request, found)


def _filter_form(request, instance):
    data = request.POST if request.method == "POST" else None
    form = FilterForm(data, instance=instance)
    keywords = keyword_formset(data, instance=instance)
    if request.method == "POST" and form.is_valid() and keywords.is_valid():
        changes = keyword_changes(keywords)
        keep, expires_in = form.expires_in_value()
        try:
            if instance is None:
                if not changes:
                    raise ValidationError(_("Add at least one word or phrase."))
                saved = filters.create_filter(
                    request.user,
                    title=form.cleaned_data["title"],
                    context=form.cleaned_data["context"],
                    filter_action=form.cleaned_data["filter_action"],
                    expires_in=expires_in,
                    keywords=[(c.keyword, c.whole_word) for c in changes],
                )
            else:
                saved = filters.update_filter(
                    instance,
                    title=form.cleaned_data["title"],
                    context=form.cleaned_data["context"],
                    filter_action=form.cleaned_data["filter_action"],
                    expires_in=filters.UNSET if keep else expires_in,
                    keyword_changes=changes,
                )
                if not saved.keywords.all():
                    messages.info(request, _("This filter has no words yet, so it hides nothing."))
        except ValidationError as error:
            _show_service_errors(form, error)
        else:
            messages.success(request, _("The filter was saved."))
            return redirect("filter_edit", filter_id=saved.pk)
    failed = request.method == "POST"
    return render(
        request,
        "web/settings_filter_form.html",
        {"form": form, "keywords": keywords, "filter": instance},
        status=400 if failed else 200,
    )


@login_required
def filter_delete(request, filter_id: int):
    found = filters.get_filter(request.user, filter_id)
    if found is None:
        raise Http404
    if request.method == "POST":
        filters.delete_filter(found)
        messages.success(request, _("The filter was deleted."))
        return redirect("filters")
    return render(request, "web/settings_filter_delete.html", {"filter": found})
