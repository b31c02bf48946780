from django.contrib import admin

from teduh.campaigns.models import Campaign


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ("title_id", "organiser", "starts_at", "ends_at", "emoji", "badge_text")
    search_fields = ("title_id", "title_en", "tags__name")
    raw_id_fields = ("organiser",)
    filter_horizontal = ("tags",)
