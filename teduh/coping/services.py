"""The personal safety plan (Stanley-Brown style): its sections, the checks on what a person
writes, and the only writes (`save_safety_plan`, `delete_safety_plan`).

A plan belongs to one person and is read only through `plan_for(user)` for that same user:
there is no lookup by id, no list and no admin page, so nobody else (staff included) can reach
it. Exports (`export_text`, `export_json`) are built from the owner's plan only.
"""

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from teduh.coping.models import SafetyPlan
from teduh.safety.helplines import help_card

__all__ = [
    "MAX_ITEMS",
    "MAX_ITEM_LENGTH",
    "SECTIONS",
    "SECTION_KEYS",
    "Section",
    "clean_items",
    "clean_sections",
    "delete_safety_plan",
    "export_json",
    "export_text",
    "plan_for",
    "plan_sections",
    "save_safety_plan",
    "split_lines",
    "suggested_professionals",
]

# Short items keep a plan readable in a hard moment, and on one printed page.
MAX_ITEMS = 10
MAX_ITEM_LENGTH = 200


@dataclass(frozen=True)
class Section:
    key: str
    title: str | Promise
    prompt: str | Promise
    example: str | Promise
    optional: bool = False


SECTIONS: tuple[Section, ...] = (
    Section(
        "warning_signs",
        gettext_lazy("Warning signs"),
        gettext_lazy(
            "Thoughts, images, moods, situations or behaviours that tell me a crisis may be "
            "starting."
        ),
        gettext_lazy("For example: I stop replying to friends; I can't sleep."),
    ),
    Section(
        "coping_strategies",
        gettext_lazy("Things I can do on my own"),
        gettext_lazy(
            "Ways to take my mind off my problems without contacting anyone: my own coping "
            "strategies."
        ),
        gettext_lazy("For example: slow breathing; a walk; a favourite song."),
    ),
    Section(
        "social_distractions",
        gettext_lazy("People and places that take my mind off things"),
        gettext_lazy("People and social settings that help me feel better or distract me."),
        gettext_lazy("For example: my cousin; the mosque or church; the café near home."),
    ),
    Section(
        "people_to_ask",
        gettext_lazy("People I can ask for help"),
        gettext_lazy("People I can tell that I am struggling, with their phone numbers."),
        gettext_lazy("For example: my sister, 0812-…; my friend Dewi, 0813-…."),
    ),
    Section(
        "professionals",
        gettext_lazy("Professionals and services I can contact"),
        gettext_lazy(
            "Counselors, doctors, helplines and emergency services, with how to reach them."
        ),
        gettext_lazy("For example: my school counselor; the puskesmas; a helpline."),
    ),
    Section(
        "safe_environment",
        gettext_lazy("Making my surroundings safe"),
        gettext_lazy(
            "Steps that keep me safer when things get hard, such as asking someone I trust to "
            "keep things I could hurt myself with, or going somewhere I am not alone."
        ),
        gettext_lazy("For example: ask my brother to keep my medicines."),
    ),
    Section(
        "reasons_for_living",
        gettext_lazy("My reasons for living"),
        gettext_lazy("What matters most to me and is worth living for."),
        gettext_lazy("For example: my little sister; finishing school; my cat."),
        optional=True,
    ),
)
SECTION_KEYS: tuple[str, ...] = tuple(section.key for section in SECTIONS)


# Checking what a person writes ----------------------------------------------------------------


def split_lines(text: str) -> list[str]:
    """A textarea's text as items, one per non-empty line."""
    return [line for line in (text or "").splitlines() if line.strip()]


def _tidy(item: str) -> str:
    # Control characters (NUL included) have no place in a short note and break some databases.
    kept = "".join(ch for ch in str(item) if unicodedata.category(ch) != "Cc" or ch == "\t")
    return " ".join(kept.split())


def clean_items(items: Iterable[str]) -> list[str]:
    """Items tidied (spaces collapsed, blanks dropped) and checked against the limits. Raises
    ValidationError with every problem, each naming the line it is about."""
    cleaned = [item for item in (_tidy(raw) for raw in items) if item]
    problems = []
    if len(cleaned) > MAX_ITEMS:
        problems.append(
            ValidationError(
                _("Write at most %(max)d lines in this section (you wrote %(count)d).")
                % {"max": MAX_ITEMS, "count": len(cleaned)},
                code="too_many",
            )
        )
    for number, item in enumerate(cleaned, start=1):
        if len(item) > MAX_ITEM_LENGTH:
            problems.append(
                ValidationError(
                    _(
                        "Keep each line to %(max)d characters or fewer: line %(line)d has "
                        "%(length)d."
                    )
                    % {"max": MAX_ITEM_LENGTH, "line": number, "length": len(item)},
                    code="too_long",
                )
            )
    if problems:
        raise ValidationError(problems)
    return cleaned


