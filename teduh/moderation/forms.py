from django import forms
from django.utils.translation import gettext_lazy as _

from teduh.moderation.models import ModerationAction, ReportCategory
from teduh.moderation.services import MAX_COMMENT_CHARS, MAX_WARNING_CHARS

# Shown under each choice of the report form, so people pick the reason that gets the right
# help: a risk of self-harm goes to the care queue, not only to moderators.
CATEGORY_EXPLANATIONS = {
    ReportCategory.SELF_HARM_RISK: _(
        "The person may hurt themselves or be in danger. Trained people in the care queue will "
        "reach out to them kindly. If someone is in danger right now, call 112."
    ),
    ReportCategory.METHOD_CONTENT: _(
        "The post describes a method, a dose or a place for self-harm or suicide. Such posts "
        "are removed to keep vulnerable readers safe."
    ),
    ReportCategory.HARASSMENT: _("Insults, threats, bullying or hate against a person or a group."),
    ReportCategory.MISINFORMATION: _(
        "False or misleading claims about health, treatment or medication."
    ),
    ReportCategory.SPAM: _("Advertising, scams or the same message posted again and again."),
    ReportCategory.OTHER: _("It breaks the rules in another way; tell us how below."),
}


class ReportForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=ReportCategory.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason for your report.")},
    )
    comment = forms.CharField(
        label=_("Anything moderators should know? (optional)"),
        required=False,
        max_length=MAX_COMMENT_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only moderators read this. The person you report is not told who you are."),
    )

    def category_choices(self):
        """The radio buttons with their explanations, for the template."""
        return [
            (choice, CATEGORY_EXPLANATIONS[choice.data["value"]]) for choice in self["category"]
        ]


class ModerationActionForm(forms.Form):
    action = forms.ChoiceField(choices=ModerationAction.choices)
    text = forms.CharField(required=False, max_length=MAX_WARNING_CHARS)
