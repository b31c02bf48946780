from django import forms
from django.utils.translation import gettext_lazy as _

from teduh.wellbeing import services
from teduh.wellbeing.models import Article, ItemKind, Language, Topic


class ArticleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=160)
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One or two sentences shown in the library."),
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=40_000,
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text=_(
            "Markdown: ## for a heading, **bold**, *italic*, - for a list, [text](https://...) "
            "for a link. HTML and images are not shown."
        ),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=Topic.choices, widget=forms.CheckboxSelectMultiple
    )
    references = forms.CharField(
        label=_("References"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_('One per line: "text | https://address", or just the text.'),
    )
    translation_of = forms.ModelChoiceField(
        label=_("Translation of"),
        queryset=Article.objects.none(),
        required=False,
        empty_label=_("Not a translation"),
        help_text=_("Link the Indonesian and English versions of the same article."),
    )

    def __init__(self, *args, article: Article | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        originals = Article.objects.filter(translation_of__isnull=True).order_by("title")
        if article is not None:
            originals = originals.exclude(pk=article.pk)
        self.fields["translation_of"].queryset = originals
        self.fields["translation_of"].label_from_instance = lambda a: (
            f"{a.title} ({a.get_language_display()})"
        )

    @staticmethod
    def initial_for(article: Article) -> dict:
        return {
            "title": article.title,
            "language": article.language,
            "summary": article.summary,
            "body": article.body,
            "topics": article.topics,
            "references": services.format_references(article.references),
            "translation_of": article.translation_of_id,
        }

    def draft(self) -> services.ArticleDraft:
        data = self.cleaned_data
        return services.ArticleDraft(
            title=data["title"],
            summary=data["summary"],
            body=data["body"],
            language=data["language"],
            topics=list(data["topics"]),
            references=services.parse_references(data["references"]),
            translation_of=data["translation_of"],
        )


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve and publish")), ("changes", _("Request changes"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the author"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Needed when you request changes: say what to change and why."),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "changes" and not (data.get("note") or "").strip():
            self.add_error("note", _("Tell the author what to change."))
        return data


class CollectionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=160)
    description = forms.CharField(
        label=_("Description"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)


class ItemForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", "---------"), *ItemKind.choices], required=False
    )
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    creator = forms.CharField(label=_("Author or maker"), max_length=160, required=False)
    url = forms.URLField(label=_("Link"), max_length=500, required=False, assume_scheme="https")
    review = forms.CharField(
        label=_("Short review"),
        max_length=800,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        data = super().clean()
        filled = any(data.get(name) for name in ("title", "creator", "url", "review"))
        if filled and not data.get("title"):
            self.add_error("title", _("Every item needs a title."))
        if filled and not data.get("kind"):
            self.add_error("kind", _("Choose the kind of each item from the list."))
        return data

    def item(self) -> services.ItemData | None:
        data = self.cleaned_data
        if not data.get("title"):
            return None  # an empty row: skipped
        return services.ItemData(
            kind=data["kind"],
            title=data["title"],
            creator=data.get("creator", ""),
            url=data.get("url", ""),
            review=data.get("review", ""),
        )


ItemFormSet = forms.formset_factory(ItemForm, extra=3, max_num=services.MAX_ITEMS)
