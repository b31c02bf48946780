"""The id and en catalogs are complete and compiled, and pages really render in each language."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "teduh" / "locale"


def _load_checker():
    path = ROOT / "scripts" / "check_translations.py"
    spec = importlib.util.spec_from_file_location("check_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it is executed
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.fixture(autouse=True)
def _keep_active_language():
    # LocaleMiddleware leaves the request's language active in this thread: don't leak "en".
    with translation.override(translation.get_language()):
        yield


def test_catalogs_are_complete_and_compiled():
    problems = checker.check_catalogs(LOCALE_DIR, ("id", "en"))
    assert problems == [], "\n".join(problems)


def test_indonesian_has_a_single_plural_form():
    entries = checker.parse_po(LOCALE_DIR / "id" / "LC_MESSAGES" / "django.po")
    assert checker.header_fields(entries)["Plural-Forms"] == "nplurals=1; plural=0;"
    assert checker.header_fields(entries)["Language"] == "id"


def test_english_catalog_is_the_identity():
    entries = checker.parse_po(LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po")
    for entry in entries:
        if entry.is_header:
            continue
        assert entry.msgstr[0] == entry.msgid
        if entry.msgid_plural is not None:
            assert entry.msgstr[1] == entry.msgid_plural


BROKEN_PO = r"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "Done"
msgstr "Selesai"

msgid "Untranslated"
msgstr ""

#, fuzzy
msgid "Needs review"
msgstr "Perlu ditinjau"

#, python-format
msgid "Hello %(name)s"
msgstr "Halo %(nama)s"

#, python-format
msgid "<a href=\"%(url)s\">%(name)s</a> followed you"
msgstr "%(name)s mulai mengikutimu %(url)s"

#, python-format
msgid "%(counter)s post"
msgid_plural "%(counter)s posts"
msgstr[0] ""
"""


def test_checker_reports_every_kind_of_problem(tmp_path):
    po_path = tmp_path / "id" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_text(BROKEN_PO, encoding="utf-8")

    problems = checker.check_catalogs(tmp_path, ("id", "en"))
    report = "\n".join(problems)

    assert "untranslated: 'Untranslated'" in report
    assert "fuzzy: 'Needs review'" in report
    assert "placeholders differ from the source string: 'Hello %(name)s'" in report
    assert "HTML tags differ from the source string" in report
    assert "untranslated (msgstr[0]): '%(counter)s post'" in report
    assert "django.mo: missing" in report
    assert "en/LC_MESSAGES/django.po: missing" in report
    assert "'Done'" not in report
    assert checker.main([str(tmp_path), "--locale", "id"]) == 1


def test_checker_notices_a_stale_compiled_catalog(tmp_path):
    shutil.copytree(LOCALE_DIR / "id", tmp_path / "id")
    po_path = tmp_path / "id" / "LC_MESSAGES" / "django.po"
    text = po_path.read_text(encoding="utf-8")
    po_path.write_text(
        text.replace('msgstr "Butuh bantuan sekarang?"', 'msgstr "Perlu bantuan sekarang?"'),
        encoding="utf-8",
    )

    problems = checker.check_catalogs(tmp_path, ("id",))

    assert len(problems) == 1
    assert "django.mo: out of date" in problems[0]
    assert checker.check_catalogs(tmp_path, ("id",), compiled=False) == []


def test_fill_en_makes_the_source_catalog_an_identity(tmp_path):
    po_path = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_text(
        BROKEN_PO.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"),
        encoding="utf-8",
    )

    checker.fill_source_catalog(po_path)

    assert checker.check_catalogs(tmp_path, ("en",), compiled=False) == []
    entries = {entry.msgid: entry for entry in checker.parse_po(po_path)}
    assert entries["Done"].msgstr == {0: "Done"}
    assert entries["Needs review"].flags == set()
    assert entries["%(counter)s post"].msgstr == {0: "%(counter)s post", 1: "%(counter)s posts"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cookie", "language", "expected", "absent"),
    [
        ("en", "en", "Need help now?", "Butuh bantuan sekarang?"),
        ("id", "id", "Butuh bantuan sekarang?", "Need help now?"),
        (None, "id", "Butuh bantuan sekarang?", "Need help now?"),  # LANGUAGE_CODE
    ],
)
def test_help_page_is_rendered_in_the_chosen_language(client, cookie, language, expected, absent):
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie

    response = client.get("/help/")

    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert f'<html lang="{language}">' in html
    assert expected in html
    assert absent not in html


@pytest.mark.django_db
def test_plural_forms_render_in_indonesian(client, make_user):
    make_user("sekar")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"

    html = client.get("/@sekar/").content.decode()

    assert "0 postingan" in html
    assert "0 pengikut" in html
