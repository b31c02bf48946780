"""Forms for the web UI. They only shape input; the rules live in services.py, whose
ValidationErrors the views copy back onto these forms (see `add_service_errors`)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from teduh.professionals.models import LANGUAGES, TOPICS, Profession
from teduh.professionals.services import MAX_BODY_CHARS, MAX_MESSAGE_CHARS, MAX_TITLE_CHARS


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: per field where it names one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            target = name if name in form.fields else None
            for item in errors:
                form.add_error(target, item.messages[0] if item.messages else item)
    else:
        for message in error.messages:
            form.add_error(None, message)


class ApplicationForm(forms.Form):
    profession = forms.ChoiceField(
        label=_("Profession"), choices=Profession.choices, widget=forms.RadioSelect
    )
    licence_number = forms.CharField(
        label=_("Licence or registration number"),
        required=False,
        max_length=64,
        help_text=_(
            "Required for psychologists (SIPP) and psychiatrists (STR); optional otherwise. "
            "Only moderators see it unless you choose to show it later."
        ),
    )
    institution = forms.CharField(
        label=_("Institution"),
        max_length=160,
        help_text=_("The school, clinic, hospital or organisation where you work."),
    )
    city = forms.CharField(label=_("City"), max_length=80)
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"), choices=LANGUAGES, widget=forms.CheckboxSelectMultiple
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you work on"),
        choices=TOPICS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    proof = forms.FileField(
        label=_("Proof of your profession"),
        help_text=_(
            "A PDF or an image (JPEG, PNG or WebP) of at most 5 MB: your licence, registration "
            "or a letter from your institution. Only moderators can open it."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png,image/webp"}
        ),
    )

    def __init__(self, *args, proof_required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proof"].required = proof_required
        if not proof_required:
            self.fields["proof"].help_text = _(
                "Upload a new file only if moderators asked for one; otherwise the proof you "
                "sent stays."
            )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "approve"), ("more_info", "more_info"), ("reject", "reject")]
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=MAX_MESSAGE_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ProfileForm(forms.Form):
    institution = forms.CharField(label=_("Institution"), max_length=160, required=False)
    city = forms.CharField(label=_("City"), max_length=80, required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you work on"),
        choices=TOPICS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    available_online = forms.BooleanField(label=_("I take clients online"), required=False)
    contact_text = forms.CharField(
        label=_("How to contact you"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example your practice's phone number, opening hours or how to book. Shown in "
            "the directory."
        ),
    )
    contact_url = forms.CharField(
        label=_("Contact link (optional)"),
        required=False,
        max_length=300,
        help_text=_("A web page where people can book or reach you, starting with https://."),
    )
    show_licence = forms.BooleanField(
        label=_("Show my licence number in the directory"), required=False
    )
    listed = forms.BooleanField(label=_("List me in “Find a professional”"), required=False)


class TopicForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=MAX_TITLE_CHARS)
    body = forms.CharField(
        label=_("Text"), max_length=MAX_BODY_CHARS, widget=forms.Textarea(attrs={"rows": 8})
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"), max_length=MAX_BODY_CHARS, widget=forms.Textarea(attrs={"rows": 5})
    )


class DirectoryFilterForm(forms.Form):
    city = forms.ChoiceField(label=_("City"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any language")), *LANGUAGES]
    )
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("Any topic")), *TOPICS]
    )
    online = forms.BooleanField(label=_("Online sessions only"), required=False)

    def __init__(self, *args, cities: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = [("", _("Any city")), *((c, c) for c in cities)]
