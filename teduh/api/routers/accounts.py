"""Accounts: credentials, profiles, follows and registration."""

from ninja import Router

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.routers.common import with_errors

router = Router(tags=["accounts"])


@router.get(
    "/v1/accounts/verify_credentials",
    response=with_errors({200: schemas.CredentialAccount}),
    auth=auth.TokenAuth("read:accounts"),
)
def verify_credentials(request):
    return EntityBuilder(request).credential_account(request.user)
