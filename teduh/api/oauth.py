"""OAuth 2 the way Mastodon apps expect it, on top of django-oauth-toolkit."""

from urllib.parse import parse_qs, urlsplit

from django.shortcuts import render
from oauth2_provider.http import OAuth2ResponseRedirect
from oauth2_provider.models import Application
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.views import AuthorizationView

from teduh.api import scopes as scope_rules

OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob"
MASTODON_GRANT_TYPES = {"authorization_code", "password", "client_credentials", "refresh_token"}


class TeduhOAuth2Validator(OAuth2Validator):
    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs):
        # Mastodon apps may use every grant; DOT would tie each app to one.
        return grant_type in MASTODON_GRANT_TYPES

    def validate_response_type(self, client_id, response_type, client, request, *args, **kwargs):
        return response_type == "code"

    def validate_redirect_uri(self, client_id, redirect_uri, request, *args, **kwargs):
        # Exact match against what the app registered, custom app schemes and the
        # out-of-band URI included, as in Mastodon.
        return redirect_uri in request.client.redirect_uris.split()

    def validate_scopes(self, client_id, scopes, client, request, *args, **kwargs):
        registered = getattr(getattr(client, "teduh_profile", None), "scopes", "read")
        allowed = scope_rules.expand(scope_rules.parse_scopes(registered))
        return bool(scopes) and set(scopes) <= (allowed | set(scope_rules.parse_scopes(registered)))


class TeduhAuthorizationView(AuthorizationView):
    """The consent page, in Teduh's own layout; shows the code for out-of-band apps."""

    template_name = "api/authorize.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["scope_descriptions"] = [
            scope_rules.describe(scope) for scope in kwargs.get("scopes", [])
        ]
        return context

    def redirect(self, redirect_to, application):
        if redirect_to.startswith(OOB_REDIRECT_URI):
            query = parse_qs(urlsplit(redirect_to).query)
            return render(
                self.request,
                "api/authorize_oob.html",
                {
                    "code": query.get("code", [""])[0],
                    "error": query.get("error", [""])[0],
                    "application": application,
                },
            )
        if application is None:
            # Errors found before DOT looked the app up (e.g. an unregistered scope) still go
            # back to the app's registered, already validated redirect URI.
            client_id = self.request.GET.get("client_id") or self.request.POST.get("client_id")
            application = Application.objects.filter(client_id=client_id or "").first()
        if application is None:
            return super().redirect(redirect_to, application)
        # Apps register their own schemes (e.g. "tusky://"); the validator already checked
        # that the redirect is one of the app's registered URIs.
        schemes = {uri.split(":", 1)[0] for uri in application.redirect_uris.split()}
        return OAuth2ResponseRedirect(redirect_to, sorted(schemes | {"http", "https"}))
