from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "teduh.accounts"
    label = "accounts"
