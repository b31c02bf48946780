"""Reports and moderation: the one place that files a report and the one that acts on it.

    report = file_report(reporter, account=author, statuses=[status], category="harassment",
                         comment="...")
    take_action(moderator, report, "hide")

Privacy: for anonymous statuses the report's target is the real author, which only moderators
see. Nothing returned to the reporter (web page, API entity, outcome message) names it, and a
report about a signed account never accepts that account's anonymous statuses, so filing
reports can't be used to test who wrote one.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.accounts.models import ANONYMOUS_PLACEHOLDER_USERNAME, User, anonymous_placeholder
from teduh.core import ratelimit
from teduh.moderation.models import (
    ModerationAction,
    Report,
    ReportCategory,
    ReportState,
)
from teduh.notifications.models import NotificationType
from teduh.notifications.services import create_private_notification
from teduh.posts.models import Status, StatusState
from teduh.safety.audit import audit

MAX_COMMENT_CHARS = 1000
MAX_WARNING_CHARS = Status._meta.get_field("spoiler_text").max_length
MAX_STATUSES = 20

# Mastodon's report categories, for clients that only know those.
MASTODON_CATEGORIES = {"spam": "spam", "legal": "other", "violation": "other", "other": "other"}

# Actions on the reported posts, and on the account behind them.
STATUS_ACTIONS = {
    ModerationAction.HIDE,
    ModerationAction.CONTENT_WARNING,
    ModerationAction.MISINFORMATION,
}
ACCOUNT_ACTIONS = {ModerationAction.LIMIT, ModerationAction.SUSPEND}


def anonymous_account() -> User:
    """The "anonim" placeholder: what a reporter reports an anonymous post's author as."""
    return anonymous_placeholder()


def is_placeholder(account: User) -> bool:
    return account.username == ANONYMOUS_PLACEHOLDER_USERNAME


def normalize_category(value: str) -> str:
    """One of ReportCategory's values for a Teduh or Mastodon category name; "" if unknown."""
    value = (value or "").strip().lower()
    if value in ReportCategory.values:
        return value
    return MASTODON_CATEGORIES.get(value, "")


# Filing ---------------------------------------------------------------------------------------


def _unavailable() -> ValidationError:
    # One message for "not visible" and "not this account's": which one it was would tell
    # something about who wrote an anonymous post.
    return ValidationError(_("Those posts are not available to report."), code="unavailable")


def _reportable_statuses(reporter: User, account: User, statuses: Sequence[Status]) -> list[Status]:
    """The reported statuses, checked: visible to the reporter and belonging to `account` (for
    the "anonim" placeholder: anonymous statuses, whoever wrote them). Reblogs stand for the
    status they share."""
    wanted = list(dict.fromkeys((s.reblog_of_id or s.pk) for s in statuses))
    if len(wanted) > MAX_STATUSES:
        raise ValidationError(
            _("Report at most %(n)d posts at once.") % {"n": MAX_STATUSES}, code="too_many"
        )
    found = Status.objects.visible_to(reporter).filter(pk__in=wanted).in_bulk()
    if len(found) != len(wanted):
        raise _unavailable()
    checked = [found[pk] for pk in wanted]
    anonymous = is_placeholder(account)
    for status in checked:
        if anonymous and not status.is_anonymous:
            raise _unavailable()
        if not anonymous and (status.is_anonymous or status.account_id != account.pk):
            raise _unavailable()
    return checked


def validate_report(
    reporter: User, *, account: User, statuses: Sequence[Status], category: str, comment: str
) -> tuple[str, str, list[Status]]:
    """Check a report; returns (category, comment, statuses) as they will be stored. Raises
    ValidationError (with an error_dict keyed "account", "statuses", "category", "comment")."""
    errors: dict[str, ValidationError] = {}
    category = normalize_category(category)
    if not category:
        errors["category"] = ValidationError(
            _("Choose a reason for your report."), code="invalid_category"
        )
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT_CHARS:
        errors["comment"] = ValidationError(
            _("Keep your comment to %(n)d characters or fewer.") % {"n": MAX_COMMENT_CHARS},
            code="too_long",
        )
    checked: list[Status] = []
    if not account.is_active and not is_placeholder(account):
        errors["account"] = ValidationError(_("This account is not available."), code="missing")
    elif is_placeholder(account) and not statuses:
        errors["statuses"] = ValidationError(
            _("Choose the posts you are reporting."), code="statuses_required"
        )
    else:
        try:
            checked = _reportable_statuses(reporter, account, statuses)
        except ValidationError as error:
            errors["statuses"] = error
    if not errors:
        authors = {s.account_id for s in checked} or {account.pk}
        if reporter.pk in authors:
            errors["account"] = ValidationError(
                _("You cannot report yourself."), code="self_report"
            )
    if errors:
        raise ValidationError(errors)
    return category, comment, checked


