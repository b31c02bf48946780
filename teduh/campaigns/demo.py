"""Demo campaigns: a finished #HariKesehatanMentalSedunia (World Mental Health Day, 10 October)
with a pledge by a fictional sponsor, and a running #TemanCerita, each with a few weeks of posts
by the demo accounts so the campaign page's charts show real days on first run.

Data plus `seed_campaigns(report, users)`, which `teduh.core.demo_seed` calls at the end of the
demo seed. Campaigns go through campaigns.services and posts through posts.services
(publish_status, favourite); each post's created_at is then moved back to its day with a
queryset update, since publishing always stamps "now". Idempotent: a campaign is found by its
organiser and Indonesian title, a post by its author and text, a favourite by who and what, so
a second run adds nothing.

The texts follow the safe-messaging rules in docs/PRODUCT.md: everyday coping, reaching out,
no methods and nothing in crisis. Only signed posts, and none by the demo's anonymous-only
members, so nothing here could hint at who wrote an anonymous post.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from teduh.campaigns import services
from teduh.campaigns.models import Campaign
from teduh.posts import services as posts
from teduh.posts.models import Favourite, Status

# Clearly not a real company: the demo must not look like a real pledge.
DEMO_SPONSOR = "Kopi Senja Nusantara (sponsor fiktif, data demo)"


@dataclass(frozen=True)
class DemoPost:
    author: str
    day: int  # days after the campaign's first day
    hour: int  # local time (settings.TIME_ZONE)
    content: str
    liked_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoCampaign:
    key: str  # "finished" or "running": decides the window
    organiser: str
    title_id: str
    title_en: str
    description_id: str
    description_en: str
    hashtags: tuple[str, ...]
    emoji: str
    days: int  # how long it runs
    posts: tuple[DemoPost, ...]
    pledge_amount: int | None = None
    pledge_cap: int | None = None
    sponsor_name: str = ""


WMHD = "#HariKesehatanMentalSedunia"
TEMAN = "#TemanCerita"

CAMPAIGNS: tuple[DemoCampaign, ...] = (
    DemoCampaign(
        key="finished",
        organiser="kak_laras",
        title_id="Hari Kesehatan Mental Sedunia",
        title_en="World Mental Health Day",
        description_id=(
            "Dua minggu di sekitar 10 Oktober untuk saling bercerita tentang cara kita merawat "
            "kesehatan mental. Setiap akun dihitung sekali sehari. Sponsor di kampanye ini fiktif: "
            "ini data demo."
        ),
        description_en=(
            "Two weeks around 10 October to share how we look after our mental health. Every "
            "account counts once a day. The sponsor of this campaign is fictional: demo data."
        ),
        hashtags=(WMHD,),
        emoji="💚",
        days=14,
        pledge_amount=5000,
        pledge_cap=150_000,
        sponsor_name=DEMO_SPONSOR,
        posts=(
            DemoPost(
                "kak_laras",
                0,
                9,
                f"Kampanye {WMHD} dimulai! Ceritakan satu hal kecil yang "
                "membantumu minggu ini. Kecil pun berarti.",
                ("nadia_r", "maya_s"),
            ),
            DemoPost("nadia_r", 0, 20, f"Hal kecil hari ini: jalan sore keliling kos. {WMHD}"),
            DemoPost(
                "bagas_aditya",
                1,
                16,
                f"Istirahat 10 menit tiap belajar 1 jam. Ternyata bikin lebih fokus. {WMHD}",
                ("rizky_m",),
            ),
            DemoPost("maya_s", 1, 19, f"Calling my mum on Sundays is my anchor. {WMHD}"),
            DemoPost(
                "rizky_m",
                2,
                8,
                f"Dulu aku malu ke psikolog. Sekarang aku bersyukur pernah berani datang. {WMHD}",
                ("nadia_r", "kak_laras", "bu_ratna"),
            ),
            DemoPost(
                "bu_ratna",
                3,
                10,
                f"Untuk siswa: ruang BK terbuka, bukan hanya untuk yang "
                f"'bermasalah'. Ngobrol saja boleh. {WMHD}",
                ("bagas_aditya",),
            ),
            DemoPost("nadia_r", 4, 21, f"Menulis tiga hal yang aku syukuri sebelum tidur. {WMHD}"),
            DemoPost(
                "psikolog_dimas",
                5,
                9,
                f"Cemas itu sinyal, bukan musuh. Kenali, beri nama, lalu tarik napas pelan. {WMHD}",
                ("maya_s", "nadia_r"),
            ),
            DemoPost("maya_s", 6, 18, f"Took a whole afternoon offline. Recommend. {WMHD}"),
            DemoPost(
                "bagas_aditya",
                7,
                17,
                f"Main futsal bareng teman, pikiran jadi lebih ringan. {WMHD}",
            ),
            DemoPost(
                "kak_laras",
                7,
                10,
                f"Hari ini 10 Oktober. Terima kasih sudah bercerita. "
                f"Kalau butuh bantuan, lihat halaman Bantuan. {WMHD}",
                ("rizky_m", "bu_ratna", "psikolog_dimas", "nadia_r"),
            ),
            DemoPost(
                "rizky_m",
                7,
                20,
                f"Setahun lalu aku nggak bisa bayangin nulis ini. Pelan-"
                f"pelan membaik itu nyata. {WMHD}",
                ("maya_s",),
            ),
            DemoPost("nadia_r", 7, 22, f"Malam ini aku matikan notifikasi dan baca buku. {WMHD}"),
            DemoPost("rizky_m", 8, 19, f"Aku belajar bilang 'aku capek' ke sahabatku. {WMHD}"),
            DemoPost("bu_ratna", 9, 11, f"Orang tua, dengarkan dulu sebelum menasihati. {WMHD}"),
            DemoPost(
                "maya_s", 10, 20, f"Small win: asked a friend for help with a deadline. {WMHD}"
            ),
            DemoPost("bagas_aditya", 11, 16, f"Tidur cukup sebelum tryout. Beda banget. {WMHD}"),
            DemoPost(
                "kak_laras",
                13,
                15,
                f"Kampanye {WMHD} selesai besok. Terima kasih semuanya, "
                f"ceritamu membantu orang lain.",
                ("nadia_r",),
            ),
        ),
    ),
    DemoCampaign(
        key="running",
        organiser="bu_ratna",
        title_id="Teman Cerita",
        title_en="Story Friends",
        description_id=(
            "Ceritakan bagaimana kamu menemani teman yang sedang berat, atau bagaimana temanmu "
            "menemanimu. Setiap akun dihitung sekali sehari."
        ),
        description_en=(
            "Share how you keep a friend company through a hard time, or how a friend did that "
            "for you. Every account counts once a day."
        ),
        hashtags=(TEMAN,),
        emoji="🌱",
        days=35,
        posts=(
            DemoPost(
                "bu_ratna",
                0,
                8,
                f"Mulai hari ini: {TEMAN}. Siapa teman yang pernah menemanimu? Ceritakan ya.",
                ("kak_laras", "nadia_r"),
            ),
            DemoPost(
                "nadia_r",
                0,
                19,
                f"Teman sekamarku selalu tanya 'udah makan?' Sederhana, tapi berarti. {TEMAN}",
                ("maya_s",),
            ),
            DemoPost(
                "bagas_aditya", 2, 17, f"Temanku nemenin belajar bareng lewat video call. {TEMAN}"
            ),
            DemoPost(
                "maya_s",
                3,
                20,
                f"My friend sat with me in silence and that was enough. {TEMAN}",
                ("rizky_m", "nadia_r"),
            ),
            DemoPost(
                "rizky_m",
                5,
                9,
                f"Waktu aku terpuruk, temanku yang nemenin ke layanan "
                f"konseling. Sekarang gantian aku yang nemenin. {TEMAN}",
                ("bu_ratna", "kak_laras", "maya_s"),
            ),
            DemoPost(
                "kak_laras",
                6,
                10,
                f"Menemani teman bukan berarti harus punya solusi. "
                f"Mendengar saja sudah menolong. {TEMAN}",
                ("psikolog_dimas",),
            ),
            DemoPost("nadia_r", 8, 7, f"Sahabatku kirim pesan suara tiap pagi. {TEMAN}"),
            DemoPost("nadia_r", 9, 20, f"Hari ini aku yang tanya kabar duluan. {TEMAN}"),
            DemoPost(
                "psikolog_dimas",
                11,
                9,
                f"Kalau teman cerita hal berat, tanyakan apa yang "
                f"ia butuhkan: didengar atau dibantu mencari jalan. {TEMAN}",
                ("bu_ratna",),
            ),
            DemoPost(
                "bagas_aditya", 13, 16, f"Ajak teman jalan sore, nggak perlu bahas apa-apa. {TEMAN}"
            ),
            DemoPost("maya_s", 14, 19, f"Sent a 'thinking of you' text. Got a long reply. {TEMAN}"),
            DemoPost("rizky_m", 16, 8, f"Satu pesan 'aku di sini' bisa berarti banyak. {TEMAN}"),
            DemoPost("nadia_r", 17, 21, f"Makan malam bareng anak kos, ketawa-ketawa. {TEMAN}"),
            DemoPost(
                "bu_ratna",
                18,
                11,
                f"Terima kasih untuk semua cerita {TEMAN} minggu ini.",
                ("nadia_r",),
            ),
            DemoPost(
                "rizky_m", 19, 20, f"Aku belajar menerima bantuan, bukan cuma memberi. {TEMAN}"
            ),
            DemoPost(
                "bagas_aditya",
                20,
                17,
                f"Teman sekelas bikin grup belajar, semua saling semangati. {TEMAN}",
                ("bu_ratna",),
            ),
        ),
    ),
)

# The running campaign began this many days before the first seed.
RUNNING_SINCE_DAYS = 21


def post_count() -> int:
    """How many statuses the demo campaigns publish (for tests of the demo seed)."""
    return sum(len(campaign.posts) for campaign in CAMPAIGNS)


def favourite_count() -> int:
    return sum(len(post.liked_by) for campaign in CAMPAIGNS for post in campaign.posts)


def _window(entry: DemoCampaign, today: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    if entry.key == "finished":
        # The two weeks around the latest World Mental Health Day that is already over.
        year = today.year if today >= date(today.year, 10, 20) else today.year - 1
        first = date(year, 10, 3)
    else:
        first = today - timedelta(days=RUNNING_SINCE_DAYS)
    start = datetime.combine(first, time.min, tzinfo=zone)
    return start, start + timedelta(days=entry.days)


def seed_campaigns(report, users: dict | None = None) -> None:
    """Write whatever part of the demo campaigns is missing; count what was added in
    `report.created` ("campaigns", "campaign posts", "campaign favourites")."""
    from teduh.accounts.models import User

    users = dict(users or {})

    def user(username: str):
        if username not in users:
            users[username] = User.objects.filter(username__iexact=username).first()
        return users[username]

    zone = ZoneInfo(settings.TIME_ZONE)
    now = timezone.now()
    for entry in CAMPAIGNS:
        organiser = user(entry.organiser)
        if organiser is None or not services.can_create_campaigns(organiser):
            continue  # a demo name taken by someone who may not run campaigns
        campaign = Campaign.objects.filter(organiser=organiser, title_id=entry.title_id).first()
        if campaign is None:
            starts_at, ends_at = _window(entry, now.astimezone(zone).date(), zone)
            campaign = services.create_campaign(
                organiser,
                services.CampaignDraft(
                    title_id=entry.title_id,
                    title_en=entry.title_en,
                    description_id=entry.description_id,
                    description_en=entry.description_en,
                    hashtags=list(entry.hashtags),
                    starts_at=starts_at,
                    ends_at=ends_at,
                    emoji=entry.emoji,
                    pledge_amount=entry.pledge_amount,
                    pledge_cap=entry.pledge_cap,
                    sponsor_name=entry.sponsor_name,
                ),
            )
            report.created["campaigns"] += 1
        first_day = campaign.starts_at.astimezone(zone).date()
        for item in entry.posts:
            _seed_post(item, campaign, first_day, zone, now, user, report)


def _seed_post(item: DemoPost, campaign: Campaign, first_day: date, zone, now, user, report):
    author = user(item.author)
    if author is None:
        return
    status = Status.objects.filter(
        account=author, content=item.content, reblog_of__isnull=True
    ).first()
    if status is None:
        status = posts.publish_status(author, posts.StatusDraft(content=item.content))
        when = datetime.combine(first_day + timedelta(days=item.day), time(item.hour), zone)
        # Never in the future, and inside the window even for a campaign changed since.
        when = min(when, now - timedelta(minutes=5), campaign.ends_at - timedelta(minutes=1))
        Status.objects.filter(pk=status.pk).update(created_at=when)
        report.created["campaign posts"] += 1
    for username in item.liked_by:
        fan = user(username)
        if fan is not None and not Favourite.objects.filter(account=fan, status=status).exists():
            posts.favourite(fan, status)
            report.created["campaign favourites"] += 1
