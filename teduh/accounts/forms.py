from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from teduh.accounts import services
from teduh.accounts.models import SensitiveContent
from teduh.accounts.services import RESERVED_USERNAMES, USERNAME_RE
from teduh.safety.countries import country_name, default_country, profile_country_choices

__all__ = ["RESERVED_USERNAMES", "USERNAME_RE", "ProfileForm", "SignupForm"]

# Where validate_registration's problems are shown in the sign-up form.
SIGNUP_FIELDS = {"age_confirmed": "confirm_age", "date_of_birth": "confirm_age"}


class SignupForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=30,
        help_text=_("3 to 30 letters, numbers or underscores. Others will see it as @username."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    display_name = forms.CharField(label=_("Display name"), max_length=60, required=False)
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not a common password and not only numbers."),
    )
    language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES, initial="id"
    )
    confirm_age = forms.BooleanField(
        label=_("I am 13 years old or older"),
        error_messages={"required": _("You must be 13 or older to use Teduh.")},
    )

    def clean(self):
        cleaned = super().clean()
        # The rules live in accounts.services, shared with the API's sign-up.
        try:
            username = services.validate_registration(
                username=cleaned.get("username", ""),
                password=cleaned.get("password", ""),
                display_name=cleaned.get("display_name", ""),
                age_confirmed=bool(cleaned.get("confirm_age")),
            )
        except forms.ValidationError as error:
            for field, problems in error.error_dict.items():
                name = SIGNUP_FIELDS.get(field, field)
                if name not in self.errors:  # the field's own checks already explained it
                    self.add_error(name, problems)
        else:
            cleaned["username"] = username
        return cleaned


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Display name"), max_length=60, required=False)
    bio = forms.CharField(
        label=_("Bio"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    country = forms.ChoiceField(
        label=_("Country for helplines"),
        required=False,
        help_text=_("The help page and help cards show helplines for this country."),
    )
    avatar = forms.FileField(
        label=_("Avatar"),
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF, at most 10 MB. Location data is removed."),
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    remove_avatar = forms.BooleanField(label=_("Remove avatar"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Listed countries plus any an admin has entered helplines for; "" is the default.
        default = _("Instance default (%(country)s)") % {"country": country_name(default_country())}
        self.fields["country"].choices = [("", default), *profile_country_choices()]


# Everyone's own controls ----------------------------------------------------------------------


class ContentSettingsForm(forms.Form):
    sensitive_content = forms.ChoiceField(
        label=_("Sensitive content"),
        choices=SensitiveContent.choices,
        widget=forms.RadioSelect,
        help_text=_("Posts with a content warning are always folded until you open them."),
    )
    hide_counts = forms.BooleanField(
        label=_("Hide favourite and share counts"),
        required=False,
        help_text=_("Posts you read show no favourite or share counts; everything else stays."),
    )
    worried_messages = forms.BooleanField(
        label=_("Send me a private message when a reader is worried about me"),
        required=False,
        help_text=_(
            "A kind note with helplines, at most once a day; you are never told who it was."
        ),
    )


MUTE_DURATIONS = [
    ("", _("Until I unmute")),
    (str(3600), _("1 hour")),
    (str(24 * 3600), _("1 day")),
    (str(7 * 24 * 3600), _("7 days")),
    (str(30 * 24 * 3600), _("30 days")),
]


class MuteForm(forms.Form):
    duration = forms.TypedChoiceField(
        label=_("For how long"),
        choices=MUTE_DURATIONS,
        coerce=int,
        empty_value=None,
        required=False,
    )
    notifications = forms.BooleanField(
        label=_("Hide their notifications too"), required=False, initial=True
    )
