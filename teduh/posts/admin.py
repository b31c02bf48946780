from django.contrib import admin

from teduh.posts.models import MediaAttachment, Status, Tag


@admin.register(Status)
class StatusAdmin(admin.ModelAdmin):
    list_display = ("id", "account", "is_anonymous", "visibility", "created_at")
    list_filter = ("visibility", "is_anonymous")
    search_fields = ("content",)
    raw_id_fields = ("account", "in_reply_to", "in_reply_to_account", "reblog_of", "mentions")
    readonly_fields = ("content_html", "replies_count", "favourites_count", "reblogs_count")


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("display_name", "name", "created_at")
    search_fields = ("name",)


@admin.register(MediaAttachment)
class MediaAttachmentAdmin(admin.ModelAdmin):
    list_display = ("id", "account", "status", "width", "height", "created_at")
    raw_id_fields = ("account", "status")
