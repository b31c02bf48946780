from django.apps import AppConfig


class CopingConfig(AppConfig):
    name = "teduh.coping"
    label = "coping"
    verbose_name = "Coping tools"
