"""The Wellbeing Center's resource library and collections.

Articles are written in Markdown by verified professionals and published only after ANOTHER
verified professional approves them (services.approve_article). Indonesian and English versions
of the same text are linked through `translation_of`, which always points at the original (the
first version written), so a pair is found from either side with one query.
Collections gather outside resources (books, videos, articles, websites) with a curator's note.
"""

import math
import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

WORDS_PER_MINUTE = 200
WORD_RE = re.compile(r"\w+")


class Topic(models.TextChoices):
    ANXIETY = "anxiety", _("Anxiety")
    DEPRESSION = "depression", _("Depression")
    PTSD = "ptsd", _("PTSD and trauma")
    STRESS = "stress", _("Stress")
    GRIEF = "grief", _("Grief and loss")
    SELF_HARM = "self-harm", _("Self-harm")
    RECOVERY = "recovery", _("Recovery")
    RELATIONSHIPS = "relationships", _("Relationships and friendship")
    BULLYING = "bullying", _("Bullying")


class Language(models.TextChoices):
    INDONESIAN = "id", _("Bahasa Indonesia")
    ENGLISH = "en", _("English")


class ArticleState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        # An author whose account was suspended or deactivated no longer speaks for the library.
        return self.filter(
            state=ArticleState.PUBLISHED, author__is_active=True, author__suspended_at__isnull=True
        )

    def with_topic(self, topic: str) -> "ArticleQuerySet":
        return self.filter(topic_links__topic=topic)


def reading_minutes(text: str) -> int:
    """Minutes to read `text` at about WORDS_PER_MINUTE, never less than one."""
    return max(1, math.ceil(len(WORD_RE.findall(text)) / WORDS_PER_MINUTE))


class Article(models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="wellbeing_articles",
        verbose_name=_("author"),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.INDONESIAN
    )
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
    )
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=180, unique=True)
    summary = models.CharField(_("summary"), max_length=300)
    body = models.TextField(_("text (Markdown)"), max_length=40_000)
    # [{"text": "WHO. Depression (fact sheet).", "url": "https://..."}]; url may be "".
    references = models.JSONField(_("references"), default=list, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=ArticleState.choices, default=ArticleState.DRAFT
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="wellbeing_reviews",
        verbose_name=_("reviewer"),
    )
    review_note = models.TextField(_("review note"), blank=True, max_length=2000)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ("-published_at", "-pk")
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.state == ArticleState.PUBLISHED

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.body)

    @property
    def topics(self) -> list[str]:
        """Topic values in the fixed order of Topic (not the order they were stored)."""
        stored = {link.topic for link in self.topic_links.all()}
        return [value for value in Topic.values if value in stored]

    def topic_choices(self) -> list[tuple[str, str]]:
        labels = dict(Topic.choices)
        return [(value, labels[value]) for value in self.topics]

    def counterpart(self) -> "Article | None":
        """The other-language version of this article, whatever its state."""
        if self.translation_of_id:
            return self.translation_of
        return self.translations.exclude(language=self.language).order_by("pk").first()


class ArticleTopic(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("article", "topic"), name="wellbeing_unique_topic")
        ]

    def __str__(self) -> str:
        return self.topic


class Collection(models.Model):
    """A curated list of outside resources with short reviews."""

    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="wellbeing_collections",
        verbose_name=_("curator"),
    )
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.INDONESIAN
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ("-updated_at", "-pk")
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def __str__(self) -> str:
        return self.title


class ItemKind(models.TextChoices):
    BOOK = "book", _("Book")
    VIDEO = "video", _("Video")
    ARTICLE = "article", _("Article")
    WEBSITE = "website", _("Website")


class CollectionItem(models.Model):
    collection = models.ForeignKey(Collection, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(_("kind"), max_length=10, choices=ItemKind.choices)
    title = models.CharField(_("title"), max_length=200)
    creator = models.CharField(_("author or maker"), max_length=160, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    review = models.TextField(_("short review"), max_length=800, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ("position", "pk")
        verbose_name = _("collection item")
        verbose_name_plural = _("collection items")

    def __str__(self) -> str:
        return self.title
