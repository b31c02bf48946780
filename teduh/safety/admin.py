from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teduh.safety.audit import audit
from teduh.safety.forms import HelplineForm
from teduh.safety.models import AuditLogEntry, Helpline, HelplineChannel


class HelplineChannelInline(admin.TabularInline):
    model = HelplineChannel
    extra = 1
    fields = ("kind", "value", "label_id", "label_en", "order")


class StalenessFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verification"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("Not verified for 90 days")),
            ("reverify", _("Needs re-verification")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.stale()
        if self.value() == "reverify":
            return queryset.filter(needs_reverification=True)
        return queryset


@admin.register(Helpline)
class HelplineAdmin(admin.ModelAdmin):
    """The Django admin view of the directory; the staff pages at /moderation/helplines/ are
    the main way to edit it. Changes here are audit-logged too."""

    form = HelplineForm
    inlines = [HelplineChannelInline]
    list_display = (
        "name",
        "country",
        "region",
        "priority",
        "is_active",
        "is_emergency",
        "last_verified",
        "stale",
        "needs_reverification",
    )
    list_filter = (StalenessFilter, "country", "is_active", "is_emergency", "is_crisis_service")
    search_fields = ("name", "organisation", "region")
    ordering = ("country", "priority", "name")

    @admin.display(boolean=True, description=_("not verified for 90 days"))
    def stale(self, helpline: Helpline) -> bool:
        return helpline.is_stale(timezone.localdate())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed = list(form.changed_data)
        if any(formset.has_changed() for formset in formsets):
            changed.append("channels")
        if changed or not change:
            audit(
                request.user,
                "helpline.update" if change else "helpline.create",
                form.instance,
                changed=changed,
                via="admin",
            )


@admin.register(AuditLogEntry)
class AuditLogEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log is written by safety.audit.audit and never edited."""

    list_display = ("created_at", "actor", "action", "target_type", "target_id")
    list_filter = ("action", "target_type")
    search_fields = ("action", "target_type", "target_id", "actor__username")
    readonly_fields = ("created_at", "actor", "action", "target_type", "target_id", "details")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
