"""The demo's views: plausible, never the author's own, never before the post, idempotent."""

import pytest
from django.utils import timezone

from teduh.core.demo_seed import seed_demo
from teduh.insights import services
from teduh.insights.models import StatusView

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_demo_views(django_user_model):
    first = seed_demo()
    count = StatusView.objects.count()
    assert first.created["views"] == count > 0
    today = timezone.localdate()
    for row in StatusView.objects.select_related("status"):
        assert row.viewer_id != row.status.account_id
        assert timezone.localtime(row.status.created_at).date() <= row.day <= today
        assert row.viewer_key == f"u{row.viewer_id}"
    again = seed_demo()
    assert again.created["views"] == 0 and StatusView.objects.count() == count
    author = django_user_model.objects.get(pk=StatusView.objects.first().status.account_id)
    assert services.daily_series(author, 30).totals["views"] > 0
