"""Web pages for verified professionals: applying, the moderators' review, the directory
profile, the directory ("Find a professional") and the professionals' board. Thin: the rules
and every write are in services.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from teduh.professionals import services
from teduh.professionals.forms import (
    ApplicationForm,
    DecisionForm,
    DirectoryFilterForm,
    ProfileForm,
    ReplyForm,
    TopicForm,
    add_service_errors,
)
from teduh.professionals.models import (
    ApplicationState,
    BoardTopic,
    ProfessionalApplication,
)
from teduh.web.views.moderation import moderator_required

TOPICS_PER_PAGE = 20
REPLIES_PER_PAGE = 50
DIRECTORY_PER_PAGE = 20


def _page(request, items, per_page: int):
    return Paginator(items, per_page).get_page(request.GET.get("page"))


# Applying ---------------------------------------------------------------------------------------


def _draft(data: dict) -> services.ApplicationDraft:
    return services.ApplicationDraft(
        profession=data["profession"],
        licence_number=data["licence_number"],
        institution=data["institution"],
        city=data["city"],
        languages=data["languages"],
        topics=data["topics"],
    )


@login_required
def apply(request):
    """Apply, see where the application stands, or answer a request for more information."""
    user = request.user
    if user.is_verified_professional:
        return redirect("professional_settings")
    current = services.open_application_for(user)
    latest = current or services.latest_application_for(user)
    if current is not None and current.state == ApplicationState.SUBMITTED:
        return render(request, "professionals/apply_status.html", {"application": current})
    editing = current is not None  # needs more information
    initial = {}
    if editing:
        initial = {
            "profession": current.profession,
            "licence_number": current.licence_number,
            "institution": current.institution,
            "city": current.city,
            "languages": current.language_list,
            "topics": current.topic_list,
        }
    form = ApplicationForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        initial=initial,
        proof_required=not editing,
    )
    status_code = 200
    if request.method == "POST":
        status_code = 400
        if form.is_valid():
            try:
                if editing:
                    services.update_application(
                        user, current, _draft(form.cleaned_data), form.cleaned_data.get("proof")
                    )
                else:
                    services.submit_application(
                        user, _draft(form.cleaned_data), form.cleaned_data.get("proof")
                    )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(
                    request,
                    _("Thank you: your application was sent. Moderators will review it."),
                )
                return redirect("professional_apply")
    return render(
        request,
        "professionals/apply.html",
        {"form": form, "editing": editing, "latest": latest},
        status=status_code,
    )


# Moderators' review -----------------------------------------------------------------------------


@moderator_required
def review_queue(request):
    return render(
        request,
        "professionals/review_queue.html",
        {
            "applications": services.application_queue(request.user),
            "decided": services.recent_decisions(),
        },
    )


@moderator_required
def review_detail(request, application_id: int):
    application = services.view_application(request.user, application_id)
    if application is None:
        raise Http404
    earlier = (
        ProfessionalApplication.objects.filter(applicant_id=application.applicant_id)
        .exclude(pk=application.pk)
        .order_by("-pk")
    )
    return render(
        request,
        "professionals/review_detail.html",
        {
            "application": application,
            "earlier": earlier,
            "form": DecisionForm(),
            "licensed": application.profession in services.LICENSED_PROFESSIONS,
        },
    )


@moderator_required
@require_POST
def review_decide(request, application_id: int):
    application = get_object_or_404(ProfessionalApplication, pk=application_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a decision."))
        return redirect("moderation_professional", application_id=application.pk)
    decision = form.cleaned_data["decision"]
    try:
        services.DECISIONS[decision](request.user, application, form.cleaned_data["message"])
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("moderation_professional", application_id=application.pk)
    done = {
        "approve": _("Approved. The applicant is now a verified professional and was told."),
        "more_info": _("The applicant was asked for more information."),
        "reject": _("Rejected. The applicant was told."),
    }[decision]
    messages.success(request, done)
    return redirect("moderation_professionals")


@never_cache
@moderator_required
def review_proof(request, application_id: int):
    application = get_object_or_404(ProfessionalApplication, pk=application_id)
    try:
        handle = services.open_proof(request.user, application)
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(handle, content_type=application.proof_content_type)
    extension = "pdf" if application.proof_is_pdf else application.proof.name.rsplit(".", 1)[-1]
    response["Content-Disposition"] = f'inline; filename="proof-{application.pk}.{extension}"'
    # An uploaded document must not run scripts or be cached on shared machines.
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


# The professional's own directory profile --------------------------------------------------------


@login_required
def profile_settings(request):
    user = request.user
    if not services.is_professional(user):
        return redirect("professional_apply")
    profile = services.profile_for(user)
    initial = {}
    if profile is not None:
        initial = {
            "institution": profile.institution,
            "city": profile.city,
            "languages": profile.language_list,
            "topics": profile.topic_list,
            "available_online": profile.available_online,
            "contact_text": profile.contact_text,
            "contact_url": profile.contact_url,
            "show_licence": profile.show_licence,
            "listed": profile.listed,
        }
    form = ProfileForm(request.POST if request.method == "POST" else None, initial=initial)
    status_code = 200
    if request.method == "POST":
        status_code = 400
        if form.is_valid():
            try:
                services.update_profile(user, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your professional profile was saved."))
                return redirect("professional_settings")
    return render(
        request,
        "professionals/settings.html",
        {"form": form, "profile": profile},
        status=status_code,
    )


# Find a professional ----------------------------------------------------------------------------


def directory(request):
    form = DirectoryFilterForm(request.GET or None, cities=services.directory_cities())
    filters = services.DirectoryFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = services.DirectoryFilters(
            city=data["city"], language=data["language"], topic=data["topic"], online=data["online"]
        )
    page = _page(request, services.directory(filters), DIRECTORY_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "professionals/directory.html",
        {
            "form": form,
            "page": page,
            "filtered": any([filters.city, filters.language, filters.topic, filters.online]),
            "query": query.urlencode(),
        },
    )


# The professionals' board -------------------------------------------------------------------------


def _board_reader(request):
    """404 for everyone but verified professionals and moderators: the board is not even
    acknowledged to exist for members and visitors."""
    if not services.can_read_board(request.user):
        raise Http404
    return request.user


def board(request):
    viewer = _board_reader(request)
    return render(
        request,
        "professionals/board.html",
        {
            "page": _page(request, services.board_topics(), TOPICS_PER_PAGE),
            "can_post": services.can_post_on_board(viewer),
        },
    )


def board_new(request):
    viewer = _board_reader(request)
    if not services.can_post_on_board(viewer):
        raise PermissionDenied  # moderators read only
    form = TopicForm(request.POST if request.method == "POST" else None)
    status_code = 200
    if request.method == "POST":
        status_code = 400
        if form.is_valid():
            try:
                topic = services.create_topic(
                    viewer, form.cleaned_data["title"], form.cleaned_data["body"]
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                return redirect("professional_board_topic", topic_id=topic.pk)
    return render(request, "professionals/board_new.html", {"form": form}, status=status_code)


def board_topic(request, topic_id: int):
    viewer = _board_reader(request)
    topic = services.view_topic(viewer, topic_id)
    if topic is None:
        raise Http404
    return _topic_page(request, topic, ReplyForm())


def _topic_page(request, topic: BoardTopic, form: ReplyForm, status: int = 200):
    replies = topic.replies.select_related("author")
    return render(
        request,
        "professionals/board_topic.html",
        {
            "topic": topic,
            "page": _page(request, replies, REPLIES_PER_PAGE),
            "form": form,
            "can_post": services.can_post_on_board(request.user),
        },
        status=status,
    )


@require_POST
def board_reply(request, topic_id: int):
    viewer = _board_reader(request)
    if not services.can_post_on_board(viewer):
        raise PermissionDenied
    topic = get_object_or_404(BoardTopic, pk=topic_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            reply = services.add_reply(viewer, topic, form.cleaned_data["body"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            last_page = Paginator(topic.replies.all(), REPLIES_PER_PAGE).num_pages
            url = reverse("professional_board_topic", args=[topic.pk])
            return redirect(f"{url}?page={last_page}#reply-{reply.pk}")
    return _topic_page(request, topic, form, status=400)
