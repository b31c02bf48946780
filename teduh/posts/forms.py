from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from teduh.posts.models import Visibility

IMAGE_SLOTS = range(1, settings.TEDUH_MAX_IMAGES + 1)


class ComposeForm(forms.Form):
    content = forms.CharField(
        label=_("What would you like to share?"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": settings.TEDUH_MAX_POST_CHARS}),
    )
    spoiler_text = forms.CharField(
        label=_("Content warning (optional)"),
        required=False,
        max_length=200,
        help_text=_("Readers see only this until they choose to open the post."),
    )
    visibility = forms.ChoiceField(
        label=_("Who can see this"), choices=Visibility.choices, initial=Visibility.PUBLIC
    )
    anonymous = forms.BooleanField(
        label=_("Post anonymously"),
        required=False,
        help_text=_("Others see “Anonim”. Moderators can still see who wrote it."),
    )
    in_reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, with_images: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if with_images:
            for slot in IMAGE_SLOTS:
                self.fields[f"image_{slot}"] = forms.FileField(
                    label=_("Image %(n)d") % {"n": slot},
                    required=False,
                    widget=forms.FileInput(attrs={"accept": "image/*"}),
                )
                self.fields[f"alt_{slot}"] = forms.CharField(
                    label=_("Describe image %(n)d (alt text)") % {"n": slot},
                    required=False,
                    max_length=1500,
                    help_text=_("Describe the image for people who cannot see it."),
                )

    def image_pairs(self):
        for slot in IMAGE_SLOTS:
            if f"image_{slot}" in self.fields:
                yield self[f"image_{slot}"], self[f"alt_{slot}"]

    def clean(self):
        cleaned = super().clean()
        for slot in IMAGE_SLOTS:
            image = cleaned.get(f"image_{slot}")
            if image and not (cleaned.get(f"alt_{slot}") or "").strip():
                self.add_error(
                    f"alt_{slot}", _("Please describe this image for people who cannot see it.")
                )
        return cleaned

    def uploads(self) -> list[tuple[object, str]]:
        return [
            (self.cleaned_data[f"image_{slot}"], self.cleaned_data.get(f"alt_{slot}", ""))
            for slot in IMAGE_SLOTS
            if self.cleaned_data.get(f"image_{slot}")
        ]


class ThreadForm(ComposeForm):
    """A thread: the shared settings of ComposeForm plus numbered parts."""

    def __init__(self, *args, part_count: int = 3, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["content"]
        self.part_count = max(2, min(part_count, 20))
        for number in range(1, self.part_count + 1):
            self.fields[f"part_{number}"] = forms.CharField(
                label=_("Part %(n)d") % {"n": number},
                required=False,
                strip=False,
                widget=forms.Textarea(
                    attrs={"rows": 4, "maxlength": settings.TEDUH_MAX_POST_CHARS}
                ),
            )

    def part_fields(self):
        return [self[f"part_{n}"] for n in range(1, self.part_count + 1)]

    def parts(self) -> list[str]:
        return [self.cleaned_data.get(f"part_{n}", "") for n in range(1, self.part_count + 1)]
