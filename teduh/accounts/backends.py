from django.contrib.auth.backends import ModelBackend

from teduh.accounts.models import User


class CaseInsensitiveModelBackend(ModelBackend):
    """Usernames are unique regardless of case (sign-up enforces it), so logging in as "Ani"
    finds "ani". Mastodon apps send an e-mail address instead: it is accepted when exactly one
    account has it."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(User.USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = User.objects.filter(username__iexact=username).order_by("pk").first()
        if user is None and "@" in username:
            by_email = list(User.objects.filter(email__iexact=username)[:2])
            user = by_email[0] if len(by_email) == 1 else None
        if user is None:
            User().set_password(password)  # same cost as a real check: no timing hint
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def user_can_authenticate(self, user) -> bool:
        """A suspended account stays active (its data is kept) but can't sign in, and its
        open sessions end: get_user() asks this too."""
        return super().user_can_authenticate(user) and getattr(user, "suspended_at", None) is None
