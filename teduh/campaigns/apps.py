from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "teduh.campaigns"
    label = "campaigns"
    verbose_name = "Campaigns"
