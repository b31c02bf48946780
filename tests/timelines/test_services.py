import pytest
from django.contrib.auth.models import AnonymousUser

from teduh.accounts.services import follow, unfollow
from teduh.posts import services as posts
from teduh.posts.models import Tag, Visibility
from teduh.timelines import services as timelines


def ids(queryset) -> list[int]:
    return list(queryset.order_by("-pk").values_list("pk", flat=True))


def page_ids(page) -> list[int]:
    return [status.pk for status in page.statuses]


@pytest.fixture
def people(make_user):
    return make_user("ani"), make_user("budi"), make_user("cici")


def test_home_has_own_and_followed_statuses_only(people, post):
    ani, budi, cici = people
    follow(ani, budi)
    own = post(ani, "Punyaku")
    followed = post(budi, "Dari Budi")
    followed_private = post(budi, "Budi untuk pengikut", visibility=Visibility.PRIVATE)
    followed_unlisted = post(budi, "Budi tidak terdaftar", visibility=Visibility.UNLISTED)
    post(cici, "Dari Cici, tidak diikuti")
    own_anonymous = post(ani, "Aku anonim", anonymous=True)
    post(budi, "Budi anonim", anonymous=True)
    assert ids(timelines.home_queryset(ani)) == [
        own_anonymous.pk,
        followed_unlisted.pk,
        followed_private.pk,
        followed.pk,
        own.pk,
    ]


def test_home_includes_reblogs_by_followed_accounts(people, post):
    ani, budi, cici = people
    follow(ani, budi)
    by_cici = post(cici, "Tulisan Cici")
    anonymous_by_cici = post(cici, "Cici anonim", anonymous=True)
    shared = posts.reblog(budi, by_cici)
    shared_anonymous = posts.reblog(budi, anonymous_by_cici)
    assert ids(timelines.home_queryset(ani)) == [shared_anonymous.pk, shared.pk]


def test_home_forgets_unfollowed_accounts(people, post):
    ani, budi, _cici = people
    follow(ani, budi)
    status = post(budi, "Halo")
    assert ids(timelines.home_queryset(ani)) == [status.pk]
    unfollow(ani, budi)
    assert ids(timelines.home_queryset(ani)) == []


def test_public_timeline_has_public_originals_only(people, post):
    ani, budi, _cici = people
    public = post(ani, "Publik")
    anonymous = post(budi, "Anonim publik", anonymous=True)
    reply = post(budi, "Balasan publik", in_reply_to=public)
    post(ani, "Tidak terdaftar", visibility=Visibility.UNLISTED)
    post(ani, "Pengikut", visibility=Visibility.PRIVATE)
    posts.reblog(budi, public)
    expected = [reply.pk, anonymous.pk, public.pk]
    assert ids(timelines.public_queryset(AnonymousUser())) == expected
    assert ids(timelines.public_queryset(ani)) == expected


def test_tag_timeline(people, post):
    ani, budi, _cici = people
    first = post(ani, "Belajar #Tenang")
    second = post(budi, "Juga #tenang dan #lain")
    post(ani, "Diam-diam #tenang", visibility=Visibility.PRIVATE)
    post(ani, "Tanpa tagar")
    posts.reblog(budi, first)
    tag = Tag.objects.get(name="tenang")
    assert ids(timelines.tag_queryset(tag, None)) == [second.pk, first.pk]


def test_account_timeline_hides_anonymous_and_respects_visibility(people, post):
    ani, budi, _cici = people
    public = post(ani, "Publik")
    private = post(ani, "Pengikut", visibility=Visibility.PRIVATE)
    post(ani, "Anonim", anonymous=True)
    assert ids(timelines.account_queryset(ani, None)) == [public.pk]
    assert ids(timelines.account_queryset(ani, budi)) == [public.pk]
    follow(budi, ani)
    assert ids(timelines.account_queryset(ani, budi)) == [private.pk, public.pk]
    assert ids(timelines.account_queryset(ani, ani)) == [private.pk, public.pk]


