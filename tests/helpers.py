"""Builders shared by the tests: images with metadata, uploads, and HTML probes."""

import io
import re
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image

from teduh.posts.presenters import ANONYMOUS_AUTHOR

ORIENTATION_TAG = 0x0112
MAKE_TAG = 0x010F
CAMERA_MAKE = "KameraRahasia"
GPS_DATA = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 0.0)}


def jpeg_bytes(
    size: tuple[int, int] = (40, 20), *, gps: bool = True, orientation: int | None = None
) -> bytes:
    """A JPEG whose left half is red and right half blue, optionally with EXIF GPS data."""
    width, height = size
    image = Image.new("RGB", size, (255, 0, 0))
    image.paste((0, 0, 255), (width // 2, 0, width, height))
    exif = Image.Exif()
    exif[MAKE_TAG] = CAMERA_MAKE
    if orientation is not None:
        exif[ORIENTATION_TAG] = orientation
    if gps:
        exif[ExifTags.IFD.GPSInfo] = dict(GPS_DATA)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def png_bytes(size: tuple[int, int] = (30, 30), color=(0, 128, 0)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def image_upload(data: bytes | None = None, name: str = "foto.jpg") -> SimpleUploadedFile:
    content_type = "image/png" if name.endswith(".png") else "image/jpeg"
    return SimpleUploadedFile(name, data if data is not None else jpeg_bytes(), content_type)


def text_as_jpeg(name: str = "bukan-gambar.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"just some text, not pixels\n" * 20, "image/jpeg")


def media_files() -> list[Path]:
    """Every file stored under the (per-test) MEDIA_ROOT."""
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def stored_path(field_file) -> Path:
    return Path(settings.MEDIA_ROOT) / field_file.name


STATUS_ID_RE = re.compile(r'<article class="status[^"]*" id="status-(\d+)"')


def status_ids(html: str) -> list[int]:
    """Ids of the status cards rendered in a page, in page order."""
    return [int(found) for found in STATUS_ID_RE.findall(html)]


def anonymous_label(language: str) -> str:
    with translation.override(language):
        return str(ANONYMOUS_AUTHOR.name)


def translated(message: str, language: str) -> str:
    with translation.override(language):
        return translation.gettext(message)
