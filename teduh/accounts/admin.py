from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from teduh.accounts.models import Follow, User


@admin.register(User)
class TeduhUserAdmin(UserAdmin):
    list_display = (
        "username",
        "display_name",
        "is_verified_professional",
        "is_staff",
        "date_joined",
    )
    list_filter = (
        "is_verified_professional",
        "is_organisation",
        "is_staff",
        "is_active",
        "language",
    )
    fieldsets = (
        *UserAdmin.fieldsets,
        (
            _("Teduh profile"),
            {
                "fields": (
                    "display_name",
                    "bio",
                    "avatar",
                    "language",
                    "is_verified_professional",
                    "is_organisation",
                )
            },
        ),
    )


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ("follower", "target", "created_at")
    raw_id_fields = ("follower", "target")
