"""GET /api/v2/search: accounts, statuses and hashtags, and that no result ever ties an
anonymous status to its author."""

import pytest

from teduh.accounts.models import anonymous_placeholder
from teduh.accounts.services import follow
from teduh.posts.models import Visibility

pytestmark = pytest.mark.django_db


def search(client, q: str, **params):
    response = client.get("/api/v2/search", {"q": q, **params})
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def people(make_user):
    return {
        "sari": make_user("sari", display_name="Sari Dewi"),
        "saripah": make_user("saripah", display_name="Ipah"),
        "budi": make_user("budi", display_name="Budi Sarimin"),
        "dodi": make_user("dodi", display_name="Dodi"),
    }


def test_accounts_by_username_and_display_name(api, people):
    body = search(api(people["dodi"]), "sari", type="accounts")

    assert [a["username"] for a in body["accounts"]] == ["sari", "saripah", "budi"]
    assert body["statuses"] == [] and body["hashtags"] == []
    assert body["accounts"][0]["display_name"] == "Sari Dewi"
    assert body["accounts"][0]["acct"] == "sari"


def test_account_search_forms_and_options(api, people, make_user):
    client = api(people["dodi"])
    make_user("tidakaktif", is_active=False)

    assert [a["username"] for a in search(client, "@sari", type="accounts")["accounts"]][0] == (
        "sari"
    )
    local = search(client, "sari@testserver", type="accounts")["accounts"]
    assert [a["username"] for a in local][0] == "sari"
    assert search(client, "sari@elsewhere.example", type="accounts")["accounts"] == []
    assert search(client, "tidakaktif", type="accounts")["accounts"] == []
    assert search(client, "anonim", type="accounts")["accounts"] == []
    assert search(client, "Anonim", type="accounts")["accounts"] == []
    follow(people["dodi"], people["budi"])
    following = search(client, "sari", type="accounts", following="true")["accounts"]
    assert [a["username"] for a in following] == ["budi"]
    paged = search(client, "sari", type="accounts", limit=1, offset=1)["accounts"]
    assert [a["username"] for a in paged] == ["saripah"]


def test_accounts_and_hashtags_without_a_token_but_no_statuses(api, people, post):
    post(people["sari"], "Cerita tentang #SariRoti")

    body = search(api(), "sari")

    assert [a["username"] for a in body["accounts"]] == ["sari", "saripah", "budi"]
    assert [t["name"] for t in body["hashtags"]] == ["sariroti"]
    assert body["statuses"] == []


def test_statuses_by_content_only_among_visible_ones(api, people, post):
    sari, budi, dodi = people["sari"], people["budi"], people["dodi"]
    public = post(sari, "Hari ini aku belajar bernapas pelan")
    post(budi, "Rahasia: BERNAPAS itu penting", visibility=Visibility.PRIVATE)
    warned = post(budi, "isi biasa", spoiler_text="tentang bernapas")
    post(budi, "Tidak ada yang cocok")
    client = api(dodi)

    body = search(client, "bernapas", type="statuses")

    assert [s["id"] for s in body["statuses"]] == [str(warned.pk), str(public.pk)]
    assert body["accounts"] == [] and body["hashtags"] == []
    follow(dodi, budi)
    assert len(search(client, "BERNAPAS", type="statuses")["statuses"]) == 3
    paged = search(client, "bernapas", type="statuses", limit=1, offset=2)["statuses"]
    assert [s["id"] for s in paged] == [str(public.pk)]


def test_statuses_of_one_account(api, people, post):
    sari, budi = people["sari"], people["budi"]
    mine = post(sari, "Tentang tidur nyenyak")
    post(budi, "Tentang tidur juga")
    client = api(people["dodi"])

    body = search(client, "tidur", type="statuses", account_id=sari.pk)

    assert [s["id"] for s in body["statuses"]] == [str(mine.pk)]
    assert client.get("/api/v2/search", {"q": "tidur", "account_id": "x1"}).status_code == 404


def test_hashtags_by_prefix(api, people, post):
    post(people["sari"], "#Cemas #CemasBerlebih #Kecemasan #cerita")

    client = api(people["dodi"])

    assert [t["name"] for t in search(client, "#cemas", type="hashtags")["hashtags"]] == [
        "cemas",
        "cemasberlebih",
    ]
    assert [t["name"] for t in search(client, "ce", type="hashtags")["hashtags"]] == [
        "cemas",
        "cerita",
        "cemasberlebih",
    ]
    tag = search(client, "cerita", type="hashtags")["hashtags"][0]
    assert tag["following"] is False
    assert (tag["history"][0]["uses"], tag["history"][0]["accounts"]) == ("1", "1")
    assert search(client, "#", type="hashtags")["hashtags"] == []


