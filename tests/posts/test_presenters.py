from django.contrib.auth.models import AnonymousUser

from teduh.accounts.services import follow
from teduh.posts import services
from teduh.posts.models import Status, Visibility
from teduh.posts.presenters import ANONYMOUS_AUTHOR, author_of, card_for, cards_for


def test_author_of_hides_anonymous_author(make_user, post):
    ani = make_user("ani", display_name="Ani Wijaya")
    assert author_of(post(ani, "Terbuka")) == ani
    hidden = author_of(post(ani, "Rahasia", anonymous=True))
    assert hidden is ANONYMOUS_AUTHOR
    assert hidden.pk is None and hidden.avatar is None
    assert hidden.username != ani.username
    assert str(hidden.name) not in {ani.username, ani.display_name}


def test_cards_report_the_viewers_own_interactions(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    liked = post(ani, "Disukai")
    plain = post(ani, "Biasa")
    services.favourite(budi, liked)
    services.bookmark(budi, liked)
    services.reblog(budi, liked)
    liked_card, plain_card = cards_for([liked, plain], budi)
    assert (liked_card.favourited, liked_card.bookmarked, liked_card.reblogged) == (
        True,
        True,
        True,
    )
    assert (plain_card.favourited, plain_card.bookmarked, plain_card.reblogged) == (
        False,
        False,
        False,
    )
    assert not liked_card.can_delete and not liked_card.is_own
    own = card_for(liked, ani)
    assert own.can_delete and own.is_own and not own.favourited


def test_reblog_card_shows_the_original_and_the_sharer(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    original = post(ani, "Asli", anonymous=True)
    shared = services.reblog(budi, original)
    card = card_for(Status.objects.get(pk=shared.pk), AnonymousUser())
    assert card.status == original
    assert card.author is ANONYMOUS_AUTHOR
    assert card.reblogged_by == budi
    assert card.shared_status_id == shared.pk
    assert not card.can_delete and not card.favourited


def test_visible_to(make_user, post):
    ani, pengikut, asing = make_user("ani"), make_user("pengikut"), make_user("asing")
    follow(pengikut, ani)
    public = post(ani, "Publik")
    unlisted = post(ani, "Tidak terdaftar", visibility=Visibility.UNLISTED)
    private = post(ani, "Pengikut saja", visibility=Visibility.PRIVATE)

    def visible(viewer):
        return set(Status.objects.visible_to(viewer).values_list("pk", flat=True))

    assert visible(AnonymousUser()) == visible(None) == {public.pk, unlisted.pk}
    assert visible(asing) == {public.pk, unlisted.pk}
    assert visible(pengikut) == {public.pk, unlisted.pk, private.pk}
    assert visible(ani) == {public.pk, unlisted.pk, private.pk}
    assert services.can_view(pengikut, private) and not services.can_view(asing, private)
