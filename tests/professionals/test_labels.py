"""At a glance: misinformation labels link to reviewed information."""

import pytest
from django.urls import reverse

from teduh.posts.models import Status

pytestmark = pytest.mark.django_db


def reviewed_information_url() -> str:
    return reverse("wellbeing")


def test_misinformation_label_links_to_reviewed_information(make_user, client_for, post):
    status = post(make_user("ani"), "Minum air garam menyembuhkan depresi")
    Status.objects.filter(pk=status.pk).update(misinformation=True)
    html = client_for(make_user("budi")).get(f"/posts/{status.pk}/").content.decode()
    label = html.split(f'id="misinformation-{status.pk}"', 1)[1].split("</p>", 1)[0]
    assert f'href="{reviewed_information_url()}"' in label
    assert 'class="misinformation-link"' in label


def test_posts_without_the_label_have_no_link(make_user, client_for, post):
    status = post(make_user("ani"), "Hari ini cerah")
    html = client_for(make_user("budi")).get(f"/posts/{status.pk}/").content.decode()
    assert "misinformation-link" not in html
