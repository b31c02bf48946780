"""The professionals' board: verified professionals only (members and visitors get 404, and
no link), moderators read; topics, replies and pagination."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teduh.professionals import services
from teduh.professionals.models import BoardReply, BoardTopic
from teduh.professionals.views import REPLIES_PER_PAGE, TOPICS_PER_PAGE
from teduh.safety.models import AuditLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(professional):
    author = professional("sinta", display_name="Bu Sinta")
    return services.create_topic(
        author, "Siswa menolak konseling", "Klien A (16 th) menolak datang ke sesi kedua."
    )


def test_members_and_visitors_get_404_everywhere(make_user, client_for, client, topic):
    member = client_for(make_user("ani"))
    urls = [
        "/professionals/board/",
        "/professionals/board/new/",
        f"/professionals/board/{topic.pk}/",
    ]
    for url in urls:
        assert member.get(url).status_code == 404, url
        assert client.get(url).status_code == 404, url
    response = member.post(f"/professionals/board/{topic.pk}/reply/", {"body": "Halo"})
    assert response.status_code == 404
    response = member.post("/professionals/board/new/", {"title": "x", "body": "y"})
    assert response.status_code == 404
    assert BoardTopic.objects.count() == 1 and not BoardReply.objects.exists()
    # Not even linked for members.
    for url in ["/", "/settings/profile/", "/professionals/", "/help/", "/wellbeing/"]:
        assert "/professionals/board/" not in member.get(url).content.decode(), url


def test_an_applicant_waiting_for_review_cannot_see_it(make_user, apply_as, client_for):
    applicant = make_user("ani")
    apply_as(applicant)
    assert client_for(applicant).get("/professionals/board/").status_code == 404


def test_professionals_create_read_and_reply(professional, client_for):
    sinta = professional("sinta", display_name="Bu Sinta")
    client = client_for(sinta)
    page = client.get("/professionals/board/new/")
    assert page.status_code == 200
    assert 'id="deidentify-reminder"' in page.content.decode()

    response = client.post(
        "/professionals/board/new/",
        {"title": "Teknik grounding untuk remaja", "body": "Apa yang berhasil di sekolah kalian?"},
    )
    topic = BoardTopic.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/professionals/board/{topic.pk}/"
    assert (topic.author, topic.title) == (sinta, "Teknik grounding untuk remaja")

    rudi = professional("rudi", display_name="Pak Rudi")
    response = client_for(rudi).post(
        f"/professionals/board/{topic.pk}/reply/", {"body": "Kami pakai 5-4-3-2-1."}
    )
    reply = BoardReply.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/professionals/board/{topic.pk}/?page=1#reply-{reply.pk}"
    topic.refresh_from_db()
    assert topic.reply_count == 1

    html = client.get(f"/professionals/board/{topic.pk}/").content.decode()
    assert "Kami pakai 5-4-3-2-1." in html and "Pak Rudi" in html
    listing = client.get("/professionals/board/").content.decode()
    assert "Teknik grounding untuk remaja" in listing
    # Linked from the professional's own settings page.
    assert "/professionals/board/" in client.get("/settings/professional/").content.decode()


def test_empty_posts_are_refused(professional, client_for, topic):
    client = client_for(professional("rudi"))
    response = client.post("/professionals/board/new/", {"title": "  ", "body": "isi"})
    assert response.status_code == 400
    response = client.post(f"/professionals/board/{topic.pk}/reply/", {"body": "   "})
    assert response.status_code == 400
    assert BoardTopic.objects.count() == 1 and not BoardReply.objects.exists()
    with pytest.raises(ValidationError):
        services.create_topic(professional("tia"), "Judul", "")


def test_moderators_read_but_do_not_post(make_user, client_for, topic):
    moderator = make_user("mod", is_moderator=True)
    client = client_for(moderator)
    assert client.get("/professionals/board/").status_code == 200
    response = client.get(f"/professionals/board/{topic.pk}/")
    assert response.status_code == 200
    assert 'id="reply-form"' not in response.content.decode()
    assert client.get("/professionals/board/new/").status_code == 403
    reply = client.post(f"/professionals/board/{topic.pk}/reply/", {"body": "x"})
    assert reply.status_code == 403
    with pytest.raises(PermissionDenied):
        services.create_topic(moderator, "Judul", "Isi")
    entry = AuditLogEntry.objects.get(action="professional_board.topic.view")
    assert (entry.actor, entry.target_id) == (moderator, str(topic.pk))


def test_pagination(professional, client_for):
    sinta = professional("sinta")
    for n in range(TOPICS_PER_PAGE + 3):
        services.create_topic(sinta, f"Topik nomor {n:02d}", "isi")
    client = client_for(sinta)
    first = client.get("/professionals/board/")
    second = client.get("/professionals/board/?page=2")
    assert len(first.context["page"]) == TOPICS_PER_PAGE
    assert [t.title for t in second.context["page"]] == [
        "Topik nomor 02",
        "Topik nomor 01",
        "Topik nomor 00",
    ]
    assert 'rel="next"' in first.content.decode()
    assert client.get("/professionals/board/?page=abc").status_code == 200

    topic = BoardTopic.objects.order_by("pk").first()
    for n in range(REPLIES_PER_PAGE + 1):
        services.add_reply(sinta, topic, f"balasan {n}")
    last = client.get(f"/professionals/board/{topic.pk}/?page=2")
    assert [r.body for r in last.context["page"]] == [f"balasan {REPLIES_PER_PAGE}"]
    topic.refresh_from_db()
    assert topic.reply_count == REPLIES_PER_PAGE + 1
    # The topic with new replies moves to the top.
    assert client.get("/professionals/board/").context["page"][0] == topic
