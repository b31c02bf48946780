"""Honest counting (issue 6, "Done when"): one use per account per day, deleted posts
subtracted, suspended, limited, held and out-of-window posts never counted."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from teduh.campaigns import services
from teduh.posts.models import ScreeningLevel, Status, StatusState
from teduh.posts.services import delete_status, favourite, reblog

from .conftest import draft

JAKARTA = ZoneInfo("Asia/Jakarta")


def backdate(status: Status, when: datetime) -> Status:
    Status.objects.filter(pk=status.pk).update(created_at=when)
    status.refresh_from_db()
    return status


@pytest.fixture
def people(make_user):
    return [make_user(f"member{n}") for n in range(4)]


def test_done_when_uses_participants_and_pledge_with_cap(make_campaign, people, post):
    campaign = make_campaign(pledge_amount=1000, pledge_cap=2500, sponsor_name="Sponsor Demo")
    a, b, c, _d = people
    post(a, "Hari ini aku cerita #TemanCerita")
    post(a, "Cerita kedua hari ini #temancerita")  # same account, same day: one use
    yesterday = timezone.now() - timedelta(days=1)
    backdate(post(b, "Kemarin #TemanCerita"), yesterday)
    post(b, "Hari ini juga #TemanCerita")  # another day: a second use
    gone = post(c, "Aku ikut #TemanCerita")

    stats = services.campaign_stats(campaign)
    assert (stats.uses, stats.participants) == (4, 3)
    assert stats.pledged_total == 2500 and stats.cap_reached  # 4 x 1000 capped at 2500

    delete_status(c, gone)
    stats = services.campaign_stats(campaign)
    assert (stats.uses, stats.participants) == (3, 2)
    assert stats.pledged_total == 2500

    services.update_campaign(
        campaign.organiser,
        campaign,
        draft(pledge_amount=700, pledge_cap=None, sponsor_name="Sponsor Demo"),
    )
    stats = services.campaign_stats(campaign)
    assert stats.pledged_total == 2100 and not stats.cap_reached
    assert sum(day.uses for day in stats.per_day) == stats.uses == 3


def test_no_pledge_means_no_total(make_campaign, people, post):
    campaign = make_campaign()
    post(people[0], "#TemanCerita")
    stats = services.campaign_stats(campaign)
    assert stats.uses == 1 and stats.pledged_total is None


def test_suspended_limited_held_hidden_and_reblogs_do_not_count(make_campaign, people, post):
    campaign = make_campaign()
    ok, suspended, limited, other = people
    post(ok, "Aku ikut #TemanCerita")
    post(suspended, "Aku ikut #TemanCerita")
    post(limited, "Aku ikut #TemanCerita")
    held = post(other, "Aku ikut #TemanCerita")
    Status.objects.filter(pk=held.pk).update(state=StatusState.HELD)
    suspended.suspended_at = timezone.now()
    suspended.save()
    limited.limited_at = timezone.now()
    limited.save()
    assert services.campaign_stats(campaign).uses == 1

    shared = Status.objects.get(account=ok)
    reblog(other, shared)  # a share is not a use by the sharer
    assert services.campaign_stats(campaign).uses == 1
    Status.objects.filter(pk=held.pk).update(state=StatusState.HIDDEN)
    assert services.campaign_stats(campaign).uses == 1
    Status.objects.filter(pk=held.pk).update(state=StatusState.PUBLISHED)
    assert services.campaign_stats(campaign).uses == 2


def test_only_inside_the_window_and_with_its_hashtags(make_campaign, people, post):
    campaign = make_campaign(hashtags="#TemanCerita #MariBicara")
    a, b, c, d = people
    backdate(post(a, "#TemanCerita"), campaign.starts_at - timedelta(minutes=1))
    backdate(post(b, "#MariBicara"), campaign.starts_at)  # the start is inside
    post(c, "Tanpa tagar kampanye #LainLagi")
    post(d, "Dua tagar sekaligus #TemanCerita #MariBicara")  # one status, one use
    stats = services.campaign_stats(campaign)
    assert (stats.uses, stats.participants) == (2, 2)

    ended = make_campaign(
        starts_at=timezone.now() - timedelta(days=5), ends_at=timezone.now() - timedelta(days=1)
    )
    assert services.campaign_stats(ended).uses == 0


def test_anonymous_posts_count_by_their_real_author_apart_from_signed_ones(
    make_campaign, people, post
):
    campaign = make_campaign()
    author = people[0]
    post(author, "Cerita anonim #TemanCerita", anonymous=True)
    post(author, "Anonim lagi hari ini #TemanCerita", anonymous=True)  # same author, same day
    post(author, "Cerita bertanda #TemanCerita")
    post(people[1], "Juga anonim #TemanCerita", anonymous=True)
    stats = services.campaign_stats(campaign)
    # The author's two anonymous posts count once; their signed post counts apart, so the
    # day's count never shows that an anonymous post and a signed one share an author.
    assert (stats.uses, stats.participants) == (3, 3)


def test_a_day_is_a_day_in_jakarta(make_campaign, people, post):
    campaign = make_campaign()
    author = people[0]
    day = (timezone.now() - timedelta(days=3)).astimezone(JAKARTA).date()
    late = datetime(day.year, day.month, day.day, 23, 30, tzinfo=JAKARTA)
    # 23:30 and 00:30 in Jakarta are the same UTC day but two days here: two uses.
    backdate(post(author, "Malam #TemanCerita"), late)
    backdate(post(author, "Lewat tengah malam #TemanCerita"), late + timedelta(hours=1))
    # 01:00 and 06:00 on one Jakarta day: one use.
    backdate(post(people[1], "Pagi #TemanCerita"), late + timedelta(hours=1, minutes=30))
    backdate(post(people[1], "Pagi lagi #TemanCerita"), late + timedelta(hours=6, minutes=30))
    stats = services.campaign_stats(campaign)
    assert stats.uses == 3
    by_day = {entry.day: entry.uses for entry in stats.per_day}
    assert by_day[day] == 1
    assert by_day[day + timedelta(days=1)] == 2
    # Every day of the window so far is in the series, quiet ones as zero.
    first = campaign.starts_at.astimezone(JAKARTA).date()
    today = timezone.now().astimezone(JAKARTA).date()
    assert [entry.day for entry in stats.per_day][0] == first
    assert stats.per_day[-1].day == today
    assert len(stats.per_day) == (today - first).days + 1


def test_crisis_posts_count_but_never_top_posts_or_feed(make_campaign, people, post):
    campaign = make_campaign()
    a, b, c, fan = people
    crisis = post(a, "Aku ikut #TemanCerita")
    Status.objects.filter(pk=crisis.pk).update(screening_level=ScreeningLevel.CRISIS)
    calm = post(b, "Aku juga ikut #TemanCerita")
    private = post(c, "Untuk pengikut saja #TemanCerita", visibility="private")
    for status in (crisis, calm):
        favourite(fan, status)
    Status.objects.filter(pk=private.pk).update(favourites_count=9)

    stats = services.campaign_stats(campaign)
    assert stats.uses == 3
    assert [top.status_id for top in stats.top_posts] == [calm.pk]
    assert stats.top_posts[0].score == 1
    feed = list(services.campaign_feed(campaign, fan))
    assert calm in feed and crisis not in feed and private not in feed


def test_top_posts_order_and_content_warnings(make_campaign, people, post):
    campaign = make_campaign()
    a, b, c, _d = people
    first = post(a, "Pertama #TemanCerita", spoiler_text="cerita berat")
    second = post(b, "Kedua #TemanCerita")
    post(c, "Tanpa interaksi #TemanCerita")
    Status.objects.filter(pk=first.pk).update(favourites_count=2, replies_count=3)
    Status.objects.filter(pk=second.pk).update(reblogs_count=7)
    with translation.override("en"):
        top = services.campaign_stats(campaign).top_posts
    assert [(t.status_id, t.score) for t in top] == [(second.pk, 7), (first.pk, 5)]
    assert top[1].label == "CW: cerita berat"  # never the text behind the warning
    assert top[0].label == "Kedua #TemanCerita"


# Creating and changing ---------------------------------------------------------------------


def test_who_may_create(make_user):
    member = make_user("member")
    moderator = make_user("moderator", is_moderator=True)
    professional = make_user("pro", is_verified_professional=True)
    suspended = make_user("gone", is_verified_professional=True, suspended_at=timezone.now())
    organisation = make_user("sekolah_sehat", is_organisation=True)
    assert services.can_create_campaigns(organisation)
    assert not services.can_create_campaigns(member)
    assert services.can_create_campaigns(moderator)
    assert services.can_create_campaigns(professional)
    assert not services.can_create_campaigns(suspended)
    with pytest.raises(PermissionDenied):
        services.create_campaign(member, draft())
    campaign = services.create_campaign(moderator, draft())
    assert services.can_edit_campaign(moderator, campaign)
    assert not services.can_edit_campaign(professional, campaign)
    with pytest.raises(PermissionDenied):
        services.update_campaign(professional, campaign, draft(title_id="Lain"))


def test_hashtags_are_normalised(make_campaign):
    campaign = make_campaign(hashtags="#TemanCerita, temancerita  #MariBicara")
    assert sorted(campaign.tags.values_list("name", flat=True)) == ["maribicara", "temancerita"]
    assert campaign.tags.get(name="temancerita").display_name == "TemanCerita"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"ends_at": timezone.now() - timedelta(days=11)}, "ends_at"),
        ({"hashtags": ""}, "hashtags"),
        ({"hashtags": "#123"}, "hashtags"),
        ({"hashtags": "#bunuhdiri"}, "hashtags"),
        ({"hashtags": " ".join(f"#tag{chr(97 + n)}" for n in range(6))}, "hashtags"),
        ({"emoji": "💚💚"}, "emoji"),
        ({"emoji": "ok"}, "emoji"),
        ({"emoji": ""}, "emoji"),
        ({"emoji": "💚", "badge_text": "Ayo"}, "emoji"),
        ({"emoji": "", "badge_text": "x" * 21}, "badge_text"),
        ({"title_en": " "}, "title_en"),
        ({"pledge_amount": -1, "sponsor_name": "S"}, "pledge_amount"),
        ({"pledge_amount": 1000, "pledge_cap": 999, "sponsor_name": "S"}, "pledge_cap"),
        ({"pledge_amount": 1000}, "sponsor_name"),
        ({"pledge_cap": 1000}, "pledge_amount"),
        ({"pledge_amount": 1, "sponsor_name": "S", "pledge_currency": "RP"}, "pledge_currency"),
        ({"starts_at": datetime(1, 1, 1, tzinfo=JAKARTA)}, "starts_at"),
    ],
)
def test_invalid_campaigns_are_refused(organiser, fields, field):
    with pytest.raises(ValidationError) as caught:
        services.create_campaign(organiser, draft(**fields))
    assert field in caught.value.message_dict


def test_valid_badges_and_pledges(make_campaign):
    for emoji in ("💚", "👩\u200d⚕️", "🇮🇩", "🎗️"):
        assert make_campaign(emoji=emoji).emoji == emoji
    text_badge = make_campaign(emoji="", badge_text="  Ayo   cerita ")
    assert text_badge.badge == "Ayo cerita"
    pledged = make_campaign(pledge_amount=0, pledge_cap=0, sponsor_name="S", pledge_currency="usd")
    assert (pledged.pledge_amount, pledged.pledge_cap, pledged.pledge_currency) == (0, 0, "USD")
