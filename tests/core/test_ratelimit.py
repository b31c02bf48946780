"""Rate limits (teduh.core.ratelimit): the counter, its window and reset, the settings
override, and the entry points that use it (posting, replying, sign-up; web and API)."""

import secrets
from datetime import timedelta

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone
from oauth2_provider.models import AccessToken, Application

from teduh.core import ratelimit
from teduh.posts.models import Status


class Clock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(ratelimit.time, "time", fake)
    return fake


@pytest.fixture
def small_limits(settings):
    settings.TEDUH_RATE_LIMITS = {
        "statuses": (2, 60),
        "replies": (3, 60),
        "signups": (2, 60),
        "reports": (2, 60),
    }


def _token(user=None, scope: str = "read write") -> str:
    application = Application.objects.create(
        name="Uji",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob",
    )
    raw = secrets.token_urlsafe(32)
    AccessToken.objects.create(
        user=user,
        application=application,
        token=raw,
        scope=scope,
        expires=timezone.now() + timedelta(days=1),
    )
    return raw


# The counter ----------------------------------------------------------------------------------


def test_hits_up_to_the_limit_pass_then_it_refuses(clock, small_limits):
    ratelimit.hit("statuses", "a")
    ratelimit.hit("statuses", "a")
    with pytest.raises(ratelimit.RateLimited) as caught:
        ratelimit.hit("statuses", "a")

    assert caught.value.action == "statuses"
    assert 1 <= caught.value.retry_after <= 61
    assert ratelimit.remaining("statuses", "a") == 0


def test_refused_hits_do_not_count(clock, small_limits):
    ratelimit.hit("statuses", "a", cost=2)
    for _ in range(3):
        with pytest.raises(ratelimit.RateLimited):
            ratelimit.hit("statuses", "a")
    clock.now += 60
    ratelimit.hit("statuses", "a")
    assert ratelimit.remaining("statuses", "a") == 1


def test_the_window_resets(clock, small_limits):
    ratelimit.hit("statuses", "a", cost=2)
    with pytest.raises(ratelimit.RateLimited) as caught:
        ratelimit.hit("statuses", "a")

    clock.now += caught.value.retry_after

    ratelimit.hit("statuses", "a")
    assert ratelimit.remaining("statuses", "a") == 1


def test_reset_forgets_the_count(clock, small_limits):
    ratelimit.hit("statuses", "a", cost=2)
    ratelimit.reset("statuses", "a")
    ratelimit.hit("statuses", "a")
    assert ratelimit.remaining("statuses", "a") == 1


def test_keys_and_actions_count_apart(clock, small_limits):
    ratelimit.hit("statuses", "a", cost=2)
    ratelimit.hit("statuses", "b", cost=2)
    ratelimit.hit("replies", "a", cost=3)
    assert ratelimit.remaining("statuses", "a") == 0
    assert ratelimit.remaining("replies", "b") == 3


def test_a_cost_over_the_limit_is_refused_whole(clock, small_limits):
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("statuses", "a", cost=3)
    assert ratelimit.remaining("statuses", "a") == 2


def test_the_default_table(settings):
    settings.TEDUH_RATE_LIMITS = {}
    assert ratelimit.limit_for("statuses") == ratelimit.Limit(30, 1800)
    assert ratelimit.limit_for("replies") == ratelimit.Limit(60, 1800)
    assert ratelimit.limit_for("reports") == ratelimit.Limit(10, 3600)
    assert ratelimit.limit_for("signups") == ratelimit.Limit(5, 1800, per="ip")
    with pytest.raises(KeyError):
        ratelimit.limit_for("teleport")


def test_settings_override_and_turn_off(settings, clock):
    settings.TEDUH_RATE_LIMITS = {"statuses": None, "reports": {"count": 1, "period": 10}}
    for _ in range(100):
        ratelimit.hit("statuses", "a")
    assert ratelimit.remaining("statuses", "a") is None
    assert ratelimit.limit_for("reports") == ratelimit.Limit(1, 10)
    assert ratelimit.limit_for("signups").per == "ip"


def test_message_says_when_to_try_again():
    assert "3" in ratelimit.RateLimited("statuses", 150).message


