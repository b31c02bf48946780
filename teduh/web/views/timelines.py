from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import translation

from teduh.insights.recording import record_views
from teduh.posts.forms import ComposeForm
from teduh.posts.models import Tag
from teduh.safety.search import crisis_tag_context, educational_statuses
from teduh.timelines import services as timelines
from teduh.web.views.common import int_param
from teduh.web.views.controls import filtered_cards


def _render_timeline(request, queryset, template: str, context: dict, filter_context=None):
    """One page of `queryset`, after the viewer's keyword filters for `filter_context`."""
    page = timelines.paginate(queryset, max_id=int_param(request, "max_id"))
    context.update(cards=filtered_cards(request, page.statuses, filter_context), page=page)
    record_views(request, [card.status for card in context["cards"]])  # creator insights
    if request.htmx and request.GET.get("max_id"):
        return render(request, "web/partials/timeline_page.html", context)
    return render(request, template, context)


def home(request):
    if not request.user.is_authenticated:
        return public(request)
    return _render_timeline(
        request,
        timelines.home_queryset(request.user),
        "web/home.html",
        {"compose_form": ComposeForm(), "timeline": "home"},
        filter_context="home",
    )


def public(request):
    return _render_timeline(
        request,
        timelines.public_queryset(request.user),
        "web/public.html",
        {"timeline": "public"},
        filter_context="public",
    )


def tag(request, name: str):
    """A hashtag's posts, crisis-aware (safety.search): a crisis tag leads with the help card,
    a tag seeking a method shows no posts, an education tag only educational posts."""
    tag_obj = Tag.objects.filter(name=name.lower()).first()
    if tag_obj is None and len(name) > 100:
        raise Http404
    crisis = crisis_tag_context(name, request.user, translation.get_language())
    if tag_obj is None or crisis.hide_posts:
        display_name = tag_obj.display_name if tag_obj is not None else name
        return render(
            request,
            "web/tag.html",
            {"tag_name": display_name, "cards": [], "page": None, "crisis": crisis},
        )
    queryset = timelines.tag_queryset(tag_obj, request.user)
    if crisis.educational:
        # Paged by id, newest first: keep that order rather than professionals first.
        queryset = educational_statuses(queryset, professionals_first=False)
    return _render_timeline(
        request,
        queryset,
        "web/tag.html",
        {"tag_name": tag_obj.display_name, "timeline": "tag", "crisis": crisis},
        filter_context="public",
    )


@login_required
def bookmarks(request):
    return _render_timeline(
        request,
        timelines.bookmarks_queryset(request.user),
        "web/bookmarks.html",
        {"timeline": "bookmarks"},
    )
