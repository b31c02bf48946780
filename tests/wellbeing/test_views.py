import re

import pytest
from django.test import Client
from django.urls import reverse

from teduh.safety.models import AuditLogEntry
from teduh.wellbeing.models import Article, ArticleState, Collection
from tests.helpers import translated

pytestmark = pytest.mark.django_db


def form_data(**fields) -> dict:
    data = {
        "title": "Tidur dan suasana hati",
        "language": "id",
        "summary": "Kenapa tidur penting untuk kesehatan mental.",
        "body": "## Tidur\n\nTidur cukup membantu suasana hati.",
        "topics": ["stress", "depression"],
        "references": "WHO. Depression. | https://www.who.int/\nBuku tanpa tautan",
        "translation_of": "",
    }
    data.update(fields)
    return data


def test_center_links_every_part_of_the_wellbeing_center(client):
    response = client.get("/wellbeing/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in ("/wellbeing/library/", "/wellbeing/collections/", "/help/"):
        assert f'href="{path}"' in html, path
    for name in ("coping_tools", "seek_help", "selfchecks", "professional_directory"):
        assert f'href="{reverse(name)}"' in html, name


def test_every_page_has_the_wellbeing_link_in_the_main_navigation(client, member):
    for c in (client, Client()):
        html = c.get("/help/").content.decode()
        nav = html.split("<nav", 1)[1].split("</nav>", 1)[0]
        assert 'href="/wellbeing/"' in nav
    signed_in = Client()
    signed_in.force_login(member)
    nav = signed_in.get("/").content.decode().split("<nav", 1)[1].split("</nav>", 1)[0]
    assert 'href="/wellbeing/"' in nav


def test_center_title_is_the_wellbeing_center_in_the_readers_language(client):
    html = client.get("/wellbeing/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert f"<h1>{translated('Wellbeing Center', 'id')}</h1>" in html


def test_published_article_page_shows_author_badge_reviewer_and_last_reviewed(
    client, author, reviewer, publish
):
    article = publish(author)
    html = client.get(f"/wellbeing/library/{article.slug}/").content.decode()
    byline = html.split('id="article-author"', 1)[1].split("</p>", 1)[0]
    assert "Ani, M.Psi." in byline
    assert 'class="verified"' in byline
    reviewed_by = html.split('id="article-reviewer"', 1)[1].split("</span>\n", 1)[0]
    assert "Budi, Psikolog" in reviewed_by
    assert 'id="article-last-reviewed"' in html
    assert "<h2>Apa itu cemas?</h2>" in html  # the Markdown, rendered
    assert 'href="https://www.who.int/"' in html  # a reference with its link
    assert "Buku tanpa tautan" in html
    assert 'id="article-translation-link"' not in html  # no translation yet


def test_article_page_links_the_published_translation(client, author, publish):
    original = publish(author)
    english = publish(author, title="Recognising anxiety", language="en", translation_of=original)
    html = client.get(f"/wellbeing/library/{original.slug}/").content.decode()
    link = re.search(r'<a href="([^"]+)" hreflang="en"[^>]*>([^<]+)</a>', html)
    assert link and link.groups() == (f"/wellbeing/library/{english.slug}/", "Read in English")
    html = client.get(f"/wellbeing/library/{english.slug}/").content.decode()
    link = re.search(r'<a href="([^"]+)" hreflang="id"[^>]*>([^<]+)</a>', html)
    assert link and link.groups() == (
        f"/wellbeing/library/{original.slug}/",
        "Baca dalam Bahasa Indonesia",
    )


def test_unpublished_articles_are_hidden_from_members_and_visitors(
    client, author, reviewer, member, write, client_for
):
    article = write(author)
    path = f"/wellbeing/library/{article.slug}/"
    assert client.get(path).status_code == 404
    assert client_for(member).get(path).status_code == 404
    assert client_for(author).get(path).status_code == 200  # a preview for the author
    assert client_for(reviewer).get(path).status_code == 404  # drafts are the author's own
    article.state = ArticleState.IN_REVIEW
    article.save()
    assert client_for(reviewer).get(path).status_code == 200
    assert client_for(member).get(path).status_code == 404


def test_library_filters_by_topic_and_language(client, author, publish):
    anxiety = publish(author, title="Cemas", topics=["anxiety"])
    grief = publish(author, title="Duka", topics=["grief"])
    english = publish(author, title="Grief", topics=["grief"], language="en")

    def titles(**params):
        html = client.get("/wellbeing/library/", params).content.decode()
        return re.findall(r'class="article-card-title"><a href="[^"]+">([^<]+)</a>', html)

    # The reader's language by default (the instance default here, Indonesian).
    assert sorted(titles()) == ["Cemas", "Duka"]
    assert titles(topic="grief") == ["Duka"]
    assert titles(topic="grief", language="en") == ["Grief"]
    assert sorted(titles(language="all")) == ["Cemas", "Duka", "Grief"]
    # Unknown values fall back instead of failing.
    assert (
        client.get("/wellbeing/library/", {"topic": "x" * 500, "language": "<b>"}).status_code
        == 200
    )
    assert {anxiety.pk, grief.pk, english.pk} == set(Article.objects.values_list("pk", flat=True))


def test_members_cannot_write_review_or_curate(client, member, client_for, author, write):
    article = write(author)
    c = client_for(member)
    for path in (
        "/wellbeing/articles/new/",
        "/wellbeing/articles/mine/",
        f"/wellbeing/articles/{article.pk}/edit/",
        "/wellbeing/review/",
        f"/wellbeing/review/{article.pk}/",
        "/wellbeing/collections/new/",
    ):
        assert c.get(path).status_code == 403, path
    assert c.post("/wellbeing/articles/new/", form_data()).status_code == 403
    assert Article.objects.count() == 1
    # Visitors who are not signed in are asked to log in.
    response = client.get("/wellbeing/articles/new/")
    assert response.status_code == 302 and "/auth/login/" in response["Location"]


def test_a_professional_writes_and_sends_an_article_for_review(author, client_for):
    c = client_for(author)
    assert c.get("/wellbeing/articles/new/").status_code == 200
    response = c.post("/wellbeing/articles/new/", {**form_data(), "submit": "1"})
    assert response.status_code == 302 and response["Location"] == "/wellbeing/articles/mine/"
    article = Article.objects.get()
    assert article.author == author
    assert article.state == ArticleState.IN_REVIEW
    assert article.topics == ["depression", "stress"]
    assert article.references == [
        {"text": "WHO. Depression.", "url": "https://www.who.int/"},
        {"text": "Buku tanpa tautan", "url": ""},
    ]
    html = c.get("/wellbeing/articles/mine/").content.decode()
    assert "Tidur dan suasana hati" in html


def test_saving_a_draft_and_submitting_it_later(author, client_for):
    c = client_for(author)
    c.post("/wellbeing/articles/new/", form_data())
    article = Article.objects.get()
    assert article.state == ArticleState.DRAFT
    c.post(f"/wellbeing/articles/{article.pk}/submit/")
    article.refresh_from_db()
    assert article.state == ArticleState.IN_REVIEW


def test_the_form_shows_errors_instead_of_failing(author, client_for):
    c = client_for(author)
    response = c.post("/wellbeing/articles/new/", form_data(topics=[], title=""))
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()
    assert Article.objects.count() == 0


def test_another_professional_approves_from_the_review_queue(author, reviewer, write, client_for):
    article = write(author)
    client_for(author).post(f"/wellbeing/articles/{article.pk}/submit/")
    c = client_for(reviewer)
    html = c.get("/wellbeing/review/").content.decode()
    assert f'href="/wellbeing/review/{article.pk}/"' in html
    response = c.post(f"/wellbeing/review/{article.pk}/", {"decision": "approve", "note": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.state == ArticleState.PUBLISHED and article.reviewer == reviewer
    assert AuditLogEntry.objects.filter(
        action="wellbeing.article.approve", actor=reviewer, target_id=str(article.pk)
    ).exists()


def test_the_author_cannot_open_their_own_review(author, write, client_for):
    article = write(author)
    client_for(author).post(f"/wellbeing/articles/{article.pk}/submit/")
    c = client_for(author)
    assert f'/wellbeing/review/{article.pk}/"' not in c.get("/wellbeing/review/").content.decode()
    assert c.post(f"/wellbeing/review/{article.pk}/", {"decision": "approve"}).status_code == 403
    assert Article.objects.get().state == ArticleState.IN_REVIEW


def test_requesting_changes_needs_a_note_and_shows_it_to_the_author(
    author, reviewer, write, client_for
):
    article = write(author)
    client_for(author).post(f"/wellbeing/articles/{article.pk}/submit/")
    c = client_for(reviewer)
    response = c.post(f"/wellbeing/review/{article.pk}/", {"decision": "changes", "note": ""})
    assert response.status_code == 200  # the form again, with the error
    assert Article.objects.get().state == ArticleState.IN_REVIEW
    c.post(
        f"/wellbeing/review/{article.pk}/",
        {"decision": "changes", "note": "Tambahkan sumber."},
    )
    assert Article.objects.get().state == ArticleState.CHANGES_REQUESTED
    html = client_for(author).get(f"/wellbeing/articles/{article.pk}/edit/").content.decode()
    assert 'id="review-note"' in html and "Tambahkan sumber." in html


def test_only_the_author_can_open_the_edit_form(author, reviewer, write, client_for):
    article = write(author)
    assert client_for(reviewer).get(f"/wellbeing/articles/{article.pk}/edit/").status_code == 403
    response = client_for(author).post(
        f"/wellbeing/articles/{article.pk}/edit/", form_data(title="Judul baru")
    )
    assert response.status_code == 302
    assert Article.objects.get().title == "Judul baru"


def test_collections_are_public_and_curated_through_the_form(client, author, client_for):
    c = client_for(author)
    data = {
        "title": "Bacaan pilihan",
        "description": "Untuk mulai belajar.",
        "language": "id",
        "items-TOTAL_FORMS": "3",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "50",
        "items-0-kind": "book",
        "items-0-title": "Filosofi Teras",
        "items-0-creator": "Henry Manampiring",
        "items-0-url": "",
        "items-0-review": "Ringan dan relevan.",
        "items-1-kind": "website",
        "items-1-title": "healing119.id",
        "items-1-creator": "Kemenkes",
        "items-1-url": "https://healing119.id/",
        "items-1-review": "",
    }
    response = c.post("/wellbeing/collections/new/", data)
    collection = Collection.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wellbeing_collection", args=[collection.pk])
    assert list(collection.items.values_list("title", flat=True)) == [
        "Filosofi Teras",
        "healing119.id",
    ]
    for reader in (client, client_for(author)):
        html = reader.get(f"/wellbeing/collections/{collection.pk}/").content.decode()
        assert "Filosofi Teras" in html and 'href="https://healing119.id/"' in html
    assert "Bacaan pilihan" in client.get("/wellbeing/collections/").content.decode()
    # An item row with a title but no kind is an error, not a crash.
    bad = {**data, "items-0-kind": ""}
    assert c.post(f"/wellbeing/collections/{collection.pk}/edit/", bad).status_code == 200


def test_bad_ids_and_slugs_are_404(client):
    for path in (
        "/wellbeing/library/tidak-ada/",
        "/wellbeing/collections/999999/",
    ):
        assert client.get(path).status_code == 404, path
