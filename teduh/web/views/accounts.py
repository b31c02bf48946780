from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teduh.accounts import services
from teduh.accounts.forms import MuteForm, ProfileForm, SignupForm
from teduh.accounts.models import User
from teduh.core import ratelimit
from teduh.insights.recording import record_views
from teduh.timelines import services as timelines
from teduh.web.views.common import int_param, safe_next
from teduh.web.views.controls import filtered_cards


def _with_language_cookie(response, language: str):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None, initial={"language": translation.get_language()})
    if request.method == "POST" and form.is_valid():
        try:
            ratelimit.hit_for(request, "signups")  # per IP address, as in Mastodon
        except ratelimit.RateLimited as error:
            form.add_error(None, error.message)
            return render(request, "web/signup.html", {"form": form}, status=429)
        user = services.register_account(
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
            display_name=form.cleaned_data["display_name"],
            language=form.cleaned_data["language"],
            pending=services.registration_requires_approval(),
        )
        if not user.is_active:
            messages.info(
                request,
                _(
                    "Thank you for signing up. A moderator will review your account soon; "
                    "you can log in once it is approved."
                ),
            )
            return _with_language_cookie(redirect("public"), user.language)
        login(request, user)
        translation.activate(user.language)
        messages.success(request, _("Welcome to Teduh! Take your time and be kind to yourself."))
        return _with_language_cookie(redirect("home"), user.language)
    return render(request, "web/signup.html", {"form": form}, status=400 if form.errors else 200)


def profile(request, username: str):
    account = get_object_or_404(
        User, username__iexact=username, is_active=True, suspended_at__isnull=True
    )
    relationship = services.relationships(request.user, [account])[0]
    if relationship.blocked_by:
        raise Http404  # someone this account blocks finds nothing here
    page = timelines.paginate(
        timelines.account_queryset(account, request.user), max_id=int_param(request, "max_id")
    )
    cards = filtered_cards(request, page.statuses, "account")
    record_views(request, [card.status for card in cards])  # creator insights
    return render(
        request,
        "web/profile.html",
        {
            "account": account,
            "cards": cards,
            "page": page,
            "relationship": relationship,
            "mute_form": MuteForm(auto_id=f"mute-{account.pk}-%s"),
            "is_following": services.is_following(request.user, account),
            "follows_you": request.user.is_authenticated
            and services.is_following(account, request.user),
            "followers_count": account.follower_set.count(),
            "following_count": account.following_set.count(),
            "statuses_count": timelines.account_queryset(account, None).count(),
        },
    )


def follow_list(request, username: str, direction: str):
    account = get_object_or_404(User, username__iexact=username, is_active=True)
    if direction == "followers":
        people = User.objects.filter(following_set__target=account, is_active=True)
    else:
        people = User.objects.filter(follower_set__follower=account, is_active=True)
    return render(
        request,
        "web/follow_list.html",
        {"account": account, "people": people.order_by("username")[:200], "direction": direction},
    )


@login_required
@require_POST
def follow(request, username: str):
    target = get_object_or_404(User, username__iexact=username, is_active=True)
    try:
        services.follow(request.user, target)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return _follow_response(request, target)


@login_required
@require_POST
def unfollow(request, username: str):
    target = get_object_or_404(User, username__iexact=username, is_active=True)
    services.unfollow(request.user, target)
    return _follow_response(request, target)


def _follow_response(request, target: User):
    if request.htmx:
        return render(
            request,
            "web/partials/follow_button.html",
            {"account": target, "is_following": services.is_following(request.user, target)},
        )
    return redirect(safe_next(request, reverse("profile", args=[target.username])))


@login_required
def edit_profile(request):
    user = request.user
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        initial={
            "display_name": user.display_name,
            "bio": user.bio,
            "language": user.language,
            "country": user.country,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_profile(
                user,
                display_name=form.cleaned_data["display_name"],
                bio=form.cleaned_data["bio"],
                language=form.cleaned_data["language"],
                avatar=form.cleaned_data.get("avatar"),
                remove_avatar=form.cleaned_data.get("remove_avatar", False),
                # Left unchanged when a form without the field is posted.
                country=form.cleaned_data["country"] if "country" in request.POST else None,
            )
        except ValidationError as error:
            form.add_error(None if hasattr(error, "error_dict") else "avatar", error)
        else:
            translation.activate(user.language)
            messages.success(request, _("Your profile was saved."))
            return _with_language_cookie(redirect("edit_profile"), user.language)
    return render(
        request, "web/settings_profile.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def change_password(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, form.user)
        messages.success(request, _("Your password was changed."))
        return redirect("edit_profile")
    return render(
        request, "web/settings_password.html", {"form": form}, status=400 if form.errors else 200
    )


@require_POST
def set_language(request):
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return redirect(safe_next(request, reverse("home")))
    if request.user.is_authenticated:
        User.objects.filter(pk=request.user.pk).update(language=language)
    translation.activate(language)
    return _with_language_cookie(redirect(safe_next(request, reverse("home"))), language)
