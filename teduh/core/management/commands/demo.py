"""`teduh demo`: a working demo instance in one command.

Creates the data dir, applies migrations, seeds the demo accounts and posts (idempotently, see
`teduh.core.demo_seed`), prints the logins, then serves the ASGI app with uvicorn. Static files
come from the apps through whitenoise's finders and uploads are served by Django, so nothing
else (collectstatic, a web server) is needed.
"""

import time
import warnings
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from teduh.core.demo_data import DEMO_PASSWORD
from teduh.core.demo_seed import seed_demo

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def display_url(host: str, port: int) -> str:
    """The address to open in a browser for a server bound to `host`."""
    shown = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # noqa: S104
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


class Command(BaseCommand):
    help = (
        "Run a demo instance: migrate, seed demo accounts and posts (safe to repeat), print "
        "the logins and serve on http://127.0.0.1:8000/."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to bind (127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on (8000).")
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Migrate and seed, print the logins, then exit without serving.",
        )

    def handle(self, *args, host: str, port: int, no_serve: bool, **options):
        started = time.perf_counter()
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        verbosity = options["verbosity"]
        data_dir = Path(settings.DATA_DIR)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.stdout.write(f"Data directory: {data_dir}")

        self.stdout.write("Applying database migrations...")
        call_command(
            "migrate", interactive=False, verbosity=max(0, verbosity - 1), stdout=self.stdout
        )

        self.stdout.write("Seeding demo data...")
        report = seed_demo()
        if report.created:
            added = ", ".join(f"{count} {kind}" for kind, count in report.created.items())
            self.stdout.write(f"Added {added}.")
        else:
            self.stdout.write("Demo data already present: nothing to add.")

        self._print_logins(report)
        url = display_url(host, port)
        elapsed = time.perf_counter() - started
        if no_serve:
            self.stdout.write(
                f"Ready in {elapsed:.1f} s. Not serving (--no-serve); run `teduh demo` to "
                f"serve it on {url}"
            )
            return

        if host not in LOOPBACK_HOSTS:
            self.stderr.write(
                f"Warning: serving on {host}: anyone who can reach it can log in to the demo "
                "accounts with the shared password. Add the address you use to ALLOWED_HOSTS."
            )
        self.stdout.write(self.style.SUCCESS(f"Prepared in {elapsed:.1f} s. Open {url}"))
        self.stdout.write("Press Ctrl+C to stop.\n")
        self._serve(host, port, verbosity)

    def _print_logins(self, report) -> None:
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins"))
        width = max(len(user.username) for _person, user in report.accounts)
        for person, user in report.accounts:
            note = ""
            if user.username in report.other_password:
                note = "  (password was changed: the demo password won't work)"
            self.stdout.write(f"  {user.username:<{width}}  {person.role}{note}")
        self.stdout.write(
            f"  Password for all of them: {self.style.WARNING(DEMO_PASSWORD)}"
            "  (demo only: never reuse it, never expose these accounts publicly)"
        )
        self.stdout.write("")

    def _serve(self, host: str, port: int, verbosity: int) -> None:
        import uvicorn

        from teduh.asgi import application

        # Requests run in uvicorn's threads: don't keep this thread's connection open.
        connections.close_all()
        # Whitenoise hands Django a synchronous file iterator, which the ASGI handler reads in
        # a thread and warns about once; harmless for a demo.
        warnings.filterwarnings(
            "ignore", message="StreamingHttpResponse must consume synchronous iterators"
        )
        uvicorn.run(
            application,
            host=host,
            port=port,
            lifespan="off",  # Django's ASGI handler doesn't speak the lifespan protocol
            log_level="info" if verbosity >= 1 else "warning",
            server_header=False,
        )
