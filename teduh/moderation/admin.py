from django.contrib import admin

from teduh.moderation.models import Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Read-only: acting on reports goes through the moderation queue (take_action), which
    notifies people and writes the audit log."""

    list_display = ("pk", "category", "state", "action_taken", "created_at", "handled_at")
    list_filter = ("state", "category", "action_taken")
    readonly_fields = [field.name for field in Report._meta.fields] + ["statuses"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
