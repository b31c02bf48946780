from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from teduh.coping import services

# A hard bound on one textarea, well above what the line limits allow, so a huge paste is
# refused before it is split; normal overflows get the clearer per-line messages.
MAX_FIELD_CHARS = 4000


class SafetyPlanForm(forms.Form):
    """One textarea per section, one item per line. Checked by services.clean_sections."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for section in services.SECTIONS:
            label = section.title
            if section.optional:
                label = _("%(title)s (optional)") % {"title": section.title}
            self.fields[section.key] = forms.CharField(
                label=label,
                required=False,
                max_length=MAX_FIELD_CHARS,
                strip=False,
                help_text=section.prompt,
                widget=forms.Textarea(
                    attrs={"rows": 4, "placeholder": section.example, "autocomplete": "off"}
                ),
            )
        self.cleaned_sections: dict[str, list[str]] = {}

    def clean(self):
        data = super().clean()
        texts = {key: data.get(key, "") for key in services.SECTION_KEYS if key in data}
        try:
            self.cleaned_sections = services.clean_sections(texts)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for key, problems in error.error_dict.items():
                    self.add_error(key, problems)
            else:
                raise
        return data

    @staticmethod
    def initial_for(plan, suggestions: list[str]) -> dict[str, str]:
        """Textarea texts for `plan` (one item a line), or for a new plan the suggested
        professionals and helplines."""
        if plan is None:
            return {"professionals": "\n".join(suggestions)}
        return {key: "\n".join(getattr(plan, key) or []) for key in services.SECTION_KEYS}
