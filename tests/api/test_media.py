"""POST /api/v2/media (and the v1 alias), GET and PUT /api/v1/media/:id."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from teduh.posts.models import MediaAttachment
from tests.helpers import CAMERA_MAKE, jpeg_bytes, media_files

pytestmark = pytest.mark.django_db


def upload(client, path="/api/v2/media", data: bytes | None = None, **fields):
    name = fields.pop("name", "foto.jpg")
    content_type = fields.pop("content_type", "image/jpeg")
    file = SimpleUploadedFile(name, data if data is not None else jpeg_bytes(), content_type)
    return client.post(path, {"file": file, **fields}, form=True)


def stored_file(media_id: str) -> Path:
    return Path(settings.MEDIA_ROOT) / MediaAttachment.objects.get(pk=media_id).file.name


def test_upload_returns_a_media_attachment_without_metadata(api, make_user):
    sari = make_user("sari")

    response = upload(api(sari), description="  Secangkir teh di meja  ", focus="0.1,-0.2")

    assert response.status_code == 200, response.content
    body = response.json()
    media = MediaAttachment.objects.get(pk=body["id"])
    assert media.account == sari and media.status is None
    assert body["type"] == "image"
    assert body["description"] == "Secangkir teh di meja"
    assert body["url"] == f"http://testserver{media.file.url}"
    assert body["meta"]["original"] == {"width": 40, "height": 20, "size": "40x20", "aspect": 2.0}
    assert body["remote_url"] is None
    data = stored_file(body["id"]).read_bytes()
    assert CAMERA_MAKE.encode() not in data
    with Image.open(stored_file(body["id"])) as stored:
        exif = stored.getexif()
        assert dict(exif) == {}
        assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}


def test_v1_upload_is_the_same(api, make_user):
    response = upload(api(make_user()), path="/api/v1/media")

    assert response.status_code == 200
    assert response.json()["description"] is None
    assert MediaAttachment.objects.filter(pk=response.json()["id"]).exists()


def test_uploaded_media_can_be_attached_to_a_status(api, make_user):
    client = api(make_user())
    media_id = upload(client, description="Langit sore").json()["id"]

    status = client.post("/api/v1/statuses", {"status": "Sore ini", "media_ids": [media_id]})

    assert status.status_code == 200, status.content
    attachments = status.json()["media_attachments"]
    assert [(m["id"], m["description"]) for m in attachments] == [(media_id, "Langit sore")]


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_kept(api, make_user):
    response = upload(api(make_user()), data=b"just some text, not pixels\n" * 20, name="surat.jpg")

    assert response.status_code == 422
    assert response.json()["error"].startswith("Validation failed: ")
    assert MediaAttachment.objects.count() == 0
    assert media_files() == []


def test_an_oversized_image_is_refused_and_nothing_is_kept(api, make_user, settings):
    settings.TEDUH_MAX_IMAGE_BYTES = 1000

    response = upload(api(make_user()), data=jpeg_bytes((400, 400)))

    assert response.status_code == 422
    assert MediaAttachment.objects.count() == 0
    assert media_files() == []


def test_too_long_alt_text_is_refused_and_nothing_is_kept(api, make_user):
    response = upload(api(make_user()), description="x" * 1501)

    assert response.status_code == 422
    assert MediaAttachment.objects.count() == 0
    assert media_files() == []


def test_missing_file_is_a_422(api, make_user):
    response = api(make_user()).post("/api/v2/media", {"description": "tanpa berkas"})

    assert response.status_code == 422
    assert "file" in response.json()["error"]


def test_upload_needs_a_token_with_write_media(api, make_user):
    sari = make_user()

    assert upload(api()).status_code == 401
    assert upload(api(sari, scopes="read write:statuses")).status_code == 403
    assert upload(api(sari, scopes="write:media")).status_code == 200
    assert MediaAttachment.objects.count() == 1


def test_get_and_update_own_media(api, make_user):
    client = api(make_user())
    media_id = upload(client, description="lama").json()["id"]

    fetched = client.get(f"/api/v1/media/{media_id}")
    updated = client.put(f"/api/v1/media/{media_id}", {"description": " Teh hangat "}, form=True)

    assert fetched.status_code == 200
    assert fetched.json()["description"] == "lama"
    assert updated.status_code == 200
    assert updated.json()["description"] == "Teh hangat"
    assert MediaAttachment.objects.get(pk=media_id).description == "Teh hangat"
    # A JSON body and no description at all leave it as it is.
    assert client.put(f"/api/v1/media/{media_id}", {"focus": "0,0"}).json()["description"] == (
        "Teh hangat"
    )


def test_alt_text_too_long_on_update_is_refused(api, make_user):
    client = api(make_user())
    media_id = upload(client, description="lama").json()["id"]

    response = client.put(f"/api/v1/media/{media_id}", {"description": "x" * 1501})

    assert response.status_code == 422
    assert MediaAttachment.objects.get(pk=media_id).description == "lama"


def test_other_peoples_media_is_not_found(api, make_user):
    owner, other = make_user("pemilik"), make_user("lain")
    media_id = upload(api(owner), description="punyaku").json()["id"]
    client = api(other)

    assert client.get(f"/api/v1/media/{media_id}").status_code == 404
    response = client.put(f"/api/v1/media/{media_id}", {"description": "diubah"})
    assert response.status_code == 404
    assert response.json() == {"error": "Record not found"}
    assert MediaAttachment.objects.get(pk=media_id).description == "punyaku"


@pytest.mark.parametrize("media_id", ["abc", "99999999", "1" * 30, "-1"])
def test_unknown_or_junk_media_ids_are_not_found(api, make_user, media_id):
    client = api(make_user())

    assert client.get(f"/api/v1/media/{media_id}").status_code == 404
    assert client.put(f"/api/v1/media/{media_id}", {"description": "x"}).status_code == 404


def test_media_endpoints_need_write_media(api, make_user):
    sari = make_user()
    media_id = upload(api(sari)).json()["id"]
    read_only = api(sari, scopes="read")

    assert read_only.get(f"/api/v1/media/{media_id}").status_code == 403
    assert read_only.put(f"/api/v1/media/{media_id}", {"description": "x"}).status_code == 403
    assert api().get(f"/api/v1/media/{media_id}").status_code == 401
