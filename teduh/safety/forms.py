"""Staff forms for the helpline directory: a helpline and, inline, its channels.

The forms check shapes and show problems beside the fields; the rules themselves live in
safety.helplines (validate_channel, save_helpline), which the view calls with the cleaned data.
"""

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from teduh.safety.countries import normalize_country
from teduh.safety.helplines import EDITABLE_FIELDS, ChannelData, validate_channel
from teduh.safety.models import Helpline, HelplineChannel, Topic


class HelplineForm(forms.ModelForm):
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source_url = forms.URLField(label=_("Source URL"), max_length=300, assume_scheme="https")

    class Meta:
        model = Helpline
        fields = list(EDITABLE_FIELDS)
        widgets = {
            "description_id": forms.Textarea(attrs={"rows": 2}),
            "description_en": forms.Textarea(attrs={"rows": 2}),
            "verification_note": forms.Textarea(attrs={"rows": 3}),
            "last_verified": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "country": forms.TextInput(attrs={"autocapitalize": "characters", "size": 2}),
        }

    def clean_country(self) -> str:
        country = normalize_country(self.cleaned_data.get("country"))
        if country is None:
            raise forms.ValidationError(
                _("Use a two-letter ISO country code in capitals, such as ID.")
            )
        return country

    def clean_languages(self) -> str:
        codes = [code.strip().lower() for code in self.cleaned_data["languages"].split(",")]
        return ",".join(code for code in codes if code)


class ChannelForm(forms.ModelForm):
    class Meta:
        model = HelplineChannel
        fields = ["kind", "value", "label_id", "label_en", "order"]

    def __init__(self, *args, country: str = "ID", **kwargs):
        super().__init__(*args, **kwargs)
        self.country = country

    def clean(self):
        cleaned = super().clean()
        kind, value = cleaned.get("kind"), cleaned.get("value")
        if kind and value:
            try:
                cleaned["value"] = validate_channel(kind, value, self.country)
            except forms.ValidationError as error:
                self.add_error("value", error)
        return cleaned


class BaseChannelFormSet(BaseInlineFormSet):
    def channels(self) -> list[ChannelData]:
        """The channels to keep, in their order (then as listed), for save_helpline."""
        kept = [
            (form.cleaned_data.get("order") or 0, position, form.cleaned_data)
            for position, form in enumerate(self.forms)
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("kind")
            and form.cleaned_data.get("value")
        ]
        kept.sort(key=lambda item: item[:2])
        return [
            ChannelData(
                kind=data["kind"],
                value=data["value"],
                label_id=data.get("label_id", ""),
                label_en=data.get("label_en", ""),
            )
            for _order, _position, data in kept
        ]


ChannelFormSet = inlineformset_factory(
    Helpline,
    HelplineChannel,
    form=ChannelForm,
    formset=BaseChannelFormSet,
    extra=2,
    can_delete=True,
)


def channel_formset(data=None, *, instance: Helpline, country: str | None = None):
    """The channels formset for `instance`; `country` (from the submitted helpline form) lets a
    national WhatsApp number be checked against the right calling code."""
    return ChannelFormSet(
        data,
        instance=instance,
        prefix="channels",
        form_kwargs={"country": normalize_country(country) or instance.country or "ID"},
    )
