from django.apps import AppConfig


class SelfchecksConfig(AppConfig):
    name = "teduh.selfchecks"
    label = "selfchecks"
    verbose_name = "Self-checks"
