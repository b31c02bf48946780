"""GET /api/teduh/v1/articles and /api/teduh/v1/articles/{id}: the Wellbeing Center's
published articles, public, with safe HTML, the Markdown source and review metadata."""

import pytest
from django.test import Client

from teduh.wellbeing import services
from tests.wellbeing.conftest import draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def pros(make_user):
    author = make_user("bu_ani", display_name="Ani, M.Psi.", is_verified_professional=True)
    reviewer = make_user("pak_budi", display_name="Budi", is_verified_professional=True)
    return author, reviewer


def publish(author, reviewer, **fields):
    article = services.create_article(author, draft(**fields))
    services.submit_for_review(author, article)
    return services.approve_article(reviewer, article)


def get(path: str, **params):
    return Client().get(path, params)


def test_list_has_only_published_articles_with_metadata(pros):
    author, reviewer = pros
    published = publish(author, reviewer, topics=["anxiety", "stress"])
    services.create_article(author, draft(title="Masih draf"))
    response = get("/api/teduh/v1/articles")
    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body] == [str(published.pk)]
    item = body[0]
    assert item["title"] == "Mengenali cemas"
    assert item["language"] == "id"
    assert item["topics"] == ["anxiety", "stress"]
    assert item["reading_time_minutes"] == published.reading_minutes == 3
    assert item["author"] == {
        "id": str(author.pk),
        "username": "bu_ani",
        "display_name": "Ani, M.Psi.",
        "verified_professional": True,
    }
    assert item["reviewer"]["username"] == "pak_budi"
    assert item["last_reviewed"] == published.last_reviewed.isoformat()
    assert item["url"] == f"http://testserver/wellbeing/library/{published.slug}/"
    assert item["translation"] is None
    assert "markdown" not in item  # the list stays light


def test_list_filters_by_topic_and_language(pros):
    author, reviewer = pros
    anxiety = publish(author, reviewer, topics=["anxiety"])
    grief = publish(author, reviewer, title="Duka", topics=["grief"])
    english = publish(author, reviewer, title="Grief", topics=["grief"], language="en")

    def ids(**params):
        return [item["id"] for item in get("/api/teduh/v1/articles", **params).json()]

    assert ids(topic="grief") == [str(english.pk), str(grief.pk)]
    assert ids(topic="grief", language="id") == [str(grief.pk)]
    assert ids(language="en") == [str(english.pk)]
    assert ids(topic="self-harm") == []
    assert len(ids()) == 3 and str(anxiety.pk) in ids()
    assert ids(limit=1) == [str(english.pk)]
    assert ids(limit=1, offset=1) == [str(grief.pk)]


@pytest.mark.parametrize(
    "params",
    [{"topic": "astrology"}, {"language": "fr"}, {"limit": 0}, {"limit": 500}, {"offset": -1}],
)
def test_bad_filters_are_422_with_an_error(params):
    response = get("/api/teduh/v1/articles", **params)
    assert response.status_code == 422
    assert response.json()["error"].startswith("Validation failed")


def test_detail_has_safe_html_markdown_references_and_translation(pros):
    author, reviewer = pros
    body = "## Tenang\n\n<script>alert(1)</script> [x](javascript:alert(1)) [WHO](https://who.int)"
    original = publish(author, reviewer, body=body)
    english = publish(author, reviewer, title="Calm", language="en", translation_of=original)
    response = get(f"/api/teduh/v1/articles/{original.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["markdown"] == body
    assert "<h2>Tenang</h2>" in data["html"]
    assert "<script" not in data["html"] and "&lt;script&gt;" in data["html"]
    assert 'href="javascript:' not in data["html"]
    assert '<a href="https://who.int" rel="nofollow noopener noreferrer">WHO</a>' in data["html"]
    assert data["references"] == [
        {"text": "WHO. Anxiety disorders.", "url": "https://www.who.int/"},
        {"text": "Buku tanpa tautan", "url": None},
    ]
    assert data["translation"] == {
        "id": str(english.pk),
        "language": "en",
        "url": f"http://testserver/wellbeing/library/{english.slug}/",
    }
    back = get(f"/api/teduh/v1/articles/{english.pk}").json()["translation"]
    assert back["id"] == str(original.pk) and back["language"] == "id"


def test_drafts_unknown_and_malformed_ids_are_404(pros):
    author, _reviewer = pros
    unpublished = services.create_article(author, draft())
    for article_id in (str(unpublished.pk), "999999", "abc", "1" * 30, "-1"):
        response = get(f"/api/teduh/v1/articles/{article_id}")
        assert response.status_code == 404, article_id
        assert response.json() == {"error": "Record not found"}


def test_an_invalid_token_does_not_block_reading(pros):
    author, reviewer = pros
    publish(author, reviewer)
    response = Client().get("/api/teduh/v1/articles", HTTP_AUTHORIZATION="Bearer nonsense")
    assert response.status_code == 200 and len(response.json()) == 1
