import io

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from PIL import ExifTags, Image

from teduh.posts import services
from teduh.posts.media import clean_image
from teduh.posts.models import MediaAttachment, Status
from teduh.posts.services import StatusDraft
from tests.helpers import (
    CAMERA_MAKE,
    GPS_DATA,
    image_upload,
    jpeg_bytes,
    media_files,
    png_bytes,
    stored_path,
    text_as_jpeg,
)


def open_bytes(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_test_image_really_carries_gps_and_camera_data():
    # Guards the tests below: the source file has the metadata they expect to disappear.
    with open_bytes(jpeg_bytes(orientation=6)) as source:
        exif = source.getexif()
        assert exif.get_ifd(ExifTags.IFD.GPSInfo) == GPS_DATA
        assert exif[0x010F] == CAMERA_MAKE
        assert exif[0x0112] == 6


def test_clean_image_strips_exif_and_gps():
    clean = clean_image(image_upload(jpeg_bytes()))
    data = clean.content.read()
    with open_bytes(data) as result:
        assert result.format == "JPEG"
        assert len(result.getexif()) == 0
        assert result.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert "exif" not in result.info
    assert b"Exif" not in data
    assert CAMERA_MAKE.encode() not in data


def test_clean_image_applies_orientation_before_dropping_it():
    # 40x20, red on the left; orientation 6 means "rotate 90° clockwise to display",
    # which puts the red half on top of a 20x40 image.
    clean = clean_image(image_upload(jpeg_bytes((40, 20), orientation=6)))
    with open_bytes(clean.content.read()) as result:
        assert result.size == (20, 40) == (clean.width, clean.height)
        top, bottom = result.convert("RGB").getpixel((10, 5)), result.getpixel((10, 35))
    assert top[0] > 200 and top[2] < 60
    assert bottom[2] > 200 and bottom[0] < 60


def test_clean_image_keeps_png_as_png_and_limits_size():
    clean = clean_image(image_upload(png_bytes((300, 150)), name="gambar.png"), max_side=100)
    assert clean.content.name.endswith(".png")
    assert (clean.width, clean.height) == (100, 50)


def test_clean_image_rejects_text_renamed_to_jpg():
    with pytest.raises(ValidationError) as excinfo:
        clean_image(text_as_jpeg())
    assert excinfo.value.code == "invalid"


def test_clean_image_rejects_unsupported_format():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "BMP")
    with pytest.raises(ValidationError) as excinfo:
        clean_image(image_upload(buffer.getvalue(), name="gambar.bmp"))
    assert excinfo.value.code == "format"


def test_clean_image_rejects_oversized_file(settings):
    data = jpeg_bytes()
    settings.TEDUH_MAX_IMAGE_BYTES = len(data) - 1
    with pytest.raises(ValidationError) as excinfo:
        clean_image(image_upload(data))
    assert excinfo.value.code == "too_large"
    settings.TEDUH_MAX_IMAGE_BYTES = len(data)
    assert clean_image(image_upload(data)).width == 40


def test_clean_image_rejects_too_many_pixels(settings):
    settings.TEDUH_MAX_IMAGE_PIXELS = 40 * 20 - 1
    with pytest.raises(ValidationError) as excinfo:
        clean_image(image_upload(jpeg_bytes((40, 20))))
    assert excinfo.value.code == "too_many_pixels"


def test_published_image_is_stored_without_metadata(make_user, post):
    status = post(make_user("ani"), "Foto senja", uploads=[(image_upload(), " Langit jingga ")])
    [media] = status.media.all()
    assert media.description == "Langit jingga"
    assert (media.width, media.height, media.position) == (40, 20, 0)
    path = stored_path(media.file)
    assert path.exists()
    raw = path.read_bytes()
    assert CAMERA_MAKE.encode() not in raw
    with Image.open(path) as stored:
        assert len(stored.getexif()) == 0


