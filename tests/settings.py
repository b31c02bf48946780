"""Settings for test runs: the real settings, with the environment a test run needs.

pytest-django imports DJANGO_SETTINGS_MODULE before any conftest.py runs, so the variables are
set here, before teduh.settings reads them. Explicit values (DATABASE_URL, REDIS_URL in CI) win.
"""

import os
import tempfile

os.environ.setdefault("TEDUH_DATA_DIR", tempfile.mkdtemp(prefix="teduh-test-"))
os.environ.setdefault("TEDUH_FAST_HASHER", "1")  # argon2 is deliberately slow
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from teduh.settings import *  # noqa: E402, F403
