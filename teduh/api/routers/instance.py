"""Instance information: /api/v1/instance, /api/v2/instance, and nodeinfo (plain views)."""

from datetime import timedelta

from django.conf import settings
from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema

from teduh.accounts.models import User
from teduh.posts.models import Status

router = Router(tags=["instance"])

DESCRIPTION = (
    "Teduh: a calm place to learn about mental health and support each other. "
    "Not a replacement for therapy or emergency services."
)


def _version() -> str:
    # Clients read the Mastodon API level from the front of this string.
    return f"{settings.TEDUH_MASTODON_API_VERSION} (compatible; Teduh {settings.TEDUH_VERSION})"


def _stats() -> dict:
    return {
        "user_count": User.objects.filter(is_active=True).count(),
        "status_count": Status.objects.filter(reblog_of__isnull=True).count(),
        "domain_count": 0,
    }


def _active_users(days: int) -> int:
    since = timezone.now() - timedelta(days=days)
    return Status.objects.filter(created_at__gte=since).values("account_id").distinct().count()


def _configuration() -> dict:
    return {
        "statuses": {
            "max_characters": settings.TEDUH_MAX_POST_CHARS,
            "max_media_attachments": settings.TEDUH_MAX_IMAGES,
            "characters_reserved_per_url": 23,
        },
        "media_attachments": {
            "supported_mime_types": ["image/jpeg", "image/png", "image/webp", "image/gif"],
            "image_size_limit": settings.TEDUH_MAX_IMAGE_BYTES,
            "image_matrix_limit": settings.TEDUH_MAX_IMAGE_PIXELS,
            "video_size_limit": 0,
            "video_frame_rate_limit": 0,
            "video_matrix_limit": 0,
        },
        "polls": {
            "max_options": 0,
            "max_characters_per_option": 0,
            "min_expiration": 0,
            "max_expiration": 0,
        },
        "accounts": {"max_featured_tags": 0, "max_pinned_statuses": 0},
    }


class InstanceV1(Schema):
    uri: str
    title: str
    short_description: str
    description: str
    email: str
    version: str
    urls: dict
    stats: dict
    thumbnail: str | None
    languages: list[str]
    registrations: bool
    approval_required: bool
    invites_enabled: bool
    configuration: dict
    contact_account: None = None
    rules: list[dict]


class InstanceV2(Schema):
    domain: str
    title: str
    version: str
    source_url: str
    description: str
    usage: dict
    thumbnail: dict
    languages: list[str]
    configuration: dict
    registrations: dict
    contact: dict
    rules: list[dict]
    api_versions: dict


@router.get("/v1/instance", response=InstanceV1, summary="Instance information (v1)")
def instance_v1(request):
    return {
        "uri": request.get_host(),
        "title": settings.SITE_NAME,
        "short_description": DESCRIPTION,
        "description": DESCRIPTION,
        "email": "",
        "version": _version(),
        "urls": {"streaming_api": ""},
        "stats": _stats(),
        "thumbnail": request.build_absolute_uri(static("teduh/header.png")),
        "languages": [code for code, _name in settings.LANGUAGES],
        "registrations": True,
        "approval_required": settings.TEDUH_REGISTRATION_APPROVAL,
        "invites_enabled": False,
        "configuration": _configuration(),
        "rules": [],
    }


@router.get("/v2/instance", response=InstanceV2, summary="Instance information (v2)")
def instance_v2(request):
    return {
        "domain": request.get_host(),
        "title": settings.SITE_NAME,
        "version": _version(),
        "source_url": settings.TEDUH_SOURCE_URL,
        "description": DESCRIPTION,
        "usage": {"users": {"active_month": _active_users(30)}},
        "thumbnail": {"url": request.build_absolute_uri(static("teduh/header.png"))},
        "languages": [code for code, _name in settings.LANGUAGES],
        "configuration": {
            **_configuration(),
            "urls": {"streaming": "", "status": None},
            "translation": {"enabled": False},
        },
        "registrations": {
            "enabled": True,
            "approval_required": settings.TEDUH_REGISTRATION_APPROVAL,
            "message": None,
            "min_age": 13,
        },
        "contact": {"email": "", "account": None},
        "rules": [],
        "api_versions": {"mastodon": 2},
    }


def nodeinfo_links(request):
    return JsonResponse(
        {
            "links": [
                {
                    "rel": "http://nodeinfo.diaspora.software/ns/schema/2.0",
                    "href": request.build_absolute_uri(reverse("nodeinfo")),
                }
            ]
        }
    )


def nodeinfo(request):
    stats = _stats()
    return JsonResponse(
        {
            "version": "2.0",
            "software": {"name": "teduh", "version": settings.TEDUH_VERSION},
            "protocols": [],
            "services": {"inbound": [], "outbound": []},
            "usage": {
                "users": {
                    "total": stats["user_count"],
                    "activeMonth": _active_users(30),
                    "activeHalfyear": _active_users(182),
                },
                "localPosts": stats["status_count"],
            },
            "openRegistrations": not settings.TEDUH_REGISTRATION_APPROVAL,
            "metadata": {"nodeName": settings.SITE_NAME},
        },
        content_type='application/json; profile="http://nodeinfo.diaspora.software/ns/schema/2.0#"',
    )