def test_bookmarks_are_per_user_and_drop_hidden_statuses(people, post):
    ani, budi, cici = people
    follow(budi, ani)
    first = post(ani, "Satu")
    private = post(ani, "Dua", visibility=Visibility.PRIVATE)
    posts.bookmark(budi, first)
    posts.bookmark(budi, private)
    posts.bookmark(cici, first)
    assert ids(timelines.bookmarks_queryset(budi)) == [private.pk, first.pk]
    unfollow(budi, ani)
    assert ids(timelines.bookmarks_queryset(budi)) == [first.pk]


def test_pagination_is_stable_when_new_statuses_arrive(make_user, post):
    ani = make_user("ani")
    older = [post(ani, f"Lama {n}").pk for n in range(25)]
    queryset = timelines.public_queryset(None)

    first = timelines.paginate(queryset)
    assert page_ids(first) == older[::-1][:20]
    assert first.next_max_id == older[5]
    assert first.newest_id == older[-1]

    newer = [post(ani, f"Baru {n}").pk for n in range(7)]

    second = timelines.paginate(queryset, max_id=first.next_max_id)
    assert page_ids(second) == older[::-1][20:]
    assert second.next_max_id is None
    seen = page_ids(first) + page_ids(second)
    assert len(seen) == len(set(seen)) == 25
    assert sorted(seen) == older

    # The new statuses are reachable from the top with min_id, newest first.
    fresh = timelines.paginate(queryset, min_id=first.newest_id)
    assert page_ids(fresh) == newer[::-1]


def test_pagination_min_id_returns_the_statuses_right_after_it(make_user, post):
    ani = make_user("ani")
    all_ids = [post(ani, f"#{n}").pk for n in range(8)]
    page = timelines.paginate(timelines.public_queryset(None), min_id=all_ids[1], limit=3)
    assert page_ids(page) == [all_ids[4], all_ids[3], all_ids[2]]


def test_pagination_limit_is_clamped(make_user, post):
    ani = make_user("ani")
    for n in range(3):
        post(ani, f"#{n}")
    queryset = timelines.public_queryset(None)
    assert len(timelines.paginate(queryset, limit=0).statuses) == 1
    assert timelines.paginate(queryset, limit=-5).next_max_id is not None
    assert len(timelines.paginate(queryset, limit=1000).statuses) == 3


def test_empty_page(db):
    page = timelines.paginate(timelines.public_queryset(None))
    assert (page.statuses, page.next_max_id, page.newest_id) == ([], None, None)


def test_conversation_orders_ancestors_and_descendants(people, post):
    ani, budi, cici = people
    root = post(ani, "Akar")
    a = post(budi, "A", in_reply_to=root)
    a1 = post(ani, "A1", in_reply_to=a)
    b = post(cici, "B", in_reply_to=root)
    a2 = post(cici, "A2", in_reply_to=a)
    a1x = post(budi, "A1x", in_reply_to=a1)
    post(ani, "Lain")
    ancestors, descendants = timelines.conversation(root, None)
    assert ancestors == []
    assert [s.pk for s in descendants] == [a.pk, a1.pk, a1x.pk, a2.pk, b.pk]
    ancestors, descendants = timelines.conversation(a1, None)
    assert [s.pk for s in ancestors] == [root.pk, a.pk]
    assert [s.pk for s in descendants] == [a1x.pk]


def test_conversation_hides_followers_only_replies_from_others(people, post):
    ani, budi, cici = people
    follow(cici, budi)
    root = post(ani, "Akar")
    private_reply = post(
        budi, "Balasan untuk pengikut", in_reply_to=root, visibility=Visibility.PRIVATE
    )
    under_private = post(budi, "Lanjutan", in_reply_to=private_reply)
    public_reply = post(ani, "Balasan publik", in_reply_to=root)

    def descendant_ids(viewer):
        return [s.pk for s in timelines.conversation(root, viewer)[1]]

    assert descendant_ids(None) == [public_reply.pk]
    assert descendant_ids(ani) == [public_reply.pk]
    assert descendant_ids(cici) == [private_reply.pk, under_private.pk, public_reply.pk]
    assert descendant_ids(budi) == [private_reply.pk, under_private.pk, public_reply.pk]
