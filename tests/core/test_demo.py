import re
from io import StringIO

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.db.models import Count, Sum
from django.test import Client

from teduh.accounts.forms import RESERVED_USERNAMES, USERNAME_RE
from teduh.accounts.models import Follow, User
from teduh.core import demo_data, demo_seed
from teduh.core.demo_data import DEMO_PASSWORD, Post, Thread
from teduh.core.management.commands.demo import display_url
from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import Bookmark, Favourite, Status, Tag

SEED_HASHTAGS = {
    "bersamakitabisa",
    "maribicara",
    "kesehatanmental",
    "bulankesehatanjiwa",
    "harikesehatanmentalsedunia",
}
PROFESSIONALS = {"bu_ratna", "psikolog_dimas", "kak_laras"}


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def run_demo() -> str:
    out = StringIO()
    call_command("demo", "--no-serve", stdout=out, stderr=StringIO())
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        "users": User.objects.filter(is_active=True).count(),  # not the Anonim placeholder
        "follows": Follow.objects.count(),
        "statuses": Status.objects.count(),
        "reblogs": Status.objects.filter(reblog_of__isnull=False).count(),
        "favourites": Favourite.objects.count(),
        "bookmarks": Bookmark.objects.count(),
        "tags": Tag.objects.count(),
        "notifications": Notification.objects.count(),
        "favourites_count": Status.objects.aggregate(n=Sum("favourites_count"))["n"] or 0,
        "replies_count": Status.objects.aggregate(n=Sum("replies_count"))["n"] or 0,
    }


def expected_statuses() -> int:
    from teduh.campaigns import demo as campaigns_demo

    return (
        sum(len(entry.parts) if isinstance(entry, Thread) else 1 for entry in demo_data.TIMELINE)
        + len(demo_data.REBLOGS)
        + campaigns_demo.post_count()
    )


@pytest.fixture
def seeded(db):
    return run_demo()


def anonymous_statuses() -> list[Status]:
    return list(Status.objects.filter(is_anonymous=True).select_related("account"))


def test_running_twice_changes_nothing(db):
    first_output = run_demo()
    first = counts()
    second_output = run_demo()

    assert counts() == first
    assert first["users"] == len(demo_data.PEOPLE) == 10
    assert first["follows"] == len(set(demo_data.FOLLOWS))
    assert first["statuses"] == expected_statuses()
    assert first["reblogs"] == len(demo_data.REBLOGS)
    assert first["favourites"] == first["favourites_count"]
    from teduh.campaigns import demo as campaigns_demo

    assert first["favourites"] == len(demo_data.FAVOURITES) + campaigns_demo.favourite_count()
    assert first["bookmarks"] == len(demo_data.BOOKMARKS)
    assert first["notifications"] > 0
    assert "Added 10 accounts" in first_output
    assert "nothing to add" in second_output


def test_output_shows_logins_password_and_url(seeded):
    for person in demo_data.PEOPLE:
        assert f"  {person.username} " in seeded
    assert f"Password for all of them: {DEMO_PASSWORD}" in seeded
    assert "demo only" in seeded
    assert "http://127.0.0.1:8000/" in seeded


def test_demo_password_logs_in_and_passes_validators(seeded):
    for user in User.objects.all():
        validate_password(DEMO_PASSWORD, user)  # raises if a validator rejects it
    client = Client()
    assert client.login(username="nadia_r", password=DEMO_PASSWORD)
    assert client.get("/").status_code == 200


def test_usernames_are_ones_signup_would_accept():
    for person in demo_data.PEOPLE:
        assert USERNAME_RE.match(person.username), person.username
        assert person.username.lower() not in RESERVED_USERNAMES


def test_verified_professionals(seeded):
    verified = set(
        User.objects.filter(is_verified_professional=True).values_list("username", flat=True)
    )
    assert verified == PROFESSIONALS
    for user in User.objects.filter(username__in=PROFESSIONALS):
        assert user.bio
        assert user.display_name
    nadia = User.objects.get(username="nadia_r")
    assert not nadia.is_verified_professional
    assert nadia.age_confirmed_at is not None


def test_threads_have_numbered_chained_parts(seeded):
    firsts = Status.objects.filter(thread_position=1).select_related("account")
    assert firsts.count() >= 4
    for first in firsts:
        assert first.account.is_verified_professional
        assert first.thread_size >= 4
        parts = list(
            Status.objects.filter(conversation_root_id=first.pk, thread_size=first.thread_size)
            .exclude(thread_position=None)
            .order_by("thread_position")
        )
        assert [p.thread_position for p in parts] == list(range(1, first.thread_size + 1))
        for previous, part in zip(parts, parts[1:], strict=False):
            assert part.in_reply_to_id == previous.pk
            assert part.account_id == first.account_id
    openings = " ".join(firsts.values_list("content", flat=True))
    for title in (
        "Mengenali kecemasan",
        "Depresi bukan sekadar sedih",
        "Apa itu PTSD",
        "Kapan perlu mencari bantuan profesional",
    ):
        assert title in openings


