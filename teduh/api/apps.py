from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "teduh.api"
    label = "api"
