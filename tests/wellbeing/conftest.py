import pytest

from teduh.wellbeing import services
from teduh.wellbeing.services import ArticleDraft

BODY = (
    "## Apa itu cemas?\n\nCemas adalah reaksi alami tubuh. " + "kata " * 390 + "\n\n"
    "- napas perlahan\n- cerita ke teman\n"
)


@pytest.fixture
def author(make_user):
    return make_user("bu_ani", display_name="Ani, M.Psi.", is_verified_professional=True)


@pytest.fixture
def reviewer(make_user):
    return make_user("pak_budi", display_name="Budi, Psikolog", is_verified_professional=True)


@pytest.fixture
def member(make_user):
    return make_user("siswa")


def draft(**fields) -> ArticleDraft:
    values = {
        "title": "Mengenali cemas",
        "summary": "Kapan cemas perlu diperhatikan.",
        "body": BODY,
        "language": "id",
        "topics": ["anxiety"],
        "references": [
            {"text": "WHO. Anxiety disorders.", "url": "https://www.who.int/"},
            {"text": "Buku tanpa tautan", "url": ""},
        ],
    }
    values.update(fields)
    return ArticleDraft(**values)


@pytest.fixture
def write():
    """write(author, **draft_fields) -> a draft article."""

    def make(author, **fields):
        return services.create_article(author, draft(**fields))

    return make


@pytest.fixture
def publish(write, reviewer):
    """publish(author, **draft_fields) -> an article approved by `reviewer`."""

    def make(author, by=None, **fields):
        article = write(author, **fields)
        services.submit_for_review(author, article)
        return services.approve_article(by or reviewer, article)

    return make
