#!/usr/bin/env python3
"""Fuzz the client API with Schemathesis against a live Teduh server.

    .venv/bin/python scripts/api_fuzz.py                 # what `make fuzz` and CI run
    .venv/bin/python scripts/api_fuzz.py --max-examples 100 --seed 7
    .venv/bin/python scripts/api_fuzz.py --database-url postgres://postgres@127.0.0.1:5432/test
    .venv/bin/python scripts/api_fuzz.py -- --include-path-regex '^/api/v1/statuses'

Steps: a fresh, throwaway TEDUH_DATA_DIR (SQLite, local media, in-process cache and tasks: the
database and cache of the calling environment are never touched; with --database-url, a new
database on that PostgreSQL server instead of SQLite, dropped afterwards, since PostgreSQL
refuses some input SQLite takes, e.g. NUL characters); `teduh demo --no-serve` to
migrate and seed the demo content, so the fuzzer meets real statuses, anonymous posts,
replies and follows; a token with every scope for a demo member; uvicorn serving the ASGI app on
a free localhost port; then `schemathesis run` against /api/openapi.json with that token.

Checks: no 5xx (`not_a_server_error`), every status code and Content-Type is one the
OpenAPI document declares, and every response body matches its declared schema. Arguments after
`--` go to `schemathesis run` unchanged. Exits with Schemathesis's code (non-zero on any
failure, or when the server can't be started).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
)
# Variables that could point the server at a real database, cache, queue or bucket.
OUTSIDE_STATE = ("DATABASE_URL", "REDIS_URL", "TEDUH_TASKS", "TEDUH_S3_BUCKET")
FUZZ_USER = "nadia_r"  # a demo member with posts and follows (teduh/core/demo_data.py)

# Run by `teduh shell`: a bearer token with every scope for FUZZ_USER, printed last.
SHELL_SNIPPET = """
import secrets
from datetime import timedelta
from django.utils import timezone
from oauth2_provider.models import AccessToken, Application
from teduh.accounts.models import User

app = Application.objects.create(
    name="schemathesis",
    client_type=Application.CLIENT_CONFIDENTIAL,
    authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
    redirect_uris="urn:ietf:wg:oauth:2.0:oob",
)
raw = secrets.token_urlsafe(32)
AccessToken.objects.create(
    user=User.objects.get(username=%r), application=app, token=raw,
    scope="read write follow push", expires=timezone.now() + timedelta(days=1),
)
print(raw)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"error: the server exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (localhost)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"error: the server did not answer {url} within {seconds:.0f} s")


@contextmanager
def throwaway_database(server_url: str):
    """A new, empty database on the PostgreSQL server of `server_url`; its URL."""
    import psycopg

    name = f"teduh_fuzz_{secrets.token_hex(4)}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Django logs every 4xx as a warning; those answers are what fuzzing expects. Tracebacks and
# anything else the server says still show.
EXPECTED_4XX = re.compile(
    r"^(Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Unprocessable Entity|"
    r"Too Many Requests): /"
)
# A malformed multipart body is a 400 too, but Django logs it with the parser's traceback.
EXPECTED_BAD_BODY = re.compile(r"^Bad request \(Unable to parse request body\): /")
TRACEBACK_LINE = re.compile(r"^(Traceback |\s|[\w.]+(Error|Exception)\b)")


def show_server_errors(stream) -> None:
    in_expected_traceback = False
    for line in stream:
        if in_expected_traceback and TRACEBACK_LINE.match(line):
            continue
        in_expected_traceback = bool(EXPECTED_BAD_BODY.match(line))
        if not in_expected_traceback and not EXPECTED_4XX.match(line):
            sys.stderr.write(line)


