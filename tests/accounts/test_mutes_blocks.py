"""Mutes and blocks: what each does to timelines, conversations, notifications and follows,
and that neither ever acts on anonymous posts through their real author."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from teduh.accounts import services
from teduh.accounts.models import Block, Follow, Mute, anonymous_placeholder
from teduh.notifications.models import Notification, NotificationType
from teduh.posts import services as posts
from teduh.posts.models import Status, Tag
from teduh.posts.services import StatusDraft
from teduh.timelines import services as timelines


@pytest.fixture
def ani(make_user):
    return make_user("ani")


@pytest.fixture
def budi(make_user):
    return make_user("budi")


@pytest.fixture
def cici(make_user):
    return make_user("cici")


def ids(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


def notes(user) -> list[tuple[str, int | None, int | None]]:
    return list(
        Notification.objects.filter(recipient=user)
        .order_by("pk")
        .values_list("type", "actor_id", "status_id")
    )


def relationship(viewer, other):
    return services.relationships(viewer, [other])[0]


# Muting ---------------------------------------------------------------------------------------


def test_mute_defaults_to_hiding_notifications_until_unmuted(ani, budi):
    mute = services.mute(ani, budi)
    assert (mute.account, mute.target, mute.hide_notifications, mute.expires_at) == (
        ani,
        budi,
        True,
        None,
    )
    rel = relationship(ani, budi)
    assert (rel.muting, rel.muting_notifications, rel.blocking) == (True, True, False)
    # Muting is private: the muted person's view of the relationship shows nothing.
    assert relationship(budi, ani).muting is False


def test_mute_with_duration_and_without_notifications(ani, budi):
    mute = services.mute(ani, budi, notifications=False, duration=3600)
    assert mute.hide_notifications is False
    assert timedelta(minutes=59) < mute.expires_at - timezone.now() <= timedelta(hours=1)
    rel = relationship(ani, budi)
    assert (rel.muting, rel.muting_notifications) == (True, False)


def test_muting_again_changes_the_mute(ani, budi):
    services.mute(ani, budi, notifications=False, duration=600)
    services.mute(ani, budi, notifications=True, duration=0)  # 0: until unmuted
    mute = Mute.objects.get()
    assert (mute.hide_notifications, mute.expires_at) == (True, None)


@pytest.mark.parametrize("duration", [-1, services.MAX_MUTE_SECONDS + 1])
def test_mute_refuses_impossible_durations(ani, budi, duration):
    with pytest.raises(ValidationError) as caught:
        services.mute(ani, budi, duration=duration)
    assert caught.value.code == "duration"
    assert not Mute.objects.exists()


def test_nobody_can_mute_or_block_themselves(ani):
    with pytest.raises(ValidationError) as caught:
        services.mute(ani, ani)
    assert caught.value.code == "self"
    with pytest.raises(ValidationError) as caught:
        services.block(ani, ani)
    assert caught.value.code == "self"
    assert not Mute.objects.exists()
    assert not Block.objects.exists()


def test_the_anonymous_placeholder_cannot_be_muted_or_blocked(ani):
    placeholder = anonymous_placeholder()
    with pytest.raises(PermissionDenied):
        services.mute(ani, placeholder)
    with pytest.raises(PermissionDenied):
        services.block(ani, placeholder)
    assert not Mute.objects.exists()
    assert not Block.objects.exists()


def test_muted_posts_leave_home_public_hashtag_and_conversations(ani, budi, cici, post):
    services.follow(ani, budi)
    services.follow(ani, cici)
    root = post(cici, "Mulai #obrolan")
    by_budi = post(budi, "Dari Budi #obrolan", in_reply_to=root)
    under_budi = post(cici, "Balasan untuk Budi", in_reply_to=by_budi)
    shared_by_budi = posts.reblog(budi, root)
    budi_shared = posts.reblog(cici, post(budi, "Tulisan Budi lain"))
    by_cici = post(cici, "Dari Cici")
    tag = Tag.objects.get(name="obrolan")
    before_home = ids(timelines.home_queryset(ani))
    assert {by_budi.pk, shared_by_budi.pk, budi_shared.pk} <= before_home

    services.mute(ani, budi)
    home = ids(timelines.home_queryset(ani))
    assert by_budi.pk not in home
    assert shared_by_budi.pk not in home  # shares by a muted account
    assert budi_shared.pk not in home  # shares of a muted account's posts
    assert {root.pk, by_cici.pk, under_budi.pk} <= home
    public = ids(timelines.public_queryset(ani))
    assert by_budi.pk not in public and root.pk in public
    assert by_budi.pk not in ids(timelines.tag_queryset(tag, ani))
    ancestors, descendants = timelines.conversation(root, ani)
    # A reply to a left-out status goes with it.
    assert [s.pk for s in descendants] == []
    # Others are not affected, and the muted profile can still be opened.
    assert by_budi.pk in ids(timelines.public_queryset(cici))
    assert by_budi.pk in ids(timelines.account_queryset(budi, ani))

    assert services.unmute(ani, budi) is True
    assert ids(timelines.home_queryset(ani)) == before_home
    assert services.unmute(ani, budi) is False


def test_muting_never_hides_anonymous_posts_by_their_real_author(ani, budi, post):
    services.follow(ani, budi)
    anonymous = post(budi, "Cerita tanpa nama #cerita", anonymous=True)
    shared = posts.reblog(ani, anonymous)
    services.mute(ani, budi)
    public = ids(timelines.public_queryset(ani))
    assert anonymous.pk in public
    assert anonymous.pk in ids(timelines.tag_queryset(Tag.objects.get(name="cerita"), ani))
    assert shared.pk in ids(timelines.home_queryset(ani))


def test_an_expired_mute_acts_as_if_it_were_gone(ani, budi, post):
    status = post(budi, "Halo")
    services.mute(ani, budi, duration=60)
    assert status.pk not in ids(timelines.public_queryset(ani))
    assert [m.target for m in services.mutes_of(ani)] == [budi]
    Mute.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert status.pk in ids(timelines.public_queryset(ani))
    assert relationship(ani, budi).muting is False
    assert list(services.mutes_of(ani)) == []
    # Its notifications come through again, too.
    posts.favourite(budi, post(ani, "Punyaku"))
    assert [n[0] for n in notes(ani)] == [NotificationType.FAVOURITE]


def test_mute_with_notifications_silences_what_they_do(ani, budi, post):
    mine = post(ani, "Punyaku")
    services.mute(ani, budi)
    posts.favourite(budi, mine)
    posts.reblog(budi, mine)
    post(budi, "Balas", in_reply_to=mine)
    post(budi, "Halo @ani")
    services.follow(budi, ani)
    assert notes(ani) == []


def test_mute_without_notifications_keeps_them(ani, budi, post):
    mine = post(ani, "Punyaku")
    services.mute(ani, budi, notifications=False)
    posts.favourite(budi, mine)
    reply = post(budi, "Balas", in_reply_to=mine)
    assert notes(ani) == [
        (NotificationType.FAVOURITE, budi.pk, mine.pk),
        (NotificationType.REPLY, budi.pk, reply.pk),
    ]


def test_an_anonymous_reply_from_a_muted_account_still_notifies(ani, budi, post):
    # Dropping it by its real author would tell ani who wrote it.
    mine = post(ani, "Punyaku")
    services.mute(ani, budi)
    reply = post(budi, "Balasan anonim", in_reply_to=mine, anonymous=True)
    assert notes(ani) == [(NotificationType.REPLY, None, reply.pk)]


# Blocking -------------------------------------------------------------------------------------


def test_block_ends_follows_both_ways(ani, budi, cici):
    services.follow(ani, budi)
    services.follow(budi, ani)
    services.follow(ani, cici)
    block = services.block(ani, budi)
    assert (block.account, block.target) == (ani, budi)
    assert list(Follow.objects.values_list("follower__username", "target__username")) == [
        ("ani", "cici")
    ]
    rel = relationship(ani, budi)
    assert (rel.blocking, rel.blocked_by, rel.following, rel.followed_by) == (
        True,
        False,
        False,
        False,
    )
    assert relationship(budi, ani).blocked_by is True
    # Blocking twice is one block.
    services.block(ani, budi)
    assert Block.objects.count() == 1


def test_blocked_people_cannot_follow_across_the_block(ani, budi):
    services.block(ani, budi)
    with pytest.raises(PermissionDenied):
        services.follow(budi, ani)
    with pytest.raises(ValidationError) as caught:
        services.follow(ani, budi)
    assert caught.value.code == "blocking"
    assert not Follow.objects.exists()


def test_blocked_accounts_posts_disappear_both_ways(ani, budi, cici, post):
    services.follow(ani, budi)
    services.follow(budi, ani)
    root = post(cici, "Mulai #topik")
    by_budi = post(budi, "Dari Budi #topik", in_reply_to=root)
    by_ani = post(ani, "Dari Ani #topik")
    shared = posts.reblog(cici, post(budi, "Lagi dari Budi"))
    tag = Tag.objects.get(name="topik")
    services.block(ani, budi)

    for viewer, other in ((ani, by_budi), (budi, by_ani)):
        assert other.pk not in ids(Status.objects.visible_to(viewer))
        assert other.pk not in ids(timelines.home_queryset(viewer))
        assert other.pk not in ids(timelines.public_queryset(viewer))
        assert other.pk not in ids(timelines.tag_queryset(tag, viewer))
    assert shared.pk not in ids(Status.objects.visible_to(ani))
    _ancestors, descendants = timelines.conversation(root, ani)
    assert descendants == []
    # Nobody else is affected.
    assert {by_budi.pk, by_ani.pk, shared.pk} <= ids(Status.objects.visible_to(cici))
    # The blocked cannot reply to or favourite what they can no longer see.
    with pytest.raises(ValidationError):
        posts.publish_status(budi, StatusDraft(content="Balas", in_reply_to=by_ani))
    assert not posts.can_view(budi, by_ani)

    services.unblock(ani, budi)
    assert by_budi.pk in ids(timelines.public_queryset(ani))
    assert not Follow.objects.exists()  # follows do not come back


def test_block_removes_notifications_the_blocked_caused(ani, budi, cici, post):
    mine = post(ani, "Punyaku")
    posts.favourite(budi, mine)
    post(budi, "Halo @ani")
    posts.favourite(cici, mine)
    anonymous_reply = post(budi, "Balasan anonim", in_reply_to=mine, anonymous=True)
    services.block(ani, budi)
    # Only those naming budi: the anonymous one stays, or its disappearing would tell ani
    # that budi wrote it.
    assert notes(ani) == [
        (NotificationType.FAVOURITE, cici.pk, mine.pk),
        (NotificationType.REPLY, None, anonymous_reply.pk),
    ]


def test_a_blocked_account_can_no_longer_notify(ani, budi, post):
    mine = post(ani, "Punyaku")
    services.block(budi, ani)  # the block the other way round silences too
    post(budi, "Halo @ani")
    post(ani, "Halo @budi")
    assert notes(ani) == []
    assert notes(budi) == []
    assert not posts.can_view(budi, mine)


def test_anonymous_posts_are_not_hidden_by_blocking_their_real_author(ani, budi, cici, post):
    """Blocking someone and watching which anonymous posts disappear would tell who wrote
    them (StatusQuerySet.without_blocked)."""
    by_budi = post(budi, "Cerita tanpa nama", anonymous=True)
    by_ani = post(ani, "Ceritaku tanpa nama", anonymous=True)
    shared = posts.reblog(cici, by_budi)
    services.block(ani, budi)
    visible_to_ani = ids(Status.objects.visible_to(ani))
    assert {by_budi.pk, shared.pk} <= visible_to_ani
    assert by_budi.pk in ids(timelines.public_queryset(ani))
    assert by_ani.pk in ids(timelines.public_queryset(budi))


def test_an_anonymous_post_cannot_mention_across_a_block(ani, budi, post):
    services.block(ani, budi)
    with pytest.raises(ValidationError) as caught:
        post(budi, "Halo @ani", anonymous=True)
    assert [e.code for e in caught.value.error_list] == ["mention_blocked"]
    with pytest.raises(ValidationError):
        post(ani, "Halo @budi", anonymous=True)
    assert not Status.objects.exists()


def test_blocked_between_and_lists(ani, budi, cici):
    assert services.blocked_between(ani, budi) is False
    services.block(ani, budi)
    services.block(ani, cici)
    services.mute(ani, cici)
    assert services.blocked_between(ani, budi) is True
    assert services.blocked_between(budi, ani) is True
    assert services.blocked_between(budi, cici) is False
    assert [b.target for b in services.blocks_of(ani).order_by("-pk")] == [cici, budi]
    assert [m.target for m in services.mutes_of(ani)] == [cici]
    assert list(services.blocks_of(budi)) == []
    assert services.unblock(ani, budi) is True
    assert services.unblock(ani, budi) is False
    assert [b.target for b in services.blocks_of(ani)] == [cici]


def test_content_settings(ani):
    services.update_content_settings(ani, sensitive_content="less", hide_counts=True)
    ani.refresh_from_db()
    assert (ani.sensitive_content, ani.hide_counts) == ("less", True)
    with pytest.raises(ValidationError):
        services.update_content_settings(ani, sensitive_content="all", hide_counts=False)
    ani.refresh_from_db()
    assert (ani.sensitive_content, ani.hide_counts) == ("less", True)
