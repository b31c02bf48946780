import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teduh.wellbeing import services
from teduh.wellbeing.models import Collection, CollectionItem
from teduh.wellbeing.services import ItemData

pytestmark = pytest.mark.django_db

ITEMS = [
    ItemData("book", "Filosofi Teras", "Henry Manampiring", "", "Stoa untuk anak muda."),
    ItemData("website", "healing119.id", "Kemenkes", "https://healing119.id/", "Konseling."),
]


def create(curator, items=ITEMS, **fields):
    values = {"title": "Bacaan pilihan", "description": "Untuk mulai.", "language": "id"}
    values.update(fields)
    return services.save_collection(curator, None, items=list(items), **values)


def test_a_professional_creates_a_collection_with_ordered_items(author):
    collection = create(author)
    assert collection.curator == author
    items = list(collection.items.all())
    assert [(i.kind, i.title, i.creator, i.url, i.position) for i in items] == [
        ("book", "Filosofi Teras", "Henry Manampiring", "", 0),
        ("website", "healing119.id", "Kemenkes", "https://healing119.id/", 1),
    ]
    assert items[0].review == "Stoa untuk anak muda."


def test_saving_again_replaces_fields_and_items(author):
    collection = create(author)
    services.save_collection(
        author,
        collection,
        title="Bacaan pilihan (diperbarui)",
        description="",
        language="en",
        items=[ItemData("video", "A short film", "WHO", "", "")],
    )
    collection.refresh_from_db()
    assert collection.title == "Bacaan pilihan (diperbarui)"
    assert collection.language == "en"
    assert list(collection.items.values_list("title", flat=True)) == ["A short film"]
    assert CollectionItem.objects.count() == 1


def test_members_cannot_curate(member):
    with pytest.raises(PermissionDenied):
        create(member)
    assert Collection.objects.count() == 0


def test_only_the_curator_edits(author, reviewer):
    collection = create(author)
    with pytest.raises(PermissionDenied):
        services.save_collection(
            reviewer, collection, title="Diambil alih", description="", language="id", items=[]
        )
    collection.refresh_from_db()
    assert collection.title == "Bacaan pilihan"
    assert collection.items.count() == 2


@pytest.mark.parametrize(
    ("fields", "items"),
    [
        ({"title": " "}, ITEMS),
        ({"language": "xx"}, ITEMS),
        ({}, [ItemData("podcast", "Judul", "", "", "")]),
        ({}, [ItemData("book", "  ", "", "", "")]),
        ({}, [ItemData("website", "Situs", "", "javascript:alert(1)", "")]),
        ({}, [ItemData("website", "Situs", "", "ftp://example.com/", "")]),
    ],
)
def test_invalid_collections_are_refused(author, fields, items):
    with pytest.raises(ValidationError):
        create(author, items=items, **fields)
    assert Collection.objects.count() == 0
