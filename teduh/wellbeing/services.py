"""Every write in the Wellbeing Center goes through a function here; the web views, the API and
the demo seed all call them.

An article moves draft -> in_review -> published, or in_review -> changes_requested -> (edit)
-> in_review. Only verified professionals write, and only a verified professional who is not the
author approves or asks for changes; both decisions are written to the audit log. Editing a
published article takes it back to draft: the library only shows text someone else reviewed.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from teduh.professionals.services import is_professional  # noqa: F401 (re-exported)
from teduh.safety.audit import audit
from teduh.wellbeing.models import (
    Article,
    ArticleState,
    ArticleTopic,
    Collection,
    CollectionItem,
    ItemKind,
    Language,
    Topic,
)

MAX_REFERENCES = 30
MAX_ITEMS = 50
_url_validator = URLValidator(schemes=["http", "https"])


def _require_professional(user) -> None:
    if not is_professional(user):
        raise PermissionDenied(_("Only verified professionals can do this."))


def can_view(user, article: Article) -> bool:
    """Published articles are public; drafts are for their author and for reviewers."""
    if article.is_published and article.author.is_active and not article.author.suspended_at:
        return True
    if user is None or not user.is_authenticated:
        return False
    return user.pk == article.author_id or (
        is_professional(user) and article.state != ArticleState.DRAFT
    )


def can_review(user, article: Article) -> bool:
    return (
        is_professional(user)
        and user.pk != article.author_id
        and article.state == ArticleState.IN_REVIEW
    )


@dataclass
class ArticleDraft:
    title: str
    summary: str
    body: str
    language: str = Language.INDONESIAN
    topics: list[str] = field(default_factory=list)
    references: list[dict[str, str]] = field(default_factory=list)
    translation_of: Article | None = None
    slug: str = ""  # empty: made from the title


def parse_references(text: str) -> list[dict[str, str]]:
    """One reference per line, "text | https://address" or just "text" (the form's format)."""
    references = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        label, sep, url = line.rpartition("|")
        if sep and url.strip().lower().startswith(("http://", "https://")):
            references.append({"text": label.strip(), "url": url.strip()})
        else:
            references.append({"text": line, "url": ""})
    return references


def format_references(references: list[dict[str, str]]) -> str:
    return "\n".join(
        f"{ref['text']} | {ref['url']}" if ref.get("url") else ref["text"] for ref in references
    )


def _clean_references(references: list[dict[str, Any]]) -> list[dict[str, str]]:
    if len(references) > MAX_REFERENCES:
        raise ValidationError(
            _("An article can list at most %(n)s references."), params={"n": MAX_REFERENCES}
        )
    cleaned = []
    for ref in references:
        text = str(ref.get("text", "")).strip()
        url = str(ref.get("url", "") or "").strip()
        if not text:
            raise ValidationError(_("Every reference needs a text."))
        if len(text) > 500:
            raise ValidationError(_("A reference can be at most 500 characters long."))
        if url:
            try:
                _url_validator(url)
            except ValidationError as error:
                raise ValidationError(
                    _("A reference link must be a full http:// or https:// address.")
                ) from error
        cleaned.append({"text": text, "url": url})
    return cleaned


def _clean_draft(draft: ArticleDraft, article: Article | None) -> ArticleDraft:
    title, summary, body = draft.title.strip(), draft.summary.strip(), draft.body.strip()
    if not title or not summary or not body:
        raise ValidationError(_("An article needs a title, a summary and a text."))
    if draft.language not in Language.values:
        raise ValidationError(_("Choose Bahasa Indonesia or English."))
    topics = list(dict.fromkeys(draft.topics))
    if not topics:
        raise ValidationError(_("Choose at least one topic."))
    if any(topic not in Topic.values for topic in topics):
        raise ValidationError(_("Choose topics from the list."))
    original = draft.translation_of
    if original is not None:
        if article is not None and original.pk == article.pk:
            raise ValidationError(_("An article cannot be a translation of itself."))
        if original.translation_of_id is not None:
            # Links always point at the first version, so the pair stays one hop apart.
            original = original.translation_of
        if original.language == draft.language:
            raise ValidationError(_("A translation must be in the other language."))
        taken = original.translations.filter(language=draft.language)
        if article is not None:
            taken = taken.exclude(pk=article.pk)
        if taken.exists():
            raise ValidationError(_("That article already has a version in this language."))
    return ArticleDraft(
        title=title[:160],
        summary=summary[:300],
        body=body,
        language=draft.language,
        topics=topics,
        references=_clean_references(draft.references),
        translation_of=original,
        slug=draft.slug,
    )


def _unique_slug(wanted: str, title: str, exclude_pk: int | None) -> str:
    base = slugify(wanted or title)[:170] or "artikel"
    slug, n = base, 2
    while Article.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _set_topics(article: Article, topics: list[str]) -> None:
    article.topic_links.exclude(topic__in=topics).delete()
    have = set(article.topic_links.values_list("topic", flat=True))
    ArticleTopic.objects.bulk_create(
        ArticleTopic(article=article, topic=topic) for topic in topics if topic not in have
    )


@transaction.atomic
def create_article(author, draft: ArticleDraft) -> Article:
    """A new draft by a verified professional."""
    _require_professional(author)
    clean = _clean_draft(draft, None)
    article = Article.objects.create(
        author=author,
        language=clean.language,
        translation_of=clean.translation_of,
        title=clean.title,
        slug=_unique_slug(clean.slug, clean.title, None),
        summary=clean.summary,
        body=clean.body,
        references=clean.references,
    )
    _set_topics(article, clean.topics)
    return article


@transaction.atomic
def update_article(editor, article: Article, draft: ArticleDraft) -> Article:
    """The author's changes. A published article goes back to draft (it must be reviewed
    again); one waiting for review stays in the queue with the new text."""
    _require_professional(editor)
    if editor.pk != article.author_id:
        raise PermissionDenied(_("Only the author can edit this article."))
    clean = _clean_draft(draft, article)
    was_published = article.is_published
    article.title = clean.title
    article.summary = clean.summary
    article.body = clean.body
    article.language = clean.language
    article.translation_of = clean.translation_of
    article.references = clean.references
    if clean.slug and clean.slug != article.slug:
        article.slug = _unique_slug(clean.slug, clean.title, article.pk)
    if was_published:
        article.state = ArticleState.DRAFT
    article.save()
    _set_topics(article, clean.topics)
    if was_published:
        audit(editor, "wellbeing.article.unpublish", article, reason="edited")
    return article


def submit_for_review(author, article: Article) -> Article:
    _require_professional(author)
    if author.pk != article.author_id:
        raise PermissionDenied(_("Only the author can send this article for review."))
    if article.state not in {ArticleState.DRAFT, ArticleState.CHANGES_REQUESTED}:
        raise ValidationError(_("This article is already in review or published."))
    article.state = ArticleState.IN_REVIEW
    article.submitted_at = timezone.now()
    article.save(update_fields=["state", "submitted_at", "updated_at"])
    return article


def _require_reviewer(reviewer, article: Article) -> None:
    _require_professional(reviewer)
    if reviewer.pk == article.author_id:
        raise PermissionDenied(_("Another professional must review your article."))
    if article.state != ArticleState.IN_REVIEW:
        raise ValidationError(_("This article is not waiting for review."))


@transaction.atomic
def approve_article(reviewer, article: Article, note: str = "") -> Article:
    """Publish an article another professional wrote; today becomes its "last reviewed" date."""
    _require_reviewer(reviewer, article)
    now = timezone.now()
    article.state = ArticleState.PUBLISHED
    article.reviewer = reviewer
    article.review_note = note.strip()[:2000]
    article.last_reviewed = timezone.localdate(now)
    article.published_at = article.published_at or now
    article.save()
    audit(reviewer, "wellbeing.article.approve", article, author=article.author_id)
    return article


@transaction.atomic
def request_changes(reviewer, article: Article, note: str) -> Article:
    """Send an article back to its author with a note saying what to change."""
    _require_reviewer(reviewer, article)
    note = (note or "").strip()
    if not note:
        raise ValidationError(_("Tell the author what to change."))
    article.state = ArticleState.CHANGES_REQUESTED
    article.reviewer = reviewer
    article.review_note = note[:2000]
    article.save()
    audit(reviewer, "wellbeing.article.request_changes", article, author=article.author_id)
    return article


# Collections -----------------------------------------------------------------------------


@dataclass
class ItemData:
    kind: str
    title: str
    creator: str = ""
    url: str = ""
    review: str = ""


def _clean_collection(title: str, language: str, items: list[ItemData]) -> list[ItemData]:
    if not title.strip():
        raise ValidationError(_("A collection needs a title."))
    if language not in Language.values:
        raise ValidationError(_("Choose Bahasa Indonesia or English."))
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            _("A collection can hold at most %(n)s items."), params={"n": MAX_ITEMS}
        )
    cleaned = []
    for item in items:
        if item.kind not in ItemKind.values:
            raise ValidationError(_("Choose the kind of each item from the list."))
        if not item.title.strip():
            raise ValidationError(_("Every item needs a title."))
        url = item.url.strip()
        if url:
            try:
                _url_validator(url)
            except ValidationError as error:
                raise ValidationError(
                    _("An item's link must be a full http:// or https:// address.")
                ) from error
        cleaned.append(
            ItemData(item.kind, item.title.strip(), item.creator.strip(), url, item.review.strip())
        )
    return cleaned


