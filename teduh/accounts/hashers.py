from django.contrib.auth.hashers import Argon2PasswordHasher


class TeduhArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id with OWASP's recommended cost (46 MiB, 1 pass, 1 lane).

    Django's default (100 MiB, 2 passes, 8 lanes) takes over half a second per login on a small
    two-core server, which makes logins an easy way to exhaust it. Hashes with other parameters
    are upgraded on the next successful login.
    """

    time_cost = 1
    memory_cost = 47104
    parallelism = 1
