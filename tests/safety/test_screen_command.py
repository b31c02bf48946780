"""`teduh screen`: JSON lines or plain lines in, one JSON line out per input."""

import io
import json

from django.core.management import call_command


def run(stdin_text: str) -> list[dict]:
    out = io.StringIO()
    call_command("screen", stdin=io.StringIO(stdin_text), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_json_lines_pass_other_keys_through():
    lines = run(
        '{"id": "a1", "text": "aku pengen bundir", "lang": "id"}\n'
        '{"id": "a2", "text": "mati lampu lagi"}\n'
    )
    assert lines[0]["id"] == "a1"
    assert lines[0]["lang"] == "id"
    assert lines[0]["level"] == "crisis"
    assert "suicidal_ideation" in lines[0]["signals"]
    assert lines[0]["method_details"] is False
    assert lines[1] == {
        "id": "a2",
        "text": "mati lampu lagi",
        "level": "none",
        "signals": ["idiom"],
        "method_details": False,
    }


def test_plain_lines_and_blank_lines():
    lines = run("cara bunuh diri paling cepat?\n\n   \nhari ini cerah\n")
    assert len(lines) == 2
    assert lines[0]["level"] == "crisis"
    assert lines[0]["method_details"] is True
    assert lines[1] == {"level": "none", "signals": [], "method_details": False}


def test_bad_json_line_reports_error_and_continues():
    lines = run('{"text": "unterminated\n{"text": 5}\n{"id": 3, "text": "kys"}\n')
    assert set(lines[0]) == {"error"}
    assert lines[0]["error"].startswith("invalid JSON")
    assert lines[1]["error"] == 'missing "text" string'
    assert lines[2]["id"] == 3
    assert lines[2]["level"] == "concern"
