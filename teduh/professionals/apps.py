from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfessionalsConfig(AppConfig):
    name = "teduh.professionals"
    label = "professionals"
    verbose_name = _("Professionals")
