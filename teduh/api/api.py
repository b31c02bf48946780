"""The Mastodon-compatible client API (`/api/v1`, `/api/v2`) and Teduh's own (`/api/teduh/v1`).

Routers are thin: they parse parameters, call the same service functions as the web UI, and
turn results into Mastodon entities with `entities.EntityBuilder`.
"""

from ninja import NinjaAPI
from ninja.openapi.docs import Swagger

from teduh.api import errors
from teduh.api.routers import (
    accounts,
    apps,
    campaigns,
    controls,
    filters,
    helplines,
    insights,
    instance,
    media,
    notifications,
    reports,
    search,
    selfchecks,
    statuses,
    tags,
    timelines,
    trends,
    wellbeing,
)

api = NinjaAPI(
    title="Teduh API",
    version="1.0",
    description=(
        "Teduh speaks the Mastodon client API, so Mastodon apps and libraries work with it. "
        "Teduh-only data rides along under a `teduh` key in entities; Teduh-only resources "
        "live under `/api/teduh/v1/`. Authenticate with an OAuth 2 bearer token."
    ),
    urls_namespace="api",
    docs=Swagger(settings={"persistAuthorization": True}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)

for module in (apps, instance, accounts, statuses, media, timelines, notifications, search, tags):
    api.add_router("", module.router)
api.add_router("", helplines.router)  # Teduh-only: /api/teduh/v1/helplines
# Everyone's own controls: /api/v1/accounts/:id/(un)mute|(un)block, /api/v1/mutes, /api/v1/blocks
# and the v2 keyword filters.
api.add_router("", controls.router)
api.add_router("", filters.router)
api.add_router("", reports.router)  # POST /api/v1/reports
api.add_router("", selfchecks.router)  # Teduh-only: /api/teduh/v1/selfchecks
api.add_router("", wellbeing.router)  # Teduh-only: /api/teduh/v1/articles
api.add_router("", campaigns.router)  # Teduh-only: /api/teduh/v1/campaigns
api.add_router("", insights.router)  # Teduh-only: /api/teduh/v1/insights
api.add_router("", trends.router)  # GET /api/v1/trends/tags|statuses (Mastodon)
