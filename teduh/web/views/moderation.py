"""Reporting (every member) and the moderation queue (moderators) in the web UI, over
teduh.moderation.services. The helpline directory's staff pages are in views/helplines.py."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teduh.accounts.models import User
from teduh.accounts.services import relationships
from teduh.core import ratelimit
from teduh.moderation import services
from teduh.moderation.forms import ModerationActionForm, ReportForm
from teduh.moderation.models import ModerationAction, Report, ReportCategory
from teduh.posts.models import Status
from teduh.posts.presenters import card_for, cards_for


def moderator_required(view):
    """Signed-out visitors are sent to log in; members who are not moderators get 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.is_moderator_user:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


# Reporting ------------------------------------------------------------------------------------


def _report(request, *, account: User, statuses: list[Status], context: dict):
    form = ReportForm(request.POST if request.method == "POST" else None)
    status_code = 200
    if request.method == "POST":
        status_code = 400
        if form.is_valid():
            try:
                services.file_report(
                    request.user,
                    account=account,
                    statuses=statuses,
                    category=form.cleaned_data["category"],
                    comment=form.cleaned_data["comment"],
                    rate_limit_key=ratelimit.key_for(request, "reports"),
                )
            except ratelimit.RateLimited as error:
                form.add_error(None, error.message)
                status_code = 429
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                thanks = reverse("report_thanks")
                if form.cleaned_data["category"] == ReportCategory.SELF_HARM_RISK:
                    thanks += "?care=1"
                return redirect(thanks)
    return render(
        request,
        "web/moderation/report_form.html",
        {"form": form, **context},
        status=status_code,
    )


@login_required
def report_status(request, status_id: int):
    status = get_object_or_404(Status.objects.visible_to(request.user), pk=status_id)
    if status.reblog_of_id:  # a share is reported as the post it shares
        return redirect("report_status", status_id=status.reblog_of_id)
    if status.account_id == request.user.pk:
        raise PermissionDenied
    # An anonymous post is reported as "Anonim's": its author is never named to the reporter.
    account = services.anonymous_account() if status.is_anonymous else status.account
    return _report(
        request,
        account=account,
        statuses=[status],
        context={"card": card_for(status, request.user), "reported_account": None},
    )


@login_required
def report_account(request, username: str):
    account = get_object_or_404(User, username__iexact=username, is_active=True)
    if account.pk == request.user.pk:
        raise PermissionDenied
    if relationships(request.user, [account])[0].blocked_by:
        raise Http404  # as on the profile page
    return _report(
        request, account=account, statuses=[], context={"card": None, "reported_account": account}
    )


@login_required
def report_thanks(request):
    return render(
        request, "web/moderation/report_thanks.html", {"care": request.GET.get("care") == "1"}
    )


# The moderation queue -------------------------------------------------------------------------


@moderator_required
def report_queue(request):
    rows, counts = services.queue(request.user)
    return render(
        request,
        "web/moderation/reports.html",
        {
            "rows": rows,
            "category_counts": [(label, counts[value]) for value, label in ReportCategory.choices],
            "open_count": sum(counts.values()),
        },
    )


@moderator_required
def report_detail(request, report_id: int):
    report = services.view_report(request.user, report_id)
    if report is None:
        raise Http404
    statuses = list(report.statuses.select_related("account").order_by("pk"))
    return render(
        request,
        "web/moderation/report_detail.html",
        {
            "report": report,
            "cards": cards_for(statuses, request.user),
            "any_anonymous": any(s.is_anonymous for s in statuses),
            "has_statuses": bool(statuses),
            "other_reports": services.other_reports_about(report)[:10],
            "actions": ModerationAction,
            "warning_max": services.MAX_WARNING_CHARS,
        },
    )


@moderator_required
@require_POST
def report_action(request, report_id: int):
    report = get_object_or_404(Report, pk=report_id)  # take_action writes the audit entry
    form = ModerationActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose an action."))
        return redirect("moderation_report", report_id=report.pk)
    try:
        services.take_action(
            request.user, report, form.cleaned_data["action"], text=form.cleaned_data["text"]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("moderation_report", report_id=report.pk)
    messages.success(
        request,
        _("Done: %(action)s. The reporter was told the outcome.")
        % {"action": ModerationAction(form.cleaned_data["action"]).label},
    )
    return redirect("moderation_reports")
