from django.contrib import admin

from teduh.wellbeing.models import Article, ArticleTopic, Collection, CollectionItem


class ArticleTopicInline(admin.TabularInline):
    model = ArticleTopic
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "state", "author", "reviewer", "last_reviewed")
    list_filter = ("state", "language")
    search_fields = ("title", "summary")
    raw_id_fields = ("author", "reviewer", "translation_of")
    inlines = [ArticleTopicInline]
    # Publishing goes through review (wellbeing.services); the admin only reads it.
    readonly_fields = ("state", "reviewer", "last_reviewed", "published_at", "submitted_at")


class CollectionItemInline(admin.TabularInline):
    model = CollectionItem
    extra = 0


@admin.register(Collection)
class CollectionAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "curator", "updated_at")
    raw_id_fields = ("curator",)
    inlines = [CollectionItemInline]
