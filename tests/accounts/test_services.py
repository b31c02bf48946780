import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from PIL import Image

from teduh.accounts import services
from teduh.accounts.models import Follow, User
from teduh.notifications.models import Notification, NotificationType
from tests.helpers import (
    CAMERA_MAKE,
    image_upload,
    jpeg_bytes,
    media_files,
    stored_path,
    text_as_jpeg,
)


def test_register_account_hashes_password_and_records_age_confirmation(db):
    user = services.register_account(
        username="budi", password="sebuah-kata-sandi", display_name="Budi S", language="en"
    )
    user.refresh_from_db()
    assert user.password != "sebuah-kata-sandi"
    assert user.check_password("sebuah-kata-sandi")
    assert not user.check_password("salah")
    assert user.age_confirmed_at is not None
    assert (user.display_name, user.language, user.name) == ("Budi S", "en", "Budi S")


def test_name_falls_back_to_username(make_user):
    assert make_user("tanpa_nama").name == "tanpa_nama"


def test_follow_creates_relation_and_notifies_target(make_user):
    ani, budi = make_user("ani"), make_user("budi")
    relation = services.follow(ani, budi)
    assert (relation.follower, relation.target) == (ani, budi)
    assert services.is_following(ani, budi)
    assert not services.is_following(budi, ani)
    notification = Notification.objects.get(recipient=budi)
    assert notification.type == NotificationType.FOLLOW
    assert notification.actor == ani
    assert notification.status is None


def test_follow_twice_is_idempotent(make_user):
    ani, budi = make_user("ani"), make_user("budi")
    first = services.follow(ani, budi)
    second = services.follow(ani, budi)
    assert first.pk == second.pk
    assert Follow.objects.filter(follower=ani, target=budi).count() == 1
    assert Notification.objects.filter(recipient=budi, type=NotificationType.FOLLOW).count() == 1


def test_cannot_follow_yourself(make_user):
    ani = make_user("ani")
    with pytest.raises(ValidationError) as excinfo:
        services.follow(ani, ani)
    assert excinfo.value.code == "self_follow"
    assert not Follow.objects.exists()
    assert not Notification.objects.exists()


def test_database_also_refuses_self_follow(make_user):
    ani = make_user("ani")
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=ani, target=ani)


def test_cannot_follow_inactive_account(make_user):
    ani, gone = make_user("ani"), make_user("gone", is_active=False)
    with pytest.raises(PermissionDenied):
        services.follow(ani, gone)
    assert not Follow.objects.exists()


def test_unfollow_reports_whether_something_changed(make_user):
    ani, budi = make_user("ani"), make_user("budi")
    services.follow(ani, budi)
    assert services.unfollow(ani, budi) is True
    assert not services.is_following(ani, budi)
    assert services.unfollow(ani, budi) is False


def test_is_following_is_false_for_logged_out_visitor(make_user):
    assert services.is_following(AnonymousUser(), make_user("budi")) is False


def test_update_profile_strips_avatar_metadata_and_shrinks_it(make_user):
    ani = make_user("ani")
    services.update_profile(
        ani,
        display_name="Ani W",
        bio="Suka membaca",
        language="en",
        avatar=image_upload(jpeg_bytes((1200, 800))),
    )
    ani.refresh_from_db()
    assert (ani.display_name, ani.bio, ani.language) == ("Ani W", "Suka membaca", "en")
    with Image.open(ani.avatar.path) as stored:
        assert max(stored.size) == 512
        assert stored.size == (512, 341)
        assert len(stored.getexif()) == 0
    assert CAMERA_MAKE.encode() not in ani.avatar.open("rb").read()


def test_update_profile_rejects_non_image_avatar_and_saves_nothing(make_user):
    ani = make_user("ani", display_name="Lama")
    with pytest.raises(ValidationError) as excinfo:
        services.update_profile(
            ani, display_name="Baru", bio="", language="id", avatar=text_as_jpeg()
        )
    assert excinfo.value.code == "invalid"
    stored = User.objects.get(pk=ani.pk)
    assert stored.display_name == "Lama"
    assert not stored.avatar
    assert media_files() == []


def test_remove_avatar_clears_it(make_user):
    ani = make_user("ani")
    services.update_profile(ani, display_name="", bio="", language="id", avatar=image_upload())
    assert User.objects.get(pk=ani.pk).avatar
    services.update_profile(ani, display_name="", bio="", language="id", remove_avatar=True)
    assert not User.objects.get(pk=ani.pk).avatar


def test_replacing_or_removing_avatar_deletes_the_old_file(
    make_user, django_capture_on_commit_callbacks
):
    ani = make_user("ani")
    with django_capture_on_commit_callbacks(execute=True):
        services.update_profile(ani, display_name="", bio="", language="id", avatar=image_upload())
    first = stored_path(User.objects.get(pk=ani.pk).avatar)
    with django_capture_on_commit_callbacks(execute=True):
        services.update_profile(ani, display_name="", bio="", language="id", avatar=image_upload())
    second = stored_path(User.objects.get(pk=ani.pk).avatar)
    assert second != first
    assert media_files() == [second]
    with django_capture_on_commit_callbacks(execute=True):
        services.update_profile(ani, display_name="", bio="", language="id", remove_avatar=True)
    assert media_files() == []
