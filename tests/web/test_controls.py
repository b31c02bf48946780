"""Everyone's own controls in the web UI: the settings page, how content warnings, sensitive
images and counts render, keyword filter pages and filtered posts, and mute/block from a
profile (with and without htmx)."""

import re

import pytest

from teduh.accounts import services as accounts
from teduh.accounts.models import Block, Follow, Mute
from teduh.filters import services as filters
from teduh.filters.models import Filter, FilterKeyword
from teduh.posts import services as posts
from tests.helpers import image_upload, status_ids

ALL_CONTEXTS = ["home", "notifications", "public", "thread", "account"]


@pytest.fixture
def ani(make_user):
    return make_user("ani")


@pytest.fixture
def budi(make_user):
    return make_user("budi")


def page_of(response, status: int = 200) -> str:
    assert response.status_code == status, response.content.decode()[:2000]
    return response.content.decode()


def article(page: str, status_id: int) -> str:
    """The rendered card of one status (cards never nest)."""
    found = re.search(
        rf'<article class="status[^"]*" id="status-{status_id}".*?</article>', page, re.S
    )
    assert found, f"status {status_id} is not on the page"
    return found.group(0)


def filtered_wrapper(page: str, status_id: int) -> str | None:
    """The "filtered" <details> folding a status card, if any."""
    found = re.search(
        rf'<details class="filtered-post"><summary>(?:(?!</summary>).)*</summary>\s*'
        rf'<article class="status[^"]*" id="status-{status_id}"',
        page,
        re.S,
    )
    return found.group(0) if found else None


def sensitive_post(author, **fields):
    image = posts.upload_media(author, image_upload(), description="foto")
    return posts.publish_status(
        author, posts.StatusDraft(content="Lihat fotonya", media=[image], sensitive=True, **fields)
    )


def make_filter(user, *words, action="warn", context=ALL_CONTEXTS, title="Saring"):
    return filters.create_filter(
        user,
        title=title,
        context=context,
        filter_action=action,
        keywords=[(w, True) for w in words],
    )


# The settings page ----------------------------------------------------------------------------


def test_settings_page_needs_signing_in(client):
    response = client.get("/settings/controls/")
    assert response.status_code == 302
    assert "/login" in response["Location"] or "login" in response["Location"]


def test_settings_page_shows_the_current_settings(ani, budi, make_user, client_for):
    cici = make_user("cici")
    accounts.update_content_settings(ani, sensitive_content="less", hide_counts=True)
    accounts.mute(ani, budi, notifications=False, duration=3600)
    accounts.block(ani, cici)
    make_filter(ani, "sedih")
    page = page_of(client_for(ani).get("/settings/controls/"))
    assert re.search(r'<input type="radio" name="sensitive_content" value="less"[^>]*checked', page)
    assert re.search(r'<input type="checkbox" name="hide_counts"[^>]*checked', page)
    muted = re.search(r'<ul class="controls-list" id="muted-accounts">.*?</ul>', page, re.S)[0]
    assert "@budi" in muted and 'action="/@budi/unmute/"' in muted
    blocked = re.search(r'<ul class="controls-list" id="blocked-accounts">.*?</ul>', page, re.S)[0]
    assert "@cici" in blocked and 'action="/@cici/unblock/"' in blocked
    assert 'href="/settings/filters/"' in page