@transaction.atomic
def save_collection(
    curator,
    collection: Collection | None,
    *,
    title: str,
    description: str,
    language: str,
    items: list[ItemData],
) -> Collection:
    """Create a collection (collection=None) or replace an existing one's fields and items.
    Only verified professionals curate, and only the curator edits their collection."""
    _require_professional(curator)
    if collection is not None and collection.curator_id != curator.pk:
        raise PermissionDenied(_("Only the curator can edit this collection."))
    cleaned = _clean_collection(title, language, items)
    if collection is None:
        collection = Collection(curator=curator)
    collection.title = title.strip()[:160]
    collection.description = description.strip()[:1000]
    collection.language = language
    collection.save()
    collection.items.all().delete()
    CollectionItem.objects.bulk_create(
        CollectionItem(
            collection=collection,
            kind=item.kind,
            title=item.title[:200],
            creator=item.creator[:160],
            url=item.url[:500],
            review=item.review[:800],
            position=position,
        )
        for position, item in enumerate(cleaned)
    )
    return collection


# Reading ---------------------------------------------------------------------------------


def published_articles(*, language: str | None = None, topic: str | None = None):
    """The library: published articles, newest first, optionally one language and one topic.
    An unknown language or topic matches nothing rather than everything."""
    articles = Article.objects.published().select_related("author", "reviewer")
    if language:
        articles = articles.filter(language=language)
    if topic:
        articles = articles.with_topic(topic)
    return articles.prefetch_related("topic_links").order_by("-published_at", "-pk")


def published_counterpart(article: Article) -> Article | None:
    """The other-language version readers may follow: only when it is published too."""
    other = article.counterpart()
    if other is not None and other.language != article.language and can_view(None, other):
        return other
    return None


def review_queue(reviewer):
    """Articles waiting for review that this professional may review (not their own)."""
    return (
        Article.objects.filter(state=ArticleState.IN_REVIEW)
        .exclude(author=reviewer)
        .select_related("author")
        .order_by("submitted_at", "pk")
    )
