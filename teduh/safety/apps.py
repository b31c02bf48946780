from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "teduh.safety"
    label = "safety"
    verbose_name = "Safety"