def test_settings_page_saves_sensitive_content_and_hide_counts(ani, client_for):
    client = client_for(ani)
    response = client.post(
        "/settings/controls/", {"sensitive_content": "more", "hide_counts": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/settings/controls/"
    ani.refresh_from_db()
    assert (ani.sensitive_content, ani.hide_counts) == ("more", True)
    client.post("/settings/controls/", {"sensitive_content": "less"})
    ani.refresh_from_db()
    assert (ani.sensitive_content, ani.hide_counts) == ("less", False)


def test_settings_page_refuses_unknown_choices(ani, client_for):
    page = page_of(client_for(ani).post("/settings/controls/", {"sensitive_content": "semua"}), 400)
    assert "field-error" in page
    ani.refresh_from_db()
    assert ani.sensitive_content == "standard"


# How posts render -----------------------------------------------------------------------------


def test_counts_are_hidden_when_the_reader_asks(ani, budi, make_user, client_for, post):
    status = post(budi, "Halo semua")
    for n in range(3):
        posts.favourite(make_user(f"penyuka{n}"), status)
    posts.reblog(make_user("pembagi"), status)
    shown = article(page_of(client_for(ani).get(f"/posts/{status.pk}/")), status.pk)
    assert '<span class="count">3</span></button>' in shown
    assert '<span class="count">1</span></button>' in shown
    accounts.update_content_settings(ani, sensitive_content="standard", hide_counts=True)
    hidden = article(page_of(client_for(ani).get(f"/posts/{status.pk}/")), status.pk)
    assert '<span class="count">3</span>' not in hidden
    assert '<span class="count">1</span></button>' not in hidden
    assert 'class="count"' in hidden  # the reply count stays: only favourites and shares go
    # The buttons htmx swaps in after favouriting follow the setting too.
    swapped = page_of(
        client_for(ani).post(f"/posts/{status.pk}/favourite/", HTTP_HX_REQUEST="true")
    )
    assert 'aria-pressed="true"' in swapped
    assert '<span class="count">4</span>' not in swapped


def test_content_warnings_render_collapsed(ani, budi, client_for, client, post):
    status = post(budi, "Isi yang berat", spoiler_text="duka")
    for reader in (client_for(ani), client):
        shown = article(page_of(reader.get("/public/")), status.pk)
        details = re.search(r'<details class="content-warning"[^>]*>', shown)
        assert details and "open" not in details.group(0)
        # The body is inside the folded part, after the warning's summary.
        summary_end = shown.index("</summary>")
        assert shown.index("Isi yang berat") > summary_end
        assert "duka" in shown[:summary_end]


@pytest.mark.parametrize(
    ("setting", "blurred", "collapsed"),
    [("standard", True, False), ("more", False, False), ("less", False, True)],
)
def test_sensitive_images_follow_the_readers_setting(
    ani, budi, client_for, setting, blurred, collapsed
):
    status = sensitive_post(budi)
    plain = posts.publish_status(
        budi,
        posts.StatusDraft(content="Foto biasa", media=[posts.upload_media(budi, image_upload())]),
    )
    accounts.update_content_settings(ani, sensitive_content=setting, hide_counts=False)
    page = page_of(client_for(ani).get("/public/"))
    shown = article(page, status.pk)
    media = re.search(r'<details class="sensitive-media[^"]*"[^>]*>', shown)
    if setting == "more":
        assert media is None
        assert '<div class="media-grid media-1">' in shown
    else:
        assert media is not None and "open" not in media.group(0)
        assert ("blurred" in media.group(0)) is blurred
        # The blurred preview is only there when blurring; the real images wait inside.
        assert ('class="sensitive-preview' in shown) is blurred
    sensitive_fold = re.search(r'<details class="content-warning">', shown)
    assert (sensitive_fold is not None) is collapsed
    # A post that is not sensitive is never folded or blurred.
    other = article(page, plain.pk)
    assert "sensitive-media" not in other and "content-warning" not in other


def test_visitors_get_sensitive_images_blurred(budi, client):
    status = sensitive_post(budi)
    shown = article(page_of(client.get("/public/")), status.pk)
    assert re.search(r'<details class="sensitive-media blurred">', shown)


# Keyword filter pages -------------------------------------------------------------------------


def filter_data(**overrides) -> dict:
    data = {
        "title": "Berita duka",
        "context": ["home", "public"],
        "filter_action": "hide",
        "expires_in": "",
        "keywords-TOTAL_FORMS": "3",
        "keywords-INITIAL_FORMS": "0",
        "keywords-MIN_NUM_FORMS": "0",
        "keywords-MAX_NUM_FORMS": "1000",
        "keywords-0-keyword": "duka",
        "keywords-0-whole_word": "on",
        "keywords-1-keyword": "kabar buruk",
        "keywords-2-keyword": "",
        "keywords-2-whole_word": "on",
    }
    data.update(overrides)
    return data


def test_filter_pages_need_signing_in(client, ani):
    item = make_filter(ani, "x")
    for url in (
        "/settings/filters/",
        "/settings/filters/new/",
        f"/settings/filters/{item.pk}/",
        f"/settings/filters/{item.pk}/delete/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_create_a_filter(ani, client_for):
    client = client_for(ani)
    form = page_of(client.get("/settings/filters/new/"))
    assert 'name="keywords-0-keyword"' in form and 'name="keywords-2-keyword"' in form
    response = client.post("/settings/filters/new/", filter_data(expires_in="3600"))
    item = Filter.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/settings/filters/{item.pk}/"
    assert (item.account, item.title, item.context, item.filter_action) == (
        ani,
        "Berita duka",
        ["home", "public"],
        "hide",
    )
    assert item.expires_at is not None
    assert [(k.keyword, k.whole_word) for k in item.keywords.all()] == [
        ("duka", True),
        ("kabar buruk", False),
    ]
    listing = page_of(client.get("/settings/filters/"))
    assert "Berita duka" in listing and "“duka”" in listing and "“kabar buruk”" in listing
    assert f'href="/settings/filters/{item.pk}/delete/"' in listing


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": ""},
        {"context": []},
        {"context": ["home", "mana-saja"]},
        {"filter_action": "blur"},
        {"expires_in": "12345"},
        {"keywords-0-keyword": "", "keywords-1-keyword": ""},  # no words at all
        {"keywords-0-keyword": "k" * 101},
    ],
)
def test_create_refuses_bad_input(ani, client_for, overrides):
    response = client_for(ani).post("/settings/filters/new/", filter_data(**overrides))
    page = page_of(response, 400)
    assert 'role="alert"' in page
    assert not Filter.objects.exists()


def test_edit_a_filter_changes_removes_and_adds_keywords(ani, client_for):
    item = make_filter(ani, "duka", "sedih", action="warn", context=["home"])
    duka, sedih = item.keywords.all()
    client = client_for(ani)
    form = page_of(client.get(f"/settings/filters/{item.pk}/"))
    assert 'value="duka"' in form and 'value="sedih"' in form
    response = client.post(
        f"/settings/filters/{item.pk}/",
        {
            "title": "Diganti",
            "context": ["thread"],
            "filter_action": "hide",
            "expires_in": "",
            "keywords-TOTAL_FORMS": "4",
            "keywords-INITIAL_FORMS": "2",
            "keywords-MIN_NUM_FORMS": "0",
            "keywords-MAX_NUM_FORMS": "1000",
            "keywords-0-id": str(duka.pk),
            "keywords-0-keyword": "DUKA CITA",
            "keywords-1-id": str(sedih.pk),
            "keywords-1-keyword": "sedih",
            "keywords-1-whole_word": "on",
            "keywords-1-DELETE": "on",
            "keywords-2-keyword": "pilu",
            "keywords-2-whole_word": "on",
            "keywords-3-keyword": "",
        },
    )
    assert response.status_code == 302
    item = Filter.objects.get(pk=item.pk)
    assert (item.title, item.context, item.filter_action) == ("Diganti", ["thread"], "hide")
    assert [(k.pk, k.keyword, k.whole_word) for k in item.keywords.all()] == [
        (duka.pk, "DUKA CITA", False),
        (item.keywords.all()[1].pk, "pilu", True),
    ]


def test_edit_refuses_someone_elses_keyword_ids(ani, budi, client_for):
    item = make_filter(ani, "duka")
    theirs = make_filter(budi, "rahasia").keywords.get()
    response = client_for(ani).post(
        f"/settings/filters/{item.pk}/",
        filter_data(
            **{
                "expires_in": "",
                "keywords-INITIAL_FORMS": "1",
                "keywords-0-id": str(theirs.pk),
                "keywords-0-keyword": "dicuri",
            }
        ),
    )
    page_of(response, 400)
    assert FilterKeyword.objects.get(pk=theirs.pk).keyword == "rahasia"


def test_filters_of_others_are_not_found(ani, budi, client_for):
    item = make_filter(budi, "rahasia")
    client = client_for(ani)
    assert client.get(f"/settings/filters/{item.pk}/").status_code == 404
    assert client.post(f"/settings/filters/{item.pk}/", filter_data()).status_code == 404
    assert client.get(f"/settings/filters/{item.pk}/delete/").status_code == 404
    assert client.post(f"/settings/filters/{item.pk}/delete/").status_code == 404
    assert Filter.objects.get(pk=item.pk).title == "Saring"
    assert "rahasia" not in page_of(client.get("/settings/filters/"))


def test_delete_a_filter_after_confirming(ani, client_for):
    item = make_filter(ani, "duka")
    client = client_for(ani)
    confirm = page_of(client.get(f"/settings/filters/{item.pk}/delete/"))
    assert 'method="post"' in confirm and "Saring" in confirm
    assert Filter.objects.exists()  # asking is not deleting
    response = client.post(f"/settings/filters/{item.pk}/delete/")
    assert response.status_code == 302 and response["Location"] == "/settings/filters/"
    assert not Filter.objects.exists()


# Filtered posts -------------------------------------------------------------------------------


def test_warn_filters_fold_posts_and_hide_filters_remove_them(ani, budi, client_for, post):
    accounts.follow(ani, budi)
    make_filter(ani, "sedih", action="warn", title="Hati-hati sedih")
    make_filter(ani, "marah", action="hide", title="Tanpa marah")
    sad = post(budi, "Aku sedih hari ini")
    angry = post(budi, "Aku marah")
    plain = post(budi, "Aku baik")
    client = client_for(ani)
    for url in ("/", "/public/", "/@budi/"):
        page = page_of(client.get(url))
        assert status_ids(page) == [plain.pk, sad.pk], url
        wrapper = filtered_wrapper(page, sad.pk)
        assert wrapper is not None and "Hati-hati sedih" in wrapper, url
        assert " open" not in wrapper.split(">")[0]
        assert filtered_wrapper(page, plain.pk) is None
    # Someone without filters sees all three, unfolded.
    page = page_of(client_for(budi).get("/public/"))
    assert status_ids(page) == [plain.pk, angry.pk, sad.pk]
    assert filtered_wrapper(page, sad.pk) is None


def test_filters_act_in_conversations_and_notifications(ani, budi, client_for, post):
    make_filter(ani, "marah", action="hide", context=["thread", "notifications"])
    root = post(ani, "Apa kabar?")
    angry = post(budi, "Aku marah", in_reply_to=root)
    calm = post(budi, "Aku tenang", in_reply_to=root)
    client = client_for(ani)
    thread = page_of(client.get(f"/posts/{root.pk}/"))
    assert angry.pk not in status_ids(thread) and calm.pk in status_ids(thread)
    notifications = page_of(client.get("/notifications/"))
    assert f'href="/posts/{calm.pk}/"' in notifications
    assert f'href="/posts/{angry.pk}/"' not in notifications
    # Not a filter for the public timeline.
    assert angry.pk in status_ids(page_of(client.get("/public/")))


# Mute and block from a profile ----------------------------------------------------------------


def test_profile_offers_mute_and_block_to_others_only(ani, budi, client_for, client):
    page = page_of(client_for(ani).get("/@budi/"))
    controls = re.search(rf'<div id="controls-{budi.pk}".*?</div>\s*$', page, re.S | re.M)
    assert 'action="/@budi/mute/"' in page and 'action="/@budi/block/"' in page
    assert controls is not None
    own = page_of(client_for(ani).get("/@ani/"))
    assert 'action="/@ani/mute/"' not in own and 'action="/@ani/block/"' not in own
    visitor = page_of(client.get("/@budi/"))
    assert 'action="/@budi/mute/"' not in visitor


def test_mute_without_htmx_redirects_back(ani, budi, client_for, post):
    client = client_for(ani)
    response = client.post(
        "/@budi/mute/", {"duration": "86400", "notifications": "on", "next": "/public/"}
    )
    assert response.status_code == 302 and response["Location"] == "/public/"
    mute = Mute.objects.get()
    assert (mute.account, mute.target, mute.hide_notifications) == (ani, budi, True)
    assert mute.expires_at is not None
    post(budi, "Dari Budi")
    assert status_ids(page_of(client.get("/public/"))) == []
    profile = page_of(client.get("/@budi/"))
    assert 'action="/@budi/unmute/"' in profile
    # Unmuting, with an unsafe "next", lands on the profile.
    response = client.post("/@budi/unmute/", {"next": "https://example.com/"})
    assert response["Location"] == "/@budi/"
    assert not Mute.objects.exists()


def test_mute_with_htmx_swaps_the_controls(ani, budi, client_for):
    client = client_for(ani)
    response = client.post(
        "/@budi/mute/", {"duration": "", "next": "/@budi/"}, HTTP_HX_REQUEST="true"
    )
    page = page_of(response)
    assert page.startswith(f'<div id="controls-{budi.pk}" class="account-controls">')
    assert 'hx-post="/@budi/unmute/"' in page
    # No-JavaScript fallbacks in the swapped-in forms return to the page, not the mute URL.
    assert 'name="next" value="/@budi/"' in page
    assert 'value="/@budi/mute/"' not in page
    mute = Mute.objects.get()
    assert (mute.hide_notifications, mute.expires_at) == (False, None)
    page = page_of(client.post("/@budi/unmute/", HTTP_HX_REQUEST="true"))
    assert 'hx-post="/@budi/mute/"' in page
    assert not Mute.objects.exists()


def test_mute_refusals_are_shown(ani, budi, client_for):
    client = client_for(ani)
    response = client.post("/@budi/mute/", {"duration": "12"}, HTTP_HX_REQUEST="true")
    page = page_of(response)
    assert response["HX-Retarget"] == f"#controls-{budi.pk}"
    assert response["HX-Reswap"] == "outerHTML"
    assert '<div class="errors" role="alert">' in page
    assert not Mute.objects.exists()
    response = client.post("/@ani/mute/", HTTP_HX_REQUEST="true")
    assert '<div class="errors" role="alert">' in page_of(response)
    response = client.post("/@ani/block/")
    assert response.status_code == 302
    assert not Mute.objects.exists() and not Block.objects.exists()


def test_block_without_htmx(ani, budi, client_for, post):
    accounts.follow(ani, budi)
    accounts.follow(budi, ani)
    by_budi = post(budi, "Dari Budi")
    client = client_for(ani)
    response = client.post("/@budi/block/", {"next": "/@budi/"})
    assert response.status_code == 302 and response["Location"] == "/@budi/"
    assert Block.objects.filter(account=ani, target=budi).exists()
    assert not Follow.objects.exists()
    profile = page_of(client.get("/@budi/"))
    assert by_budi.pk not in status_ids(profile)
    assert 'id="blocked-note"' in profile and 'action="/@budi/unblock/"' in profile
    assert 'action="/@budi/follow/"' not in profile
    # The blocked person finds nothing at the blocker's profile.
    assert client_for(budi).get("/@ani/").status_code == 404
    response = client.post("/@budi/unblock/")
    assert response["Location"] == "/@budi/"
    assert not Block.objects.exists()
    assert by_budi.pk in status_ids(page_of(client.get("/@budi/")))


def test_block_with_htmx_reloads_the_page(ani, budi, client_for):
    client = client_for(ani)
    response = client.post("/@budi/block/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Refresh"] == "true"
    assert Block.objects.filter(account=ani, target=budi).exists()
    response = client.post("/@budi/unblock/", HTTP_HX_REQUEST="true")
    assert response["HX-Refresh"] == "true"
    assert not Block.objects.exists()


def test_mute_and_block_need_a_signed_in_post(ani, budi, client, client_for):
    for action in ("mute", "unmute", "block", "unblock"):
        response = client.post(f"/@budi/{action}/")
        assert response.status_code == 302 and "login" in response["Location"]
        assert client_for(ani).get(f"/@budi/{action}/").status_code == 405
        assert client_for(ani).post(f"/@nobody/{action}/").status_code == 404
    assert client_for(ani).post("/@anonim/mute/").status_code == 404
    assert not Mute.objects.exists() and not Block.objects.exists()


def test_unmute_from_the_settings_page_returns_there(ani, budi, client_for):
    accounts.mute(ani, budi)
    response = client_for(ani).post("/@budi/unmute/", {"next": "/settings/controls/"})
    assert response["Location"] == "/settings/controls/"
    assert not Mute.objects.exists()
