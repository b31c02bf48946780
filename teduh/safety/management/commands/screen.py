"""`teduh screen`: screen texts in bulk, one JSON line in, one JSON line out.

    echo '{"id": 1, "text": "pengen bundir"}' | teduh screen
    {"id": 1, "level": "crisis", "signals": ["suicidal_ideation"], "method_details": false}

Input lines are JSON objects with a "text" key (other keys are passed through) or plain text.
A line that starts with "{" but is not valid JSON gets {"error": ...} and the run continues.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from teduh.safety.screening import screen_text


def screen_line(line: str) -> dict | None:
    """The output object for one input line (None for a blank line)."""
    stripped = line.strip()
    if not stripped:
        return None
    if not stripped.startswith("{"):
        return screen_text(stripped).to_dict()
    try:
        record = json.loads(stripped)
    except json.JSONDecodeError as exc:
        return {"error": f"invalid JSON: {exc.msg} (column {exc.colno})"}
    if not isinstance(record, dict):
        return {"error": "expected a JSON object"}
    text = record.get("text")
    if not isinstance(text, str):
        return {**record, "error": 'missing "text" string'}
    return {**record, **screen_text(text).to_dict()}


class Command(BaseCommand):
    help = "Screen JSON lines {'text': ...} or plain text lines from stdin; write JSON lines."
    stealth_options = ("stdin",)  # call_command(..., stdin=io.StringIO(...)) in tests

    def handle(self, *args, **options) -> None:
        stdin = options.get("stdin") or sys.stdin
        try:
            for line in stdin:
                result = screen_line(line)
                if result is not None:
                    self.stdout.write(json.dumps(result, ensure_ascii=False))
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read stdin: {exc}") from exc
