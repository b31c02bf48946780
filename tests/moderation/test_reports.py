"""Reports and moderation: filing (web and service), validation, anonymous authors' privacy,
each moderator action's effect, who is told what, the audit log and who may do it."""

import secrets
import sys
import types
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone
from oauth2_provider.models import AccessToken, Application

from teduh.accounts.models import Follow, anonymous_placeholder
from teduh.moderation import services
from teduh.moderation.models import ModerationAction, Report, ReportState
from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import Status, StatusState, Visibility
from teduh.safety.models import AuditLogEntry
from teduh.timelines.search import search_statuses
from teduh.timelines.services import home_queryset, public_queryset
from tests.helpers import status_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(make_user):
    return {
        "author": make_user("sari", display_name="Sari Rahasia"),
        "reporter": make_user("budi"),
        "other": make_user("citra"),
        "moderator": make_user("moderator", is_moderator=True),
    }


def _report(people, post, *, anonymous=False, category="harassment", text="Kamu payah"):
    status = post(people["author"], text, anonymous=anonymous)
    account = anonymous_placeholder() if anonymous else people["author"]
    report = services.file_report(
        people["reporter"], account=account, statuses=[status], category=category, comment="Tolong"
    )
    return report, status


def _moderation_notes(user) -> list[Notification]:
    return list(Notification.objects.filter(recipient=user, type=NotificationType.MODERATION))


# Filing ---------------------------------------------------------------------------------------


def test_file_report_stores_target_statuses_category_and_comment(people, post):
    report, status = _report(people, post)

    assert report.reporter == people["reporter"]
    assert report.target_account == people["author"]
    assert list(report.statuses.all()) == [status]
    assert (report.category, report.comment, report.state) == ("harassment", "Tolong", "open")
    assert report.handled_by is None and report.action_taken == ""


def test_a_report_about_an_account_needs_no_posts(people):
    report = services.file_report(people["reporter"], account=people["author"], category="spam")

    assert report.target_account == people["author"]
    assert report.statuses.count() == 0


def test_mastodon_categories_are_accepted(people):
    report = services.file_report(
        people["reporter"], account=people["author"], category="violation"
    )
    assert report.category == "other"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": "nonsense"}, "category"),
        ({"category": ""}, "category"),
        ({"comment": "x" * 1001}, "comment"),
    ],
)
def test_invalid_reports_are_refused(people, post, change, field):
    status = post(people["author"], "Halo")
    arguments = {
        "account": people["author"],
        "statuses": [status],
        "category": "spam",
        "comment": "",
        **change,
    }
    with pytest.raises(ValidationError) as caught:
        services.file_report(people["reporter"], **arguments)

    assert field in caught.value.error_dict
    assert Report.objects.count() == 0


def test_a_comment_of_1000_characters_is_fine(people):
    report = services.file_report(
        people["reporter"], account=people["author"], category="other", comment="x" * 1000
    )
    assert len(report.comment) == 1000


def test_you_cannot_report_yourself(people, post):
    status = post(people["reporter"], "Punyaku")
    with pytest.raises(ValidationError) as caught:
        services.file_report(
            people["reporter"], account=people["reporter"], statuses=[status], category="spam"
        )
    assert caught.value.error_dict["account"][0].code == "self_report"


def test_statuses_must_belong_to_the_reported_account(people, post):
    someone_elses = post(people["other"], "Bukan punya Sari")
    with pytest.raises(ValidationError) as caught:
        services.file_report(
            people["reporter"],
            account=people["author"],
            statuses=[someone_elses],
            category="spam",
        )
    assert "statuses" in caught.value.error_dict


def test_statuses_the_reporter_cannot_see_cannot_be_reported(people, post):
    followers_only = post(people["author"], "Khusus pengikut", visibility=Visibility.PRIVATE)
    with pytest.raises(ValidationError):
        services.file_report(
            people["reporter"],
            account=people["author"],
            statuses=[followers_only],
            category="spam",
        )
    Follow.objects.create(follower=people["reporter"], target=people["author"])
    report = services.file_report(
        people["reporter"], account=people["author"], statuses=[followers_only], category="spam"
    )
    assert list(report.statuses.all()) == [followers_only]


# Anonymous posts ----------------------------------------------------------------------------


def test_an_anonymous_post_is_reported_through_the_placeholder(people, post):
    report, status = _report(people, post, anonymous=True)

    # Moderators see the real author; the reporter never does.
    assert report.target_account == people["author"]
    assert list(report.statuses.all()) == [status]


