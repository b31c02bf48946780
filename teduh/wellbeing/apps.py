from django.apps import AppConfig


class WellbeingConfig(AppConfig):
    name = "teduh.wellbeing"
    label = "wellbeing"
    verbose_name = "Wellbeing Center"
