import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import (
    Argon2PasswordHasher,
    check_password,
    get_hasher,
    identify_hasher,
    make_password,
)
from django.utils.module_loading import import_string

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import django
django.setup()
from django.conf import settings
from django.contrib.auth.hashers import get_hasher
print(settings.PASSWORD_HASHERS[0], get_hasher().algorithm)
"""


def preferred_hasher_in_fresh_process(tmp_path, fast_hasher: str | None) -> tuple[str, str]:
    """Load the settings in a new interpreter; return the first hasher and its algorithm."""
    env = {key: value for key, value in os.environ.items() if key != "TEDUH_FAST_HASHER"}
    env.pop("DATABASE_URL", None)
    env["DJANGO_SETTINGS_MODULE"] = "teduh.settings"
    env["TEDUH_DATA_DIR"] = str(tmp_path / "data")
    if fast_hasher is not None:
        env["TEDUH_FAST_HASHER"] = fast_hasher
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", PROBE],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    path, algorithm = result.stdout.split()
    return path, algorithm


def test_argon2_is_the_preferred_hasher_outside_test_runs(tmp_path):
    for switch in (None, "0"):
        path, algorithm = preferred_hasher_in_fresh_process(tmp_path, switch)
        assert algorithm == "argon2"
        assert issubclass(import_string(path), Argon2PasswordHasher)
    # The switch the test run uses really changes the list, so the check above means something.
    assert preferred_hasher_in_fresh_process(tmp_path, "1")[1] == "md5"


def test_test_run_uses_the_fast_hasher_but_keeps_argon2_configured():
    assert get_hasher().algorithm == "md5"
    algorithms = [import_string(path).algorithm for path in settings.PASSWORD_HASHERS]
    assert algorithms[1:] == ["argon2", "pbkdf2_sha256"]


def test_argon2_hashes_and_verifies():
    encoded = make_password("kata-sandi-rahasia", hasher="argon2")
    assert encoded.startswith("argon2$")
    assert identify_hasher(encoded).algorithm == "argon2"
    assert check_password("kata-sandi-rahasia", encoded)
    assert not check_password("kata-sandi-salah", encoded)


@pytest.mark.django_db
def test_accounts_get_argon2_hashes_when_it_is_first(settings, make_user):
    settings.PASSWORD_HASHERS = [
        path for path in settings.PASSWORD_HASHERS if import_string(path).algorithm != "md5"
    ]
    assert get_hasher().algorithm == "argon2"
    user = make_user("ani")
    assert user.password.startswith("argon2$")
    assert user.check_password("a-long-test-password")
    assert not user.check_password("salah")
