"""Image uploads: validated, re-encoded from pixels only (no EXIF, GPS or other metadata)."""

import io
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "png"}
THUMBNAIL_SIZE = (640, 640)


@dataclass(frozen=True)
class CleanImage:
    content: ContentFile
    width: int
    height: int


def clean_image(upload: UploadedFile, *, max_side: int = 4096) -> CleanImage:
    """Decode an upload and write a fresh image from its pixels alone.

    Raises ValidationError for files that are too large, not images, or decompression bombs.
    """
    if upload.size is not None and upload.size > settings.TEDUH_MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is larger than %(mb)d MB.")
            % {"mb": settings.TEDUH_MAX_IMAGE_BYTES // (1024 * 1024)},
            code="too_large",
        )
    try:
        upload.seek(0)
        with Image.open(upload) as source:
            if source.format not in ACCEPTED_FORMATS:
                raise ValidationError(_("Use a JPEG, PNG, WebP or GIF image."), code="format")
            if source.width * source.height > settings.TEDUH_MAX_IMAGE_PIXELS:
                raise ValidationError(_("The image has too many pixels."), code="too_many_pixels")
            source_format = source.format
            source.load()
            image = ImageOps.exif_transpose(source)  # keep the orientation, drop the EXIF
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError(_("This file is not an image we can read."), code="invalid") from exc
    image.thumbnail((max_side, max_side))
    return _encode(image, ACCEPTED_FORMATS[source_format])


def make_thumbnail(data: bytes) -> CleanImage:
    with Image.open(io.BytesIO(data)) as source:
        source.load()
        image = source.copy()
    image.thumbnail(THUMBNAIL_SIZE)
    return _encode(image, "webp")


def _encode(image: Image.Image, extension: str) -> CleanImage:
    # A new image built from the pixels alone carries no EXIF, XMP, ICC or text chunks.
    mode = "RGBA" if image.mode in ("RGBA", "LA", "P") and extension != "jpg" else "RGB"
    pixels = image.convert(mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    buffer = io.BytesIO()
    if extension == "jpg":
        clean.save(buffer, "JPEG", quality=85, optimize=True)
    elif extension == "png":
        clean.save(buffer, "PNG", optimize=True)
    else:
        clean.save(buffer, "WEBP", quality=80)
    return CleanImage(
        # A random name: uploads are served to anyone who knows the address, and some belong
        # to followers-only posts.
        ContentFile(buffer.getvalue(), name=f"{secrets.token_urlsafe(16)}.{extension}"),
        clean.width,
        clean.height,
    )
