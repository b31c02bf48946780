"""The Wellbeing Center's resource library: `GET /api/teduh/v1/articles` and
`GET /api/teduh/v1/articles/{id}` (published articles only; wellbeing.services).

Public and without authentication, like the helpline directory: reviewed information should
reach anyone who asks.
"""

from datetime import date, datetime
from typing import Literal

from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api.errors import not_found
from teduh.api.routers.common import object_id, with_errors
from teduh.wellbeing import services
from teduh.wellbeing.markdown import render_markdown
from teduh.wellbeing.models import Article

router = Router(tags=["teduh"])

TopicValue = Literal[
    "anxiety",
    "depression",
    "ptsd",
    "stress",
    "grief",
    "self-harm",
    "recovery",
    "relationships",
    "bullying",
]


class ArticlePerson(Schema):
    id: str
    username: str
    display_name: str
    verified_professional: bool


class ArticleReference(Schema):
    text: str
    url: str | None = None


class ArticleLink(Schema):
    id: str
    language: str
    url: str


class ArticleSummary(Schema):
    id: str
    title: str
    slug: str
    summary: str
    language: str
    topics: list[str]
    reading_time_minutes: int
    author: ArticlePerson
    reviewer: ArticlePerson | None = None
    last_reviewed: date | None = None
    published_at: datetime | None = None
    url: str
    translation: ArticleLink | None = None


class ArticleDetail(ArticleSummary):
    html: str
    markdown: str
    references: list[ArticleReference]


class ArticleParams(Schema):
    topic: TopicValue | None = Field(None, description="Only articles with this topic")
    language: Literal["id", "en"] | None = Field(None, description="Only articles in id or en")
    limit: int = Field(20, ge=1, le=80, description="Maximum number of results (1-80)")
    offset: int = Field(0, ge=0, le=10_000, description="Skip this many results")


def _person(user) -> dict | None:
    if user is None:
        return None
    return {
        "id": str(user.pk),
        "username": user.username,
        "display_name": user.name,
        "verified_professional": bool(user.is_verified_professional),
    }


def _summary(request, article: Article) -> dict:
    other = services.published_counterpart(article)
    return {
        "id": str(article.pk),
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "language": article.language,
        "topics": article.topics,
        "reading_time_minutes": article.reading_minutes,
        "author": _person(article.author),
        "reviewer": _person(article.reviewer),
        "last_reviewed": article.last_reviewed,
        "published_at": article.published_at,
        "url": request.build_absolute_uri(reverse("wellbeing_article", args=[article.slug])),
        "translation": {
            "id": str(other.pk),
            "language": other.language,
            "url": request.build_absolute_uri(reverse("wellbeing_article", args=[other.slug])),
        }
        if other
        else None,
    }


@router.get(
    "/teduh/v1/articles",
    response=with_errors({200: list[ArticleSummary]}),
    auth=None,
)
def list_articles(request, params: Query[ArticleParams]):
    """Published articles of the resource library, newest first, optionally one topic and one
    language. No token needed."""
    articles = services.published_articles(language=params.language, topic=params.topic)
    rows = articles[params.offset : params.offset + params.limit]
    return [_summary(request, article) for article in rows]


@router.get(
    "/teduh/v1/articles/{article_id}",
    response=with_errors({200: ArticleDetail}),
    auth=None,
)
def get_article(request, article_id: str):
    """One published article: its metadata, the Markdown source and the rendered (safe) HTML.
    Drafts and articles in review are 404."""
    article = services.published_articles().filter(pk=object_id(article_id)).first()
    if article is None:
        raise not_found()
    data = _summary(request, article)
    data.update(
        html=str(render_markdown(article.body)),
        markdown=article.body,
        references=[
            {"text": ref["text"], "url": ref.get("url") or None} for ref in article.references
        ],
    )
    return data
