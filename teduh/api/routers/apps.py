"""POST /api/v1/apps and app credentials."""

from ninja import Form, Router, Schema
from oauth2_provider.models import Application
from pydantic import Field

from teduh.api import schemas
from teduh.api.auth import TokenAuth
from teduh.api.errors import ApiError
from teduh.api.models import AppProfile
from teduh.api.routers.common import with_errors
from teduh.api.scopes import ALL_SCOPES, parse_scopes

router = Router(tags=["apps"])


class AppForm(Schema):
    client_name: str = Field(..., min_length=1, max_length=200)
    redirect_uris: str = Field(..., min_length=1, max_length=2000)
    scopes: str = Field("read", max_length=2000)
    website: str | None = Field(None, max_length=500)


def _app_entity(app: Application, profile: AppProfile) -> dict:
    redirect_uris = app.redirect_uris.split()
    return {
        "id": str(app.pk),
        "name": app.name,
        "website": profile.website or None,
        "scopes": parse_scopes(profile.scopes),
        "redirect_uri": "\n".join(redirect_uris),
        "redirect_uris": redirect_uris,
        "vapid_key": "",
    }


@router.post(
    "/v1/apps",
    response=with_errors({200: schemas.CredentialApplication}),
    summary="Register a client application",
)
def create_app(request, data: Form[AppForm]):
    requested = parse_scopes(data.scopes) or ["read"]
    unknown = [scope for scope in requested if scope not in ALL_SCOPES]
    if unknown:
        raise ApiError(422, f"Validation failed: unknown scope {', '.join(unknown)}")
    redirect_uris = data.redirect_uris.split()
    for uri in redirect_uris:
        if ":" not in uri or uri.startswith(("javascript:", "data:")):
            raise ApiError(422, "Validation failed: redirect_uris must be absolute URIs")
    app = Application(
        name=data.client_name,
        redirect_uris=" ".join(redirect_uris),
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        skip_authorization=False,
    )
    secret = app.client_secret  # generated in plain text; hashed when saved
    app.save()
    profile = AppProfile.objects.create(
        application=app, website=data.website or "", scopes=" ".join(requested)
    )
    return {
        **_app_entity(app, profile),
        "client_id": app.client_id,
        "client_secret": secret,
        "client_secret_expires_at": 0,
    }


@router.get(
    "/v1/apps/verify_credentials",
    response=with_errors({200: schemas.AppEntity}),
    auth=TokenAuth(user_required=False),
    summary="Verify the app's token",
)
def verify_app(request):
    app = request.oauth_token.application
    if app is None:
        raise ApiError(401, "The access token is invalid")
    profile, _created = AppProfile.objects.get_or_create(application=app)
    return _app_entity(app, profile)
