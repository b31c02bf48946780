from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from teduh.safety.models import AuditLogEntry
from teduh.wellbeing import services
from teduh.wellbeing.markdown import render_markdown
from teduh.wellbeing.models import Article, ArticleState, reading_minutes
from tests.wellbeing.conftest import draft

pytestmark = pytest.mark.django_db


def test_a_new_article_is_a_draft_with_topics_references_and_a_slug(author, write):
    article = write(author, topics=["stress", "anxiety", "stress"])
    assert article.state == ArticleState.DRAFT
    assert article.author == author
    assert article.slug == "mengenali-cemas"
    # Stored once each, shown in the fixed order of the topic list.
    assert article.topics == ["anxiety", "stress"]
    assert article.references == [
        {"text": "WHO. Anxiety disorders.", "url": "https://www.who.int/"},
        {"text": "Buku tanpa tautan", "url": ""},
    ]
    assert article.reviewer is None and article.last_reviewed is None
    assert write(author).slug == "mengenali-cemas-2"  # slugs stay unique


def test_draft_to_review_to_published(author, reviewer, write):
    article = write(author)
    services.submit_for_review(author, article)
    article.refresh_from_db()
    assert article.state == ArticleState.IN_REVIEW
    assert article.submitted_at is not None
    assert list(services.review_queue(reviewer)) == [article]
    assert list(services.review_queue(author)) == []  # never one's own

    services.approve_article(reviewer, article, "Jelas dan akurat.")
    article.refresh_from_db()
    assert article.state == ArticleState.PUBLISHED
    assert article.reviewer == reviewer
    assert article.last_reviewed == timezone.localdate()
    assert article.published_at is not None
    assert list(services.published_articles()) == [article]


def test_request_changes_needs_a_note_and_goes_back_to_the_author(author, reviewer, write):
    article = write(author)
    services.submit_for_review(author, article)
    with pytest.raises(ValidationError):
        services.request_changes(reviewer, article, "   ")
    services.request_changes(reviewer, article, "Tambahkan sumber untuk angka prevalensi.")
    article.refresh_from_db()
    assert article.state == ArticleState.CHANGES_REQUESTED
    assert article.review_note == "Tambahkan sumber untuk angka prevalensi."
    assert article.last_reviewed is None
    assert list(services.published_articles()) == []
    # The author edits and sends it again.
    services.update_article(author, article, draft(summary="Versi yang diperbaiki."))
    services.submit_for_review(author, article)
    assert Article.objects.get(pk=article.pk).state == ArticleState.IN_REVIEW


def test_the_author_can_never_review_their_own_article(author, write):
    article = write(author)
    services.submit_for_review(author, article)
    with pytest.raises(PermissionDenied):
        services.approve_article(author, article)
    with pytest.raises(PermissionDenied):
        services.request_changes(author, article, "Sudah bagus")
    assert Article.objects.get(pk=article.pk).state == ArticleState.IN_REVIEW


def test_only_articles_in_review_can_be_approved(author, reviewer, write):
    article = write(author)
    with pytest.raises(ValidationError):
        services.approve_article(reviewer, article)  # still a draft
    services.submit_for_review(author, article)
    services.approve_article(reviewer, article)
    with pytest.raises(ValidationError):
        services.approve_article(reviewer, article)  # already published
    with pytest.raises(ValidationError):
        services.submit_for_review(author, article)


def test_only_verified_professionals_write_and_review(author, member, write, make_user):
    with pytest.raises(PermissionDenied):
        services.create_article(member, draft())
    article = write(author)
    services.submit_for_review(author, article)
    moderator = make_user("moderator", is_moderator=True, is_staff=True)
    for outsider in (member, moderator):
        with pytest.raises(PermissionDenied):
            services.approve_article(outsider, article)
    # A professional whose verification was withdrawn can no longer write.
    author.is_verified_professional = False
    author.save()
    with pytest.raises(PermissionDenied):
        services.create_article(author, draft())
    assert Article.objects.count() == 1


def test_only_the_author_edits_and_submits(author, reviewer, write):
    article = write(author)
    with pytest.raises(PermissionDenied):
        services.update_article(reviewer, article, draft(title="Diambil alih"))
    with pytest.raises(PermissionDenied):
        services.submit_for_review(reviewer, article)
    assert Article.objects.get(pk=article.pk).title == "Mengenali cemas"


def test_editing_a_published_article_takes_it_back_to_draft(author, publish):
    article = publish(author)
    services.update_article(author, article, draft(body="Teks baru yang belum ditinjau."))
    article.refresh_from_db()
    assert article.state == ArticleState.DRAFT
    assert list(services.published_articles()) == []
    assert AuditLogEntry.objects.filter(
        action="wellbeing.article.unpublish", target_id=str(article.pk)
    ).exists()


