import pytest
from django.test import Client

from teduh.accounts.services import register_account
from teduh.posts.services import StatusDraft, publish_status


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts with an empty cache, so rate limits (teduh.core.ratelimit) count
    only what that test does."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def make_user(db):
    counter = {"n": 0}

    def make(username: str | None = None, **extra):
        counter["n"] += 1
        user = register_account(
            username=username or f"user{counter['n']}",
            password="a-long-test-password",
            display_name=extra.pop("display_name", ""),
            language=extra.pop("language", "id"),
        )
        for key, value in extra.items():
            setattr(user, key, value)
        if extra:
            user.save()
        return user

    return make


@pytest.fixture
def client_for():
    def make(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def post(db):
    """Publish a status through the service layer: post(author, "text", visibility=...)."""

    def make(author, content: str = "Halo semua", uploads=(), **fields):
        return publish_status(author, StatusDraft(content=content, **fields), uploads)

    return make


@pytest.fixture(autouse=True)
def _default_language():
    """A request in English leaves English active in this thread; start every test in the
    instance default so no test depends on the one before."""
    from django.utils import translation

    translation.activate("id")
    yield
    translation.activate("id")
