from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "teduh.notifications"
    label = "notifications"