def test_thumbnail_is_generated_once_the_post_is_saved(
    make_user, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        status = post(make_user("ani"), "", uploads=[(image_upload(jpeg_bytes((1600, 900))), "x")])
    media = MediaAttachment.objects.get(status=status)
    assert media.thumbnail
    with Image.open(stored_path(media.thumbnail)) as thumb:
        assert thumb.format == "WEBP"
        assert thumb.size == (640, 360)


def test_images_keep_their_order(make_user, post):
    uploads = [
        (image_upload(png_bytes((10 + n, 10)), name=f"{n}.png"), f"gambar {n}") for n in range(4)
    ]
    status = post(make_user("ani"), "Empat gambar", uploads=uploads)
    media = list(status.media.all())
    assert [m.description for m in media] == ["gambar 0", "gambar 1", "gambar 2", "gambar 3"]
    assert [m.width for m in media] == [10, 11, 12, 13]
    assert [m.position for m in media] == [0, 1, 2, 3]


def test_more_than_four_images_are_rejected_and_nothing_is_stored(make_user):
    uploads = [(image_upload(), f"gambar {n}") for n in range(5)]
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(make_user("ani"), StatusDraft(content="Lima"), uploads)
    assert {e.code for e in excinfo.value.error_list} == {"too_many_media"}
    assert not Status.objects.exists()
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_pre_uploaded_media_count_towards_the_limit(make_user):
    ani = make_user("ani")
    waiting = [services.upload_media(ani, image_upload(), f"lama {n}") for n in range(3)]
    assert len(media_files()) == 3
    with pytest.raises(ValidationError):
        services.publish_status(
            ani,
            StatusDraft(content="Kebanyakan", media=waiting),
            [(image_upload(), "a"), (image_upload(), "b")],
        )
    assert MediaAttachment.objects.count() == 3
    assert len(media_files()) == 3
    status = services.publish_status(
        ani, StatusDraft(content="Pas", media=waiting), [(image_upload(), "baru")]
    )
    assert [m.description for m in status.media.all()] == ["lama 0", "lama 1", "lama 2", "baru"]


def test_cannot_attach_someone_elses_media(make_user):
    ani, budi = make_user("ani"), make_user("budi")
    theirs = services.upload_media(budi, image_upload(), "milik budi")
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(ani, StatusDraft(content="Curian", media=[theirs]))
    assert {e.code for e in excinfo.value.error_list} == {"media"}
    theirs.refresh_from_db()
    assert theirs.status is None


def test_one_bad_image_fails_the_whole_post_and_stores_nothing(make_user):
    uploads = [(image_upload(), "baik"), (text_as_jpeg(), "buruk"), (image_upload(), "baik")]
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(make_user("ani"), StatusDraft(content="Campur"), uploads)
    assert len(excinfo.value.messages) == 1
    assert excinfo.value.messages[0].startswith(
        gettext("Image %(n)d: %(error)s") % {"n": 2, "error": ""}
    )
    assert not Status.objects.exists()
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_invalid_text_with_valid_images_stores_nothing(make_user, settings):
    too_long = "x" * (settings.TEDUH_MAX_POST_CHARS + 1)
    with pytest.raises(ValidationError):
        services.publish_status(
            make_user("ani"), StatusDraft(content=too_long), [(image_upload(), "foto")]
        )
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_failure_while_saving_removes_files_already_written(make_user, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "_create_status", broken)
    uploads = [(image_upload(), "satu"), (image_upload(png_bytes(), name="dua.png"), "dua")]
    with pytest.raises(RuntimeError):
        services.publish_status(make_user("ani"), StatusDraft(content="Gagal"), uploads)
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_too_long_alt_text_is_rejected(make_user):
    with pytest.raises(ValidationError):
        services.publish_status(
            make_user("ani"), StatusDraft(content="Alt"), [(image_upload(), "a" * 1501)]
        )
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_deleting_a_status_removes_its_files(make_user, post, django_capture_on_commit_callbacks):
    ani = make_user("ani")
    with django_capture_on_commit_callbacks(execute=True):
        status = post(ani, "Sementara", uploads=[(image_upload(), "foto")])
    assert len(media_files()) == 2  # the image and its thumbnail
    services.delete_status(ani, status)
    assert not MediaAttachment.objects.exists()
    assert media_files() == []


def test_stored_file_names_cannot_be_guessed(make_user, post, django_capture_on_commit_callbacks):
    # /media/ is served to anyone, so a followers-only post's images must not sit at a
    # predictable address (a fixed name, or one derived from a sequential id).
    ani = make_user("ani")
    with django_capture_on_commit_callbacks(execute=True):
        first = post(ani, "Satu", visibility="private", uploads=[(image_upload(), "a")])
        second = post(ani, "Dua", visibility="private", uploads=[(image_upload(), "b")])
    names = []
    for status in (first, second):
        media = status.media.get()
        for stored in (media.file, media.thumbnail):
            stem = stored_path(stored).stem
            assert str(media.pk) not in stem.split("-")
            assert len(stem) >= 20, stored.name
            names.append(stem)
    assert len(set(names)) == 4