@transaction.atomic
def file_report(
    reporter: User,
    *,
    account: User,
    statuses: Sequence[Status] = (),
    category: str,
    comment: str = "",
    rate_limit_key: str | None = None,
) -> Report:
    """File a report about `account` (the "anonim" placeholder for anonymous posts) and some
    of its statuses. Reports of a risk of self-harm also go to the care queue.

    With `rate_limit_key` (ratelimit.key_for(request, "reports")), a valid report counts
    towards the "reports" limit and RateLimited is raised when over it; invalid ones don't
    count. Anonymous statuses by different people become one report per real author, so each
    report names one account; the first is returned.
    """
    category, comment, checked = validate_report(
        reporter, account=account, statuses=statuses, category=category, comment=comment
    )
    if rate_limit_key is not None:
        ratelimit.hit("reports", rate_limit_key)
    by_author: dict[int, list[Status]] = {}
    for status in checked:
        by_author.setdefault(status.account_id, []).append(status)
    if not by_author:
        by_author[account.pk] = []
    reports = []
    for author_id, authored in by_author.items():
        report = Report.objects.create(
            reporter=reporter, target_account_id=author_id, category=category, comment=comment
        )
        report.statuses.set(authored)
        reports.append(report)
    if category == ReportCategory.SELF_HARM_RISK:
        _send_to_care(checked, comment)
    return reports[0]


def _send_to_care(statuses: Sequence[Status], comment: str) -> bool:
    """Put reported statuses in the care queue (safety.care), when it is installed."""
    try:
        from teduh.safety.care import enqueue_for_care
    except ImportError:
        return False
    for status in statuses:
        enqueue_for_care(status, "report", note=comment)
    return True


# Acting ---------------------------------------------------------------------------------------


def require_moderator(user) -> None:
    """PermissionDenied unless `user` is a moderator (staff and superusers count)."""
    if user is None or not user.is_authenticated or not user.is_moderator_user:
        raise PermissionDenied


@transaction.atomic
def take_action(moderator: User, report: Report, action: str, *, text: str = "") -> Report:
    """Act on an open report, all or nothing: do `action` (ModerationAction), resolve the report
    (dismissed for "dismiss"), tell the reporter the outcome and the author what happened to
    their post or account, and write the audit log.

    `text` is the content warning for "content_warning". Raises PermissionDenied for anyone
    who is not a moderator and ValidationError for a handled report or a missing text.
    """
    require_moderator(moderator)
    if action not in ModerationAction.values:
        raise ValidationError(_("Choose an action."), code="invalid_action")
    # Locked, so two moderators acting at once can't both handle it.
    report = Report.objects.select_for_update().select_related("target_account").get(pk=report.pk)
    if not report.is_open:
        raise ValidationError(_("This report was already handled."), code="handled")
    statuses = list(report.statuses.select_for_update().order_by("pk"))
    target = report.target_account
    text = " ".join((text or "").split())
    if action in STATUS_ACTIONS and not statuses:
        raise ValidationError(
            _("This report names no post; choose an action on the account."), code="no_posts"
        )
    if action == ModerationAction.CONTENT_WARNING:
        if not text:
            raise ValidationError(_("Write the content warning."), code="text_required")
        if len(text) > MAX_WARNING_CHARS:
            raise ValidationError(
                _("Keep the content warning to %(n)d characters or fewer.")
                % {"n": MAX_WARNING_CHARS},
                code="too_long",
            )

    now = timezone.now()
    ids = [s.pk for s in statuses]
    if action == ModerationAction.HIDE:
        Status.objects.filter(pk__in=ids).update(state=StatusState.HIDDEN)
    elif action == ModerationAction.CONTENT_WARNING:
        Status.objects.filter(pk__in=ids).update(spoiler_text=text, sensitive=True)
    elif action == ModerationAction.MISINFORMATION:
        Status.objects.filter(pk__in=ids).update(misinformation=True)
    elif action == ModerationAction.LIMIT:
        User.objects.filter(pk=target.pk, limited_at__isnull=True).update(limited_at=now)
    elif action == ModerationAction.SUSPEND:
        User.objects.filter(pk=target.pk, suspended_at__isnull=True).update(suspended_at=now)

    report.state = (
        ReportState.DISMISSED if action == ModerationAction.DISMISS else ReportState.RESOLVED
    )
    report.action_taken = action
    report.action_text = text if action == ModerationAction.CONTENT_WARNING else ""
    report.handled_by = moderator
    report.handled_at = now
    report.save(update_fields=["state", "action_taken", "action_text", "handled_by", "handled_at"])

    anonymous = any(s.is_anonymous for s in statuses)
    notify_moderation(report.reporter, _reporter_message, action=action, anonymous=anonymous)
    if action != ModerationAction.DISMISS:
        notify_moderation(
            target,
            _author_message,
            action=action,
            text=text,
            status=statuses[0] if statuses and action in STATUS_ACTIONS else None,
        )
    audit(
        moderator,
        f"report.{action}",
        report,
        category=report.category,
        statuses=ids,
        account=target.pk,
    )
    return report


