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


def test_login_with_a_unique_email_address(make_user):
    ani = make_user("ani")
    ani.email = "ani@example.org"
    ani.save()
    assert authenticate(username="ANI@example.org", password="a-long-test-password") == ani


def test_login_with_a_shared_email_address_is_refused(make_user):
    for name in ("ani", "budi"):
        user = make_user(name)
        user.email = "keluarga@example.org"
        user.save()
    assert authenticate(username="keluarga@example.org", password="a-long-test-password") is None
