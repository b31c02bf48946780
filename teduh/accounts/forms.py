import re

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from teduh.accounts.models import User

USERNAME_RE = re.compile(r"^[A-Za-z0-9_]{3,30}$")
RESERVED_USERNAMES = {"anonim", "anonymous", "admin", "teduh", "api", "static", "media", "help"}


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

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        if not USERNAME_RE.match(username):
            raise forms.ValidationError(
                _("Use 3 to 30 letters, numbers or underscores."), code="invalid"
            )
        if username.lower() in RESERVED_USERNAMES:
            raise forms.ValidationError(_("This username is reserved."), code="reserved")
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is already taken."), code="taken")
        return username

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            probe = User(
                username=cleaned.get("username", ""), display_name=cleaned.get("display_name", "")
            )
            try:
                password_validation.validate_password(password, probe)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Display name"), max_length=60, required=False)
    bio = forms.CharField(
        label=_("Bio"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    avatar = forms.FileField(
        label=_("Avatar"),
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF, at most 10 MB. Location data is removed."),
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    remove_avatar = forms.BooleanField(label=_("Remove avatar"), required=False)
