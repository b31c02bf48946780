from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "teduh.core"
    label = "core"
