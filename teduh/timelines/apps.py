from django.apps import AppConfig


class TimelinesConfig(AppConfig):
    name = "teduh.timelines"
    label = "timelines"
