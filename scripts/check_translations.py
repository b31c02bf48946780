#!/usr/bin/env python3
"""Check that Teduh's translation catalogs are complete and compiled.

    python scripts/check_translations.py            # check teduh/locale/{id,en}
    python scripts/check_translations.py --fill-en  # first set msgstr = msgid in the en catalog

Exits 1 and lists, per catalog:
  * untranslated entries (an empty msgstr, or any empty msgstr[n] of a plural entry),
  * fuzzy entries (including a fuzzy header),
  * translations whose %-placeholders or HTML tags differ from the source string,
  * a compiled django.mo that is missing or does not match django.po (the .mo files are
    committed so that installs need no gettext tools: re-run `teduh compilemessages`).

Plain Python, no gettext tools or third-party packages. The usual cycle after editing strings:

    cd teduh && ../.venv/bin/teduh makemessages -l id -l en --no-obsolete
    # translate the new entries in locale/id/LC_MESSAGES/django.po
    cd .. && .venv/bin/python scripts/check_translations.py --fill-en
    cd teduh && ../.venv/bin/teduh compilemessages && cd .. && .venv/bin/python \
        scripts/check_translations.py
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "teduh" / "locale"
LOCALES = ("id", "en")
SOURCE_LOCALE = "en"  # msgids are written in English
DOMAIN = "django"

PLACEHOLDER_RE = re.compile(r"%(?:\((?P<name>[^)]*)\))?[#0 +\-]*(?:\*|\d+)?(?:\.\d+)?[a-zA-Z%]")
TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
ESCAPES.update({'"': '"', "\\": "\\"})


@dataclass
class Entry:
    """One message of a .po file; `line` is where its msgid (or msgctxt) starts."""

    line: int
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def label(self) -> str:
        text = self.msgid if len(self.msgid) <= 70 else self.msgid[:67] + "..."
        context = f"[{self.msgctxt}] " if self.msgctxt is not None else ""
        return f"{context}{text!r}"


class PoSyntaxError(ValueError):
    pass


def _unquote(literal: str, path: Path, number: int) -> str:
    literal = literal.strip()
    if len(literal) < 2 or not (literal.startswith('"') and literal.endswith('"')):
        raise PoSyntaxError(f"{path}:{number}: expected a quoted string, got {literal!r}")
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), literal[1:-1])


def parse_po(path: Path) -> list[Entry]:
    """Parse a .po file into entries (header first). Obsolete (#~) entries are skipped."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None  # the field continuation lines append to
    pending_flags: set[str] = set()

    def finish() -> None:
        nonlocal current, target
        if current is not None:
            entries.append(current)
        current, target = None, None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if current is not None and current.msgstr:
                finish()
            if line.startswith("#,"):
                pending_flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            continue
        if line.startswith('"'):
            if current is None or target is None:
                raise PoSyntaxError(f"{path}:{number}: string outside of an entry")
            name, index = target
            value = _unquote(line, path, number)
            if name == "msgstr":
                current.msgstr[index] += value  # type: ignore[index]
            else:
                setattr(current, name, getattr(current, name) + value)
            continue
        keyword, _sep, rest = line.partition(" ")
        plural = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
        if keyword in ("msgctxt", "msgid") and (current is None or current.msgstr):
            finish()
            current = Entry(line=number, flags=pending_flags)
            pending_flags = set()
        if current is None:
            raise PoSyntaxError(f"{path}:{number}: {keyword} before msgid")
        value = _unquote(rest, path, number)
        if keyword in ("msgctxt", "msgid", "msgid_plural"):
            setattr(current, keyword, value)
            target = (keyword, None)
        elif keyword == "msgstr" or plural:
            index = int(plural.group(1)) if plural else 0
            current.msgstr[index] = value
            target = ("msgstr", index)
        else:
            raise PoSyntaxError(f"{path}:{number}: unknown keyword {keyword!r}")
    finish()
    return entries


def header_fields(entries: list[Entry]) -> dict[str, str]:
    header = next((entry for entry in entries if entry.is_header), None)
    if header is None:
        return {}
    fields = {}
    for line in header.msgstr.get(0, "").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def nplurals(entries: list[Entry]) -> int | None:
    match = re.search(r"nplurals\s*=\s*(\d+)", header_fields(entries).get("Plural-Forms", ""))
    return int(match.group(1)) if match else None


def _placeholders(text: str) -> tuple[set[str], list[str]]:
    named, positional = set(), []
    for match in PLACEHOLDER_RE.finditer(text):
        if match.group(0) == "%%":
            continue
        if match.group("name") is not None:
            named.add(match.group(0))
        else:
            positional.append(match.group(0))
    return named, positional


def _format_problem(entry: Entry, source: str, translation: str) -> str | None:
    if "python-format" in entry.flags and _placeholders(source) != _placeholders(translation):
        return "placeholders differ from the source string"
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        return "HTML tags differ from the source string"
    return None


def _expected_catalog(entries: list[Entry]) -> dict[object, str]:
    """What `msgfmt` puts in the .mo for these entries, keyed like GNUTranslations._catalog."""
    catalog: dict[object, str] = {}
    for entry in entries:
        if entry.is_header or "fuzzy" in entry.flags:
            continue
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is None:
            if entry.msgstr.get(0):
                catalog[key] = entry.msgstr[0]
        elif entry.msgstr and all(entry.msgstr.values()):
            for index, value in entry.msgstr.items():
                catalog[(key, index)] = value
    return catalog


def check_compiled(po_path: Path, entries: list[Entry]) -> list[str]:
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return [f"{mo_path}: missing, run `teduh compilemessages` in teduh/"]
    with mo_path.open("rb") as handle:
        compiled = dict(gettext.GNUTranslations(handle)._catalog)
    compiled.pop("", None)
    expected = _expected_catalog(entries)
    differing = [
        key for key in expected.keys() | compiled.keys() if expected.get(key) != compiled.get(key)
    ]
    stale = sorted({key if isinstance(key, str) else key[0] for key in differing})
    if not stale:
        return []
    sample = ", ".join(repr(msgid[:40]) for msgid in stale[:3])
    return [
        f"{mo_path}: out of date with django.po ({len(stale)} messages differ, e.g. {sample}); "
        "run `teduh compilemessages` in teduh/"
    ]


def check_po(po_path: Path, *, compiled: bool = True) -> list[str]:
    """Problems in one catalog, as 'path:line: message' strings."""
    try:
        entries = parse_po(po_path)
    except PoSyntaxError as error:
        return [str(error)]
    problems = []
    count = nplurals(entries)
    if count is None:
        problems.append(f"{po_path}: the header has no Plural-Forms with nplurals")
        count = 2
    for entry in entries:
        where = f"{po_path}:{entry.line}"
        if "fuzzy" in entry.flags:
            what = "header" if entry.is_header else entry.label
            problems.append(f"{where}: fuzzy: {what}")
        if entry.is_header:
            continue
        if entry.msgid_plural is None:
            translations = {0: (entry.msgid, entry.msgstr.get(0, ""))}
        else:
            forms = [entry.msgid_plural] if count == 1 else [entry.msgid, entry.msgid_plural]
            translations = {
                index: (forms[min(index, len(forms) - 1)], entry.msgstr.get(index, ""))
                for index in range(count)
            }
        extra = sorted(set(entry.msgstr) - set(translations))
        if extra:
            problems.append(
                f"{where}: msgstr{extra} beyond nplurals={count} (msgfmt rejects it): {entry.label}"
            )
        missing = [index for index, (_source, text) in translations.items() if not text]
        if missing:
            forms_note = "" if entry.msgid_plural is None else f" (msgstr{missing})"
            problems.append(f"{where}: untranslated{forms_note}: {entry.label}")
            continue
        for source, text in translations.values():
            problem = _format_problem(entry, source, text)
            if problem:
                problems.append(f"{where}: {problem}: {entry.label} -> {text!r}")
                break
    if compiled:
        problems.extend(check_compiled(po_path, entries))
    return problems


def check_catalogs(
    locale_dir: Path = LOCALE_DIR, locales: tuple[str, ...] = LOCALES, *, compiled: bool = True
) -> list[str]:
    """Every problem found in the catalogs of `locales`; an empty list means all is well."""
    problems = []
    for locale in locales:
        po_path = locale_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po_path.exists():
            problems.append(f"{po_path}: missing, run `teduh makemessages -l {locale}` in teduh/")
            continue
        problems.extend(check_po(po_path, compiled=compiled))
    return problems


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = escaped.split("\n")
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if len(parts) <= 1:
        return f'"{parts[0] if parts else ""}"'
    return '""\n' + "\n".join(f'"{part}"' for part in parts)


def fill_source_catalog(po_path: Path) -> int:
    """Make the source-language catalog an identity: msgstr = msgid (msgstr[n] = msgid for
    n = 0, msgid_plural otherwise), dropping fuzzy flags and fuzzy-match comments.
    Returns how many entries changed."""
    parsed = parse_po(po_path)
    count = nplurals(parsed) or 2
    entries = {entry.line: entry for entry in parsed}
    output: list[str] = []
    changed = 0
    entry: Entry | None = None
    written: Entry | None = None  # the entry whose msgstr lines were already replaced
    for number, line in enumerate(po_path.read_text(encoding="utf-8").split("\n"), start=1):
        entry = entries.get(number, entry)
        in_msgstr = line.startswith("msgstr")
        if written is not None and written is entry and (in_msgstr or line.startswith('"')):
            continue  # old msgstr lines and their continuations
        written = None
        if line.startswith("#|"):
            continue
        if line.startswith("#,"):
            flags = [flag.strip() for flag in line[2:].split(",") if flag.strip() != "fuzzy"]
            if flags:
                output.append("#, " + ", ".join(flags))
            continue
        if in_msgstr and entry is not None and not entry.is_header:
            if entry.msgid_plural is None:
                wanted = {0: entry.msgid}
                output.append("msgstr " + _quote(entry.msgid))
            else:
                wanted = {n: entry.msgid if n == 0 else entry.msgid_plural for n in range(count)}
                output.extend(f"msgstr[{n}] {_quote(text)}" for n, text in wanted.items())
            changed += entry.msgstr != wanted or "fuzzy" in entry.flags
            written = entry
            continue
        output.append(line)
    po_path.write_text("\n".join(output), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale_dir", nargs="?", type=Path, default=LOCALE_DIR)
    parser.add_argument("--locale", "-l", action="append", help="only these locales")
    parser.add_argument(
        "--fill-en",
        action="store_true",
        help="first make the source-language (en) catalog an identity: msgstr = msgid",
    )
    parser.add_argument("--skip-compiled", action="store_true", help="do not check .mo files")
    args = parser.parse_args(argv)
    locales = tuple(args.locale or LOCALES)
    if args.fill_en:
        po_path = args.locale_dir / SOURCE_LOCALE / "LC_MESSAGES" / f"{DOMAIN}.po"
        print(f"{po_path}: {fill_source_catalog(po_path)} entries set to msgstr = msgid")
    problems = check_catalogs(args.locale_dir, locales, compiled=not args.skip_compiled)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s) in {', '.join(locales)}.")
        return 1
    print(f"Translations complete: {', '.join(locales)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