def test_an_anonymous_post_cannot_be_tied_to_an_account_by_reporting(people, post):
    """Reporting an anonymous post as someone's would tell, by succeeding, that they wrote it:
    it is refused exactly like a post that is not theirs."""
    anonymous = post(people["author"], "Rahasia", anonymous=True)
    signed_by_other = post(people["other"], "Bukan punya Sari")
    messages = []
    for status in (anonymous, signed_by_other):
        with pytest.raises(ValidationError) as caught:
            services.file_report(
                people["reporter"], account=people["author"], statuses=[status], category="spam"
            )
        messages.append(caught.value.messages)
    assert messages[0] == messages[1]


def test_the_placeholder_only_takes_anonymous_posts(people, post):
    signed = post(people["author"], "Bertanda")
    with pytest.raises(ValidationError):
        services.file_report(
            people["reporter"], account=anonymous_placeholder(), statuses=[signed], category="spam"
        )
    with pytest.raises(ValidationError) as caught:
        services.file_report(people["reporter"], account=anonymous_placeholder(), category="spam")
    assert "statuses" in caught.value.error_dict


def test_anonymous_posts_of_different_authors_become_one_report_each(people, post):
    first = post(people["author"], "Satu", anonymous=True)
    second = post(people["other"], "Dua", anonymous=True)

    services.file_report(
        people["reporter"],
        account=anonymous_placeholder(),
        statuses=[first, second],
        category="spam",
    )

    assert {
        (r.target_account_id, tuple(r.statuses.values_list("pk", flat=True)))
        for r in Report.objects.all()
    } == {
        (people["author"].pk, (first.pk,)),
        (people["other"].pk, (second.pk,)),
    }


def test_web_report_of_an_anonymous_post_never_names_the_author(people, post, client_for):
    status = post(people["author"], "Aku lelah sekali", anonymous=True)
    client = client_for(people["reporter"])

    form = client.get(f"/posts/{status.pk}/report/")
    response = client.post(
        f"/posts/{status.pk}/report/", {"category": "harassment", "comment": "Tolong dicek"}
    )
    thanks = client.get(response["Location"])

    assert form.status_code == 200
    assert response.status_code == 302 and response["Location"] == "/reports/thanks/"
    for page in (form, thanks):
        html = page.content.decode()
        assert "sari" not in html.lower() and "Sari Rahasia" not in html
    assert Report.objects.get().target_account == people["author"]


# Web reporting --------------------------------------------------------------------------------


def test_status_and_profile_offer_a_report_link_but_not_for_your_own(people, post, client_for):
    theirs = post(people["author"], "Halo")
    mine = post(people["reporter"], "Punyaku")
    client = client_for(people["reporter"])

    detail = client.get(f"/posts/{theirs.pk}/").content.decode()
    own = client.get(f"/posts/{mine.pk}/").content.decode()
    profile = client.get("/@sari/").content.decode()
    own_profile = client.get("/@budi/").content.decode()

    assert f'href="/posts/{theirs.pk}/report/"' in detail
    assert f'href="/posts/{mine.pk}/report/"' not in own
    assert 'href="/@sari/report/"' in profile
    assert 'href="/@budi/report/"' not in own_profile
    assert client.get(f"/posts/{mine.pk}/report/").status_code == 403


def test_report_form_explains_categories_and_files_a_report(people, post, client_for):
    status = post(people["author"], "Promo sepatu murah di sini")
    client = client_for(people["reporter"])

    form = client.get(f"/posts/{status.pk}/report/").content.decode()
    response = client.post(f"/posts/{status.pk}/report/", {"category": "spam", "comment": ""})

    for value in ("self_harm_risk", "method_content", "harassment", "misinformation", "spam"):
        assert f'value="{value}"' in form
    assert 'type="radio"' in form
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.category, list(report.statuses.all())) == ("spam", [status])


def test_report_form_without_category_shows_an_error(people, post, client_for):
    status = post(people["author"], "Halo")
    response = client_for(people["reporter"]).post(f"/posts/{status.pk}/report/", {})

    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert Report.objects.count() == 0


def test_account_report_through_the_profile(people, client_for):
    response = client_for(people["reporter"]).post(
        "/@sari/report/", {"category": "harassment", "comment": "Mengganggu terus"}
    )
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.target_account, report.comment) == (people["author"], "Mengganggu terus")


def test_reporting_needs_sign_in(people, post):
    status = post(people["author"], "Halo")
    response = Client().get(f"/posts/{status.pk}/report/")
    assert response.status_code == 302 and "/auth/login/" in response["Location"]


