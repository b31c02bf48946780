"""The whole journey of issue 3 with a real Mastodon client library (Mastodon.py) against a live
Teduh server: what a Mastodon app would do."""

import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from mastodon import Mastodon
from PIL import Image

from teduh.accounts.services import register_account

SCOPES = ["read", "write", "follow", "push"]
REDIRECT = "teduhtest://oauth-callback"


@pytest.fixture
def server(live_server, transactional_db):
    return live_server.url


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (20, 120, 110))
    exif = Image.Exif()
    exif[0x010F] = "KameraRahasia"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 12.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def authorization_code_login(server: str, client_id: str, client_secret: str) -> Mastodon:
    """Sign in through the web consent page, as a person would in an app's browser tab."""
    app = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    url = app.auth_request_url(redirect_uris=REDIRECT, scopes=SCOPES, allow_http=True)
    browser = requests.Session()
    login_page = browser.get(f"{server}/auth/login/")
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.text).group(1)
    browser.post(
        f"{server}/auth/login/",
        data={"username": "sari", "password": "kopi-hangat-pagi", "csrfmiddlewaretoken": csrf},
        headers={"Referer": f"{server}/auth/login/"},
    )
    consent = browser.get(url)
    assert consent.status_code == 200
    assert "authorize-form" in consent.text
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', consent.text))
    form["allow"] = "Authorize"
    answer = browser.post(url, data=form, headers={"Referer": url}, allow_redirects=False)
    assert answer.status_code == 302, answer.text[:500]
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT)
    code = parse_qs(urlsplit(location).query)["code"][0]
    app.log_in(code=code, redirect_uri=REDIRECT, scopes=SCOPES, allow_http=True)
    return app


def test_mastodon_py_journey(server, settings):
    register_account(username="sari", password="kopi-hangat-pagi", display_name="Sari")

    client_id, client_secret = Mastodon.create_app(
        "Teduh test app", api_base_url=server, scopes=SCOPES, redirect_uris=REDIRECT
    )

    # Register a new account through the API and use its token straight away.
    newcomer = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    newcomer.create_account(
        "bima", "pelan-pelan-saja-2026", "bima@example.org", agreement=True, scopes=SCOPES
    )
    assert newcomer.account_verify_credentials().username == "bima"

    # Log in with the password grant and with the authorization-code grant.
    bima = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    bima.log_in("bima", "pelan-pelan-saja-2026", scopes=SCOPES)
    sari = authorization_code_login(server, client_id, client_secret)
    sari_account = sari.account_verify_credentials()
    assert sari_account.username == "sari"

    # Follow, post with a content warning, reply, favourite, reblog, bookmark.
    bima_account = bima.account_verify_credentials()
    relationship = sari.account_follow(bima_account.id)
    assert relationship.following is True
    post = bima.status_post(
        "Minggu ini berat, tapi aku mencoba istirahat. #MariBicara", spoiler_text="cerita pribadi"
    )
    assert (post.spoiler_text, post.sensitive) == ("cerita pribadi", True)
    reply = sari.status_reply(post, "Terima kasih sudah cerita. Pelan-pelan ya.")
    assert reply.in_reply_to_id == post.id
    assert sari.status_favourite(post.id).favourited is True
    assert sari.status_reblog(post.id).reblog.id == post.id
    assert sari.status_bookmark(post.id).bookmarked is True
    assert [s.id for s in sari.bookmarks()] == [post.id]
    context = bima.status_context(post.id)
    assert [s.id for s in context.descendants] == [reply.id]

    # Timelines, page by page through the Link header.
    for n in range(7):
        bima.status_post(f"Catatan kecil nomor {n} #MariBicara")
    seen = []
    page = sari.timeline_home(limit=4)
    while page:
        seen.extend(s.id for s in page)
        page = sari.fetch_next(page)
    assert len(seen) == len(set(seen))
    assert len(seen) == 1 + 7 + 1 + 1  # bima's post, 7 notes, sari's reply and her reblog
    public_ids = [s.id for s in sari.timeline_public(local=True, limit=40)]
    assert post.id in public_ids and reply.id in public_ids
    tag_page = sari.timeline_hashtag("maribicara", limit=5)
    tag_ids = [s.id for s in tag_page] + [s.id for s in sari.fetch_next(tag_page)]
    assert len(tag_ids) == len(set(tag_ids)) == 8

    # Upload an image with a description; the stored file has no EXIF.
    media = bima.media_post(
        jpeg_with_gps(), mime_type="image/jpeg", description="Secangkir teh di meja"
    )
    assert media.description == "Secangkir teh di meja"
    with_image = bima.status_post("Teh sore ini", media_ids=[media.id])
    assert with_image.media_attachments[0].id == media.id
    stored = requests.get(with_image.media_attachments[0].url, timeout=10).content
    assert b"KameraRahasia" not in stored

    # Search accounts, statuses and hashtags.
    found = sari.search_v2("bima", result_type="accounts")
    assert [a.username for a in found.accounts] == ["bima"]
    tags = sari.search_v2("maribic", result_type="hashtags")
    assert "maribicara" in [t.name for t in tags.hashtags]

    # Notifications: bima hears about the follow, the reply (a "mention" for Mastodon
    # clients), the favourite and the reblog.
    kinds = sorted(n.type for n in bima.notifications())
    assert kinds == ["favourite", "follow", "mention", "reblog"]
