"""GET/POST/PUT/PATCH /api/teduh/v1/campaigns and the `teduh.campaigns` field of statuses."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from teduh.campaigns import services
from teduh.campaigns.models import Campaign
from teduh.campaigns.services import CampaignDraft
from teduh.posts.models import Status
from teduh.posts.services import favourite


def body(**fields) -> dict:
    now = timezone.now()
    data = {
        "title_id": "Teman Cerita",
        "title_en": "Story Friends",
        "description_id": "Ceritakan harimu.",
        "description_en": "Tell us about your day.",
        "hashtags": ["#TemanCerita", "MariBicara"],
        "starts_at": (now - timedelta(days=3)).isoformat(),
        "ends_at": (now + timedelta(days=3)).isoformat(),
        "emoji": "💚",
    }
    data.update(fields)
    return data


@pytest.fixture
def professional(make_user):
    return make_user("pro", is_verified_professional=True)


@pytest.fixture
def campaign(professional, make_user, post):
    now = timezone.now()
    made = services.create_campaign(
        professional,
        CampaignDraft(
            title_id="Teman Cerita",
            title_en="Story Friends",
            description_id="Ceritakan harimu.",
            description_en="Tell us about your day.",
            hashtags="#TemanCerita",
            starts_at=now - timedelta(days=5),
            ends_at=now + timedelta(days=5),
            emoji="💚",
            pledge_amount=2500,
            pledge_cap=6000,
            sponsor_name="Sponsor Demo",
        ),
    )
    people = [make_user(f"member{n}") for n in range(3)]
    for person in people:
        post(person, "Ikut #TemanCerita")
    post(people[0], "Lagi #TemanCerita")
    favourite(people[1], Status.objects.filter(account=people[0]).first())
    return made


def test_detail_shape_and_numbers_match_the_page_and_csv(api, campaign):
    response = api().get(f"/api/teduh/v1/campaigns/{campaign.pk}")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == str(campaign.pk)
    assert data["title"] == "Story Friends"  # the API speaks English
    assert data["hashtags"] == ["temancerita"]
    assert (data["emoji"], data["badge"], data["badge_text"]) == ("💚", "💚", None)
    assert data["running"] is True and data["finished"] is False
    assert (data["uses"], data["participants"], data["pledged_total"]) == (3, 3, 6000)
    assert data["currency"] == "IDR" and data["cap_reached"] is True
    assert data["pledge"] == {
        "amount": 2500,
        "currency": "IDR",
        "cap": 6000,
        "sponsor": "Sponsor Demo",
    }
    assert data["organiser"]["username"] == "pro"
    assert sum(day["uses"] for day in data["per_day"]) == 3
    assert len(data["top_posts"]) == 1 and data["top_posts"][0]["score"] == 1

    html = Client().get(f"/campaigns/{campaign.pk}/").content.decode()
    assert re.search(r'<dd id="figure-uses">3</dd>', html)
    assert re.search(r'<dd id="figure-participants">3</dd>', html)
    summary = list(
        csv.reader(
            io.StringIO(
                Client(headers={"Accept-Language": "en"})
                .get(f"/campaigns/{campaign.pk}/summary.csv")
                .content.decode()
            )
        )
    )
    values = dict(zip(summary[0], summary[1], strict=True))
    assert int(values["Counted uses"]) == data["uses"]
    assert int(values["Participants"]) == data["participants"]
    assert int(values["Pledged total"]) == data["pledged_total"]
    uses = list(
        csv.reader(io.StringIO(Client().get(f"/campaigns/{campaign.pk}/uses.csv").content.decode()))
    )[1:]
    assert [[row[0], int(row[1])] for row in uses] == [
        [day["day"], day["uses"]] for day in data["per_day"]
    ]


def test_list_by_state(api, campaign, professional):
    old = services.create_campaign(
        professional,
        CampaignDraft(**{**CampaignDraft.from_campaign(campaign).__dict__, "tag_names": []}),
    )
    Campaign.objects.filter(pk=old.pk).update(
        starts_at=timezone.now() - timedelta(days=40), ends_at=timezone.now() - timedelta(days=30)
    )
    everything = api().get("/api/teduh/v1/campaigns").json()
    assert [c["id"] for c in everything] == [str(campaign.pk), str(old.pk)]
    assert everything[0]["uses"] == 3 and "per_day" not in everything[0]
    finished = api().get("/api/teduh/v1/campaigns", {"state": "finished"}).json()
    assert [c["id"] for c in finished] == [str(old.pk)]
    assert finished[0]["uses"] == 0  # the posts are outside its window
    assert api().get("/api/teduh/v1/campaigns", {"state": "soon"}).status_code == 422
    assert api().get("/api/teduh/v1/campaigns", {"limit": 0}).status_code == 422


def test_missing_campaign_is_404(api):
    assert api().get("/api/teduh/v1/campaigns/999999").status_code == 404
    assert api().get("/api/teduh/v1/campaigns/abc").status_code == 404


def test_create_update_and_permissions(api, professional, make_user):
    client = api(professional)
    created = client.post(
        "/api/teduh/v1/campaigns", body(pledge_amount=1000, sponsor_name="Sponsor Demo")
    )
    assert created.status_code == 200, created.content
    data = created.json()
    assert sorted(data["hashtags"]) == ["maribicara", "temancerita"]
    assert data["pledge"]["amount"] == 1000 and data["pledged_total"] == 0
    campaign_id = data["id"]

    patched = client.patch(
        f"/api/teduh/v1/campaigns/{campaign_id}", {"emoji": "", "badge_text": "Cerita"}
    )
    assert patched.status_code == 200, patched.content
    assert patched.json()["badge"] == "Cerita" and patched.json()["emoji"] is None
    assert patched.json()["title_en"] == "Story Friends"  # untouched
    removed = client.patch(
        f"/api/teduh/v1/campaigns/{campaign_id}",
        {"pledge_amount": None, "sponsor_name": ""},
    )
    assert removed.status_code == 200 and removed.json()["pledge"] is None
    replaced = client.put(f"/api/teduh/v1/campaigns/{campaign_id}", body(title_en="New"))
    assert replaced.status_code == 200 and replaced.json()["title_en"] == "New"

    member = api(make_user("member"))
    assert member.post("/api/teduh/v1/campaigns", body()).status_code == 403
    assert (
        member.patch(f"/api/teduh/v1/campaigns/{campaign_id}", {"title_en": "X"}).status_code == 403
    )
    other = api(make_user("pro2", is_verified_professional=True))
    assert other.put(f"/api/teduh/v1/campaigns/{campaign_id}", body()).status_code == 403
    moderator = api(make_user("mod", is_moderator=True))
    assert (
        moderator.patch(
            f"/api/teduh/v1/campaigns/{campaign_id}", {"title_en": "By a moderator"}
        ).status_code
        == 200
    )
    assert (
        api(professional, scopes="read").post("/api/teduh/v1/campaigns", body()).status_code == 403
    )
    assert api().post("/api/teduh/v1/campaigns", body()).status_code == 401
    assert client.patch("/api/teduh/v1/campaigns/999999", {"title_en": "X"}).status_code == 404


@pytest.mark.parametrize(
    "fields",
    [
        {"ends_at": "2020-01-01T00:00:00+07:00"},
        {"hashtags": []},
        {"hashtags": ["#bunuhdiri"]},
        {"emoji": "💚💚"},
        {"pledge_amount": -5, "sponsor_name": "S"},
        {"pledge_amount": 100, "pledge_cap": 50, "sponsor_name": "S"},
        {"pledge_amount": 10**20, "sponsor_name": "S"},
        {"starts_at": "0001-01-01T00:00:00+14:00"},
        {"starts_at": "not a date"},
        {"title_id": ""},
    ],
)
def test_bad_input_is_422(api, professional, fields):
    response = api(professional).post("/api/teduh/v1/campaigns", body(**fields))
    assert response.status_code == 422, response.content
    assert response.json()["error"].startswith("Validation failed")
    assert not Campaign.objects.exists()


def test_status_entities_carry_running_campaigns(api, campaign, make_user, post):
    writer = make_user("writer")
    tagged = post(writer, "Halo #TemanCerita")
    plain = post(writer, "Tanpa tagar")
    statuses = {s["id"]: s for s in api().get("/api/v1/timelines/public").json()}
    assert statuses[str(tagged.pk)]["teduh"]["campaigns"] == [
        {
            "id": str(campaign.pk),
            "title": "Story Friends",
            "emoji": "💚",
            "badge": "💚",
            "hashtags": ["temancerita"],
        }
    ]
    assert statuses[str(plain.pk)]["teduh"]["campaigns"] == []
    Campaign.objects.filter(pk=campaign.pk).update(ends_at=timezone.now() - timedelta(seconds=1))
    single = api().get(f"/api/v1/statuses/{tagged.pk}").json()
    assert single["teduh"]["campaigns"] == []
