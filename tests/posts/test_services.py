import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext

from teduh.accounts.services import follow
from teduh.notifications.models import Notification, NotificationType
from teduh.posts import services
from teduh.posts.models import Bookmark, Favourite, Status, Tag, Visibility
from teduh.posts.services import StatusDraft


def codes(excinfo) -> set[str]:
    return {error.code for error in excinfo.value.error_list}


def fresh(status: Status) -> Status:
    return Status.objects.get(pk=status.pk)


# --- publish_status -------------------------------------------------------------------------


def test_publish_links_hashtags_and_reuses_tags(make_user, post):
    author = make_user("ani")
    first = post(author, "Halo #MariBicara dan #Tenang")
    second = post(author, "Lagi #maribicara")
    assert 'href="/tags/maribicara/"' in first.content_html
    assert 'href="/tags/tenang/"' in first.content_html
    assert set(first.tags.values_list("name", flat=True)) == {"maribicara", "tenang"}
    assert list(second.tags.values_list("pk", flat=True)) == [Tag.objects.get(name="maribicara").pk]
    assert Tag.objects.get(name="maribicara").display_name == "MariBicara"
    assert Tag.objects.count() == 2


def test_mentions_are_linked_only_for_existing_users(make_user, post):
    author, budi = make_user("ani"), make_user("Budi")
    make_user("pergi", is_active=False)
    status = post(author, "Hai @budi, @tidakada dan @pergi")
    assert list(status.mentions.all()) == [budi]
    assert '<a href="/@budi/" class="mention">@budi</a>' in status.content_html
    assert "/@tidakada/" not in status.content_html
    assert "/@pergi/" not in status.content_html


def test_content_html_escapes_script_tags(make_user, post):
    status = post(make_user("ani"), "<script>alert('teduh')</script> <img src=x onerror=alert(1)>")
    assert "<script" not in status.content_html
    assert "<img" not in status.content_html
    assert "&lt;script&gt;" in status.content_html
    assert status.content == "<script>alert('teduh')</script> <img src=x onerror=alert(1)>"


def test_spoiler_text_marks_status_sensitive(make_user, post):
    author = make_user("ani")
    warned = post(author, "Cerita berat", spoiler_text="  self-harm  ")
    plain = post(author, "Cerita ringan")
    assert (warned.spoiler_text, warned.sensitive) == ("self-harm", True)
    assert (plain.spoiler_text, plain.sensitive) == ("", False)


def test_language_defaults_to_author_language(make_user, post):
    assert post(make_user("ani", language="en"), "Hello").language == "en"
    assert post(make_user("budi"), "Halo", language="en").language == "en"