def test_seed_hashtags_exist_with_public_posts(seeded):
    tags = {tag.name: tag for tag in Tag.objects.annotate(n=Count("statuses"))}
    assert SEED_HASHTAGS <= set(tags)
    for name in SEED_HASHTAGS:
        assert tags[name].n >= 1
    assert tags["bersamakitabisa"].display_name == "BersamaKitaBisa"
    response = Client().get("/tags/maribicara/")
    assert response.status_code == 200
    assert "Kapan perlu mencari bantuan profesional" in response.content.decode()


def test_counters_match_rows(seeded):
    statuses = Status.objects.annotate(
        n_favourites=Count("favourites", distinct=True),
        n_reblogs=Count("reblogs", distinct=True),
        n_replies=Count("replies", distinct=True),
    )
    for status in statuses:
        assert status.favourites_count == status.n_favourites, status.content[:40]
        assert status.reblogs_count == status.n_reblogs, status.content[:40]
        assert status.replies_count == status.n_replies, status.content[:40]


def test_notifications_were_delivered(seeded):
    laras = User.objects.get(username="kak_laras")
    types = set(Notification.objects.filter(recipient=laras).values_list("type", flat=True))
    assert {
        NotificationType.FOLLOW,
        NotificationType.REPLY,
        NotificationType.MENTION,
        NotificationType.FAVOURITE,
        NotificationType.REBLOG,
    } <= types
    # The anonymous author's thank-you reply notifies kak_laras without naming anyone.
    anonymous_reply = Status.objects.get(is_anonymous=True, in_reply_to__isnull=False)
    notification = Notification.objects.get(recipient=laras, status=anonymous_reply)
    assert notification.actor is None


def test_anonymous_posts_get_supportive_replies(seeded):
    posts = [s for s in anonymous_statuses() if s.in_reply_to_id is None]
    assert len(posts) == 2
    for status in posts:
        assert status.visibility == "public"
        repliers = set(status.replies.values_list("account__username", flat=True))
        assert len(repliers) >= 2
        assert repliers & PROFESSIONALS


@pytest.mark.parametrize("signed_in", [False, True])
def test_anonymous_author_never_on_public_timeline(seeded, signed_in):
    client = Client()
    if signed_in:
        client.force_login(User.objects.get(username="bu_ratna"))
    front_page = client.get("/public/").content.decode()
    anonymous = anonymous_statuses()
    assert len(anonymous) == 3
    for status in anonymous:
        author = status.account
        # The page that starts at this status, so it is certainly on it.
        response = client.get(f"/public/?max_id={status.pk + 1}")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'id="status-{status.pk}"' in html
        assert status.content_html in html
        for page in (html, front_page):
            assert author.username not in page
            assert author.display_name not in page
        detail = client.get(f"/posts/{status.pk}/").content.decode()
        assert author.username not in detail
        assert author.display_name not in detail


def test_personal_stories_carry_content_warnings(seeded):
    for username in ("nadia_r", "rizky_m"):
        stories = Status.objects.filter(account__username=username, in_reply_to=None)
        assert stories.exclude(spoiler_text="").filter(sensitive=True).exists()


def test_only_known_helpline_numbers():
    allowed = {"112", "119", "129", "08111-129-129"}
    for entry in demo_data.TIMELINE:
        texts = entry.parts if isinstance(entry, Thread) else (entry.content,)
        for text in texts:
            assert len(text) <= 1000
            assert "500-454" not in text
            for number in re.findall(r"\b\d{3,}(?:-\d+)*\b", text):
                assert number in allowed, (entry.key, number)


def test_every_reference_names_an_earlier_post():
    keys: dict[str, int] = {}
    people = {person.username for person in demo_data.PEOPLE}
    for entry in demo_data.TIMELINE:
        assert entry.author in people
        assert entry.key not in keys
        if isinstance(entry, Post) and entry.reply_to:
            key, _sep, part = entry.reply_to.partition("#")
            assert key in keys and int(part or 1) <= keys[key], entry.key
        keys[entry.key] = len(entry.parts) if isinstance(entry, Thread) else 1
    for who, ref in (*demo_data.FAVOURITES, *demo_data.REBLOGS, *demo_data.BOOKMARKS):
        assert who in people
        assert ref.partition("#")[0] in keys
    for follower, target in demo_data.FOLLOWS:
        assert {follower, target} <= people and follower != target


def test_failed_seed_leaves_nothing(db, monkeypatch):
    def broken_reblog(user, status):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(demo_seed.posts, "reblog", broken_reblog)
    with pytest.raises(RuntimeError):
        demo_seed.seed_demo()
    assert User.objects.filter(is_active=True).count() == 0  # the Anonim placeholder stays
    assert Status.objects.count() == 0
    monkeypatch.undo()
    demo_seed.seed_demo()
    assert Status.objects.count() == expected_statuses()


def test_deleted_thread_part_is_not_duplicated(seeded):
    part = Status.objects.get(content__startswith="Depresi bukan tanda malas")
    assert part.thread_position == 3
    part.delete()
    before = counts()
    report = demo_seed.seed_demo()
    assert not report.created
    assert counts() == before


