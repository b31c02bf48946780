"""Private file storage: settings.PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, with no public URL.

Files here are read only through views that check permissions and write the audit log. The
location is read from settings on every use (not at import), so tests and deployments that
change PRIVATE_MEDIA_ROOT are honoured.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        # Never a public address: a link would bypass the permission check and the audit log.
        raise ValueError("Private files have no URL; serve them through a checked view.")


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage for FileFields (a callable, so migrations don't freeze a path)."""
    return _storage
