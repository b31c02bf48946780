from django.contrib import admin

from teduh.professionals.models import BoardTopic, ProfessionalApplication, ProfessionalProfile


@admin.register(ProfessionalApplication)
class ProfessionalApplicationAdmin(admin.ModelAdmin):
    """Read-only: decisions go through the review pages (services.approve and friends), which
    notify the applicant and write the audit log. The proof is left out on purpose: it has no
    public URL and is opened only through the audit-logged review page."""

    list_display = ("pk", "applicant", "profession", "state", "created_at", "decided_at")
    list_filter = ("state", "profession")
    exclude = ("proof",)
    readonly_fields = [f.name for f in ProfessionalApplication._meta.fields if f.name != "proof"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ProfessionalProfile)
class ProfessionalProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "profession", "city", "listed", "available_online")
    list_filter = ("profession", "listed", "available_online")
    raw_id_fields = ("user", "application")


@admin.register(BoardTopic)
class BoardTopicAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "reply_count", "last_activity_at")
    raw_id_fields = ("author",)
