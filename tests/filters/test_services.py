"""Keyword filters: every write and its validation, and how statuses are matched and filtered
in each context."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import timezone

from teduh.filters import services
from teduh.filters.models import Filter, FilterAction, FilterContext, FilterKeyword
from teduh.filters.services import UNSET, KeywordChange, Matcher, apply_filters
from teduh.posts import services as posts
from tests.helpers import image_upload

ALL_CONTEXTS = ["home", "notifications", "public", "thread", "account"]


@pytest.fixture
def ani(make_user):
    return make_user("ani")


@pytest.fixture
def budi(make_user):
    return make_user("budi")


def make_filter(account, *words, action="hide", context=ALL_CONTEXTS, whole_word=True, **extra):
    return services.create_filter(
        account,
        title=extra.pop("title", "Saring"),
        context=context,
        filter_action=action,
        keywords=[(word, whole_word) for word in words],
        **extra,
    )


def codes(error: ValidationError) -> dict[str, list[str]]:
    return {field: [e.code for e in problems] for field, problems in error.error_dict.items()}


def kept_ids(viewer, statuses, context) -> list[int]:
    return [item.status.pk for item in apply_filters(viewer, statuses, context)]


# Creating -----------------------------------------------------------------------------------


def test_create_filter_stores_everything_with_keywords(ani):
    created = services.create_filter(
        ani,
        title="  Berita duka  ",
        context=["thread", "home", "thread"],
        filter_action="warn",
        expires_in=3600,
        keywords=[("duka", True), ("  kabar buruk ", False)],
    )
    assert created.title == "Berita duka"
    # Duplicates dropped; kept in the canonical (FilterContext) order.
    assert created.context == ["home", "thread"]
    assert created.filter_action == FilterAction.WARN
    assert timedelta(minutes=59) < created.expires_at - timezone.now() <= timedelta(hours=1)
    assert [(k.keyword, k.whole_word) for k in created.keywords.all()] == [
        ("duka", True),
        ("kabar buruk", False),
    ]
    assert not created.is_expired


def test_create_filter_defaults_to_warn_and_never_expiring(ani):
    created = services.create_filter(ani, title="Saring", context=["home"])
    assert created.filter_action == "warn"
    assert created.expires_at is None
    assert list(created.keywords.all()) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title": "   "}, {"title": ["required"]}),
        ({"title": "x" * 101}, {"title": ["too_long"]}),
        ({"context": []}, {"context": ["context"]}),
        ({"context": ["home", "direct"]}, {"context": ["context"]}),
        ({"filter_action": "blur"}, {"filter_action": ["filter_action"]}),
        ({"expires_in": 0}, {"expires_in": ["expires_in"]}),
        ({"expires_in": -60}, {"expires_in": ["expires_in"]}),
        ({"expires_in": services.MAX_EXPIRES_IN + 1}, {"expires_in": ["expires_in"]}),
        ({"keywords": [("  ", True)]}, {"keyword": ["required"]}),
        # Invisible characters and lone accents fold to nothing, which would match every post.
        ({"keywords": [("\u200b\u00ad", True)]}, {"keyword": ["required"]}),
        ({"keywords": [("\u0301", True)]}, {"keyword": ["required"]}),
        ({"keywords": [("k" * 101, True)]}, {"keyword": ["too_long"]}),
    ],
)
def test_create_filter_refuses_bad_input_and_creates_nothing(ani, fields, expected):
    arguments = {"title": "Saring", "context": ["home"], "keywords": [("sedih", True)]}
    arguments.update(fields)
    with pytest.raises(ValidationError) as caught:
        services.create_filter(ani, **arguments)
    assert codes(caught.value) == expected
    assert not Filter.objects.exists()
    assert not FilterKeyword.objects.exists()


def test_create_filter_limits_keywords(ani, monkeypatch):
    monkeypatch.setattr(services, "MAX_KEYWORDS", 2)
    with pytest.raises(ValidationError) as caught:
        make_filter(ani, "satu", "dua", "tiga")
    assert codes(caught.value) == {"keyword": ["too_many"]}
    assert make_filter(ani, "satu", "dua").keywords.count() == 2


def test_create_filter_limits_filters_per_account(ani, budi, monkeypatch):
    monkeypatch.setattr(services, "MAX_FILTERS", 2)
    make_filter(ani, "satu")
    make_filter(ani, "dua")
    with pytest.raises(ValidationError) as caught:
        make_filter(ani, "tiga")
    assert caught.value.code == "too_many_filters"
    assert Filter.objects.filter(account=ani).count() == 2
    # The limit is per person.
    assert make_filter(budi, "tiga").account == budi


# Reading ------------------------------------------------------------------------------------


def test_filters_are_private_to_their_owner(ani, budi):
    mine = make_filter(ani, "sedih")
    keyword = mine.keywords.get()
    assert services.get_filter(ani, mine.pk) == mine
    assert services.get_filter(budi, mine.pk) is None
    assert services.get_keyword(ani, keyword.pk) == keyword
    assert services.get_keyword(budi, keyword.pk) is None
    assert list(services.filters_of(budi)) == []


def test_filters_of_lists_expired_filters_too(ani):
    first = make_filter(ani, "satu")
    expired = make_filter(ani, "dua")
    Filter.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert [f.pk for f in services.filters_of(ani)] == [first.pk, expired.pk]
    assert list(Filter.objects.active()) == [first]


# Updating -----------------------------------------------------------------------------------


def test_update_filter_changes_only_what_is_given(ani):
    original = make_filter(ani, "sedih", action="warn", context=["home"], expires_in=600)
    updated = services.update_filter(original, title="Baru")
    assert updated.title == "Baru"
    assert updated.context == ["home"]
    assert updated.filter_action == "warn"
    assert updated.expires_at == original.expires_at  # UNSET: left as it was
    updated = services.update_filter(
        updated, context=["public", "account"], filter_action="hide", expires_in=None
    )
    assert updated.context == ["public", "account"]
    assert updated.filter_action == "hide"
    assert updated.expires_at is None
    updated = services.update_filter(updated, expires_in=120)
    assert timedelta(seconds=100) < updated.expires_at - timezone.now() <= timedelta(seconds=120)


def test_update_filter_adds_changes_and_removes_keywords(ani):
    item = make_filter(ani, "sedih", "duka")
    sedih, duka = item.keywords.all()
    updated = services.update_filter(
        item,
        keyword_changes=[
            KeywordChange(id=sedih.pk, keyword="pilu", whole_word=False),
            KeywordChange(id=duka.pk, destroy=True),
            KeywordChange(keyword="lara"),
            KeywordChange(keyword="diabaikan", destroy=True),  # new and removed: nothing
        ],
    )
    assert [(k.pk, k.keyword, k.whole_word) for k in updated.keywords.all()] == [
        (sedih.pk, "pilu", False),
        (updated.keywords.all()[1].pk, "lara", True),
    ]
    assert not FilterKeyword.objects.filter(pk=duka.pk).exists()


def test_update_filter_refuses_other_filters_keywords_and_changes_nothing(ani, budi):
    mine = make_filter(ani, "sedih")
    theirs = make_filter(budi, "rahasia")
    stranger = theirs.keywords.get()
    with pytest.raises(ValidationError) as caught:
        services.update_filter(
            mine,
            title="Tidak jadi",
            keyword_changes=[KeywordChange(keyword="baru"), KeywordChange(id=stranger.pk)],
        )
    assert codes(caught.value) == {"keyword": ["unknown"]}
    mine.refresh_from_db()
    assert mine.title == "Saring"
    assert [k.keyword for k in mine.keywords.all()] == ["sedih"]
    assert FilterKeyword.objects.get(pk=stranger.pk).keyword == "rahasia"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title": ""}, {"title": ["required"]}),
        ({"context": ["nowhere"]}, {"context": ["context"]}),
        ({"filter_action": "delete"}, {"filter_action": ["filter_action"]}),
        ({"expires_in": 0}, {"expires_in": ["expires_in"]}),
        ({"keyword_changes": [KeywordChange(keyword=" ")]}, {"keyword": ["required"]}),
    ],
)
def test_update_filter_refuses_bad_input(ani, fields, expected):
    item = make_filter(ani, "sedih", context=["home"])
    with pytest.raises(ValidationError) as caught:
        services.update_filter(item, **fields)
    assert codes(caught.value) == expected
    item = Filter.objects.get(pk=item.pk)
    assert (item.title, item.context, item.filter_action) == ("Saring", ["home"], "hide")


def test_update_filter_limits_keywords_counting_removals(ani, monkeypatch):
    monkeypatch.setattr(services, "MAX_KEYWORDS", 2)
    item = make_filter(ani, "satu", "dua")
    satu = item.keywords.first()
    with pytest.raises(ValidationError):
        services.update_filter(item, keyword_changes=[KeywordChange(keyword="tiga")])
    swapped = services.update_filter(
        item, keyword_changes=[KeywordChange(id=satu.pk, destroy=True), KeywordChange(keyword="x")]
    )
    assert [k.keyword for k in swapped.keywords.all()] == ["dua", "x"]


def test_update_filter_unset_default_keeps_expiry(ani):
    item = make_filter(ani, "sedih", expires_in=600)
    assert services.update_filter(item, expires_in=UNSET).expires_at == item.expires_at


def test_keyword_writes(ani, monkeypatch):
    item = make_filter(ani, "satu")
    added = services.add_keyword(item, "  dua  ", whole_word=False)
    assert (added.keyword, added.whole_word) == ("dua", False)
    changed = services.update_keyword(added, text="tiga", whole_word=True)
    assert FilterKeyword.objects.get(pk=added.pk).keyword == "tiga"
    assert changed.whole_word is True
    with pytest.raises(ValidationError):
        services.update_keyword(added, text="")
    with pytest.raises(ValidationError):
        services.add_keyword(item, "")
    monkeypatch.setattr(services, "MAX_KEYWORDS", 2)
    with pytest.raises(ValidationError) as caught:
        services.add_keyword(item, "empat")
    assert codes(caught.value) == {"keyword": ["too_many"]}
    services.delete_keyword(added)
    assert [k.keyword for k in item.keywords.all()] == ["satu"]


def test_delete_filter_removes_its_keywords(ani):
    item = make_filter(ani, "satu", "dua")
    services.delete_filter(item)
    assert not Filter.objects.exists()
    assert not FilterKeyword.objects.exists()


# Matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "whole_word", "text", "matches"),
    [
        # Whole words: not inside a longer word, but next to punctuation, hashtags, dashes.
        ("cemas", True, "Aku cemas banget", True),
        ("cemas", True, "#cemas hari ini", True),
        ("cemas", True, "cemas.", True),
        ("cemas", True, "Rasa kecemasan itu", False),
        ("cemas", True, "cemasnya", False),
        ("teman", True, "teman-teman semua", True),
        ("cemas", False, "Rasa kecemasan itu", True),
        # Case, accents, full-width letters and invisible characters do not matter.
        ("cemas", True, "AKU CEMAS", True),
        ("CEMAS", True, "aku cemas", True),
        ("cafe", True, "Ke Café dulu", True),
        ("café", True, "ke CAFE dulu", True),
        ("cafe", True, "ke cafe\u0301 dulu", True),  # "é" written as e + combining accent
        ("cemas", True, "aku ＣＥＭＡＳ", True),
        ("cemas", True, "aku ce\u200bmas", True),
        ("straße", True, "STRASSE", True),
        # Phrases: any whitespace between their words, whole words at their edges.
        ("bunuh diri", True, "pencegahan BUNUH  diri", True),
        ("bunuh diri", True, "bunuh\ndiri", True),
        ("bunuh diri", True, "bunuh dirinya", False),
        ("bunuh diri", False, "bunuh dirinya", True),
        ("bunuh diri", True, "bunuhdiri", False),
        # Keywords are text, never patterns.
        ("c++", True, "aku suka c++ juga", True),
        ("c++", True, "aku suka ccc", False),
        ("a.b", False, "axb", False),
        ("#cemas", True, "aku #cemas", True),
        ("#cemas", True, "aku cemas", False),
    ],
)
def test_keyword_patterns(keyword, whole_word, text, matches):
    pattern = services.keyword_pattern(keyword, whole_word)
    assert bool(pattern.search(services._fold(text))) is matches


def test_matcher_reads_content_warning_text_and_image_descriptions(ani, budi, post):
    make_filter(ani, "duka", title="Duka")
    in_warning = post(budi, "Isinya biasa", spoiler_text="kabar duka")
    in_text = post(budi, "Kabar DUKA hari ini")
    image = posts.upload_media(budi, image_upload(), description="foto suasana duka")
    in_description = post(budi, "Lihat fotonya", media=[image])
    untouched = post(budi, "Kabar gembira")
    matcher = Matcher(ani)
    for status in (in_warning, in_text, in_description):
        [match] = matcher.matches(status)
        assert match.filter.title == "Duka"
        assert match.keyword_matches == ["duka"]
    assert matcher.matches(untouched) == []


def test_match_lists_every_matching_keyword_and_filter(ani, budi, post):
    first = make_filter(ani, "sedih", "lelah", title="Satu", action="warn")
    second = make_filter(ani, "lelah", title="Dua", action="warn")
    status = post(budi, "Sedih dan lelah")
    found = Matcher(ani).matches(status)
    assert [(m.filter.pk, m.keyword_matches) for m in found] == [
        (first.pk, ["sedih", "lelah"]),
        (second.pk, ["lelah"]),
    ]


def test_filters_never_apply_to_own_statuses(ani, post):
    make_filter(ani, "sedih")
    own = post(ani, "Aku sedih")
    own_anonymous = post(ani, "Aku sedih sekali", anonymous=True)
    assert Matcher(ani).matches(own) == []
    assert kept_ids(ani, [own, own_anonymous], "public") == [own.pk, own_anonymous.pk]


def test_anonymous_statuses_are_filtered_by_what_they_say(ani, budi, post):
    make_filter(ani, "sedih")
    anonymous = post(budi, "Aku sedih", anonymous=True)
    other = post(budi, "Aku senang", anonymous=True)
    assert kept_ids(ani, [anonymous, other], "public") == [other.pk]


def test_a_share_is_matched_by_the_shared_status(make_user, ani, budi, post):
    cici = make_user("cici")
    make_filter(ani, "sedih")
    original = post(budi, "Aku sedih")
    share = posts.reblog(cici, original)
    assert kept_ids(ani, [share], "home") == []
    # Someone sharing the viewer's own status: never filtered.
    own_share = posts.reblog(budi, post(ani, "Aku juga sedih"))
    assert kept_ids(ani, [own_share], "home") == [own_share.pk]


@pytest.mark.parametrize("context", ALL_CONTEXTS)
def test_a_filter_applies_only_in_its_contexts(ani, budi, post, context):
    make_filter(ani, "sedih", context=[context])
    status = post(budi, "Aku sedih")
    for where in FilterContext.values:
        expected = [] if where == context else [status.pk]
        assert kept_ids(ani, [status], where) == expected, where


def test_warn_keeps_the_status_with_the_warning_and_hide_removes_it(ani, budi, post):
    make_filter(ani, "sedih", title="Sedih", action="warn")
    make_filter(ani, "marah", title="Marah", action="hide")
    make_filter(ani, "lelah", title="Lelah di rumah", action="hide", context=["home"])
    sad = post(budi, "Aku sedih")
    angry = post(budi, "Aku sedih dan marah")
    tired = post(budi, "Aku sedih dan lelah")
    plain = post(budi, "Aku baik")
    kept = apply_filters(ani, [sad, angry, tired, plain], "public")
    # Order is kept; a hide filter wins over a warn filter; a hide filter for home does not
    # act in public, and does not become a warning there either.
    assert [(item.status.pk, item.titles) for item in kept] == [
        (sad.pk, ["Sedih"]),
        (tired.pk, ["Sedih"]),
        (plain.pk, []),
    ]
    assert [item.status.pk for item in apply_filters(ani, [tired], "home")] == []


def test_expired_filters_stop_applying(ani, budi, post):
    item = make_filter(ani, "sedih", expires_in=60)
    status = post(budi, "Aku sedih")
    assert kept_ids(ani, [status], "home") == []
    Filter.objects.filter(pk=item.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert Filter.objects.get(pk=item.pk).is_expired
    assert kept_ids(ani, [status], "home") == [status.pk]
    # Renewing it (a new expiry) brings it back.
    services.update_filter(Filter.objects.get(pk=item.pk), expires_in=None)
    assert kept_ids(ani, [status], "home") == []


def test_filters_belong_to_one_viewer(ani, budi, make_user, post):
    cici = make_user("cici")
    make_filter(ani, "sedih")
    status = post(cici, "Aku sedih")
    assert kept_ids(ani, [status], "home") == []
    assert kept_ids(budi, [status], "home") == [status.pk]
    assert kept_ids(AnonymousUser(), [status], "home") == [status.pk]
    assert kept_ids(None, [status], "home") == [status.pk]


def test_a_filter_without_keywords_hides_nothing(ani, budi, post):
    services.create_filter(ani, title="Kosong", context=ALL_CONTEXTS, filter_action="hide")
    status = post(budi, "Apa saja")
    assert kept_ids(ani, [status], "home") == [status.pk]
