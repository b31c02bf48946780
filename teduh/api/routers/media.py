"""Media uploads: images are re-encoded without metadata (posts.services.upload_media) and
wait, unattached, until a status uses them."""

from ninja import File, Form, Router, Schema, UploadedFile
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import not_found
from teduh.api.routers.common import object_id, with_errors
from teduh.posts import services
from teduh.posts.models import MediaAttachment

router = Router(tags=["media"])

MEDIA = with_errors({200: schemas.MediaAttachment})


class MediaForm(Schema):
    description: str = Field("", description="Alt text: what the image shows, for screen readers")
    focus: str | None = Field(None, description="Accepted for compatibility and ignored")


class MediaUpdateForm(Schema):
    description: str | None = Field(None, description="Alt text; leave out to keep it")
    focus: str | None = Field(None, description="Accepted for compatibility and ignored")


def _upload(request, file: UploadedFile, data: MediaForm) -> dict:
    media = services.upload_media(request.user, file, data.description)
    return EntityBuilder(request).media(media)


@router.post("/v2/media", response=MEDIA, auth=auth.write("media"))
def upload_media(request, file: File[UploadedFile], data: Form[MediaForm]):
    """Upload an image. It is processed at once, so the answer is 200 with a usable `url`."""
    return _upload(request, file, data)


@router.post("/v1/media", response=MEDIA, auth=auth.write("media"), deprecated=True)
def upload_media_v1(request, file: File[UploadedFile], data: Form[MediaForm]):
    """Deprecated (as in Mastodon): the same as POST /api/v2/media."""
    return _upload(request, file, data)


def own_media(request, media_id: str) -> MediaAttachment:
    media = MediaAttachment.objects.filter(pk=object_id(media_id), account=request.user).first()
    if media is None:
        raise not_found()
    return media


@router.get("/v1/media/{media_id}", response=MEDIA, auth=auth.write("media"))
def get_media(request, media_id: str):
    """One of your own uploads (404 for anyone else's)."""
    return EntityBuilder(request).media(own_media(request, media_id))


@router.put("/v1/media/{media_id}", response=MEDIA, auth=auth.write("media"))
def update_media(request, media_id: str, data: Form[MediaUpdateForm]):
    """Change the alt text of one of your own uploads."""
    media = own_media(request, media_id)
    if data.description is not None:
        media = services.update_media_description(request.user, media, data.description)
    return EntityBuilder(request).media(media)