def test_reviews_are_audit_logged(author, reviewer, write):
    approved, sent_back = write(author), write(author, title="Kedua")
    for article in (approved, sent_back):
        services.submit_for_review(author, article)
    services.approve_article(reviewer, approved)
    services.request_changes(reviewer, sent_back, "Perjelas bagian kedua.")
    entries = {
        (entry.action, entry.target_id): entry
        for entry in AuditLogEntry.objects.filter(target_type="wellbeing.article")
    }
    approve = entries[("wellbeing.article.approve", str(approved.pk))]
    changes = entries[("wellbeing.article.request_changes", str(sent_back.pk))]
    assert approve.actor == reviewer and approve.details == {"author": author.pk}
    assert changes.actor == reviewer and changes.details == {"author": author.pk}
    # The note itself is not copied into the log.
    assert "Perjelas" not in str(changes.details)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"topics": []}, "at least one topic"),
        ({"topics": ["astrology"]}, "from the list"),
        ({"language": "fr"}, "Bahasa Indonesia or English"),
        ({"references": [{"text": "", "url": ""}]}, "needs a text"),
        ({"references": [{"text": "x", "url": "javascript:alert(1)"}]}, "http"),
    ],
)
def test_invalid_drafts_are_refused(author, fields, message, settings):
    settings.LANGUAGE_CODE = "en"
    from django.utils import translation

    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.create_article(author, draft(**fields))
    assert message in " ".join(error.value.messages)


def test_translations_are_linked_from_both_sides(author, reviewer, publish, write):
    original = publish(author)
    english = publish(author, title="Recognising anxiety", language="en", translation_of=original)
    assert english.translation_of == original
    assert original.counterpart() == english and english.counterpart() == original
    assert services.published_counterpart(original) == english
    assert services.published_counterpart(english) == original
    # A draft translation is not offered to readers yet.
    other = publish(author, title="Kedua")
    write(author, title="Second", language="en", translation_of=other)
    assert other.counterpart() is not None
    assert services.published_counterpart(other) is None


def test_translation_rules(author, publish):
    original = publish(author)
    with pytest.raises(ValidationError):  # same language
        services.create_article(author, draft(translation_of=original))
    english = services.create_article(author, draft(language="en", translation_of=original))
    with pytest.raises(ValidationError):  # a second English version
        services.create_article(author, draft(language="en", translation_of=original))
    # Naming the translation counts as naming its original: a second Indonesian version is
    # refused either way.
    with pytest.raises(ValidationError):
        services.create_article(author, draft(language="id", translation_of=english))
    assert english.translation_of == original
    with pytest.raises(ValidationError):
        services.update_article(author, original, draft(language="en", translation_of=original))


def test_reading_time_is_about_200_words_a_minute():
    assert reading_minutes("") == 1
    assert reading_minutes("satu dua tiga") == 1
    assert reading_minutes("kata " * 200) == 1
    assert reading_minutes("kata " * 201) == 2
    assert reading_minutes("kata " * 1000) == 5


def test_article_reading_time_comes_from_its_body(author, write):
    article = write(author, body="kata " * 650)
    assert article.reading_minutes == 4


def test_markdown_renders_formatting_and_keeps_h1_for_the_page_title():
    html = render_markdown(
        "# Judul\n\n### Sub\n\n**tebal** dan *miring*\n\n- satu\n- dua\n\n[WHO](https://www.who.int/)"
    )
    assert "<h2>Judul</h2>" in html and "<h1>" not in html
    assert "<h3>Sub</h3>" in html
    assert "<strong>tebal</strong>" in html and "<em>miring</em>" in html
    assert "<li>satu</li>" in html
    assert '<a href="https://www.who.int/" rel="nofollow noopener noreferrer">WHO</a>' in html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](vbscript:msgbox(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD4=)",
        '<a href="javascript:alert(1)">klik</a>',
    ],
)
def test_markdown_neutralises_html_and_script_links(source):
    html = render_markdown(source).lower()
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript:' not in html
    assert 'href="vbscript:' not in html
    assert 'href="data:' not in html
    assert "<a href" not in html  # none of these becomes a link


def test_markdown_images_are_not_loaded():
    html = render_markdown("![pelacak](https://example.com/pixel.png)")
    assert "<img" not in html


def test_suspended_authors_leave_the_library(author, publish):
    publish(author)
    author.suspended_at = timezone.now()
    author.save()
    assert list(services.published_articles()) == []


def test_last_reviewed_is_the_approval_date(author, publish, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: date(2026, 11, 3))
    article = publish(author)
    assert article.last_reviewed == date(2026, 11, 3)
