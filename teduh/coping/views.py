"""The coping tools (breathing, grounding, the safety plan) and "When to seek professional
help". Thin views: the safety plan's rules and writes live in teduh.coping.services."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from teduh.coping import services
from teduh.coping.forms import SafetyPlanForm
from teduh.safety.helplines import help_card

# Breathing patterns: (phase, seconds). The same numbers are written out in the page for
# readers without JavaScript.
PATTERNS = {
    "478": [("inhale", 4), ("hold", 7), ("exhale", 8)],
    "box": [("inhale", 4), ("hold", 4), ("exhale", 4), ("hold-empty", 4)],
}


def tools(request):
    return render(request, "coping/tools.html")


def breathing(request):
    return render(
        request,
        "coping/breathing.html",
        {"patterns": PATTERNS, "rounds_choices": range(1, 11)},
    )


def grounding(request):
    steps = [
        (5, _("things you can see"), _("Look around and name five things you can see.")),
        (4, _("things you can touch"), _("Notice four things you can touch or feel.")),
        (3, _("things you can hear"), _("Listen for three things you can hear.")),
        (2, _("things you can smell"), _("Find two things you can smell.")),
        (1, _("thing you can taste"), _("Notice one thing you can taste.")),
    ]
    return render(request, "coping/grounding.html", {"steps": steps})


@never_cache
def safety_plan(request):
    """Signed in: the reader's own plan, to fill in and save. Signed out: the template, to read
    and print blank."""
    plan = services.plan_for(request.user)
    form = None
    if request.user.is_authenticated:
        if request.method == "POST":
            form = SafetyPlanForm(request.POST)
            if form.is_valid():
                services.save_safety_plan(request.user, form.cleaned_sections)
                messages.success(request, _("Your safety plan is saved. Only you can see it."))
                return redirect("safety_plan")
        else:
            language = translation.get_language()
            suggestions = services.suggested_professionals(request.user, language)
            form = SafetyPlanForm(initial=SafetyPlanForm.initial_for(plan, suggestions))
    elif request.method == "POST":
        return redirect_to_login(request.get_full_path())
    return render(
        request,
        "coping/safety_plan.html",
        {
            "plan": plan,
            "form": form,
            "form_rows": [(s, form[s.key]) for s in services.SECTIONS] if form else [],
            "sections": services.plan_sections(plan),
            "help_card": help_card(request.user),
            "max_items": services.MAX_ITEMS,
            "max_length": services.MAX_ITEM_LENGTH,
        },
    )


@never_cache
def safety_plan_print(request):
    """The plan in a clean layout for printing: the reader's own, or a blank one."""
    plan = services.plan_for(request.user)
    return render(
        request,
        "coping/safety_plan_print.html",
        {
            "plan": plan,
            "sections": services.plan_sections(plan),
            "help_card": help_card(request.user),
        },
    )


@never_cache
@login_required
def safety_plan_export(request, fmt: str):
    plan = services.plan_for(request.user)
    if plan is None:
        raise Http404
    language = translation.get_language()
    if fmt == "json":
        body = json.dumps(services.export_json(plan, language), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        filename = "safety-plan.json"
    else:
        body = services.export_text(plan, language)
        response = HttpResponse(body, content_type="text/plain; charset=utf-8")
        filename = "safety-plan.txt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def safety_plan_delete(request):
    if services.plan_for(request.user) is None:
        raise Http404
    if request.method == "POST":
        services.delete_safety_plan(request.user)
        messages.success(request, _("Your safety plan is deleted."))
        return redirect("safety_plan")
    return render(request, "coping/safety_plan_delete.html")


def seek_help(request):
    return render(request, "coping/seek_help.html", {"help_card": help_card(request.user)})
