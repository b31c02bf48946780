from django_tasks import task

from teduh.posts.media import make_thumbnail


@task()
def generate_thumbnail(media_id: int) -> bool:
    from teduh.posts.models import MediaAttachment

    media = MediaAttachment.objects.filter(pk=media_id).first()
    if media is None or media.thumbnail:
        return False
    with media.file.open("rb") as handle:
        thumb = make_thumbnail(handle.read())
    media.thumbnail.save(thumb.content.name, thumb.content, save=False)
    MediaAttachment.objects.filter(pk=media.pk).update(thumbnail=media.thumbnail.name)
    return True