def clean_sections(sections: Mapping[str, Iterable[str] | str]) -> dict[str, list[str]]:
    """Every section checked (a string is split into lines). Unknown keys are ignored, missing
    ones are empty. Raises ValidationError({section key: [problems]}) or, when nothing at all is
    written, ValidationError with code "empty"."""
    cleaned: dict[str, list[str]] = {}
    errors: dict[str, list[ValidationError]] = {}
    for key in SECTION_KEYS:
        value = sections.get(key) or []
        if isinstance(value, str):
            value = split_lines(value)
        try:
            cleaned[key] = clean_items(value)
        except ValidationError as error:
            errors[key] = error.error_list
    if errors:
        raise ValidationError(errors)
    if not any(cleaned.values()):
        raise ValidationError(
            _("Write at least one line in any section before saving."), code="empty"
        )
    return cleaned


# Reading and writing --------------------------------------------------------------------------


def plan_for(user) -> SafetyPlan | None:
    """`user`'s own plan, or None (also for visitors who are not signed in)."""
    if user is None or not user.is_authenticated:
        return None
    return SafetyPlan.objects.filter(user=user).first()


@transaction.atomic
def save_safety_plan(user, sections: Mapping[str, Iterable[str] | str]) -> SafetyPlan:
    """Create or replace `user`'s plan with `sections` (see clean_sections; raises
    ValidationError and changes nothing when a section breaks the limits)."""
    cleaned = clean_sections(sections)
    plan, _created = SafetyPlan.objects.select_for_update().get_or_create(user=user)
    for key, items in cleaned.items():
        setattr(plan, key, items)
    plan.save()
    return plan


@transaction.atomic
def delete_safety_plan(user) -> bool:
    """Delete `user`'s plan for good. True when there was one."""
    deleted, _rows = SafetyPlan.objects.filter(user=user).delete()
    return deleted > 0


def plan_sections(plan: SafetyPlan | None) -> list[tuple[Section, list[str]]]:
    """Each section with its items (empty lists for a blank plan), in plan order."""
    return [(section, list(getattr(plan, section.key, None) or [])) for section in SECTIONS]


def suggested_professionals(user, language: str | None = None) -> list[str]:
    """The reader's crisis helplines as plan items ("healing119.id: WhatsApp 0811-…"), the
    suggestion a new plan starts with in "Professionals and services"."""
    items = []
    for helpline in help_card(user, language).helplines[: MAX_ITEMS - 2]:
        channels = ", ".join(
            f"{channel.kind_label} {channel.value}" for channel in helpline.channels[:2]
        )
        item = f"{helpline.name}: {channels}" if channels else helpline.name
        items.append(item[:MAX_ITEM_LENGTH])
    return items


# Exports ---------------------------------------------------------------------------------------


def export_text(plan: SafetyPlan, language: str | None = None) -> str:
    """The plan as plain text, headed and numbered like the printed plan."""
    language = language or translation.get_language() or "id"
    with translation.override(language):
        updated = timezone.localtime(plan.updated_at).date().isoformat()
        lines = [_("My safety plan"), _("Last updated: %(date)s") % {"date": updated}, ""]
        for number, (section, items) in enumerate(plan_sections(plan), start=1):
            lines.append(f"{number}. {section.title}")
            lines.extend(f"- {item}" for item in items)
            if not items:
                lines.append("-")
            lines.append("")
        lines.append(_("If you are in danger right now, call 112."))
    return "\n".join(lines) + "\n"


def export_json(plan: SafetyPlan, language: str | None = None) -> dict:
    """The plan as JSON-ready data: section keys and titles (in `language`) with their items."""
    language = language or translation.get_language() or "id"
    with translation.override(language):
        return {
            "type": "teduh.safety_plan",
            "version": 1,
            "language": language,
            "created_at": plan.created_at.isoformat(),
            "updated_at": plan.updated_at.isoformat(),
            "sections": [
                {"key": section.key, "title": str(section.title), "items": items}
                for section, items in plan_sections(plan)
            ],
        }
