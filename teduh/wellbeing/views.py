"""The Wellbeing Center's web pages: the center itself, the resource library, writing and
reviewing articles (verified professionals), and collections. Thin: the rules live in
wellbeing.services."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teduh.wellbeing import services
from teduh.wellbeing.forms import ArticleForm, CollectionForm, ItemFormSet, ReviewForm
from teduh.wellbeing.markdown import render_markdown
from teduh.wellbeing.models import Article, ArticleState, Collection, Language, Topic


def professional_required(view):
    """Signed-out visitors are sent to log in; members who are not verified professionals get
    403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not services.is_professional(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _reader_language() -> str:
    language = (translation.get_language() or "id")[:2]
    return language if language in Language.values else "id"


def center(request):
    language = _reader_language()
    latest = list(services.published_articles(language=language)[:6])
    if not latest:
        latest = list(services.published_articles()[:6])
    return render(
        request,
        "wellbeing/center.html",
        {
            "latest": latest,
            "topics": Topic.choices,
            "collections": Collection.objects.select_related("curator")[:4],
            # Pages other helpers build; each link appears once its URL name exists.
            "is_professional": services.is_professional(request.user),
        },
    )


def library(request):
    language = request.GET.get("language") or _reader_language()
    if language not in {*Language.values, "all"}:
        language = _reader_language()
    topic = request.GET.get("topic") or ""
    if topic not in Topic.values:
        topic = ""
    articles = services.published_articles(
        language=None if language == "all" else language, topic=topic or None
    )
    return render(
        request,
        "wellbeing/library.html",
        {
            "articles": articles[:100],
            "language": language,
            "topic": topic,
            "topic_label": dict(Topic.choices).get(topic, ""),
            "topics": Topic.choices,
            "languages": Language.choices,
        },
    )


def article_detail(request, slug: str):
    article = get_object_or_404(
        Article.objects.select_related("author", "reviewer").prefetch_related("topic_links"),
        slug=slug,
    )
    if not services.can_view(request.user, article):
        raise Http404
    counterpart = services.published_counterpart(article)
    return render(
        request,
        "wellbeing/article.html",
        {
            "article": article,
            "body_html": render_markdown(article.body),
            "counterpart": counterpart,
            "can_edit": request.user.is_authenticated and request.user.pk == article.author_id,
            "can_review": services.can_review(request.user, article),
        },
    )


def _save_article(request, article: Article | None):
    if request.method == "POST":
        form = ArticleForm(request.POST, article=article)
    else:
        initial = ArticleForm.initial_for(article) if article else {"language": _reader_language()}
        form = ArticleForm(initial=initial, article=article)
    if request.method == "POST" and form.is_valid():
        try:
            if article is None:
                saved = services.create_article(request.user, form.draft())
            else:
                saved = services.update_article(request.user, article, form.draft())
            if "submit" in request.POST:
                services.submit_for_review(request.user, saved)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            if saved.state == ArticleState.IN_REVIEW:
                messages.success(request, _("Sent for review. Another professional will read it."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect("wellbeing_my_articles")
    return render(
        request,
        "wellbeing/article_form.html",
        {"form": form, "article": article},
    )


@professional_required
def article_new(request):
    return _save_article(request, None)


@professional_required
def article_edit(request, article_id: int):
    article = get_object_or_404(Article, pk=article_id)
    if article.author_id != request.user.pk:
        raise PermissionDenied
    return _save_article(request, article)


@require_POST
@professional_required
def article_submit(request, article_id: int):
    article = get_object_or_404(Article, pk=article_id)
    try:
        services.submit_for_review(request.user, article)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Sent for review. Another professional will read it."))
    return redirect("wellbeing_my_articles")


@professional_required
def my_articles(request):
    articles = (
        Article.objects.filter(author=request.user)
        .select_related("reviewer")
        .order_by("-updated_at", "-pk")
    )
    return render(request, "wellbeing/my_articles.html", {"articles": articles})


@professional_required
def review_queue(request):
    waiting_for_others = Article.objects.filter(
        author=request.user, state=ArticleState.IN_REVIEW
    ).count()
    return render(
        request,
        "wellbeing/review_queue.html",
        {"articles": services.review_queue(request.user), "own_waiting": waiting_for_others},
    )


@professional_required
def review_article(request, article_id: int):
    article = get_object_or_404(
        Article.objects.select_related("author").prefetch_related("topic_links"), pk=article_id
    )
    if article.author_id == request.user.pk:
        raise PermissionDenied  # never one's own article
    if article.state != ArticleState.IN_REVIEW:
        messages.info(request, _("This article is not waiting for review."))
        return redirect("wellbeing_review_queue")
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        note = form.cleaned_data["note"]
        try:
            if form.cleaned_data["decision"] == "approve":
                services.approve_article(request.user, article, note)
                messages.success(request, _("Approved: the article is now in the library."))
            else:
                services.request_changes(request.user, article, note)
                messages.success(request, _("Sent back to the author with your note."))
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            return redirect("wellbeing_review_queue")
    return render(
        request,
        "wellbeing/review.html",
        {"article": article, "body_html": render_markdown(article.body), "form": form},
    )


def collection_list(request):
    collections = Collection.objects.select_related("curator").prefetch_related("items")
    return render(
        request,
        "wellbeing/collections.html",
        {"collections": collections, "is_professional": services.is_professional(request.user)},
    )


def collection_detail(request, collection_id: int):
    collection = get_object_or_404(
        Collection.objects.select_related("curator").prefetch_related("items"), pk=collection_id
    )
    return render(
        request,
        "wellbeing/collection.html",
        {
            "collection": collection,
            "can_edit": request.user.is_authenticated
            and request.user.pk == collection.curator_id
            and services.is_professional(request.user),
        },
    )


def _save_collection(request, collection: Collection | None):
    if request.method == "POST":
        form = CollectionForm(request.POST)
        items = ItemFormSet(request.POST, prefix="items")
    else:
        initial = None
        item_initial = None
        if collection is not None:
            initial = {
                "title": collection.title,
                "description": collection.description,
                "language": collection.language,
            }
            item_initial = [
                {
                    "kind": item.kind,
                    "title": item.title,
                    "creator": item.creator,
                    "url": item.url,
                    "review": item.review,
                }
                for item in collection.items.all()
            ]
        form = CollectionForm(initial=initial or {"language": _reader_language()})
        items = ItemFormSet(initial=item_initial, prefix="items")
    if request.method == "POST" and form.is_valid() and items.is_valid():
        rows = [item for item in (f.item() for f in items) if item is not None]
        try:
            saved = services.save_collection(
                request.user,
                collection,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                language=form.cleaned_data["language"],
                items=rows,
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The collection was saved."))
            return redirect("wellbeing_collection", collection_id=saved.pk)
    return render(
        request,
        "wellbeing/collection_form.html",
        {"form": form, "items": items, "collection": collection},
    )


@professional_required
def collection_new(request):
    return _save_collection(request, None)


@professional_required
def collection_edit(request, collection_id: int):
    collection = get_object_or_404(Collection, pk=collection_id)
    if collection.curator_id != request.user.pk:
        raise PermissionDenied
    return _save_collection(request, collection)