def test_keys_by_account_or_address(make_user, settings):
    settings.TEDUH_RATE_LIMITS = {}
    user = make_user("sari")
    request = RequestFactory().post("/", REMOTE_ADDR="10.1.2.3")
    request.user = user
    assert ratelimit.key_for(request, "statuses") == f"account:{user.pk}"
    assert ratelimit.key_for(request, "signups") == "ip:10.1.2.3"


def test_behind_a_proxy_the_address_is_the_one_the_proxy_added(settings):
    request = RequestFactory().post(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9"
    )
    settings.SECURE_PROXY_SSL_HEADER = None
    assert ratelimit.client_ip(request) == "127.0.0.1"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert ratelimit.client_ip(request) == "203.0.113.9"


# Entry points: web ----------------------------------------------------------------------------


def test_web_posting_limit_shows_a_form_error(make_user, client_for, small_limits):
    client = client_for(make_user("sari"))

    answers = [
        client.post("/compose/", {"content": f"Halo {n}", "visibility": "public"}) for n in range(3)
    ]

    assert [a.status_code for a in answers] == [302, 302, 429]
    assert 'id="form-errors"' in answers[2].content.decode()
    assert Status.objects.count() == 2


def test_web_replies_have_their_own_limit(make_user, client_for, post, small_limits):
    sari = make_user("sari")
    parent = post(make_user("budi"), "Halo")
    client = client_for(sari)
    for n in range(2):
        client.post("/compose/", {"content": f"Halo {n}", "visibility": "public"})

    answers = [
        client.post(
            "/compose/",
            {"content": f"Balas {n}", "visibility": "public", "in_reply_to": parent.pk},
        ).status_code
        for n in range(4)
    ]

    assert answers == [302, 302, 302, 429]


def test_web_thread_parts_count_as_posts(make_user, client_for, small_limits):
    client = client_for(make_user("sari"))
    response = client.post(
        "/compose/thread/",
        {"part_1": "Satu", "part_2": "Dua", "part_3": "Tiga", "visibility": "public"},
    )
    assert response.status_code == 429
    assert Status.objects.count() == 0


def test_web_signup_limit_per_address(db, small_limits):
    def sign_up(name: str):
        return Client(REMOTE_ADDR="10.9.9.9").post(
            "/auth/signup/",
            {
                "username": name,
                "password": "pelan-pelan-saja-2026",
                "language": "id",
                "confirm_age": "on",
            },
        )

    answers = [sign_up(name) for name in ("satu", "dua", "tiga")]
    other_address = Client(REMOTE_ADDR="10.9.9.8").post(
        "/auth/signup/",
        {
            "username": "empat",
            "password": "pelan-pelan-saja-2026",
            "language": "id",
            "confirm_age": "on",
        },
    )

    assert [a.status_code for a in answers] == [302, 302, 429]
    assert 'id="form-errors"' in answers[2].content.decode()
    assert other_address.status_code == 302


# Entry points: API ----------------------------------------------------------------------------


def test_api_posting_limit_is_a_429_with_retry_after(make_user, small_limits):
    token = _token(make_user("sari"))
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    answers = [client.post("/api/v1/statuses", {"status": f"Halo {n}"}) for n in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert set(answers[2].json()) == {"error"}
    assert "too often" in answers[2].json()["error"]
    assert 1 <= int(answers[2]["Retry-After"]) <= 61


def test_api_idempotent_retries_do_not_count(make_user, small_limits):
    token = _token(make_user("sari"))
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_IDEMPOTENCY_KEY="sekali")
    answers = [client.post("/api/v1/statuses", {"status": "Halo"}).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 200]


def test_api_registration_limit(db, small_limits):
    token = _token(None, scope="read write follow")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    answers = [
        client.post(
            "/api/v1/accounts",
            {
                "username": name,
                "email": f"{name}@example.org",
                "password": "pelan-pelan-2026",
                "agreement": "true",
            },
        )
        for name in ("satu", "dua", "tiga")
    ]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert "Retry-After" in answers[2]
    assert "error" in answers[2].json()
