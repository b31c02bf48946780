"""Reports: POST /api/v1/reports, over moderation.services.file_report (the same function as the
web report form).

An anonymous status is reported with the "anonim" placeholder's id as `account_id`, as its
entity shows; the Report entity then names the placeholder, never the real author.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from ninja import Form, Router, Schema
from pydantic import Field

from teduh.accounts.services import find_account
from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import ApiError, not_found
from teduh.api.routers.common import object_id, with_errors
from teduh.core import ratelimit
from teduh.moderation import services
from teduh.moderation.models import Report, ReportCategory
from teduh.posts.models import Status

router = Router(tags=["reports"])

CATEGORIES = ", ".join([*services.MASTODON_CATEGORIES, *ReportCategory.values])


class ReportEntity(Schema):
    id: str
    action_taken: bool
    action_taken_at: datetime | None
    category: str
    comment: str
    forwarded: bool
    created_at: datetime
    status_ids: list[str] | None
    rule_ids: list[str] | None
    target_account: schemas.Account


class ReportForm(Schema):
    account_id: str = Field(
        ..., description="The account reported; the `anonim` account's id for anonymous posts"
    )
    status_ids: list[str] = Field(
        [], alias="status_ids[]", description="Statuses of that account to attach"
    )
    comment: str = Field("", description="Why, for the moderators (at most 1000 characters)")
    category: str = Field(
        "other",
        description=f"One of {CATEGORIES}; Mastodon's `legal` and `violation` count as `other`",
    )
    forward: bool = Field(False, description="Accepted and ignored: Teduh does not federate")
    forward_to_domains: list[str] = Field(
        [], alias="forward_to_domains[]", description="Accepted and ignored"
    )
    rule_ids: list[str] = Field([], alias="rule_ids[]", description="Accepted and ignored")


def _statuses(values: list[str]) -> list[Status]:
    ids = []
    for value in values:
        if not (value.isascii() and value.isdigit()) or len(value) > 18:
            raise ApiError(422, "Validation failed: status_ids must be status ids")
        ids.append(int(value))
    found = Status.objects.filter(pk__in=ids).in_bulk()
    # Unknown ids are left to the service, which refuses them like invisible ones.
    return [found.get(pk) or Status(pk=pk) for pk in dict.fromkeys(ids)]


def report_entity(builder: EntityBuilder, report: Report, account, statuses) -> dict:
    """The entity the reporter sees: `account` and `statuses` as they reported them (the
    placeholder stays the placeholder)."""
    return {
        "id": str(report.pk),
        "action_taken": report.action_taken not in ("", "dismiss"),
        "action_taken_at": report.handled_at,
        "category": report.category,
        "comment": report.comment,
        "forwarded": False,
        "created_at": report.created_at,
        "status_ids": [str(s.pk) for s in statuses],
        "rule_ids": [],
        "target_account": builder.account(account),
    }


@router.post(
    "/v1/reports",
    response=with_errors({200: ReportEntity}),
    auth=auth.write("reports"),
    summary="File a report",
)
def file_report(request, data: Form[ReportForm]):
    """Report an account and some of its statuses to the moderators. Teduh's categories
    (self_harm_risk, method_content, harassment, misinformation) are accepted beside
    Mastodon's; a report of a risk of self-harm also goes to the care queue. At most 10 reports
    an hour (429 with Retry-After)."""
    account = find_account(pk=object_id(data.account_id))
    if account is None:
        raise not_found()
    statuses = _statuses(data.status_ids)
    try:
        report = services.file_report(
            request.user,
            account=account,
            statuses=statuses,
            category=data.category,
            comment=data.comment,
            rate_limit_key=ratelimit.key_for(request, "reports"),
        )
    except ValidationError as error:
        raise ApiError(422, "Validation failed: " + " ".join(error.messages)) from error
    shown = [s.reblog_of if s.reblog_of_id else s for s in statuses]
    return report_entity(EntityBuilder(request), report, account, shown)
