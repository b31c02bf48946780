from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from teduh.posts.forms import ComposeForm
from teduh.posts.models import Tag
from teduh.timelines import services as timelines
from teduh.web.views.common import int_param
from teduh.web.views.controls import filtered_cards


def _render_timeline(request, queryset, template: str, context: dict, filter_context=None):
    """One page of `queryset`, after the viewer's keyword filters for `filter_context`."""
    page = timelines.paginate(queryset, max_id=int_param(request, "max_id"))
    context.update(cards=filtered_cards(request, page.statuses, filter_context), page=page)
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
    tag_obj = Tag.objects.filter(name=name.lower()).first()
    if tag_obj is None:
        if len(name) > 100:
            raise Http404
        return render(request, "web/tag.html", {"tag_name": name, "cards": [], "page": None})
    return _render_timeline(
        request,
        timelines.tag_queryset(tag_obj, request.user),
        "web/tag.html",
        {"tag_name": tag_obj.display_name, "timeline": "tag"},
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
