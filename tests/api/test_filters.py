"""Mastodon's v2 keyword filters: /api/v2/filters and its keywords, and what filters do to the
statuses the API returns (hidden ones absent, warnings in each status's `filtered`)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from teduh.accounts.services import follow
from teduh.filters import services as filters
from teduh.filters.models import Filter, FilterKeyword
from teduh.posts import services as posts

FILTER_KEYS = {"id", "title", "context", "expires_at", "filter_action", "keywords", "statuses"}


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def ok(response, status: int = 200):
    assert response.status_code == status, response.content
    return response.json()


def refused(response, status: int = 422) -> str:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) >= {"error"} and body["error"], body
    return body["error"]


def make_filter(user, *words, action="hide", context=("home", "public", "thread", "account",
                "notifications"), title="Saring"):  # fmt: skip
    return filters.create_filter(
        user,
        title=title,
        context=list(context),
        filter_action=action,
        keywords=[(w, True) for w in words],
    )


def ids(statuses) -> list[int]:
    return [int(s["id"]) for s in statuses]


# The filters API ------------------------------------------------------------------------------


def test_create_a_filter_with_json(api, alice):
    client = api(alice)
    body = ok(
        client.post(
            "/api/v2/filters",
            {
                "title": "Berita duka",
                "context": ["home", "public"],
                "filter_action": "hide",
                "expires_in": 86400,
                "keywords_attributes": [
                    {"keyword": "duka", "whole_word": True},
                    {"keyword": "kabar buruk", "whole_word": False},
                ],
            },
        )
    )
    assert set(body) == FILTER_KEYS
    stored = Filter.objects.get()
    assert body["id"] == str(stored.pk)
    assert body["title"] == "Berita duka"
    assert body["context"] == ["home", "public"]
    assert body["filter_action"] == "hide"
    expires = parse_datetime(body["expires_at"])
    assert timedelta(hours=23) < expires - timezone.now() <= timedelta(hours=24)
    assert body["statuses"] == []
    keywords = list(stored.keywords.all())
    assert body["keywords"] == [
        {"id": str(keywords[0].pk), "keyword": "duka", "whole_word": True},
        {"id": str(keywords[1].pk), "keyword": "kabar buruk", "whole_word": False},
    ]
    assert stored.account == alice


def test_create_a_filter_with_form_fields(api, alice):
    # What Mastodon's own clients send: context[] and keywords_attributes[][...] fields.
    body = ok(
        api(alice).post(
            "/api/v2/filters",
            {
                "title": "Sedih",
                "context[]": ["thread", "home"],
                "keywords_attributes[][keyword]": ["sedih", "pilu"],
                "keywords_attributes[][whole_word]": ["false", "true"],
            },
            form=True,
        )
    )
    assert body["context"] == ["home", "thread"]
    assert body["filter_action"] == "warn"  # the default
    assert body["expires_at"] is None
    assert [(k["keyword"], k["whole_word"]) for k in body["keywords"]] == [
        ("sedih", False),
        ("pilu", True),
    ]


def test_create_a_filter_with_numbered_form_fields(api, alice):
    body = ok(
        api(alice).post(
            "/api/v2/filters",
            {
                "title": "Sedih",
                "context[]": "home",
                "keywords_attributes[1][keyword]": "kedua",
                "keywords_attributes[0][keyword]": "pertama",
                "keywords_attributes[0][whole_word]": "0",
            },
            form=True,
        )
    )
    assert [(k["keyword"], k["whole_word"]) for k in body["keywords"]] == [
        ("pertama", False),
        ("kedua", True),
    ]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"context": ["home"]}, "name"),
        ({"title": "T"}, "applies"),
        ({"title": "T", "context": ["home", "timeline"]}, "applies"),
        ({"title": "T", "context": ["home"], "filter_action": "blur"}, "warn or hide"),
        ({"title": "T", "context": ["home"], "expires_in": "besok"}, "expires_in"),
        ({"title": "T", "context": ["home"], "expires_in": -5}, "expires_in"),
        ({"title": "T", "context": ["home"], "expires_in": 0}, "how long"),
        ({"title": "x" * 101, "context": ["home"]}, "100"),
        ({"title": "T", "context": ["home"], "keywords_attributes": [{"keyword": ""}]}, "word"),
        ({"title": "T", "context": ["home"], "keywords_attributes": ["sedih"]}, "objects"),
        (
            {"title": "T", "context": ["home"], "keywords_attributes": [{"keyword": "a" * 101}]},
            "100",
        ),
        (
            {
                "title": "T",
                "context": ["home"],
                "keywords_attributes": [{"keyword": "a", "whole_word": "kadang"}],
            },
            "whole_word",
        ),
    ],
)
def test_create_refuses_bad_input(api, alice, data, fragment):
    message = refused(api(alice).post("/api/v2/filters", data))
    assert fragment in message
    assert not Filter.objects.exists()


def test_create_refuses_keyword_fields_that_do_not_line_up(api, alice):
    message = refused(
        api(alice).post(
            "/api/v2/filters",
            {
                "title": "T",
                "context[]": "home",
                "keywords_attributes[][keyword]": ["a", "b"],
                "keywords_attributes[][whole_word]": ["true"],
            },
            form=True,
        )
    )
    assert "line up" in message


def test_create_refuses_more_filters_than_allowed(api, alice, monkeypatch):
    monkeypatch.setattr(filters, "MAX_FILTERS", 1)
    make_filter(alice, "satu")
    message = refused(api(alice).post("/api/v2/filters", {"title": "T", "context": ["home"]}))
    assert "at most 1 filters" in message


def test_list_and_get_filters(api, alice, bob):
    first = make_filter(alice, "satu", title="Satu")
    second = make_filter(alice, title="Dua")
    theirs = make_filter(bob, "rahasia")
    client = api(alice)
    listed = ok(client.get("/api/v2/filters"))
    assert [f["id"] for f in listed] == [str(first.pk), str(second.pk)]
    assert [k["keyword"] for k in listed[0]["keywords"]] == ["satu"]
    assert listed[1]["keywords"] == []
    assert ok(client.get(f"/api/v2/filters/{first.pk}")) == listed[0]
    assert refused(client.get(f"/api/v2/filters/{theirs.pk}"), 404) == "Record not found"
    refused(client.get("/api/v2/filters/bukan-id"), 404)
    refused(client.get("/api/v2/filters/99999999999999999999999"), 404)


def test_update_a_filter(api, alice):
    item = make_filter(alice, "satu", "dua", action="warn", context=["home"])
    satu, dua = item.keywords.all()
    item.expires_at = timezone.now() + timedelta(days=1)
    item.save()
    body = ok(
        api(alice).put(
            f"/api/v2/filters/{item.pk}",
            {
                "title": "Baru",
                "context": ["public"],
                "filter_action": "hide",
                "expires_in": "",
                "keywords_attributes": [
                    {"id": str(satu.pk), "keyword": "SATU", "whole_word": False},
                    {"id": str(dua.pk), "_destroy": True},
                    {"keyword": "tiga"},
                ],
            },
        )
    )
    assert (body["title"], body["context"], body["filter_action"], body["expires_at"]) == (
        "Baru",
        ["public"],
        "hide",
        None,
    )
    assert [(k["id"], k["keyword"], k["whole_word"]) for k in body["keywords"]] == [
        (str(satu.pk), "SATU", False),
        (body["keywords"][1]["id"], "tiga", True),
    ]
    assert not FilterKeyword.objects.filter(pk=dua.pk).exists()


def test_update_with_form_fields_changes_only_what_is_sent(api, alice):
    item = make_filter(alice, "satu", action="warn", context=["home"])
    item.expires_at = timezone.now() + timedelta(days=1)
    item.save()
    body = ok(api(alice).put(f"/api/v2/filters/{item.pk}", {"title": "Baru"}, form=True))
    assert body["title"] == "Baru"
    assert body["context"] == ["home"]
    assert body["filter_action"] == "warn"
    assert abs(parse_datetime(body["expires_at"]) - item.expires_at) < timedelta(milliseconds=1)
    assert [k["keyword"] for k in body["keywords"]] == ["satu"]


def test_update_refuses_bad_input_and_changes_nothing(api, alice, bob):
    item = make_filter(alice, "satu", context=["home"])
    theirs = make_filter(bob, "rahasia").keywords.get()
    client = api(alice)
    for data in (
        {"title": ""},
        {"context": ["nowhere"]},
        {"filter_action": "mute"},
        {"keywords_attributes": [{"id": str(theirs.pk), "keyword": "dicuri"}]},
        {"keywords_attributes": [{"id": "x1", "keyword": "a"}]},
    ):
        refused(client.put(f"/api/v2/filters/{item.pk}", data))
    item.refresh_from_db()
    assert (item.title, item.context, item.filter_action) == ("Saring", ["home"], "hide")
    assert [k.keyword for k in item.keywords.all()] == ["satu"]
    assert FilterKeyword.objects.get(pk=theirs.pk).keyword == "rahasia"
    refused(api(bob).put(f"/api/v2/filters/{item.pk}", {"title": "Milikku"}), 404)


def test_delete_a_filter(api, alice, bob):
    item = make_filter(alice, "satu")
    refused(api(bob).delete(f"/api/v2/filters/{item.pk}"), 404)
    assert ok(api(alice).delete(f"/api/v2/filters/{item.pk}")) == {}
    assert not Filter.objects.exists()
    assert not FilterKeyword.objects.exists()
    refused(api(alice).delete(f"/api/v2/filters/{item.pk}"), 404)


def test_filter_keywords_endpoints(api, alice, bob):
    item = make_filter(alice, "satu")
    client = api(alice)
    added = ok(
        client.post(f"/api/v2/filters/{item.pk}/keywords", {"keyword": "dua", "whole_word": False})
    )
    keyword = FilterKeyword.objects.get(keyword="dua")
    assert added == {"id": str(keyword.pk), "keyword": "dua", "whole_word": False}
    listed = ok(client.get(f"/api/v2/filters/{item.pk}/keywords"))
    assert [k["keyword"] for k in listed] == ["satu", "dua"]
    assert ok(client.get(f"/api/v2/filters/keywords/{keyword.pk}")) == added
    changed = ok(client.put(f"/api/v2/filters/keywords/{keyword.pk}", {"keyword": "tiga"}))
    assert changed == {"id": str(keyword.pk), "keyword": "tiga", "whole_word": False}
    changed = ok(
        client.put(f"/api/v2/filters/keywords/{keyword.pk}", {"whole_word": "true"}, form=True)
    )
    assert changed["whole_word"] is True
    assert changed["keyword"] == "tiga"
    refused(client.post(f"/api/v2/filters/{item.pk}/keywords", {"keyword": " "}))
    refused(client.put(f"/api/v2/filters/keywords/{keyword.pk}", {"whole_word": "barangkali"}))
    # Someone else's keywords and filters are not there at all.
    other = api(bob)
    refused(other.get(f"/api/v2/filters/keywords/{keyword.pk}"), 404)
    refused(other.put(f"/api/v2/filters/keywords/{keyword.pk}", {"keyword": "x"}), 404)
    refused(other.delete(f"/api/v2/filters/keywords/{keyword.pk}"), 404)
    refused(other.post(f"/api/v2/filters/{item.pk}/keywords", {"keyword": "x"}), 404)
    refused(other.get(f"/api/v2/filters/{item.pk}/keywords"), 404)
    assert ok(client.delete(f"/api/v2/filters/keywords/{keyword.pk}")) == {}
    assert [k.keyword for k in item.keywords.all()] == ["satu"]


def test_filters_need_a_user_token_with_the_right_scopes(api, alice, make_token):
    refused(api().get("/api/v2/filters"), 401)
    refused(api().post("/api/v2/filters", {"title": "T", "context": ["home"]}), 401)
    read_only = api(alice, scopes="read")
    assert ok(read_only.get("/api/v2/filters")) == []
    refused(read_only.post("/api/v2/filters", {"title": "T", "context": ["home"]}), 403)
    granular = api(alice, scopes="read:filters write:filters")
    ok(granular.post("/api/v2/filters", {"title": "T", "context": ["home"]}))
    refused(api(token=make_token(None)).get("/api/v2/filters"), 422)


# What filters do to statuses ------------------------------------------------------------------


def test_warn_filters_ride_in_filtered(api, alice, bob, post):
    item = make_filter(alice, "sedih", action="warn", title="Sedih", context=["home"])
    follow(alice, bob)
    sad = post(bob, "Aku SEDIH hari ini")
    plain = post(bob, "Aku baik")
    home = ok(api(alice).get("/api/v1/timelines/home"))
    assert ids(home) == [plain.pk, sad.pk]
    assert home[0]["filtered"] == []
    assert home[1]["filtered"] == [
        {
            "filter": {
                "id": str(item.pk),
                "title": "Sedih",
                "context": ["home"],
                "expires_at": None,
                "filter_action": "warn",
            },
            "keyword_matches": ["sedih"],
            "status_matches": None,
        }
    ]
    # Other people, and people without a token, see no filter results.
    assert ok(api(bob).get(f"/api/v1/statuses/{sad.pk}"))["filtered"] == []
    assert ok(api().get(f"/api/v1/statuses/{sad.pk}"))["filtered"] == []


def test_hidden_statuses_are_absent_where_the_filter_applies(api, alice, bob, make_user, post):
    carol = make_user("carol")
    follow(alice, bob)
    make_filter(alice, "marah", context=["home", "public", "thread", "account"])
    root = post(carol, "Mulai #cerita")
    angry = post(bob, "Aku marah #cerita", in_reply_to=root)
    calm = post(bob, "Aku tenang #cerita", in_reply_to=root)
    shared = posts.reblog(bob, post(carol, "Carol juga marah"))
    client = api(alice)
    assert angry.pk not in ids(ok(client.get("/api/v1/timelines/home")))
    assert shared.pk not in ids(ok(client.get("/api/v1/timelines/home")))
    assert calm.pk in ids(ok(client.get("/api/v1/timelines/home")))
    public = ids(ok(client.get("/api/v1/timelines/public")))
    assert angry.pk not in public and calm.pk in public
    tag = ids(ok(client.get("/api/v1/timelines/tag/cerita")))
    assert angry.pk not in tag and calm.pk in tag
    context = ok(client.get(f"/api/v1/statuses/{root.pk}/context"))
    assert ids(context["descendants"]) == [calm.pk]
    account = ids(ok(client.get(f"/api/v1/accounts/{bob.pk}/statuses")))
    assert angry.pk not in account and calm.pk in account
    # Asked for by id, it is there, carrying the hide filter so a client knows why.
    single = ok(client.get(f"/api/v1/statuses/{angry.pk}"))
    assert [r["filter"]["filter_action"] for r in single["filtered"]] == ["hide"]
    # Someone without the filter sees everything.
    assert angry.pk in ids(ok(api(carol).get("/api/v1/timelines/public")))


def test_a_hide_filter_for_one_context_only_warns_about_it_elsewhere(api, alice, bob, post):
    make_filter(alice, "marah", context=["home"])
    follow(alice, bob)
    angry = post(bob, "Aku marah")
    client = api(alice)
    assert angry.pk not in ids(ok(client.get("/api/v1/timelines/home")))
    public = ok(client.get("/api/v1/timelines/public"))
    assert ids(public) == [angry.pk]
    # As in Mastodon, the result names the filter and its contexts; clients read them.
    assert public[0]["filtered"][0]["filter"]["context"] == ["home"]


def test_hide_filters_leave_out_notifications_about_matching_statuses(api, alice, bob, post):
    make_filter(alice, "marah", context=["notifications"])
    angry = post(bob, "@alice aku marah")
    calm = post(bob, "@alice aku tenang")
    follow(bob, alice)
    notifications = ok(api(alice).get("/api/v1/notifications"))
    assert [(n["type"], n["status"]["id"] if n["status"] else None) for n in notifications] == [
        ("follow", None),
        ("mention", str(calm.pk)),
    ]
    assert angry.pk in ids(ok(api(alice).get("/api/v1/timelines/public")))


def test_expired_filters_no_longer_act_but_are_still_listed(api, alice, bob, post):
    item = make_filter(alice, "marah")
    angry = post(bob, "Aku marah")
    client = api(alice)
    assert ids(ok(client.get("/api/v1/timelines/public"))) == []
    Filter.objects.filter(pk=item.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    public = ok(client.get("/api/v1/timelines/public"))
    assert ids(public) == [angry.pk]
    assert public[0]["filtered"] == []
    listed = ok(client.get("/api/v2/filters"))
    assert [f["id"] for f in listed] == [str(item.pk)]
    assert parse_datetime(listed[0]["expires_at"]) < timezone.now()


def test_filters_never_hide_own_statuses(api, alice, post):
    make_filter(alice, "marah")
    own = post(alice, "Aku marah")
    body = ok(api(alice).get("/api/v1/timelines/home"))
    assert ids(body) == [own.pk]
    assert body[0]["filtered"] == []


def test_filter_statuses_are_always_empty(api, alice, bob):
    item = make_filter(alice, "satu")
    assert ok(api(alice).get(f"/api/v2/filters/{item.pk}/statuses")) == []
    refused(api(bob).get(f"/api/v2/filters/{item.pk}/statuses"), 404)


def test_v1_filters_list_each_keyword(api, alice, bob):
    hide = make_filter(alice, "satu", "dua", context=["home"])
    warn = make_filter(alice, "tiga", action="warn", context=["public", "thread"])
    make_filter(bob, "rahasia")
    satu, dua = hide.keywords.all()
    tiga = warn.keywords.get()
    body = ok(api(alice).get("/api/v1/filters"))
    assert body == [
        {
            "id": str(satu.pk),
            "phrase": "satu",
            "context": ["home"],
            "whole_word": True,
            "expires_at": None,
            "irreversible": True,
        },
        {
            "id": str(dua.pk),
            "phrase": "dua",
            "context": ["home"],
            "whole_word": True,
            "expires_at": None,
            "irreversible": True,
        },
        {
            "id": str(tiga.pk),
            "phrase": "tiga",
            "context": ["public", "thread"],
            "whole_word": True,
            "expires_at": None,
            "irreversible": False,
        },
    ]
    refused(api().get("/api/v1/filters"), 401)


def test_a_mastodon_client_library_manages_filters_mutes_and_blocks(
    live_server, make_user, make_token, post
):
    """Mastodon.py sends JSON bodies and Mastodon's own paths; Teduh must understand both."""
    from mastodon import Mastodon

    alice, bob = make_user("alice"), make_user("bob")
    client = Mastodon(
        access_token=make_token(alice), api_base_url=live_server.url, version_check_mode="none"
    )
    created = client.create_filter_v2(
        "Sedih",
        ["home", "public"],
        "warn",
        expires_in=3600,
        keywords_attributes=[{"keyword": "sedih", "whole_word": True}],
    )
    assert (created.title, created.context, created.filter_action) == (
        "Sedih",
        ["home", "public"],
        "warn",
    )
    assert [k.keyword for k in created.keywords] == ["sedih"]
    added = client.add_filter_keyword_v2(created, "pilu", whole_word=False)
    assert [k.keyword for k in client.filter_keywords_v2(created)] == ["sedih", "pilu"]
    client.delete_filter_keyword_v2(added)
    updated = client.update_filter_v2(created, filter_action="hide", context=["public"])
    assert (updated.filter_action, updated.context) == ("hide", ["public"])
    assert [k.keyword for k in updated.keywords] == ["sedih"]
    assert client.filter_statuses_v2(created) == []
    sad = post(bob, "Aku sedih")
    assert sad.pk not in [s.id for s in client.timeline_public()]

    muted = client.account_mute(bob.pk, notifications=False, duration=600)
    assert (muted.muting, muted.muting_notifications) == (True, False)
    assert [a.username for a in client.mutes()] == ["bob"]
    blocked = client.account_block(bob.pk)
    assert blocked.blocking is True
    assert [a.username for a in client.blocks()] == ["bob"]
    client.account_unblock(bob.pk)
    client.account_unmute(bob.pk)
    assert client.mutes() == [] and client.blocks() == []
    client.delete_filter_v2(created)
    assert client.filters_v2() == []