def test_self_harm_reports_go_to_the_care_queue(people, post, monkeypatch):
    queued = []
    fake = types.ModuleType("teduh.safety.care")
    fake.enqueue_for_care = lambda status, reason, *, note="": queued.append(
        (status.pk, reason, note)
    )
    monkeypatch.setitem(sys.modules, "teduh.safety.care", fake)

    report, status = _report(people, post, category="self_harm_risk", text="Aku pengen bundir")
    services.file_report(people["reporter"], account=people["author"], category="spam")

    assert queued == [(status.pk, "report", "Tolong")]
    assert report.category == "self_harm_risk"


def test_self_harm_reports_enter_the_real_care_queue(people, post):
    from teduh.safety.models import CareQueueItem

    report, status = _report(people, post, category="self_harm_risk", text="Hari yang biasa")

    item = CareQueueItem.objects.get(status=status)
    assert "report" in item.reasons
    assert "Tolong" in item.note


def test_web_report_rate_limit(people, post, client_for, settings):
    settings.TEDUH_RATE_LIMITS = {"reports": (2, 3600)}
    status = post(people["author"], "Halo")
    client = client_for(people["reporter"])

    answers = [
        client.post(f"/posts/{status.pk}/report/", {"category": "spam"}).status_code
        for _ in range(3)
    ]

    assert answers == [302, 302, 429]
    assert Report.objects.count() == 2


# Actions --------------------------------------------------------------------------------------


def test_hide_makes_the_post_invisible_to_others_but_not_to_its_author(people, post):
    report, status = _report(people, post)

    services.take_action(people["moderator"], report, "hide")

    status.refresh_from_db()
    report.refresh_from_db()
    assert status.state == StatusState.HIDDEN
    assert not Status.objects.visible_to(people["other"]).filter(pk=status.pk).exists()
    assert not Status.objects.visible_to(None).filter(pk=status.pk).exists()
    assert Status.objects.visible_to(people["author"]).filter(pk=status.pk).exists()
    assert report.state == ReportState.RESOLVED
    assert report.action_taken == ModerationAction.HIDE
    assert report.handled_by == people["moderator"] and report.handled_at is not None


def test_content_warning_sets_the_moderators_text(people, post):
    report, status = _report(people, post)

    services.take_action(people["moderator"], report, "content_warning", text="  Kata kasar ")

    status.refresh_from_db()
    assert (status.spoiler_text, status.sensitive) == ("Kata kasar", True)
    report.refresh_from_db()
    assert report.action_text == "Kata kasar"


def test_content_warning_needs_text(people, post):
    report, status = _report(people, post)
    with pytest.raises(ValidationError):
        services.take_action(people["moderator"], report, "content_warning", text=" ")
    report.refresh_from_db()
    assert report.state == ReportState.OPEN


def test_misinformation_label_is_shown_to_readers(people, post, client_for):
    report, status = _report(
        people, post, category="misinformation", text="Minum air garam menyembuhkan flu"
    )

    services.take_action(people["moderator"], report, "misinformation")

    status.refresh_from_db()
    assert status.misinformation is True
    html = client_for(people["other"]).get(f"/posts/{status.pk}/").content.decode()
    assert f'id="misinformation-{status.pk}"' in html
    visitor = Client().get(f"/posts/{status.pk}/").content.decode()
    assert "misinformation-label" in visitor


def test_limit_leaves_public_timeline_and_search_but_not_followers(people, post):
    report, status = _report(people, post, text="Pesan terbatas")
    follower = people["other"]
    Follow.objects.create(follower=follower, target=people["author"])

    services.take_action(people["moderator"], report, "limit")

    people["author"].refresh_from_db()
    assert people["author"].limited_at is not None
    assert status not in public_queryset(people["reporter"])
    assert status not in public_queryset(None)
    assert search_statuses(people["reporter"], "terbatas", limit=10) == []
    # Followers still see it, in home, the public timeline and search; so does the author.
    assert status in home_queryset(follower)
    assert status in public_queryset(follower)
    assert search_statuses(follower, "terbatas", limit=10) == [status]
    assert status in public_queryset(people["author"])
    assert Status.objects.visible_to(people["reporter"]).filter(pk=status.pk).exists()


