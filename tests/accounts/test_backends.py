from django.contrib.auth import authenticate


def test_login_ignores_username_case(make_user):
    ani = make_user("Ani")
    assert authenticate(username="ani", password="a-long-test-password") == ani
    assert authenticate(username="ANI", password="a-long-test-password") == ani


def test_wrong_password_or_unknown_user_fails(make_user):
    make_user("ani")
    assert authenticate(username="ani", password="wrong-password") is None
    assert authenticate(username="nobody", password="a-long-test-password") is None


def test_inactive_user_cannot_log_in(make_user):
    ani = make_user("ani")
    ani.is_active = False
    ani.save()
    assert authenticate(username="ani", password="a-long-test-password") is None
