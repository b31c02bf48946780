"""The web form for a keyword filter: its settings plus a small formset of keywords (existing
ones can be changed or removed; three blank rows add new ones, no JavaScript needed)."""

from django import forms
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from teduh.filters.models import Filter, FilterAction, FilterContext
from teduh.filters.services import KEYWORD_MAX, TITLE_MAX, KeywordChange

KEEP = "keep"
EXPIRY_CHOICES = [
    ("", _("Never")),
    (str(30 * 60), _("30 minutes")),
    (str(3600), _("1 hour")),
    (str(6 * 3600), _("6 hours")),
    (str(24 * 3600), _("1 day")),
    (str(7 * 24 * 3600), _("7 days")),
    (str(30 * 24 * 3600), _("30 days")),
]
NEW_KEYWORD_ROWS = 3


class FilterForm(forms.Form):
    title = forms.CharField(label=_("Name"), max_length=TITLE_MAX)
    context = forms.MultipleChoiceField(
        label=_("Where it applies"),
        choices=FilterContext.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=FilterContext.values,  # a new filter works everywhere unless narrowed
    )
    filter_action = forms.ChoiceField(
        label=_("What happens to matching posts"),
        choices=FilterAction.choices,
        widget=forms.RadioSelect,
        initial=FilterAction.WARN,
    )
    expires_in = forms.ChoiceField(label=_("Ends after"), choices=EXPIRY_CHOICES, required=False)

    def __init__(self, *args, instance: Filter | None = None, **kwargs):
        if instance is not None:
            kwargs.setdefault(
                "initial",
                {
                    "title": instance.title,
                    "context": instance.context,
                    "filter_action": instance.filter_action,
                    "expires_in": KEEP if instance.expires_at else "",
                },
            )
        super().__init__(*args, **kwargs)
        if instance is not None and instance.expires_at:
            when = date_format(localtime(instance.expires_at), "DATETIME_FORMAT")
            label = (
                _("Ended on %(date)s (keep it ended)")
                if instance.is_expired
                else _("Keep the current end (%(date)s)")
            )
            self.fields["expires_in"].choices = [(KEEP, label % {"date": when}), *EXPIRY_CHOICES]

    def expires_in_value(self):
        """What to pass as update_filter's/create_filter's `expires_in`: "keep" means leave
        the current end unchanged (returned as None with keep=True)."""
        value = self.cleaned_data.get("expires_in") or ""
        if value == KEEP:
            return True, None
        return False, int(value) if value else None


class KeywordForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    keyword = forms.CharField(label=_("Word or phrase"), max_length=KEYWORD_MAX, required=False)
    whole_word = forms.BooleanField(label=_("Whole word only"), required=False, initial=True)


KeywordFormSet = forms.formset_factory(
    KeywordForm, extra=NEW_KEYWORD_ROWS, can_delete=True, max_num=100, validate_max=True
)


def keyword_formset(data=None, *, instance: Filter | None = None):
    initial = None
    if instance is not None:
        initial = [
            {"id": k.pk, "keyword": k.keyword, "whole_word": k.whole_word}
            for k in instance.keywords.all()
        ]
    return KeywordFormSet(data, initial=initial, prefix="keywords")


def keyword_changes(formset) -> list[KeywordChange]:
    """The formset's rows as update_filter changes: rows with an id change or (ticked
    "remove", or emptied) remove that keyword; new rows with a word add one."""
    changes = []
    for row in formset.forms:
        data = row.cleaned_data
        if not data:
            continue
        keyword = (data.get("keyword") or "").strip()
        keyword_id = data.get("id")
        if keyword_id is not None:
            if data.get("DELETE") or not keyword:
                changes.append(KeywordChange(id=keyword_id, destroy=True))
            else:
                changes.append(
                    KeywordChange(
                        id=keyword_id, keyword=keyword, whole_word=bool(data.get("whole_word"))
                    )
                )
        elif keyword and not data.get("DELETE"):
            changes.append(KeywordChange(keyword=keyword, whole_word=bool(data.get("whole_word"))))
    return changes