def run(command: list[str], env: dict, what: str) -> str:
    result = subprocess.run(  # noqa: S603 (our own commands)
        command, env=env, cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"error: {what} failed (exit code {result.returncode})")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=25, help="per operation (25)")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed (random)")
    parser.add_argument("--workers", default="2", help="concurrent Schemathesis workers (2)")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to use instead of SQLite: the run creates a new database "
        "on it and drops it afterwards",
    )
    parser.add_argument("--keep", action="store_true", help="keep the data dir and report")
    parser.add_argument("extra", nargs="*", help="after --: more `schemathesis run` options")
    args = parser.parse_args()
    # `timeout` (CI) sends SIGTERM: unwind, so the server stops and the database is dropped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    data_dir = Path(tempfile.mkdtemp(prefix="teduh-fuzz-"))
    env = {key: value for key, value in os.environ.items() if key not in OUTSIDE_STATE}
    env.update(
        TEDUH_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="teduh.settings",
        TEDUH_FAST_HASHER="1",
        # Thousands of generated posts, reports and sign-ups from one client: with the limits on,
        # most would only see 429 (tests/core/test_ratelimit.py covers the limits).
        TEDUH_RATE_LIMITS="statuses=off,replies=off,reports=off,signups=off",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",
    )
    try:
        if not args.database_url:
            return fuzz(args, env, data_dir)
        with throwaway_database(args.database_url) as database_url:
            print(f"==> Database {urlsplit(database_url).path.lstrip('/')}", flush=True)
            return fuzz(args, {**env, "DATABASE_URL": database_url}, data_dir)
    finally:
        if args.keep:
            print(f"==> Kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


def fuzz(args, env: dict, data_dir: Path) -> int:
    started = time.monotonic()
    print(f"==> Data dir {data_dir}: migrating and seeding the demo content", flush=True)
    run([str(BIN / "teduh"), "demo", "--no-serve", "-v", "0"], env, "teduh demo --no-serve")
    token = run(
        [str(BIN / "teduh"), "shell", "-v", "0", "-c", SHELL_SNIPPET % FUZZ_USER],
        env,
        "creating a token",
    ).split()[-1]

    port = free_port()
    print(f"==> Serving on 127.0.0.1:{port}", flush=True)
    server = subprocess.Popen(  # noqa: S603 (our own commands)
        [
            str(BIN / "python"),
            "-m",
            "uvicorn",
            "teduh.asgi:application",
            "--host=127.0.0.1",
            f"--port={port}",
            "--lifespan=off",
            "--log-level=warning",
            "--no-server-header",
        ],
        env=env,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    threading.Thread(target=show_server_errors, args=(server.stderr,), daemon=True).start()
    try:
        schema_url = f"http://127.0.0.1:{port}/api/openapi.json"
        wait_for(schema_url, server)
        with urllib.request.urlopen(schema_url, timeout=10) as response:  # noqa: S310
            paths = json.load(response).get("paths", {})
        operations = sum(len(methods) for methods in paths.values())
        if not operations:
            raise SystemExit(f"error: {schema_url} lists no operations")
        print(f"==> {operations} operations in {schema_url}", flush=True)
        # First the Mastodon.py journey against the demo data, before the fuzzer adds noise.
        from mastodon_journey import run_journey

        from teduh.core.demo_data import DEMO_PASSWORD

        figures = run_journey(f"http://127.0.0.1:{port}", FUZZ_USER, DEMO_PASSWORD)
        print(f"==> Mastodon.py journey passed against the demo data: {figures}", flush=True)
        command = [
            str(BIN / "schemathesis"),
            "run",
            schema_url,
            "--header",
            f"Authorization: Bearer {token}",
            "--checks",
            ",".join(CHECKS),
            "--max-examples",
            str(args.max_examples),
            "--workers",
            str(args.workers),
            "--generation-database",
            "none",
            "--report",
            "junit",
            "--report-dir",
            str(data_dir / "report"),
            "--request-timeout",
            "20",
            "--no-color",
        ]
        if args.seed is not None:
            command += ["--seed", str(args.seed)]
        command += args.extra
        print(f"==> {' '.join(command).replace(token, '<token>')}", flush=True)
        code = subprocess.run(command, cwd=ROOT, env=env).returncode  # noqa: S603
        print(f"==> Schemathesis exited with {code} after {time.monotonic() - started:.0f} s")
        return code
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
