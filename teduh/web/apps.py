from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "teduh.web"
    label = "web"
