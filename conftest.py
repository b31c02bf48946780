"""Test-run environment, set before Django loads its settings."""

import os
import tempfile

os.environ.setdefault("TEDUH_DATA_DIR", tempfile.mkdtemp(prefix="teduh-test-"))
os.environ.setdefault("TEDUH_FAST_HASHER", "1")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