def test_search_never_ties_an_anonymous_status_to_its_author(api, people, post):
    sari = people["sari"]
    secret = post(sari, "Aku merasa sendirian malam ini", anonymous=True)
    signed = post(sari, "Malam ini aku menulis dengan nama")
    placeholder = anonymous_placeholder()
    client = api(people["dodi"])

    # The author's name finds her account, never her anonymous status.
    by_name = search(client, "sari")
    assert str(secret.pk) not in {s["id"] for s in by_name["statuses"]}
    # Her statuses by account never include the anonymous one.
    by_account = search(client, "malam", type="statuses", account_id=sari.pk)
    assert [s["id"] for s in by_account["statuses"]] == [str(signed.pk)]
    # Its text finds it, shown as the placeholder with nothing of hers in it.
    by_text = search(client, "sendirian")
    assert [s["id"] for s in by_text["statuses"]] == [str(secret.pk)]
    found = by_text["statuses"][0]
    assert found["account"]["id"] == str(placeholder.pk)
    assert found["account"]["username"] == "anonim"
    assert "sari" not in str(found).lower()
    assert by_text["accounts"] == []
    # Nor can one reach it through the placeholder.
    through_placeholder = search(client, "sendirian", type="statuses", account_id=placeholder.pk)
    assert through_placeholder["statuses"] == []


def test_the_author_too_sees_her_anonymous_status_only_as_anonim(api, people, post):
    sari = people["sari"]
    secret = post(sari, "Catatan tanpa nama", anonymous=True)

    body = search(api(sari), "catatan", account_id=sari.pk)
    assert body["statuses"] == []
    body = search(api(sari), "catatan")
    assert [s["id"] for s in body["statuses"]] == [str(secret.pk)]
    assert body["statuses"][0]["account"]["username"] == "anonim"


def test_resolving_links_to_this_server(api, people, post):
    sari = people["sari"]
    status = post(sari, "Tautan ke sini")
    private = post(sari, "Untuk pengikut", visibility=Visibility.PRIVATE)
    client = api(people["dodi"])

    found = search(client, f"http://testserver/posts/{status.pk}/", resolve="true")
    assert [s["id"] for s in found["statuses"]] == [str(status.pk)]
    assert found["accounts"] == []
    hidden = search(client, f"http://testserver/posts/{private.pk}/", resolve="true")
    assert hidden["statuses"] == []
    profile = search(client, "http://testserver/@sari/", resolve="true")
    assert [a["username"] for a in profile["accounts"]] == ["sari"]
    huge = search(client, "http://testserver/posts/99999999999999999999999/", resolve="true")
    assert huge["statuses"] == []
    elsewhere = search(client, "https://elsewhere.example/@sari/", resolve="true")
    assert elsewhere["accounts"] == []
    assert search(client, "http://[::1/", resolve="true")["accounts"] == []
    assert search(client, "http://testserver/tidak-ada/", resolve="true")["statuses"] == []


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "a", "limit": 0},
        {"q": "a", "limit": 41},
        {"q": "a", "offset": -1},
        {"q": "a", "offset": 10**20},
        {"q": "a", "type": "everything"},
        {"q": "a", "account_id": "abc"},
    ],
)
def test_bad_input_is_refused_not_a_crash(api, people, params):
    response = api(people["dodi"]).get("/api/v2/search", params)

    assert response.status_code in (404, 422)
    assert "error" in response.json()


def test_odd_queries_are_harmless(api, people):
    client = api(people["dodi"])

    assert search(client, "") == {"accounts": [], "statuses": [], "hashtags": [], "help": None}
    assert client.get("/api/v2/search", {"q": "\x00sari"}).status_code == 422
    nothing = {"accounts": [], "statuses": [], "hashtags": [], "help": None}
    assert search(client, "%_'\";--") == nothing
    assert len(search(client, "sari", limit=40)["accounts"]) == 3


def test_search_scope(api, people):
    dodi = people["dodi"]

    assert api(dodi, scopes="read:search").get("/api/v2/search", {"q": "a"}).status_code == 200
    assert api(dodi, scopes="write").get("/api/v2/search", {"q": "a"}).status_code == 403
    assert api(token="bogus").get("/api/v2/search", {"q": "a"}).status_code == 401
