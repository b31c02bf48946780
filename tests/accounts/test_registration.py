"""The shared sign-up rules (accounts.services.validate_registration / sign_up) and the
account-finding helpers the web and the API both use."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from teduh.accounts import services
from teduh.accounts.models import Follow, User, anonymous_placeholder


def problems(**overrides) -> dict[str, list[str]]:
    data = {"username": "sari_dewi", "password": "kopi-hangat-di-pagi-hari"}
    data.update(overrides)
    with pytest.raises(ValidationError) as excinfo:
        services.validate_registration(**data)
    return {field: [e.code for e in errors] for field, errors in excinfo.value.error_dict.items()}


def test_valid_registration_returns_the_stripped_username(db):
    assert services.validate_registration(username=" sari_dewi ", password="kopi-hangat-pagi") == (
        "sari_dewi"
    )


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"username": ""}, {"username": ["required"]}),
        ({"username": "a-b"}, {"username": ["invalid"]}),
        ({"username": "ab"}, {"username": ["too_short"]}),
        ({"username": "a" * 31}, {"username": ["too_long"]}),
        ({"username": "Anonim"}, {"username": ["reserved"]}),
        ({"password": ""}, {"password": ["required"]}),
        ({"password": "sari_dewi1"}, {"password": ["password_too_similar"]}),
        ({"email": ""}, {"email": ["required"]}),
        ({"email": "bukan"}, {"email": ["invalid"]}),
        ({"age_confirmed": False}, {"age_confirmed": ["required"]}),
        ({"date_of_birth": date(2020, 1, 1)}, {"date_of_birth": ["below_age_limit"]}),
        (
            {"username": "x", "password": "123", "age_confirmed": False},
            {
                "username": ["too_short"],
                "password": [
                    "password_too_short",
                    "password_too_common",
                    "password_entirely_numeric",
                ],
                "age_confirmed": ["required"],
            },
        ),
    ],
)
def test_registration_problems_are_reported_per_field(db, overrides, expected):
    assert problems(**overrides) == expected


def test_taken_usernames_are_refused_case_insensitively(make_user):
    make_user("Sari_Dewi")
    assert problems(username="sari_DEWI") == {"username": ["taken"]}


def test_sign_up_records_age_and_email_and_honours_approval(db, settings):
    user = services.sign_up(
        username="bima", password="pelan-pelan-saja", email="Bima@Example.ORG", age_confirmed=True
    )
    assert (user.is_active, user.email) == (True, "Bima@example.org")
    assert user.age_confirmed_at is not None
    settings.TEDUH_REGISTRATION_APPROVAL = True
    pending = services.sign_up(username="citra", password="pelan-pelan-saja", age_confirmed=True)
    assert User.objects.get(pk=pending.pk).is_active is False


def test_sign_up_validates_first_and_writes_nothing_when_refused(db):
    with pytest.raises(ValidationError):
        services.sign_up(username="bima", password="pelan-pelan-saja", age_confirmed=False)
    assert not User.objects.filter(username="bima").exists()


def test_find_account_shows_active_members_and_the_placeholder_only(make_user):
    ani, gone = make_user("ani"), make_user("gone", is_active=False)
    placeholder = anonymous_placeholder()
    assert services.find_account(pk=ani.pk) == ani
    assert services.find_account(username="ANI") == ani
    assert services.find_account(pk=gone.pk) is None
    assert services.find_account(pk=placeholder.pk) == placeholder
    assert services.find_account(username="ani\x00") is None
    assert services.find_accounts([gone.pk, ani.pk, 999, ani.pk]) == [ani]


@pytest.mark.parametrize(
    ("acct", "expected"),
    [
        ("ani", "ani"),
        ("@ani", "ani"),
        ("ani@teduh.example", "ani"),
        ("ani@TEDUH.example:8000", "ani"),
        ("ani@elsewhere.example", None),
    ],
)
def test_local_username(acct, expected):
    assert services.local_username(acct, "teduh.example:8000") == expected


def test_relationships_in_both_directions(make_user):
    ani, budi, citra = make_user("ani"), make_user("budi"), make_user("citra")
    Follow.objects.create(follower=ani, target=budi)
    Follow.objects.create(follower=citra, target=ani)
    found = services.relationships(ani, [budi, citra])
    assert [(r.account_id, r.following, r.followed_by) for r in found] == [
        (budi.pk, True, False),
        (citra.pk, False, True),
    ]
