from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "teduh.api"
    label = "api"

    def ready(self):
        from teduh.api import signals  # noqa: F401 (connects the receivers)
