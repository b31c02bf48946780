"""Writing the demo content of `teduh.core.demo_data` through the service layer.

Everything goes through the same services as the web UI (register_account, follow,
publish_status, publish_thread, favourite, reblog, bookmark), so counters and notifications
come out as they would for real use.

Idempotent by natural keys: an account is found by its username, a post by its author, text,
anonymity and the post it replies to, a thread by its parts; follows, favourites, shares
and bookmarks are checked before the (already get-or-create) services are called. Only what is
missing is written, so a second run writes nothing. A post a demo visitor deleted is published
again, except a reply whose parent is gone and a part of a thread (which is all or nothing).
The whole seed runs in one transaction, so a failed run leaves nothing half-seeded.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from teduh.accounts import services as accounts
from teduh.accounts.models import Follow, User
from teduh.core import demo_data
from teduh.core.demo_data import DEMO_PASSWORD, Person, Post, Thread
from teduh.posts import services as posts
from teduh.posts.models import Bookmark, Favourite, Status


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)  # what this run added, by kind
    accounts: list[tuple[Person, User]] = field(default_factory=list)
    # Demo accounts that existed with another password (changed by a visitor, or a real
    # account with the same name): left as they are, so the demo password won't work for them.
    other_password: list[str] = field(default_factory=list)
    # Argon2 takes most of a second per hash on a small machine, and the password is public
    # anyway: hash it once for every new account and check each stored hash once.
    _new_hash: str = ""
    _checked: dict[str, bool] = field(default_factory=dict)

    def demo_password_hash(self) -> str:
        if not self._new_hash:
            self._new_hash = make_password(DEMO_PASSWORD)
        return self._new_hash

    def has_demo_password(self, user: User) -> bool:
        if user.password not in self._checked:
            self._checked[user.password] = check_password(DEMO_PASSWORD, user.password)
        return self._checked[user.password]


def seed_demo() -> SeedReport:
    """Create whatever part of the demo content is missing; return what was done."""
    for person in demo_data.PEOPLE:
        # The services don't validate passwords (forms do): check the shared one here.
        validate_password(
            DEMO_PASSWORD, User(username=person.username, display_name=person.display_name)
        )
    report = SeedReport()
    with transaction.atomic():
        users = {person.username: _account(person, report) for person in demo_data.PEOPLE}
        for follower, target in demo_data.FOLLOWS:
            if not Follow.objects.filter(follower=users[follower], target=users[target]).exists():
                accounts.follow(users[follower], users[target])
                report.created["follows"] += 1
        published: dict[str, list[Status | None]] = {}
        for entry in demo_data.TIMELINE:
            if entry.key in published:
                raise ValueError(f"Duplicate demo post key {entry.key!r}")
            published[entry.key] = _publish(entry, users, published, report)
        for username, ref in demo_data.FAVOURITES:
            user, status = users[username], resolve(ref, published)
            if status and not Favourite.objects.filter(account=user, status=status).exists():
                posts.favourite(user, status)
                report.created["favourites"] += 1
        for username, ref in demo_data.REBLOGS:
            user, status = users[username], resolve(ref, published)
            if status and not Status.objects.filter(account=user, reblog_of=status).exists():
                posts.reblog(user, status)
                report.created["shares"] += 1
        for username, ref in demo_data.BOOKMARKS:
            user, status = users[username], resolve(ref, published)
            if status and not Bookmark.objects.filter(account=user, status=status).exists():
                posts.bookmark(user, status)
                report.created["bookmarks"] += 1
        # The Wellbeing Center's reviewed articles and collection (teduh.wellbeing.demo).
        from teduh.wellbeing.demo import seed_wellbeing

        seed_wellbeing(report, users)
        # A finished and a running hashtag campaign with weeks of posts (teduh.campaigns.demo).
        from teduh.campaigns.demo import seed_campaigns

        seed_campaigns(report, users)
        # Views of the demo posts for the creator insights' charts (teduh.insights.demo); last,
        # so the campaigns' backdated posts get views spread over their weeks too.
        from teduh.insights.demo import seed_views

        seed_views(report, users)
    return report


def resolve(ref: str, published: dict[str, list[Status | None]]) -> Status | None:
    """The status a reference names: "key" (a post, or part 1 of a thread) or "key#n".

    None when that status was published once and then deleted (by a demo visitor)."""
    key, _sep, part = ref.partition("#")
    if key not in published:
        raise ValueError(f"Demo reference {ref!r} names no earlier post")
    statuses = published[key]
    index = int(part) - 1 if part else 0
    if not 0 <= index < len(statuses):
        raise ValueError(f"Demo reference {ref!r}: {key!r} has {len(statuses)} part(s)")
    return statuses[index]


def _account(person: Person, report: SeedReport) -> User:
    user = User.objects.filter(username__iexact=person.username).first()
    if user is None:
        user = accounts.register_account(
            username=person.username,
            password=None,  # an unusable password, set just below without hashing again
            display_name=person.display_name,
            language=person.language,
        )
        user.password = report.demo_password_hash()
        user.save(update_fields=["password"])
        accounts.update_profile(
            user, display_name=person.display_name, bio=person.bio, language=person.language
        )
        if person.verified_professional:
            _verify_demo_professional(user, person)
        if person.moderator:
            user.is_moderator = True
            user.save(update_fields=["is_moderator"])
        report.created["accounts"] += 1
    elif not report.has_demo_password(user):
        report.other_password.append(user.username)
    report.accounts.append((person, user))
    return user


def _verify_demo_professional(user, person: Person) -> None:
    """Demo professionals are verified as an admin would (no application to review), with an
    entry in "Find a professional"."""
    from teduh.professionals import services as professionals
    from teduh.professionals.models import ProfessionalProfile

    user.is_verified_professional = True
    user.save(update_fields=["is_verified_professional"])
    ProfessionalProfile.objects.get_or_create(user=user, defaults={"profession": person.profession})
    professionals.update_profile(
        user,
        city=person.city,
        languages=["id", "en"],
        topics=list(person.topics),
        listed=True,
        available_online=True,
        contact_text=person.contact,
    )


def _publish(
    entry: Post | Thread,
    users: dict[str, User],
    published: dict[str, list[Status | None]],
    report: SeedReport,
) -> list[Status | None]:
    author = users[entry.author]
    if isinstance(entry, Thread):
        parts = [part.strip() for part in entry.parts]
        existing = _existing_thread(author, parts)
        if any(existing):
            return existing
        draft = posts.StatusDraft(
            content="", spoiler_text=entry.spoiler_text, language=entry.language
        )
        report.created["threads"] += 1
        report.created["posts"] += len(parts)
        return list(posts.publish_thread(author, parts, draft))
    content = entry.content.strip()
    mine = Status.objects.filter(
        account=author, content=content, is_anonymous=entry.anonymous, reblog_of__isnull=True
    )
    parent = resolve(entry.reply_to, published) if entry.reply_to else None
    if entry.reply_to and parent is None:
        # The post it answers was deleted (by a demo visitor): keep the reply if it is still
        # there, detached, and don't publish it again without its context.
        return [mine.filter(in_reply_to__isnull=True, in_reply_to_account__isnull=False).first()]
    existing = mine.filter(in_reply_to=parent).first()
    if existing:
        return [existing]
    draft = posts.StatusDraft(
        content=content,
        spoiler_text=entry.spoiler_text,
        anonymous=entry.anonymous,
        language=entry.language,
        in_reply_to=parent,
    )
    report.created["posts"] += 1
    return [posts.publish_status(author, draft)]


def _existing_thread(author: User, parts: list[str]) -> list[Status | None]:
    """The parts of `author`'s published thread with these `parts`, None for a part a visitor
    deleted; all None when it was never published."""
    found = {
        status.thread_position: status
        for status in Status.objects.filter(
            account=author, content__in=parts, thread_size=len(parts), reblog_of__isnull=True
        )
        if status.thread_position and parts[status.thread_position - 1] == status.content
    }
    return [found.get(position) for position in range(1, len(parts) + 1)]
