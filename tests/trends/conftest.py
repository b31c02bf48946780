from datetime import timedelta

import pytest
from django.utils import timezone

from teduh.posts.models import Status


@pytest.fixture
def aged():
    """aged(status, hours=..., days=...): move a status back in time."""

    def move(status: Status, *, hours: float = 0, days: float = 0) -> Status:
        when = timezone.now() - timedelta(hours=hours, days=days)
        Status.objects.filter(pk=status.pk).update(created_at=when)
        status.refresh_from_db()
        return status

    return move


@pytest.fixture
def crowd(make_user):
    """crowd(n, prefix): n new members."""

    def make(n: int, prefix: str = "u"):
        return [make_user(f"{prefix}{i}") for i in range(n)]

    return make
