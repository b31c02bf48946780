"""The care layer in the web UI: the author's card after posting, "I'm worried about this
person", and the care queue for counselors and moderators. The rules live in safety.care."""

from collections.abc import Iterable
from dataclasses import replace

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from teduh.notifications.models import Notification
from teduh.posts.models import ScreeningLevel, Status, StatusState
from teduh.posts.presenters import author_of, card_for
from teduh.posts.services import screen_draft
from teduh.safety import care
from teduh.safety.audit import entries_for
from teduh.safety.models import RESOLVE_OUTCOMES, CareOutcome, CareQueueItem, CareReason
from teduh.safety.templatetags.care_tags import SESSION_KEY
from teduh.web.views.common import safe_next


def note_after_publish(request, statuses: Iterable[Status]) -> None:
    """Leave the author's private card (support after a crisis post, or why a post is held)
    for the page they land on; base.html shows it once through {% care_notice %}."""
    for status in statuses:
        if status.state == StatusState.HELD or status.screening_level == ScreeningLevel.CRISIS:
            request.session[SESSION_KEY] = status.pk
            if status.state == StatusState.HELD:
                return  # the hold matters most: the post is not out


# "I'm worried about this person" -------------------------------------------------------------


def _flaggable_or_404(request, status_id: int) -> Status:
    status = get_object_or_404(Status.objects.visible_to(request.user), pk=status_id)
    status = status.reblog_of or status
    if not care.can_flag_worried(request.user, status):
        raise Http404
    return status


@login_required
def worried(request, status_id: int):
    """GET: what happens if you say you are worried. POST: say it."""
    status = _flaggable_or_404(request, status_id)
    errors: list[str] = []
    if request.method == "POST":
        try:
            care.flag_worried(request.user, status)
        except ValidationError as error:
            errors = error.messages
        else:
            done = _(
                "Thank you for looking out for them. They will get a private, kind message "
                "with places to find help; they won't be told it was you."
            )
            if request.htmx:
                return render(request, "web/care/worried_done.html", {"message": done})
            messages.success(request, done)
            return redirect(safe_next(request, reverse("status", args=[status.pk])))
    return render(
        request,
        "web/care/worried.html",
        {"card": card_for(status, request.user), "errors": errors, "next": safe_next(request, "")},
        status=429 if errors else 200,
    )


@login_required
@require_POST
def worried_misuse(request, notification_id: int):
    """The author says a "someone is worried about you" message felt like harassment."""
    notification = get_object_or_404(Notification, pk=notification_id, recipient=request.user)
    try:
        care.report_worried_misuse(request.user, notification)
    except PermissionDenied:
        raise Http404 from None
    messages.success(
        request,
        _("Thank you for telling us. Moderators will look at who sent these flags."),
    )
    return redirect("notifications")


# The care queue ------------------------------------------------------------------------------


class ReachOutForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Message to the author"),
        max_length=care.MAX_CARE_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The author sees your name with it; you never see theirs."),
    )


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("Outcome"),
        choices=[(value, CareOutcome(value).label) for value in RESOLVE_OUTCOMES],
    )
    note = forms.CharField(
        label=gettext_lazy("Note for other workers"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class HeldDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("publish", "publish"), ("keep_hidden", "keep_hidden")])
    note = forms.CharField(required=False, max_length=2000)


def _worker(request) -> None:
    if not request.user.is_authenticated:
        raise PermissionDenied
    care.require_worker(request.user)


def _item_or_404(request, item_id: int) -> CareQueueItem:
    try:
        return care.get_item(request.user, item_id)
    except CareQueueItem.DoesNotExist:
        raise Http404 from None


@login_required
def queue(request):
    _worker(request)
    resolved = request.GET.get("show") == "resolved"
    items = care.view_queue(request.user, resolved=resolved)
    misuse = list(care.misuse_reports()[:50]) if request.user.is_moderator_user else []
    return render(
        request,
        "web/care/queue.html",
        {
            "rows": [(item, author_of(item.status), _reason_labels(item)) for item in items],
            "resolved": resolved,
            "misuse": misuse,
        },
    )


def _reason_labels(item: CareQueueItem) -> list[str]:
    return [CareReason(r).label for r in item.reasons or [item.reason] if r in CareReason.values]