def test_changed_password_is_left_alone_and_reported(seeded):
    nadia = User.objects.get(username="nadia_r")
    nadia.set_password("another-long-password")
    nadia.save()
    report = demo_seed.seed_demo()
    assert report.other_password == ["nadia_r"]
    nadia.refresh_from_db()
    assert nadia.check_password("another-long-password")
    output = run_demo()
    assert "nadia_r" in output and "the demo password won't work" in output


def test_serves_with_uvicorn_unless_no_serve(db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    run_demo()
    assert calls == []
    call_command("demo", "--port", "8765", stdout=StringIO(), stderr=StringIO())
    from teduh.asgi import application

    assert len(calls) == 1
    app, kwargs = calls[0]
    assert app is application
    assert kwargs["host"] == "127.0.0.1"
    assert kwargs["port"] == 8765


def test_display_url():
    assert display_url("127.0.0.1", 8000) == "http://127.0.0.1:8000/"
    assert display_url("0.0.0.0", 80) == "http://127.0.0.1:80/"  # noqa: S104
    assert display_url("::", 8000) == "http://[::1]:8000/"
    assert display_url("::1", 8000) == "http://[::1]:8000/"


@pytest.mark.django_db
def test_demo_has_a_moderator_who_can_open_the_queues(client):
    demo_seed.seed_demo()
    moderator = User.objects.get(username="mod_sari")
    assert moderator.is_moderator and moderator.can_work_care_queue
    assert client.login(username="mod_sari", password=DEMO_PASSWORD)
    assert client.get("/moderation/reports/").status_code == 200
    assert client.get("/care/").status_code == 200
    # Members may not.
    client.logout()
    assert client.login(username="nadia_r", password=DEMO_PASSWORD)
    assert client.get("/moderation/reports/").status_code == 403


@pytest.mark.django_db
def test_demo_wellbeing_center_has_reviewed_articles_in_both_languages():
    from teduh.wellbeing import demo as wellbeing_demo
    from teduh.wellbeing.models import Article, ArticleState, Collection

    first = demo_seed.seed_demo()
    assert first.created["articles"] == len(wellbeing_demo.ARTICLES) == 16
    assert first.created["collections"] == 1
    articles = list(Article.objects.select_related("author", "reviewer", "translation_of"))
    assert len(articles) == 16
    for article in articles:
        assert article.state == ArticleState.PUBLISHED
        assert article.author.username in PROFESSIONALS
        assert article.reviewer.username in PROFESSIONALS - {article.author.username}
        assert article.last_reviewed is not None
        assert article.references and article.topics
        assert 250 <= len(article.body.split()) <= 500, article.slug
    indonesian = [a for a in articles if a.language == "id"]
    assert len(indonesian) == 8
    for article in indonesian:
        english = article.counterpart()
        assert english is not None and english.language == "en"
        assert english.translation_of == article
        assert english.author == article.author
    collection = Collection.objects.get()
    assert collection.curator.username in PROFESSIONALS
    assert collection.items.count() >= 5
    # A second run adds nothing.
    assert demo_seed.seed_demo().created == {}
    assert Article.objects.count() == 16 and Collection.objects.count() == 1


@pytest.mark.django_db
def test_demo_professionals_are_listed_in_find_a_professional(client):
    demo_seed.seed_demo()
    page = client.get("/professionals/")
    assert page.status_code == 200
    body = page.content.decode()
    for username in ("bu_ratna", "psikolog_dimas", "kak_laras"):
        assert f"@{username}" in body or f"/@{username}/" in body
    assert "nadia_r" not in body


@pytest.mark.django_db
def test_demo_campaigns_finished_and_running_with_real_days(client):
    from teduh.campaigns import demo as campaigns_demo
    from teduh.campaigns import services as campaigns
    from teduh.campaigns.models import Campaign

    first = demo_seed.seed_demo()
    assert first.created["campaigns"] == 2
    assert first.created["campaign posts"] == campaigns_demo.post_count()
    finished = Campaign.objects.get(tags__name="harikesehatanmentalsedunia")
    running = Campaign.objects.get(tags__name="temancerita")
    assert finished.is_finished() and finished.emoji == "💚"
    assert running.is_running()
    assert "fiktif" in finished.sponsor_name and "demo" in finished.sponsor_name
    for campaign in (finished, running):
        stats = campaigns.campaign_stats(campaign)
        busy_days = [day for day in stats.per_day if day.uses]
        assert len(busy_days) >= 8  # weeks of activity, not one burst
        assert stats.participants >= 5 and stats.top_posts
    finished_stats = campaigns.campaign_stats(finished)
    assert finished_stats.pledged_total == min(
        finished_stats.uses * finished.pledge_amount, finished.pledge_cap
    )
    page = client.get(f"/campaigns/{finished.pk}/")
    assert page.status_code == 200 and "fiktif" in page.content.decode()
    # A second run adds nothing.
    assert demo_seed.seed_demo().created == {}
    assert Campaign.objects.count() == 2
