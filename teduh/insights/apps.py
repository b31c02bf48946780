from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "teduh.insights"
    label = "insights"
    verbose_name = "Creator insights"