def test_reply_counters_and_conversation_root(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    assert root.conversation_root_id == root.pk
    reply = post(budi, "Balasan", in_reply_to=root)
    nested = post(ani, "Balasan lagi", in_reply_to=reply)
    second = post(budi, "Balasan kedua", in_reply_to=root)
    assert reply.conversation_root_id == root.pk
    assert nested.conversation_root_id == root.pk
    assert second.conversation_root_id == root.pk
    assert reply.in_reply_to_account == ani
    assert nested.in_reply_to_account == budi
    assert fresh(root).replies_count == 2
    assert fresh(reply).replies_count == 1
    assert fresh(nested).replies_count == 0


@pytest.mark.parametrize("content", ["", "   \n  "])
def test_empty_status_is_rejected(make_user, content):
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(make_user("ani"), StatusDraft(content=content))
    assert codes(excinfo) == {"empty"}
    assert not Status.objects.exists()


def test_over_long_status_is_rejected_but_limit_is_allowed(make_user, settings):
    author = make_user("ani")
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(
            author, StatusDraft(content="a" * (settings.TEDUH_MAX_POST_CHARS + 1))
        )
    assert codes(excinfo) == {"too_long"}
    assert not Status.objects.exists()
    exact = services.publish_status(
        author, StatusDraft(content="a" * settings.TEDUH_MAX_POST_CHARS)
    )
    assert len(exact.content) == settings.TEDUH_MAX_POST_CHARS


def test_anonymous_followers_only_is_rejected(make_user):
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(
            make_user("ani"),
            StatusDraft(content="Rahasia", anonymous=True, visibility=Visibility.PRIVATE),
        )
    assert codes(excinfo) == {"anonymous_private"}
    assert not Status.objects.exists()


def test_unknown_visibility_is_rejected(make_user):
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(make_user("ani"), StatusDraft(content="x", visibility="direct"))
    assert codes(excinfo) == {"visibility"}


def test_cannot_reply_to_a_status_you_cannot_see(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    hidden = post(ani, "Untuk pengikut", visibility=Visibility.PRIVATE)
    with pytest.raises(ValidationError) as excinfo:
        services.publish_status(budi, StatusDraft(content="Hai", in_reply_to=hidden))
    assert codes(excinfo) == {"reply_target"}
    assert fresh(hidden).replies_count == 0


# --- publish_thread -------------------------------------------------------------------------


def test_publish_thread_builds_numbered_self_reply_chain(make_user):
    ani = make_user("ani")
    parts = services.publish_thread(
        ani,
        ["Satu #Utas", "  ", "Dua", "Tiga"],
        StatusDraft(content="ignored", spoiler_text="cw", visibility=Visibility.UNLISTED),
    )
    assert [p.content for p in parts] == ["Satu #Utas", "Dua", "Tiga"]
    assert [(p.thread_position, p.thread_size) for p in parts] == [(1, 3), (2, 3), (3, 3)]
    assert parts[0].in_reply_to is None
    assert [p.in_reply_to_id for p in parts[1:]] == [parts[0].pk, parts[1].pk]
    assert {p.conversation_root_id for p in parts} == {parts[0].pk}
    assert {(p.visibility, p.spoiler_text, p.sensitive) for p in parts} == {
        (Visibility.UNLISTED, "cw", True)
    }
    assert [fresh(p).replies_count for p in parts] == [1, 1, 0]
    # Replying to yourself notifies nobody.
    assert not Notification.objects.exists()


def test_thread_can_continue_a_conversation(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(budi, "Pertanyaan")
    parts = services.publish_thread(ani, ["Jawab 1", "Jawab 2"], StatusDraft("", in_reply_to=root))
    assert parts[0].in_reply_to == root
    assert parts[1].in_reply_to == parts[0]
    assert {p.conversation_root_id for p in parts} == {root.pk}
    assert fresh(root).replies_count == 1
    assert Notification.objects.filter(recipient=budi, type=NotificationType.REPLY).count() == 1


def test_thread_is_all_or_nothing_when_one_part_is_too_long(make_user, settings):
    ani, budi = make_user("ani"), make_user("budi")
    parts = ["Satu #tagbaru @budi", "b" * (settings.TEDUH_MAX_POST_CHARS + 1), "Tiga"]
    with pytest.raises(ValidationError) as excinfo:
        services.publish_thread(ani, parts, StatusDraft(content=""))
    prefix = gettext("Part %(n)d: %(error)s") % {"n": 2, "error": ""}
    assert len(excinfo.value.messages) == 1
    assert excinfo.value.messages[0].startswith(prefix)
    assert not Status.objects.exists()
    assert not Tag.objects.exists()
    assert not Notification.objects.filter(recipient=budi).exists()


@pytest.mark.parametrize("parts", [["hanya satu"], ["satu", "  ", ""], []])
def test_thread_needs_two_parts(make_user, parts):
    with pytest.raises(ValidationError) as excinfo:
        services.publish_thread(make_user("ani"), parts, StatusDraft(content=""))
    assert excinfo.value.code == "thread_short"
    assert not Status.objects.exists()


def test_thread_has_a_maximum_length(make_user):
    parts = [f"bagian {n}" for n in range(services.MAX_THREAD_PARTS + 1)]
    with pytest.raises(ValidationError) as excinfo:
        services.publish_thread(make_user("ani"), parts, StatusDraft(content=""))
    assert excinfo.value.code == "thread_long"
    assert not Status.objects.exists()


# --- favourite / reblog / bookmark ----------------------------------------------------------


def test_favourite_is_idempotent_and_notifies_once(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Halo")
    assert services.favourite(budi, status).favourites_count == 1
    assert services.favourite(budi, status).favourites_count == 1
    assert Favourite.objects.filter(account=budi, status=status).count() == 1
    notes = Notification.objects.filter(recipient=ani, type=NotificationType.FAVOURITE)
    assert [(n.actor, n.status) for n in notes] == [(budi, status)]


def test_unfavourite_is_idempotent_and_never_goes_negative(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    status = post(ani, "Halo")
    services.favourite(budi, status)
    services.favourite(cici, status)
    assert fresh(status).favourites_count == 2
    assert services.unfavourite(budi, status).favourites_count == 1
    assert services.unfavourite(budi, status).favourites_count == 1
    assert services.unfavourite(cici, status).favourites_count == 0
    assert services.unfavourite(cici, status).favourites_count == 0
    assert not Favourite.objects.exists()


def test_favourite_own_status_does_not_notify(make_user, post):
    ani = make_user("ani")
    status = post(ani, "Halo")
    assert services.favourite(ani, status).favourites_count == 1
    assert not Notification.objects.exists()


def test_cannot_favourite_or_bookmark_hidden_status(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    hidden = post(ani, "Untuk pengikut", visibility=Visibility.PRIVATE)
    with pytest.raises(PermissionDenied):
        services.favourite(budi, hidden)
    with pytest.raises(PermissionDenied):
        services.bookmark(budi, hidden)
    assert fresh(hidden).favourites_count == 0
    assert not Bookmark.objects.exists()


def test_reblog_is_idempotent_counts_and_notifies(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Bagikan ini", visibility=Visibility.UNLISTED, language="en")
    shared = services.reblog(budi, status)
    again = services.reblog(budi, status)
    assert shared.pk == again.pk
    assert shared.reblog_of == status
    assert (shared.account, shared.visibility, shared.language) == (budi, "public", "en")
    assert fresh(status).reblogs_count == 1
    notes = Notification.objects.filter(recipient=ani, type=NotificationType.REBLOG)
    assert [(n.actor, n.status) for n in notes] == [(budi, status)]


def test_reblogging_a_reblog_shares_the_original(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    status = post(ani, "Asli")
    shared = services.reblog(budi, status)
    reshared = services.reblog(cici, shared)
    assert reshared.reblog_of == status
    assert fresh(status).reblogs_count == 2
    assert fresh(shared).reblogs_count == 0


def test_unreblog_is_idempotent(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Asli")
    services.reblog(budi, status)
    assert services.unreblog(budi, status).reblogs_count == 0
    assert services.unreblog(budi, status).reblogs_count == 0
    assert not Status.objects.filter(reblog_of=status).exists()
    # Sharing again after undoing works and counts again.
    services.reblog(budi, status)
    assert fresh(status).reblogs_count == 1


def test_followers_only_status_cannot_be_reblogged(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    follow(budi, ani)
    status = post(ani, "Untuk pengikut", visibility=Visibility.PRIVATE)
    for sharer in (budi, ani):
        with pytest.raises(ValidationError) as excinfo:
            services.reblog(sharer, status)
        assert excinfo.value.code == "reblog_private"
    assert not Status.objects.filter(reblog_of=status).exists()
    assert fresh(status).reblogs_count == 0
    assert not Notification.objects.filter(type=NotificationType.REBLOG).exists()


def test_bookmark_is_idempotent_and_private(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Simpan")
    services.bookmark(budi, status)
    services.bookmark(budi, status)
    assert Bookmark.objects.filter(account=budi, status=status).count() == 1
    assert not Notification.objects.exists()  # bookmarks are never announced
    services.unbookmark(budi, status)
    services.unbookmark(budi, status)
    assert not Bookmark.objects.exists()


# --- delete_status --------------------------------------------------------------------------


def test_delete_reply_decrements_parent_counter(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    reply = post(budi, "Balasan", in_reply_to=root)
    assert fresh(root).replies_count == 1
    services.delete_status(budi, reply)
    assert fresh(root).replies_count == 0
    assert not Status.objects.filter(pk=reply.pk).exists()


def test_delete_reblog_decrements_reblog_counter(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Asli")
    shared = services.reblog(budi, status)
    services.delete_status(budi, shared)
    assert fresh(status).reblogs_count == 0


def test_delete_status_removes_its_reblogs_favourites_and_keeps_replies(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Asli")
    services.reblog(budi, status)
    services.favourite(budi, status)
    services.bookmark(budi, status)
    reply = post(budi, "Balasan", in_reply_to=status)
    services.delete_status(ani, status)
    assert list(Status.objects.all()) == [reply]
    assert fresh(reply).in_reply_to is None
    assert not Favourite.objects.exists()
    assert not Bookmark.objects.exists()


def test_cannot_delete_someone_elses_status(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(budi, "Akar")
    status = post(ani, "Milik Ani", in_reply_to=root)
    with pytest.raises(PermissionDenied):
        services.delete_status(budi, status)
    assert Status.objects.filter(pk=status.pk).exists()
    assert fresh(root).replies_count == 1


def test_staff_can_delete_any_status(make_user, post):
    status = post(make_user("ani"), "Melanggar aturan")
    moderator = make_user("moderator", is_staff=True)
    services.delete_status(moderator, status)
    assert not Status.objects.exists()


def test_author_cannot_share_their_own_anonymous_post(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    anonymous = post(ani, "Rahasiaku", anonymous=True)
    assert not services.can_reblog(ani, anonymous)
    assert services.can_reblog(budi, anonymous)
    with pytest.raises(ValidationError) as excinfo:
        services.reblog(ani, anonymous)
    assert excinfo.value.code == "reblog_own_anonymous"
    assert services.reblog(budi, anonymous).account == budi
    assert fresh(anonymous).reblogs_count == 1
    # Sharing one's own signed post stays allowed.
    assert services.reblog(ani, post(ani, "Tulisan biasa")).account == ani


def test_replying_to_a_share_answers_the_original_post(make_user, post):
    author, sharer, reader = make_user("penulis"), make_user("pembagi"), make_user("pembaca")
    original = post(author, "Tulisan asli")
    shared = services.reblog(sharer, original)

    reply = post(reader, "Terima kasih", in_reply_to=shared)

    assert (reply.in_reply_to_id, reply.in_reply_to_account_id) == (original.pk, author.pk)
    assert reply.conversation_root_id == original.pk
    original.refresh_from_db()
    shared.refresh_from_db()
    assert (original.replies_count, shared.replies_count) == (1, 0)
    assert Notification.objects.filter(recipient=author, type=NotificationType.REPLY).count() == 1
    assert not Notification.objects.filter(recipient=sharer, type=NotificationType.REPLY).exists()