def _item_page(request, item: CareQueueItem, *, reach_form=None, resolve_form=None, status=200):
    return render(
        request,
        "web/care/item.html",
        {
            "item": item,
            "status": item.status,
            "author": author_of(item.status),
            "reasons": _reason_labels(item),
            "reach_form": reach_form or ReachOutForm(),
            "resolve_form": resolve_form or ResolveForm(),
            "is_held": item.status.state == StatusState.HELD,
            "can_decide": request.user.is_moderator_user,
            "history": list(entries_for(item)[:50]),
        },
        status=status,
    )


@login_required
def item_detail(request, item_id: int):
    _worker(request)
    return _item_page(request, _item_or_404(request, item_id))


def _after_action(request, item: CareQueueItem, message: str):
    messages.success(request, message)
    return redirect("care_item", item_id=item.pk)


def _refused(request, item: CareQueueItem, error: ValidationError, **forms_):
    for problem in error.messages:
        messages.error(request, problem)
    return _item_page(request, item, status=400, **forms_)


@login_required
@require_POST
def item_claim(request, item_id: int):
    _worker(request)
    item = _item_or_404(request, item_id)
    try:
        care.claim(request.user, item)
    except ValidationError as error:
        return _refused(request, item, error)
    return _after_action(request, item, _("You claimed this item."))


@login_required
@require_POST
def item_reach_out(request, item_id: int):
    _worker(request)
    item = _item_or_404(request, item_id)
    form = ReachOutForm(request.POST)
    if not form.is_valid():
        return _item_page(request, item, reach_form=form, status=400)
    try:
        care.reach_out(request.user, item, form.cleaned_data["message"])
    except ValidationError as error:
        return _refused(request, item, error, reach_form=form)
    return _after_action(request, item, _("Your message was sent privately to the author."))


@login_required
@require_POST
def item_resolve(request, item_id: int):
    _worker(request)
    item = _item_or_404(request, item_id)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        return _item_page(request, item, resolve_form=form, status=400)
    try:
        care.resolve(request.user, item, form.cleaned_data["outcome"], form.cleaned_data["note"])
    except ValidationError as error:
        return _refused(request, item, error, resolve_form=form)
    return _after_action(request, item, _("The item is resolved."))


@login_required
@require_POST
def item_decide(request, item_id: int):
    _worker(request)
    item = _item_or_404(request, item_id)
    form = HeldDecisionForm(request.POST)
    if not form.is_valid():
        return _refused(request, item, ValidationError(_("Choose publish or keep hidden.")))
    publish = form.cleaned_data["decision"] == "publish"
    try:
        care.decide_held(request.user, item, publish=publish, note=form.cleaned_data["note"])
    except ValidationError as error:
        return _refused(request, item, error)
    done = _("The post is published.") if publish else _("The post stays hidden.")
    return _after_action(request, item, done)


# The composer's content warning offer --------------------------------------------------------


class ContentWarningOffered(Exception):  # noqa: N818 (a signal to the composer, not an error)
    """Raised by the composer when it should show the offer instead of publishing."""

    def __init__(self, suggestion: str):
        super().__init__(suggestion)
        self.suggestion = suggestion


def content_warning_step(request, draft, *, content: str | None = None) -> None:
    """The composer's content warning offer, before publishing a personal post that screening
    finds concerning and that has no warning yet.

    With no choice made, raises ContentWarningOffered with the suggested warning (render the
    form again with it). "add" puts the suggested warning on `draft`; "as_is" publishes it
    unchanged. Screening the draft writes nothing. `content` is the text to screen when the
    draft's own content is empty (a thread's parts).
    """
    choice = request.POST.get("cw_choice")
    if choice == "as_is":
        return
    if choice == "add":
        if not draft.spoiler_text.strip():
            suggested = request.POST.get("suggested_cw", "").strip()[:200]
            draft.spoiler_text = suggested or _("mental health, heavy feelings")
        return
    screened = replace(draft, content=content) if content is not None else draft
    suggestion = care.content_warning_offer(screen_draft(screened), draft.spoiler_text)
    if suggestion:
        raise ContentWarningOffered(suggestion)
