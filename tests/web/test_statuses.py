import pytest

from teduh.accounts.services import follow
from teduh.posts import services
from teduh.posts.models import Bookmark, Favourite, MediaAttachment, Status, Visibility
from tests.helpers import (
    CAMERA_MAKE,
    image_upload,
    media_files,
    status_ids,
    stored_path,
    text_as_jpeg,
    translated,
)


def compose_data(**overrides):
    data = {"content": "Halo dari web #Pertama", "visibility": "public", "spoiler_text": ""}
    data.update(overrides)
    return data


def non_field_errors(response, key="compose_form"):
    return list(response.context[key].non_field_errors())


# --- compose --------------------------------------------------------------------------------


def test_compose_publishes_and_redirects_to_the_post(make_user, client_for):
    ani = make_user("ani", language="en")
    response = client_for(ani).post("/compose/", compose_data(spoiler_text="berat"))
    status = Status.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/posts/{status.pk}/"
    assert (status.account, status.content, status.language) == (
        ani,
        "Halo dari web #Pertama",
        "en",
    )
    assert (status.spoiler_text, status.sensitive) == ("berat", True)
    assert list(status.tags.values_list("name", flat=True)) == ["pertama"]


def test_compose_reply_redirects_to_the_parent(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    response = client_for(budi).post("/compose/", compose_data(in_reply_to=root.pk))
    reply = Status.objects.get(in_reply_to=root)
    assert response["Location"] == f"/posts/{root.pk}/"
    assert reply.account == budi
    root.refresh_from_db()
    assert root.replies_count == 1


def test_compose_reply_page_shows_the_parent(make_user, client_for, post):
    root = post(make_user("ani"), "Pertanyaan penting")
    response = client_for(make_user("budi")).get(f"/compose/?in_reply_to={root.pk}")
    assert response.status_code == 200
    assert status_ids(response.content.decode()) == [root.pk]
    assert response.context["compose_form"]["in_reply_to"].value() == root.pk


@pytest.mark.parametrize("content", ["", "   ", "x" * 1001])
def test_empty_or_over_long_post_is_a_form_error(make_user, client_for, content):
    response = client_for(make_user("ani")).post("/compose/", compose_data(content=content))
    assert response.status_code == 400
    assert len(non_field_errors(response)) == 1
    assert 'id="form-errors"' in response.content.decode()
    assert not Status.objects.exists()


def test_anonymous_followers_only_post_is_a_form_error(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/", compose_data(anonymous="on", visibility="private")
    )
    assert response.status_code == 400
    expected = translated(
        "Anonymous posts can't be followers-only: your followers could tell it is you.", "id"
    )
    assert non_field_errors(response) == [expected]
    assert not Status.objects.exists()


def test_unknown_visibility_is_a_form_error(make_user, client_for):
    response = client_for(make_user("ani")).post("/compose/", compose_data(visibility="semua"))
    assert response.status_code == 400
    assert "visibility" in response.context["compose_form"].errors
    assert not Status.objects.exists()


def test_reply_to_hidden_or_missing_status_is_a_form_error(make_user, client_for, post):
    hidden = post(make_user("ani"), "Pengikut saja", visibility=Visibility.PRIVATE)
    client = client_for(make_user("budi"))
    for target in (hidden.pk, hidden.pk + 1000):
        response = client.post("/compose/", compose_data(in_reply_to=target))
        assert response.status_code == 400
        assert non_field_errors(response) == [translated("That post is not available.", "id")]
    assert list(Status.objects.all()) == [hidden]


def test_compose_with_image_strips_metadata(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/", compose_data(image_1=image_upload(), alt_1="Foto pantai")
    )
    assert response.status_code == 302
    media = MediaAttachment.objects.get()
    assert media.status == Status.objects.get()
    assert media.description == "Foto pantai"
    assert CAMERA_MAKE.encode() not in stored_path(media.file).read_bytes()


def test_image_without_alt_text_is_a_form_error(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/", compose_data(image_1=image_upload(), alt_1="  ")
    )
    assert response.status_code == 400
    assert "alt_1" in response.context["compose_form"].errors
    assert not Status.objects.exists()
    assert media_files() == []


def test_non_image_upload_is_a_form_error_and_leaves_nothing(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/",
        compose_data(image_1=image_upload(), alt_1="baik", image_2=text_as_jpeg(), alt_2="x"),
    )
    assert response.status_code == 400
    assert len(non_field_errors(response)) == 1
    assert not Status.objects.exists()
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_oversized_image_is_a_form_error(make_user, client_for, settings):
    settings.TEDUH_MAX_IMAGE_BYTES = 200
    response = client_for(make_user("ani")).post(
        "/compose/", compose_data(image_1=image_upload(), alt_1="besar")
    )
    assert response.status_code == 400
    assert not Status.objects.exists()
    assert media_files() == []


def test_compose_requires_login(client, db):
    response = client.post("/compose/", compose_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")
    assert not Status.objects.exists()


# --- threads --------------------------------------------------------------------------------


def test_compose_thread(make_user, client_for):
    ani = make_user("ani")
    response = client_for(ani).post(
        "/compose/thread/",
        {
            "part_1": "Satu",
            "part_2": "Dua",
            "part_3": "",
            "part_4": "Empat",
            "visibility": "public",
        },
    )
    parts = list(Status.objects.order_by("pk"))
    assert response.status_code == 302
    assert response["Location"] == f"/posts/{parts[0].pk}/"
    assert [(p.content, p.thread_position, p.thread_size) for p in parts] == [
        ("Satu", 1, 3),
        ("Dua", 2, 3),
        ("Empat", 3, 3),
    ]
    assert [p.in_reply_to_id for p in parts] == [None, parts[0].pk, parts[1].pk]


def test_thread_add_part_button_adds_a_field_without_publishing(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/thread/",
        {"part_1": "a", "part_2": "b", "part_3": "c", "add_part": "1", "visibility": "public"},
    )
    assert response.status_code == 200
    assert len(response.context["thread_form"].part_fields()) == 4
    assert 'name="part_4"' in response.content.decode()
    assert not Status.objects.exists()


def test_thread_with_one_over_long_part_publishes_nothing(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/thread/",
        {"part_1": "Satu", "part_2": "x" * 1001, "part_3": "Tiga", "visibility": "public"},
    )
    assert response.status_code == 400
    errors = non_field_errors(response, "thread_form")
    assert len(errors) == 1
    assert errors[0].startswith(translated("Part %(n)d: %(error)s", "id") % {"n": 2, "error": ""})
    assert not Status.objects.exists()


def test_thread_needs_two_parts(make_user, client_for):
    response = client_for(make_user("ani")).post(
        "/compose/thread/", {"part_1": "Hanya satu", "visibility": "public"}
    )
    assert response.status_code == 400
    assert not Status.objects.exists()


# --- detail ---------------------------------------------------------------------------------


def test_status_detail_shows_conversation(client, make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    reply = post(budi, "Balasan", in_reply_to=root)
    deeper = post(ani, "Lebih dalam", in_reply_to=reply)
    response = client.get(f"/posts/{reply.pk}/")
    assert response.status_code == 200
    assert status_ids(response.content.decode()) == [root.pk, reply.pk, deeper.pk]
    assert response.context["compose_form"] is None
    signed_in = client_for(budi).get(f"/posts/{reply.pk}/")
    assert signed_in.context["compose_form"]["in_reply_to"].value() == reply.pk


def test_status_detail_of_a_reblog_shows_the_original(client, make_user, post):
    original = post(make_user("ani"), "Asli")
    shared = services.reblog(make_user("budi"), original)
    response = client.get(f"/posts/{shared.pk}/")
    assert response.status_code == 200
    assert response.context["card"].status == original


def test_content_is_escaped_on_the_page(client, make_user, post):
    status = post(make_user("ani"), "<script>alert('x')</script>", spoiler_text="<b>cw</b>")
    page = client.get(f"/posts/{status.pk}/").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<b>cw</b>" not in page
    assert "&lt;b&gt;cw&lt;/b&gt;" in page


# --- actions --------------------------------------------------------------------------------


def test_favourite_and_unfavourite_redirect_back(make_user, client_for, post):
    status = post(make_user("ani"), "Suka")
    client = client_for(make_user("budi"))
    response = client.post(f"/posts/{status.pk}/favourite/", {"next": "/public/"})
    assert response.status_code == 302
    assert response["Location"] == "/public/"
    status.refresh_from_db()
    assert status.favourites_count == 1
    response = client.post(f"/posts/{status.pk}/unfavourite/")
    assert response["Location"] == f"/posts/{status.pk}/"
    status.refresh_from_db()
    assert status.favourites_count == 0


def test_htmx_favourite_returns_the_actions_partial(make_user, client_for, post):
    status = post(make_user("ani"), "Suka")
    client = client_for(make_user("budi"))
    response = client.post(f"/posts/{status.pk}/favourite/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" not in page
    assert f'<div class="status-actions" id="actions-{status.pk}">' in page
    assert f'hx-post="/posts/{status.pk}/unfavourite/"' in page
    assert 'aria-pressed="true"' in page
    assert '<span class="count">1</span>' in page
    assert Favourite.objects.filter(status=status).count() == 1

    response = client.post(f"/posts/{status.pk}/unfavourite/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert f'hx-post="/posts/{status.pk}/favourite/"' in page
    assert not Favourite.objects.exists()


def test_reblog_and_bookmark_actions(make_user, client_for, post):
    status = post(make_user("ani"), "Bagikan")
    budi = make_user("budi")
    client = client_for(budi)
    client.post(f"/posts/{status.pk}/reblog/")
    client.post(f"/posts/{status.pk}/reblog/")
    client.post(f"/posts/{status.pk}/bookmark/")
    status.refresh_from_db()
    assert status.reblogs_count == 1
    assert Status.objects.filter(reblog_of=status, account=budi).count() == 1
    assert Bookmark.objects.filter(account=budi, status=status).exists()
    client.post(f"/posts/{status.pk}/unreblog/")
    client.post(f"/posts/{status.pk}/unbookmark/")
    status.refresh_from_db()
    assert status.reblogs_count == 0
    assert not Bookmark.objects.exists()


def test_actions_on_a_reblog_apply_to_the_original(make_user, client_for, post):
    original = post(make_user("ani"), "Asli")
    shared = services.reblog(make_user("budi"), original)
    client_for(make_user("cici")).post(f"/posts/{shared.pk}/favourite/")
    original.refresh_from_db()
    shared.refresh_from_db()
    assert (original.favourites_count, shared.favourites_count) == (1, 0)


def test_unknown_action_is_not_found(make_user, client_for, post):
    status = post(make_user("ani"), "Halo")
    response = client_for(make_user("budi")).post(f"/posts/{status.pk}/hapus/")
    assert response.status_code == 404


def test_actions_require_login(client, make_user, post):
    status = post(make_user("ani"), "Halo")
    response = client.post(f"/posts/{status.pk}/favourite/")
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")
    assert not Favourite.objects.exists()


# --- delete ---------------------------------------------------------------------------------


def test_delete_own_status(make_user, client_for, post):
    ani = make_user("ani")
    status = post(ani, "Hapus aku")
    client = client_for(ani)
    confirm = client.get(f"/posts/{status.pk}/delete/")
    assert confirm.status_code == 200
    assert Status.objects.filter(pk=status.pk).exists()
    response = client.post(f"/posts/{status.pk}/delete/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not Status.objects.filter(pk=status.pk).exists()


def test_cannot_delete_someone_elses_status(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    public = post(ani, "Milik Ani")
    private = post(ani, "Pengikut Ani", visibility=Visibility.PRIVATE)
    client = client_for(budi)
    assert client.get(f"/posts/{public.pk}/delete/").status_code == 403
    assert client.post(f"/posts/{public.pk}/delete/").status_code == 403
    assert client.post(f"/posts/{private.pk}/delete/").status_code == 404
    follow(budi, ani)
    assert client.post(f"/posts/{private.pk}/delete/").status_code == 403
    assert Status.objects.filter(pk__in=[public.pk, private.pk]).count() == 2


def test_delete_page_hides_delete_link_for_others(make_user, client_for, post):
    ani = make_user("ani")
    status = post(ani, "Halo")
    delete_link = f'href="/posts/{status.pk}/delete/"'
    assert delete_link in client_for(ani).get(f"/posts/{status.pk}/").content.decode()
    other = client_for(make_user("budi")).get(f"/posts/{status.pk}/").content.decode()
    assert delete_link not in other


@pytest.mark.parametrize("language", ["en", "id"])
def test_messages_use_the_readers_language(make_user, client_for, language):
    ani = make_user("ani", language=language)
    response = client_for(ani).post("/compose/", compose_data(), follow=True)
    expected = translated("Your post was published.", language)
    assert f'<p class="message success">{expected}</p>' in response.content.decode()
