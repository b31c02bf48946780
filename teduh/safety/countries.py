"""Countries for the helpline directory and the reader's country setting.

Helplines are chosen by ISO 3166-1 alpha-2 code. Python ships no list of country names, so the
choices offered to members are a short list of places where Teduh's readers (Indonesian
speakers first) are likely to live, plus any country an admin has entered helplines for. The
directory itself accepts any well-formed code, so an admin can add helplines for a country that
is not in the list yet.
"""

import re

from django.conf import settings
from django.utils.translation import gettext_lazy as _

COUNTRY_CODE_RE = re.compile(r"^[A-Za-z]{2}$")

# Indonesia first; then South-East Asia and the places Indonesians often study or work.
COUNTRY_NAMES = {
    "ID": _("Indonesia"),
    "MY": _("Malaysia"),
    "SG": _("Singapore"),
    "TL": _("Timor-Leste"),
    "BN": _("Brunei"),
    "PH": _("Philippines"),
    "TH": _("Thailand"),
    "VN": _("Vietnam"),
    "AU": _("Australia"),
    "NZ": _("New Zealand"),
    "JP": _("Japan"),
    "KR": _("South Korea"),
    "TW": _("Taiwan"),
    "HK": _("Hong Kong"),
    "SA": _("Saudi Arabia"),
    "AE": _("United Arab Emirates"),
    "NL": _("Netherlands"),
    "DE": _("Germany"),
    "GB": _("United Kingdom"),
    "US": _("United States"),
}

# International calling codes, to turn a national number ("0811...") into the international form
# WhatsApp links need ("62811..."). A number entered with "+" needs no entry here.
CALLING_CODES = {
    "ID": "62",
    "MY": "60",
    "SG": "65",
    "TL": "670",
    "BN": "673",
    "PH": "63",
    "TH": "66",
    "VN": "84",
    "AU": "61",
    "NZ": "64",
    "JP": "81",
    "KR": "82",
    "TW": "886",
    "HK": "852",
    "SA": "966",
    "AE": "971",
    "NL": "31",
    "DE": "49",
    "GB": "44",
    "US": "1",
}


def normalize_country(code: str | None) -> str | None:
    """The upper-case ISO code for a well-formed two-letter code, else None."""
    code = (code or "").strip()
    return code.upper() if COUNTRY_CODE_RE.fullmatch(code) else None


def default_country() -> str:
    """The instance's country (TEDUH_DEFAULT_COUNTRY), used when a reader has not chosen one."""
    return normalize_country(getattr(settings, "TEDUH_DEFAULT_COUNTRY", "ID")) or "ID"


def country_name(code: str) -> str:
    """A readable name in the active language; the code itself for countries not listed."""
    return str(COUNTRY_NAMES.get(code, code))


def country_choices(extra: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(code, name) pairs: the listed countries, then `extra` codes (e.g. countries that have
    helplines) that are not listed, by code."""
    choices = [(code, str(name)) for code, name in COUNTRY_NAMES.items()]
    choices += [(code, code) for code in sorted(set(extra) - COUNTRY_NAMES.keys())]
    return choices


def profile_country_choices() -> list[tuple[str, str]]:
    """country_choices() plus every country the directory has active helplines for."""
    from teduh.safety.models import Helpline

    countries = set(Helpline.objects.active().values_list("country", flat=True).distinct())
    return country_choices(countries)
