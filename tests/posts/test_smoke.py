from teduh.posts.services import StatusDraft, publish_status


def test_publish_links_hashtags(make_user):
    author = make_user("ani")
    status = publish_status(author, StatusDraft(content="Halo #MariBicara"))
    assert 'href="/tags/maribicara/"' in status.content_html
    assert list(status.tags.values_list("name", flat=True)) == ["maribicara"]
