"""The journey of issue 3 with a real Mastodon client library (Mastodon.py): what a Mastodon app
does against a Teduh server. Used by tests/api/test_mastodon_client.py (against the test server)
and by scripts/api_fuzz.py (against a server running the `teduh demo` data).

Run it against any server that has a web account you can sign in with:

    .venv/bin/python scripts/mastodon_journey.py --url http://127.0.0.1:8000 \
        --username nadia_r --password teduh-demo-2026

It registers one new account (a random name) and publishes a few posts as it.
"""

import argparse
import io
import re
import secrets
import sys
from urllib.parse import parse_qs, urlsplit

import requests
from mastodon import Mastodon
from PIL import Image

SCOPES = ["read", "write", "follow", "push"]
REDIRECT = "teduhtest://oauth-callback"
TIMEOUT = 20


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (20, 120, 110))
    exif = Image.Exif()
    exif[0x010F] = "KameraRahasia"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 12.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def authorization_code_login(
    server: str, client_id: str, client_secret: str, username: str, password: str
) -> Mastodon:
    """Sign in through the web consent page, as a person would in an app's browser tab."""
    app = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    url = app.auth_request_url(redirect_uris=REDIRECT, scopes=SCOPES, allow_http=True)
    browser = requests.Session()
    login_page = browser.get(f"{server}/auth/login/", timeout=TIMEOUT)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.text).group(1)
    browser.post(
        f"{server}/auth/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": csrf},
        headers={"Referer": f"{server}/auth/login/"},
        timeout=TIMEOUT,
    )
    consent = browser.get(url, timeout=TIMEOUT)
    assert consent.status_code == 200, consent.status_code
    assert "authorize-form" in consent.text, "no consent form: was the web login refused?"
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', consent.text))
    form["allow"] = "Authorize"
    answer = browser.post(
        url, data=form, headers={"Referer": url}, allow_redirects=False, timeout=TIMEOUT
    )
    assert answer.status_code == 302, answer.text[:500]
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT), location
    code = parse_qs(urlsplit(location).query)["code"][0]
    app.log_in(code=code, redirect_uri=REDIRECT, scopes=SCOPES, allow_http=True)
    return app


def all_pages(api: Mastodon, first_page) -> list[str]:
    ids: list[str] = []
    page = first_page
    while page:
        ids.extend(str(item.id) for item in page)
        page = api.fetch_next(page)
    return ids


def run_journey(server: str, username: str, password: str) -> dict:
    """Every step of the journey, asserting what a client sees. Returns a few figures."""
    client_id, client_secret = Mastodon.create_app(
        "Teduh journey", api_base_url=server, scopes=SCOPES, redirect_uris=REDIRECT
    )

    # Register a new account through the API and use its token straight away.
    newcomer_name = f"bima{secrets.randbelow(10**6):06d}"
    newcomer_password = "pelan-pelan-saja-2026"  # noqa: S105 (a throwaway test account)
    newcomer = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    newcomer.create_account(
        newcomer_name, newcomer_password, f"{newcomer_name}@example.org", agreement=True,
        scopes=SCOPES,
    )  # fmt: skip
    assert newcomer.account_verify_credentials().username == newcomer_name

    # Log in with the password grant and with the authorization-code grant.
    bima = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    bima.log_in(newcomer_name, newcomer_password, scopes=SCOPES)
    member = authorization_code_login(server, client_id, client_secret, username, password)
    assert member.account_verify_credentials().username == username

    # Follow, post with a content warning, reply, favourite, reblog, bookmark.
    bima_account = bima.account_verify_credentials()
    assert member.account_follow(bima_account.id).following is True
    post = bima.status_post(
        "Minggu ini berat, tapi aku mencoba istirahat. #MariBicara", spoiler_text="cerita pribadi"
    )
    assert (post.spoiler_text, post.sensitive) == ("cerita pribadi", True)
    reply = member.status_reply(post, "Terima kasih sudah cerita. Pelan-pelan ya.")
    assert reply.in_reply_to_id == post.id
    assert member.status_favourite(post.id).favourited is True
    shared = member.status_reblog(post.id)
    assert shared.reblog.id == post.id
    assert member.status_bookmark(post.id).bookmarked is True
    assert member.bookmarks()[0].id == post.id
    assert [s.id for s in bima.status_context(post.id).descendants] == [reply.id]

    # Timelines, page by page through the Link header.
    notes = [bima.status_post(f"Catatan kecil nomor {n} #MariBicara") for n in range(7)]
    home = all_pages(member, member.timeline_home(limit=4))
    assert len(home) == len(set(home)), "a status came twice while paging"
    expected = {str(s.id) for s in [post, *notes, reply, shared]}
    assert expected <= set(home), expected - set(home)
    public_ids = {str(s.id) for s in member.timeline_public(local=True, limit=40)}
    assert {str(post.id), str(reply.id)} <= public_ids
    tagged = all_pages(member, member.timeline_hashtag("maribicara", limit=5))
    assert len(tagged) == len(set(tagged))
    assert {str(s.id) for s in [post, *notes]} <= set(tagged)

    # Upload an image with a description; the stored file has no EXIF.
    media = bima.media_post(
        jpeg_with_gps(), mime_type="image/jpeg", description="Secangkir teh di meja"
    )
    assert media.description == "Secangkir teh di meja"
    with_image = bima.status_post("Teh sore ini", media_ids=[media.id])
    assert with_image.media_attachments[0].id == media.id
    stored = requests.get(with_image.media_attachments[0].url, timeout=TIMEOUT).content
    assert stored[:2] == b"\xff\xd8" and b"KameraRahasia" not in stored

    # Search accounts, statuses and hashtags.
    found = member.search_v2(newcomer_name, result_type="accounts")
    assert found.accounts[0].username == newcomer_name
    statuses = member.search_v2("Catatan kecil nomor 3", result_type="statuses")
    assert str(notes[3].id) in {str(s.id) for s in statuses.statuses}
    tags = member.search_v2("maribic", result_type="hashtags")
    assert "maribicara" in [t.name.lower() for t in tags.hashtags]

    # Notifications: the newcomer hears about the follow, the reply (a "mention" for Mastodon
    # clients), the favourite and the reblog.
    kinds = sorted(n.type for n in bima.notifications())
    assert kinds == ["favourite", "follow", "mention", "reblog"], kinds
    return {"home_statuses": len(home), "tag_statuses": len(tagged)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    figures = run_journey(args.url.rstrip("/"), args.username, args.password)
    print(f"Mastodon.py journey passed against {args.url}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
