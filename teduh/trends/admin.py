from django.contrib import admin

from teduh.trends.models import HiddenTag


@admin.register(HiddenTag)
class HiddenTagAdmin(admin.ModelAdmin):
    list_display = ("tag", "hidden_by", "reason", "created_at")
    raw_id_fields = ("tag", "hidden_by")
    # Hiding goes through the moderation page so it is audit-logged.
    readonly_fields = ("tag", "hidden_by", "reason", "created_at")

    def has_add_permission(self, request) -> bool:
        return False
