"""Trending hashtags: each tag against its own baseline, never crisis or hidden tags, only
posts that count."""

import pytest
from django.utils import timezone

from teduh.posts.models import Tag
from teduh.safety.models import AuditLogEntry
from teduh.trends import services
from teduh.trends.models import HiddenTag

pytestmark = pytest.mark.django_db


def names(now=None) -> list[str]:
    return [item.tag.name for item in services.trending_tags(now=now or timezone.now())]


def test_rising_tag_outranks_steady_bigger_tag(crowd, post, aged):
    people = crowd(20)
    # #SelasaSehat: 12 people every day for two weeks, 12 today: big but steady.
    for day in range(1, 15):
        for person in people[:12]:
            aged(post(person, "Rutin #SelasaSehat"), days=day, hours=1)
    for person in people[:12]:
        post(person, "Hari ini juga #SelasaSehat")
    # #JalanPagi: 1 person a day before, 6 people today: smaller but rising.
    for day in range(1, 15):
        aged(post(people[19], "Jalan #JalanPagi"), days=day, hours=1)
    for person in people[13:19]:
        post(person, "Ikut #JalanPagi")

    result = services.trending_tags(now=timezone.now())

    assert [item.tag.name for item in result] == ["jalanpagi"]  # steady tag scores 0
    rising = result[0]
    assert rising.accounts == 6 and rising.uses == 6
    assert rising.baseline == pytest.approx(1.0)
    assert rising.score == pytest.approx(services.tag_score(6, 1.0), rel=1e-4)
    assert services.tag_score(12, 12.0) == 0


def test_growth_of_a_big_tag_still_ranks_below_a_sharper_rise(crowd, post, aged):
    people = crowd(30)
    for day in range(1, 15):
        for person in people[:10]:
            aged(post(person, "#Besar"), days=day, hours=1)
    for person in people[:13]:  # 10 -> 13 a day
        post(person, "#Besar")
    for person in people[20:27]:  # 0 -> 7 a day
        post(person, "#Baru")

    assert names() == ["baru", "besar"]


def test_smoothing_and_minimum_accounts(crowd, post):
    a, b, c = crowd(3)
    # Two people: below the minimum, however new the tag is.
    post(a, "#DuaOrang")
    post(b, "#DuaOrang")
    # One person posting many times counts once.
    for _ in range(5):
        post(c, "#SatuOrang")
    assert names() == []
    post(c, "#DuaOrang")
    result = services.trending_tags(now=timezone.now())
    assert [item.tag.name for item in result] == ["duaorang"]
    # The prior keeps a brand-new tag's score modest: 3 / sqrt(0 + 2).
    assert result[0].score == pytest.approx(3 / 2**0.5, rel=1e-4)


def test_anonymous_posts_count_by_their_real_author(crowd, post):
    a, b = crowd(2)
    post(a, "#Rahasia", anonymous=True)
    post(a, "#Rahasia", anonymous=True)
    post(a, "#Rahasia")
    post(b, "#Rahasia")
    # Four posts but two people: not enough to trend.
    assert names() == []


def test_crisis_tag_never_trends(crowd, post):
    for person in crowd(8):
        post(person, "Semangat semua #MariBicara #BunuhDiri")
    assert "bunuhdiri" not in names()
    assert names() == ["maribicara"]


def test_hidden_tag_never_trends_and_hiding_is_audited(crowd, post, make_user):
    moderator = make_user("moder", is_moderator=True)
    for person in crowd(5):
        post(person, "#DiskonObat #Semangat")
    assert set(names()) == {"diskonobat", "semangat"}
    services.trending_tags()  # fills the cache

    services.hide_tag(moderator, "#DiskonObat", "spam")

    assert names() == ["semangat"]
    assert [item.tag.name for item in services.trending_tags()] == ["semangat"]
    entry = AuditLogEntry.objects.get(action="trends.hide_tag")
    assert entry.actor == moderator
    assert entry.target_id == str(Tag.objects.get(name="diskonobat").pk)
    assert entry.details == {"reason": "spam"}

    assert services.unhide_tag(moderator, "diskonobat") is True
    assert set(names()) == {"diskonobat", "semangat"}
    assert AuditLogEntry.objects.filter(action="trends.unhide_tag").count() == 1
    assert not HiddenTag.objects.exists()


def test_hidden_tag_is_left_out_even_from_a_stale_cache(crowd, post, make_user):
    for person in crowd(4):
        post(person, "#Promo")
    assert [item.tag.name for item in services.trending_tags()] == ["promo"]
    # Hidden behind the service's back (another process): the read still leaves it out.
    HiddenTag.objects.create(tag=Tag.objects.get(name="promo"))
    assert services.trending_tags() == []


def test_suspended_and_limited_accounts_do_not_count(crowd, post):
    people = crowd(5)
    for person in people:
        post(person, "#Ramai")
    assert names() == ["ramai"]
    people[0].suspended_at = timezone.now()
    people[0].save()
    people[1].limited_at = timezone.now()
    people[1].save()
    people[2].limited_at = timezone.now()
    people[2].save()
    assert names() == []  # 2 accounts left


def test_unpublished_private_and_crisis_posts_do_not_count(crowd, post):
    people = crowd(6)
    for person in people[:2]:
        post(person, "#Sepi")
    post(people[2], "#Sepi", visibility="private")
    post(people[3], "#Sepi", visibility="unlisted")
    post(people[4], "aku pengen bundir #Sepi")  # screened as crisis
    held = post(people[5], "#Sepi")
    held.state = "held"
    held.save()
    assert names() == []


def test_old_posts_are_baseline_not_recent(crowd, post, aged):
    for person in crowd(5):
        aged(post(person, "#Kemarin"), hours=30)
    assert names() == []


def test_history_shape_through_entity(crowd, post, aged, rf):
    from django.contrib.auth.models import AnonymousUser

    from teduh.api.entities import EntityBuilder

    people = crowd(4)
    for person in people:
        post(person, "#Bentuk")
    aged(post(people[0], "#Bentuk"), days=2)
    request = rf.get("/")
    request.user = AnonymousUser()
    entity = EntityBuilder(request).tags([services.trending_tags()[0].tag])[0]
    history = entity["history"]
    assert len(history) == 7
    assert all(set(day) == {"day", "uses", "accounts"} for day in history)
    assert all(isinstance(v, str) for day in history for v in day.values())
    assert (history[0]["uses"], history[0]["accounts"]) == ("4", "4")
    assert (history[2]["uses"], history[2]["accounts"]) == ("1", "1")
    assert int(history[0]["day"]) - int(history[1]["day"]) == 86400


def test_result_is_cached(crowd, post, django_assert_num_queries):
    for person in crowd(3):
        post(person, "#Cache")
    first = services.trending_tags()
    post(crowd(1, "late")[0], "#Lain")
    # Cached rows: two queries (hidden tags, the tags themselves), no recount.
    with django_assert_num_queries(2):
        second = services.trending_tags()
    assert [i.tag.pk for i in first] == [i.tag.pk for i in second]
