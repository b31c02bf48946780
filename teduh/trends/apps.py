from django.apps import AppConfig


class TrendsConfig(AppConfig):
    name = "teduh.trends"
    label = "trends"
    verbose_name = "Trends"
