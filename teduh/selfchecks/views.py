"""Self-check pages: the list of questionnaires, each questionnaire and its result, and the
person's own private history. Scoring and storage live in selfchecks.services.

Answers are sensitive: views never log them, keep them out of error reports
(sensitive_post_parameters) and store a result only when the person ticked the box.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from teduh.safety.helplines import help_card
from teduh.selfchecks import services
from teduh.selfchecks.chart import line_chart
from teduh.selfchecks.instruments import ATTRIBUTION, INSTRUMENTS, OPTIONS, Instrument


class SelfCheckForm(forms.Form):
    """One radio group per item (q1..qN), and the opt-in box for signed-in people."""

    def __init__(self, instrument: Instrument, *args, can_save: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for number, text in enumerate(instrument.items, start=1):
            self.fields[f"q{number}"] = forms.TypedChoiceField(
                label=text,
                choices=[(value, label) for value, label in OPTIONS],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": gettext_lazy("Choose an answer for this question."),
                    "invalid_choice": gettext_lazy("Choose one of the answers."),
                },
            )
        if can_save:
            self.fields["save"] = forms.BooleanField(
                required=False, label=gettext_lazy("Save this result to my private history")
            )

    def answers(self) -> list[int]:
        return [self.cleaned_data[f"q{n}"] for n in range(1, len(self.instrument.items) + 1)]

    def questions(self) -> list[dict]:
        """What the template needs for each item's fieldset."""
        chosen = self.data if self.is_bound else {}
        questions = []
        for number, text in enumerate(self.instrument.items, start=1):
            name = f"q{number}"
            questions.append(
                {
                    "number": number,
                    "name": name,
                    "text": text,
                    "selected": chosen.get(name, ""),
                    "errors": self.errors.get(name, []) if self.is_bound else [],
                }
            )
        return questions


def _instrument_or_404(instrument_id: str) -> Instrument:
    instrument = INSTRUMENTS.get(instrument_id)
    if instrument is None:
        raise Http404
    return instrument


def index(request):
    return render(
        request,
        "selfchecks/index.html",
        {"instruments": list(INSTRUMENTS.values()), "attribution": ATTRIBUTION},
    )


@never_cache
@sensitive_post_parameters()
def take(request, instrument_id: str):
    """GET: the questionnaire. POST: its result, on this response (nothing is kept unless the
    person ticked "save"), or the questionnaire again with what is missing."""
    instrument = _instrument_or_404(instrument_id)
    can_save = request.user.is_authenticated
    if request.method == "POST":
        form = SelfCheckForm(instrument, request.POST, can_save=can_save)
        if form.is_valid():
            result = services.score(instrument, form.answers())
            saved = None
            if can_save and form.cleaned_data.get("save"):
                saved = services.save_result(request.user, result)
            return render(
                request,
                "selfchecks/result.html",
                {
                    "instrument": instrument,
                    "result": result,
                    "help_card": help_card(request.user) if result.show_help else None,
                    "saved": saved,
                    "wellbeing_url": services.wellbeing_url(),
                    "attribution": ATTRIBUTION,
                },
            )
    else:
        form = SelfCheckForm(instrument, can_save=can_save)
    return render(
        request,
        "selfchecks/take.html",
        {
            "instrument": instrument,
            "form": form,
            "questions": form.questions(),
            "options": OPTIONS,
            "attribution": ATTRIBUTION,
        },
    )


@never_cache
@login_required
def history(request):
    """The person's own saved results: a chart and a table per questionnaire."""
    saved = services.history_for(request.user)
    sections = [
        {
            "instrument": instrument,
            "entries": saved[key],
            "chart": line_chart(instrument, saved[key]) if saved[key] else None,
        }
        for key, instrument in INSTRUMENTS.items()
    ]
    return render(
        request,
        "selfchecks/history.html",
        {"sections": sections, "has_results": any(saved.values()), "attribution": ATTRIBUTION},
    )


@never_cache
@login_required
def saved_result(request, result_id: int):
    """One saved result, for its owner only: a 404 for everyone else, staff included."""
    entry = services.saved_result_for(request.user, result_id)
    if entry is None:
        raise Http404
    return render(
        request,
        "selfchecks/saved_result.html",
        {
            "entry": entry,
            "help_card": help_card(request.user) if entry.severe else None,
            "wellbeing_url": services.wellbeing_url(),
            "attribution": ATTRIBUTION,
        },
    )


@login_required
@require_POST
def delete_result(request, result_id: int):
    if not services.delete_result(request.user, result_id):
        raise Http404
    messages.success(request, _("The result was deleted."))
    return redirect("selfcheck_history")


@login_required
@require_POST
def delete_all(request):
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that you want to delete all results."))
        return redirect("selfcheck_history")
    count = services.delete_all_results(request.user)
    messages.success(
        request, _("All your saved results were deleted (%(count)s).") % {"count": count}
    )
    return redirect("selfcheck_history")
