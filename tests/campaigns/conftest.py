from datetime import timedelta

import pytest
from django.utils import timezone

from teduh.campaigns import services
from teduh.campaigns.services import CampaignDraft


def draft(**fields) -> CampaignDraft:
    now = timezone.now()
    values = {
        "title_id": "Teman Cerita",
        "title_en": "Story Friends",
        "description_id": "Ceritakan harimu.",
        "description_en": "Tell us about your day.",
        "hashtags": "#TemanCerita",
        "starts_at": now - timedelta(days=10),
        "ends_at": now + timedelta(days=10),
        "emoji": "💚",
    }
    values.update(fields)
    return CampaignDraft(**values)


@pytest.fixture
def organiser(make_user):
    return make_user("organiser", is_verified_professional=True, display_name="Bu Organiser")


@pytest.fixture
def make_campaign(organiser):
    def make(**fields):
        return services.create_campaign(organiser, draft(**fields))

    return make