def notify_moderation(recipient: User, compose, *, status: Status | None = None, **context):
    """A private MODERATION notification, its text written in the recipient's language by
    `compose(**context)`. Moderation notices have no actor: nobody is named."""
    return create_private_notification(
        recipient, NotificationType.MODERATION, lambda: compose(**context), status=status
    )


def _reporter_message(*, action: str, anonymous: bool) -> str:
    """What the reporter is told. It never names an account; for anonymous posts, what was
    done to the author's account is not said either, since someone watching which accounts
    then leave the public timeline could guess who wrote the post."""
    thanks = _("Thank you for your report.")
    if action == ModerationAction.DISMISS:
        outcome = _(
            "A moderator reviewed it and found that it does not break the rules, so no action "
            "was taken."
        )
    elif action == ModerationAction.HIDE:
        outcome = _("A moderator reviewed it and hid the reported post.")
    elif action == ModerationAction.CONTENT_WARNING:
        outcome = _("A moderator reviewed it and added a content warning to the reported post.")
    elif action == ModerationAction.MISINFORMATION:
        outcome = _("A moderator reviewed it and labelled the reported post as misinformation.")
    elif anonymous:
        outcome = _("A moderator reviewed it and took action.")
    elif action == ModerationAction.LIMIT:
        outcome = _(
            "A moderator reviewed it and limited the reported account: its posts no longer "
            "appear in the public timeline or in search."
        )
    else:
        outcome = _("A moderator reviewed it and suspended the reported account.")
    return f"{thanks} {outcome}"


def _author_message(*, action: str, text: str) -> str:
    """What the author is told. Never who reported them."""
    if action == ModerationAction.HIDE:
        return _(
            "A moderator hid your post after a report because it breaks the community rules. "
            "Others can no longer see it; you still can."
        )
    if action == ModerationAction.CONTENT_WARNING:
        return _("A moderator added a content warning to your post after a report: %(text)s") % {
            "text": text
        }
    if action == ModerationAction.MISINFORMATION:
        return _("A moderator labelled your post as misinformation after a report.")
    if action == ModerationAction.LIMIT:
        return _(
            "A moderator limited your account after a report: your posts no longer appear in "
            "the public timeline or in search, but your followers still see them."
        )
    return _("A moderator suspended your account after a report.")


# The queue --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    report: Report
    statuses: list[Status]
    open_about_account: int  # open reports about the same account, this one included


def open_reports() -> QuerySet[Report]:
    return (
        Report.objects.open()
        .select_related("reporter", "target_account")
        .prefetch_related("statuses")
        .order_by("created_at", "pk")
    )


def queue(moderator: User, *, limit: int = 100) -> tuple[list[QueueRow], dict[str, int]]:
    """The open reports, oldest first, with how many open reports each account has, and the
    open count per category. Looking is staff access to sensitive data: it is audit-logged."""
    require_moderator(moderator)
    reports = list(open_reports()[:limit])
    per_account = dict(
        Report.objects.open()
        .values("target_account_id")
        .annotate(n=Count("id"))
        .values_list("target_account_id", "n")
    )
    per_category = dict(
        Report.objects.open()
        .values("category")
        .annotate(n=Count("id"))
        .values_list("category", "n")
    )
    counts = {value: per_category.get(value, 0) for value in ReportCategory.values}
    audit(moderator, "report.queue.view", None, reports=[r.pk for r in reports])
    rows = [
        QueueRow(r, list(r.statuses.all()), per_account.get(r.target_account_id, 0))
        for r in reports
    ]
    return rows, counts


def view_report(moderator: User, report_id: int) -> Report | None:
    """One report for a moderator, audit-logged (it may show who wrote an anonymous post)."""
    require_moderator(moderator)
    report = (
        Report.objects.select_related("reporter", "target_account", "handled_by")
        .prefetch_related("statuses")
        .filter(pk=report_id)
        .first()
    )
    if report is not None:
        audit(moderator, "report.view", report)
    return report


def other_reports_about(report: Report) -> QuerySet[Report]:
    """Earlier and later reports about the same account, for context."""
    return (
        Report.objects.filter(target_account_id=report.target_account_id)
        .exclude(pk=report.pk)
        .order_by("-created_at")
    )


def open_report_count() -> int:
    return Report.objects.open().count()
