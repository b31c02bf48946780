import pytest

from teduh.accounts.forms import SignupForm


def signup_data(**overrides):
    data = {
        "username": "sari_dewi",
        "display_name": "Sari",
        "password": "kopi-hangat-di-pagi-hari",
        "language": "id",
        "confirm_age": "on",
    }
    data.update(overrides)
    return data


def error_codes(form, field):
    return [error.code for error in form.errors.as_data().get(field, [])]


def test_valid_signup(db):
    form = SignupForm(signup_data())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["username"] == "sari_dewi"


@pytest.mark.parametrize("username", ["ab", "a" * 31, "nama dengan spasi", "ani!", "ani-b"])
def test_malformed_usernames_are_rejected(db, username):
    form = SignupForm(signup_data(username=username))
    assert not form.is_valid()
    assert "username" in form.errors


@pytest.mark.parametrize("username", ["anonim", "Anonim", "ADMIN", "teduh", "Anonymous", "help"])
def test_reserved_usernames_are_rejected(db, username):
    form = SignupForm(signup_data(username=username))
    assert not form.is_valid()
    assert error_codes(form, "username") == ["reserved"]


def test_taken_username_is_rejected_case_insensitively(make_user):
    make_user("Sari_Dewi")
    form = SignupForm(signup_data(username="sari_DEWI"))
    assert not form.is_valid()
    assert error_codes(form, "username") == ["taken"]


def test_age_confirmation_is_required(db):
    data = signup_data()
    del data["confirm_age"]
    form = SignupForm(data)
    assert not form.is_valid()
    assert error_codes(form, "confirm_age") == ["required"]


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("pendek", "password_too_short"),
        ("12345678901", "password_entirely_numeric"),
        ("password123", "password_too_common"),
        ("sari_dewi_", "password_too_similar"),
    ],
)
def test_weak_passwords_are_rejected(db, password, code):
    form = SignupForm(signup_data(password=password))
    assert not form.is_valid()
    assert code in error_codes(form, "password")


def test_unknown_language_is_rejected(db):
    form = SignupForm(signup_data(language="fr"))
    assert not form.is_valid()
    assert "language" in form.errors