def test_limited_accounts_anonymous_posts_leave_the_public_timeline_for_followers_too(people, post):
    report, status = _report(people, post, anonymous=True)
    Follow.objects.create(follower=people["other"], target=people["author"])

    services.take_action(people["moderator"], report, "limit")

    assert status not in public_queryset(people["other"])
    assert status in public_queryset(people["author"])


def _token(user) -> str:
    application = Application.objects.create(
        name="Uji",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob",
    )
    raw = secrets.token_urlsafe(32)
    AccessToken.objects.create(
        user=user,
        application=application,
        token=raw,
        scope="read write",
        expires=timezone.now() + timedelta(days=1),
    )
    return raw


def test_suspend_blocks_sign_in_api_tokens_and_content(people, post):
    report, status = _report(people, post)
    token = _token(people["author"])

    services.take_action(people["moderator"], report, "suspend")

    author = people["author"]
    author.refresh_from_db()
    assert author.suspended_at is not None and author.is_active
    assert not Client().login(username="sari", password="a-long-test-password")
    login = Client().post("/auth/login/", {"username": "sari", "password": "a-long-test-password"})
    assert login.status_code == 200 and "_auth_user_id" not in login.client.session
    api = Client().get("/api/v1/accounts/verify_credentials", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api.status_code == 403 and "error" in api.json()
    assert not Status.objects.visible_to(people["other"]).filter(pk=status.pk).exists()


def test_suspension_ends_open_sessions(people, post, client_for):
    report, _status = _report(people, post)
    client = client_for(people["author"])
    assert client.get("/settings/profile/").status_code == 200

    services.take_action(people["moderator"], report, "suspend")

    assert client.get("/settings/profile/").status_code == 302


def test_dismiss_changes_nothing_but_the_report(people, post):
    report, status = _report(people, post)

    services.take_action(people["moderator"], report, "dismiss")

    status.refresh_from_db()
    report.refresh_from_db()
    assert status.state == StatusState.PUBLISHED and not status.misinformation
    assert report.state == ReportState.DISMISSED
    assert _moderation_notes(people["author"]) == []


def test_a_report_is_handled_once(people, post):
    report, _status = _report(people, post)
    services.take_action(people["moderator"], report, "dismiss")

    with pytest.raises(ValidationError):
        services.take_action(people["moderator"], report, "hide")


def test_post_actions_need_posts(people):
    report = services.file_report(people["reporter"], account=people["author"], category="spam")
    with pytest.raises(ValidationError):
        services.take_action(people["moderator"], report, "hide")


def test_only_moderators_take_action(people, post):
    report, status = _report(people, post)
    with pytest.raises(PermissionDenied):
        services.take_action(people["other"], report, "hide")
    status.refresh_from_db()
    assert status.state == StatusState.PUBLISHED


# Who is told what -----------------------------------------------------------------------------


def test_reporter_and_author_are_told_the_outcome(people, post):
    report, status = _report(people, post)

    services.take_action(people["moderator"], report, "hide")

    [to_reporter] = _moderation_notes(people["reporter"])
    [to_author] = _moderation_notes(people["author"])
    assert "hid the reported post" in to_reporter.message or "menyembunyikan" in (
        to_reporter.message
    )
    assert to_reporter.actor is None and to_reporter.status is None
    assert to_author.status == status and to_author.actor is None
    assert "budi" not in to_author.message  # the reporter is never named


def test_outcome_is_written_in_the_recipients_language(people, post, make_user):
    people["reporter"].language = "en"
    people["reporter"].save()
    report, _status = _report(people, post)

    services.take_action(people["moderator"], report, "dismiss")

    [note] = _moderation_notes(people["reporter"])
    assert note.message.startswith("Thank you for your report.")


@pytest.mark.parametrize("action", ["hide", "limit", "suspend", "misinformation"])
def test_reporter_of_an_anonymous_post_never_learns_the_author(people, post, action):
    people["reporter"].language = "en"
    people["reporter"].save()
    report, _status = _report(people, post, anonymous=True)

    services.take_action(people["moderator"], report, action)

    [note] = _moderation_notes(people["reporter"])
    assert "sari" not in note.message.lower()
    # What happened to the author's account is not said either.
    assert "limited" not in note.message and "suspended" not in note.message
    assert note.message.startswith("Thank you for your report.")


def test_account_actions_on_signed_posts_are_named_to_the_reporter(people, post):
    people["reporter"].language = "en"
    people["reporter"].save()
    report, _status = _report(people, post)

    services.take_action(people["moderator"], report, "limit")

    [note] = _moderation_notes(people["reporter"])
    assert "limited the reported account" in note.message
    [to_author] = _moderation_notes(people["author"])
    assert to_author.status is None


# The queue, access and the audit log ----------------------------------------------------------


def test_queue_and_report_pages_are_for_moderators_only(people, post, client_for):
    report, _status = _report(people, post)

    member = client_for(people["other"])
    assert member.get("/moderation/reports/").status_code == 403
    assert member.get(f"/moderation/reports/{report.pk}/").status_code == 403
    denied = member.post(f"/moderation/reports/{report.pk}/action/", {"action": "hide"})
    assert denied.status_code == 403
    visitor = Client().get("/moderation/reports/")
    assert visitor.status_code == 302 and "/auth/login/" in visitor["Location"]
    report.refresh_from_db()
    assert report.state == ReportState.OPEN
    assert AuditLogEntry.objects.count() == 0


def test_staff_count_as_moderators(people, post, client_for, make_user):
    staff = make_user("staf", is_staff=True)
    assert client_for(staff).get("/moderation/reports/").status_code == 200


def test_queue_lists_open_reports_with_counts_and_is_audited(people, post, client_for):
    report, status = _report(people, post, text="Kata-kata yang menyakitkan")
    services.file_report(people["other"], account=people["author"], category="spam")
    handled, _ = _report(people, post, text="Sudah ditangani")
    services.take_action(people["moderator"], handled, "dismiss")

    response = client_for(people["moderator"]).get("/moderation/reports/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="report-{report.pk}"' in html
    assert f'id="report-{handled.pk}"' not in html
    assert "Kata-kata yang menyakitkan" in html
    entry = AuditLogEntry.objects.filter(action="report.queue.view").get()
    assert entry.actor == people["moderator"]
    assert sorted(entry.details["reports"]) == sorted(
        Report.objects.open().values_list("pk", flat=True)
    )
    assert 'id="moderation-link"' in html


def test_nav_link_only_for_moderators(people, client_for):
    assert 'id="moderation-link"' not in client_for(people["other"]).get("/").content.decode()


def test_report_page_shows_the_real_author_to_moderators_and_is_audited(people, post, client_for):
    report, status = _report(people, post, anonymous=True)

    html = client_for(people["moderator"]).get(f"/moderation/reports/{report.pk}/").content.decode()

    assert "@sari" in html
    entry = AuditLogEntry.objects.get(action="report.view")
    assert (entry.actor, entry.target_type, entry.target_id) == (
        people["moderator"],
        "moderation.report",
        str(report.pk),
    )


def test_web_action_hides_the_post_and_writes_the_audit_log(people, post, client_for):
    report, status = _report(people, post)
    moderator = client_for(people["moderator"])

    response = moderator.post(f"/moderation/reports/{report.pk}/action/", {"action": "hide"})

    assert response.status_code == 302 and response["Location"] == "/moderation/reports/"
    status.refresh_from_db()
    assert status.state == StatusState.HIDDEN
    entry = AuditLogEntry.objects.get(action="report.hide")
    assert entry.actor == people["moderator"]
    assert entry.details["statuses"] == [status.pk]
    assert entry.details["account"] == people["author"].pk
    others = client_for(people["other"]).get("/public/").content.decode()
    assert status.pk not in status_ids(others)
    assert client_for(people["other"]).get(f"/posts/{status.pk}/").status_code == 404


def test_web_action_with_bad_input_changes_nothing(people, post, client_for):
    report, status = _report(people, post)
    moderator = client_for(people["moderator"])

    bad = moderator.post(f"/moderation/reports/{report.pk}/action/", {"action": "explode"})
    no_text = moderator.post(
        f"/moderation/reports/{report.pk}/action/", {"action": "content_warning"}
    )

    assert bad.status_code == 302 and no_text.status_code == 302
    report.refresh_from_db()
    assert report.state == ReportState.OPEN
    assert moderator.get("/moderation/reports/999999/").status_code == 404


def test_a_suspended_account_disappears_from_profiles_search_and_the_api(make_user, client):
    from django.utils import timezone

    from teduh.accounts.services import find_account, search_accounts

    sari = make_user("sari_suspended")
    assert client.get("/@sari_suspended/").status_code == 200
    sari.suspended_at = timezone.now()
    sari.save(update_fields=["suspended_at"])
    assert client.get("/@sari_suspended/").status_code == 404
    assert search_accounts("sari_suspended") == []
    assert find_account(pk=sari.pk) is None
    assert client.get(f"/api/v1/accounts/{sari.pk}").status_code == 404
