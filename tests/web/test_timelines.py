import re

import pytest

from teduh.accounts.services import follow
from teduh.posts import services
from teduh.posts.models import Visibility
from teduh.timelines.services import PAGE_SIZE
from tests.helpers import status_ids

NEXT_LINK_RE = re.compile(r'<a href="\?max_id=(\d+)"')


def next_max_id(page: str) -> int | None:
    found = NEXT_LINK_RE.search(page)
    return int(found.group(1)) if found else None


def test_logged_out_home_is_the_public_timeline(client, make_user, post):
    ani = make_user("ani")
    public = post(ani, "Publik")
    post(ani, "Tidak terdaftar", visibility=Visibility.UNLISTED)
    for url in ("/", "/public/"):
        response = client.get(url)
        assert response.status_code == 200
        assert status_ids(response.content.decode()) == [public.pk]
        assert response.context["timeline"] == "public"


def test_home_timeline(make_user, client_for, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    follow(ani, budi)
    own = post(ani, "Punyaku")
    followed = post(budi, "Dari Budi", visibility=Visibility.PRIVATE)
    post(cici, "Dari Cici")
    post(budi, "Budi anonim", anonymous=True)
    by_cici = post(cici, "Dibagikan Budi")
    shared = services.reblog(budi, by_cici)
    response = client_for(ani).get("/")
    assert response.context["timeline"] == "home"
    page = response.content.decode()
    # A reblog is shown as the original status, in the place of the share.
    assert status_ids(page) == [by_cici.pk, followed.pk, own.pk]
    assert [card.shared_status_id for card in response.context["cards"]] == [
        shared.pk,
        None,
        None,
    ]


def test_public_timeline_has_no_reblogs_or_hidden_posts(client, make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    public = post(ani, "Publik")
    post(ani, "Pengikut", visibility=Visibility.PRIVATE)
    post(ani, "Tidak terdaftar", visibility=Visibility.UNLISTED)
    services.reblog(budi, public)
    assert status_ids(client.get("/public/").content.decode()) == [public.pk]


def test_tag_page(client, make_user, post):
    ani = make_user("ani")
    tagged = post(ani, "Tentang #KesehatanMental")
    post(ani, "Rahasia #KesehatanMental", visibility=Visibility.PRIVATE)
    post(ani, "Tanpa tagar")
    for url in ("/tags/kesehatanmental/", "/tags/KesehatanMental/"):
        response = client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert status_ids(page) == [tagged.pk]
        assert "<h1>#KesehatanMental</h1>" in page


def test_unknown_tag_is_an_empty_page(client, db):
    response = client.get("/tags/belumada/")
    assert response.status_code == 200
    assert response.context["cards"] == []
    assert client.get("/tags/" + "a" * 101 + "/").status_code == 404


def test_tag_name_is_escaped(client, db):
    page = client.get("/tags/<b>x</b>/").content.decode()
    assert "<b>x</b>" not in page


def test_web_pagination_stays_correct_when_posts_arrive(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    follow(ani, budi)
    older = [post(budi, f"Lama {n}").pk for n in range(PAGE_SIZE + 5)]
    client = client_for(ani)

    first_page = client.get("/").content.decode()
    first = status_ids(first_page)
    assert first == older[::-1][:PAGE_SIZE]
    cursor = next_max_id(first_page)
    assert cursor == first[-1]

    newer = [post(budi, f"Baru {n}").pk for n in range(3)]

    second_page = client.get(f"/?max_id={cursor}").content.decode()
    second = status_ids(second_page)
    assert second == older[::-1][PAGE_SIZE:]
    assert next_max_id(second_page) is None
    assert not set(first) & set(second)
    assert sorted(first + second) == older
    assert status_ids(client.get("/").content.decode())[:3] == newer[::-1]


def test_htmx_pagination_returns_only_the_next_page(client, make_user, post):
    ani = make_user("ani")
    ids = [post(ani, f"#{n}").pk for n in range(PAGE_SIZE + 2)]
    response = client.get(f"/public/?max_id={ids[2]}", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page
    assert status_ids(page) == [ids[1], ids[0]]


@pytest.mark.parametrize(
    "max_id", ["abc", "-5", "1.5", "", "0x10", "²", "١٢", "9" * 30, "1e3", "%00"]
)
def test_malformed_max_id_is_ignored(make_user, client_for, post, max_id):
    ani = make_user("ani")
    status = post(ani, "Halo #Uji")
    services.bookmark(ani, status)
    client = client_for(ani)
    for url in ("/", "/public/", "/tags/uji/", "/@ani/", "/bookmarks/", "/notifications/"):
        response = client.get(url, {"max_id": max_id})
        assert response.status_code == 200, url
        if url != "/notifications/":
            assert status_ids(response.content.decode()) == [status.pk], url


def test_bookmarks_page(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    first, second = post(ani, "Satu"), post(ani, "Dua")
    post(ani, "Tiga")
    services.bookmark(budi, first)
    services.bookmark(budi, second)
    services.bookmark(ani, first)
    assert status_ids(client_for(budi).get("/bookmarks/").content.decode()) == [
        second.pk,
        first.pk,
    ]
