"""{% professional_label author %}: "Verified professional · Psychologist" beside a verified
author's name. The profession is looked up once per author per request."""

from django import template
from django.utils.translation import gettext as _

from teduh.professionals.models import Profession, ProfessionalProfile

register = template.Library()


def profession_of(request, user) -> str:
    """The profession code of a verified professional ("" if unknown), cached on the request."""
    cache = getattr(request, "_teduh_professions", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._teduh_professions = cache
    if user.pk not in cache:
        cache[user.pk] = (
            ProfessionalProfile.objects.filter(user_id=user.pk)
            .values_list("profession", flat=True)
            .first()
            or ""
        )
    return cache[user.pk]


@register.simple_tag(takes_context=True)
def professional_label(context, author) -> str:
    if (
        not getattr(author, "is_verified_professional", False)
        or getattr(author, "pk", None) is None
    ):
        return ""
    profession = profession_of(context.get("request"), author)
    if profession in Profession.values:
        return _("Verified professional · %(profession)s") % {
            "profession": Profession(profession).label
        }
    return _("Verified professional")
