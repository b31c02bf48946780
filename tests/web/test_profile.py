from django.conf import settings
from PIL import Image

from teduh.accounts.models import Follow, User
from teduh.accounts.services import follow
from teduh.notifications.models import Notification
from tests.helpers import (
    CAMERA_MAKE,
    image_upload,
    jpeg_bytes,
    media_files,
    status_ids,
    stored_path,
    text_as_jpeg,
)


def profile_data(**overrides):
    data = {"display_name": "Ani Baru", "bio": "Halo, aku Ani", "language": "id"}
    data.update(overrides)
    return data


def test_profile_page_shows_account_and_public_posts(client, make_user, post):
    ani = make_user("ani", display_name="Ani Wijaya", bio="Belajar pelan-pelan")
    first, second = post(ani, "Pertama"), post(ani, "Kedua")
    follow(make_user("budi"), ani)
    response = client.get("/@ANI/")  # usernames are matched case-insensitively
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ani Wijaya" in page and "@ani" in page and "Belajar pelan-pelan" in page
    assert status_ids(page) == [second.pk, first.pk]
    assert (response.context["statuses_count"], response.context["followers_count"]) == (2, 1)


def test_edit_profile_with_avatar_strips_metadata(make_user, client_for):
    ani = make_user("ani")
    response = client_for(ani).post(
        "/settings/profile/",
        profile_data(avatar=image_upload(jpeg_bytes((900, 600)), name="selfie.jpg")),
    )
    assert response.status_code == 302
    assert response["Location"] == "/settings/profile/"
    ani.refresh_from_db()
    assert (ani.display_name, ani.bio) == ("Ani Baru", "Halo, aku Ani")
    path = stored_path(ani.avatar)
    assert path.is_file()
    assert CAMERA_MAKE.encode() not in path.read_bytes()
    with Image.open(path) as stored:
        assert len(stored.getexif()) == 0
        assert stored.size == (512, 341)


def test_edit_profile_with_non_image_avatar_is_a_form_error(make_user, client_for):
    ani = make_user("ani", display_name="Lama")
    response = client_for(ani).post(
        "/settings/profile/", profile_data(avatar=text_as_jpeg("avatar.jpg"))
    )
    assert response.status_code == 400
    assert "avatar" in response.context["form"].errors
    assert 'class="field-error"' in response.content.decode()
    stored = User.objects.get(pk=ani.pk)
    assert stored.display_name == "Lama"
    assert not stored.avatar
    assert media_files() == []


def test_edit_profile_with_oversized_avatar_is_a_form_error(make_user, client_for, settings):
    settings.TEDUH_MAX_IMAGE_BYTES = 100
    ani = make_user("ani")
    response = client_for(ani).post("/settings/profile/", profile_data(avatar=image_upload()))
    assert response.status_code == 400
    assert "avatar" in response.context["form"].errors
    assert not User.objects.get(pk=ani.pk).avatar


def test_edit_profile_rejects_over_long_bio_and_unknown_language(make_user, client_for):
    ani = make_user("ani")
    client = client_for(ani)
    response = client.post("/settings/profile/", profile_data(bio="x" * 501))
    assert response.status_code == 400
    assert "bio" in response.context["form"].errors
    response = client.post("/settings/profile/", profile_data(language="xx"))
    assert response.status_code == 400
    assert "language" in response.context["form"].errors
    ani.refresh_from_db()
    assert (ani.bio, ani.language) == ("", "id")


def test_edit_profile_language_sets_cookie(make_user, client_for):
    ani = make_user("ani")
    response = client_for(ani).post("/settings/profile/", profile_data(language="en"))
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    ani.refresh_from_db()
    assert ani.language == "en"


def test_edit_profile_requires_login(client, db):
    response = client.get("/settings/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")


def test_follow_and_unfollow_views(make_user, client_for):
    ani, budi = make_user("ani"), make_user("budi")
    client = client_for(ani)
    response = client.post("/@budi/follow/")
    assert response.status_code == 302
    assert response["Location"] == "/@budi/"
    assert Follow.objects.filter(follower=ani, target=budi).exists()
    assert Notification.objects.filter(recipient=budi, actor=ani, type="follow").count() == 1
    assert client.get("/@budi/").context["is_following"] is True
    response = client.post("/@budi/unfollow/")
    assert response.status_code == 302
    assert not Follow.objects.exists()


def test_follow_with_htmx_returns_the_button(make_user, client_for):
    ani, budi = make_user("ani"), make_user("budi")
    response = client_for(ani).post("/@budi/follow/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.startswith(f'<div id="follow-{budi.pk}"')
    assert 'action="/@budi/unfollow/"' in page
    assert "<html" not in page


def test_following_yourself_through_the_web_does_nothing(make_user, client_for):
    ani = make_user("ani")
    response = client_for(ani).post("/@ani/follow/")
    assert response.status_code == 302
    assert not Follow.objects.exists()
    assert not Notification.objects.exists()


def test_follow_lists(client, make_user):
    ani = make_user("ani", display_name="Ani W")
    budi, cici = make_user("budi", display_name="Budi S"), make_user("cici")
    follow(budi, ani)
    follow(cici, ani)
    follow(ani, budi)
    followers = client.get("/@ani/followers/")
    assert [p.username for p in followers.context["people"]] == ["budi", "cici"]
    assert "Budi S" in followers.content.decode()
    following = client.get("/@ani/following/")
    assert [p.username for p in following.context["people"]] == ["budi"]


def test_inactive_account_is_not_found(client, make_user):
    make_user("pergi", is_active=False)
    assert client.get("/@pergi/").status_code == 404
    assert client.get("/@pergi/followers/").status_code == 404
