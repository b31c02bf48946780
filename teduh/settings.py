"""Settings, driven by environment variables only (12-factor).

Embedded defaults: SQLite in WAL mode, local media, in-process cache and tasks, all under
TEDUH_DATA_DIR. Production: DATABASE_URL (PostgreSQL), REDIS_URL, TEDUH_TASKS=database with a
`teduh db_worker` process, and S3-compatible media through TEDUH_S3_BUCKET.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("TEDUH_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data dir."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("TEDUH_DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_NAME = os.environ.get("TEDUH_SITE_NAME", "Teduh")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' assets locally instead of from a CDN
    "oauth2_provider",
    "teduh.core",
    "teduh.accounts",
    "teduh.posts",
    "teduh.timelines",
    "teduh.notifications",
    "teduh.safety",
    "teduh.filters",
    "teduh.moderation",
    "teduh.professionals",
    "teduh.coping",
    "teduh.wellbeing",
    "teduh.selfchecks",
    "teduh.campaigns",
    "teduh.trends",
    "teduh.insights",
    "teduh.web",
    "teduh.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "teduh.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "teduh.api.middleware.ApiRequestBodyMiddleware",
]

ROOT_URLCONF = "teduh.urls"
WSGI_APPLICATION = "teduh.wsgi.application"
ASGI_APPLICATION = "teduh.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "teduh.web.context_processors.teduh",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production), else SQLite in WAL mode in the data dir.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "teduh.sqlite3",
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else in-process.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("TEDUH_CACHE_PREFIX", "teduh"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work through the django-tasks API. "immediate" runs tasks in-process (embedded
# default); "database" queues them in the database for `teduh db_worker` (production).
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {
    "default": {"BACKEND": _TASK_BACKENDS[os.environ.get("TEDUH_TASKS", "immediate")]},
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["teduh.accounts.backends.CaseInsensitiveModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "public"
PASSWORD_HASHERS = [
    "teduh.accounts.hashers.TeduhArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if env_bool("TEDUH_FAST_HASHER"):  # test runs only: argon2 is deliberately slow
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Bahasa Indonesia first, English second.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TEDUH_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise expects it, even before collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# Files only moderators may open (professionals' proof of licence): never served at MEDIA_URL.
PRIVATE_MEDIA_ROOT = DATA_DIR / "private"
# Serve static files straight from the apps unless `teduh collectstatic` was run for production.
WHITENOISE_USE_FINDERS = not env_bool("TEDUH_COLLECTED_STATIC")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("TEDUH_COLLECTED_STATIC")
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
if os.environ.get("TEDUH_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["TEDUH_S3_BUCKET"],
            "endpoint_url": os.environ.get("TEDUH_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("TEDUH_S3_REGION") or None,
            "custom_domain": os.environ.get("TEDUH_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
# Local media is served by Teduh itself (embedded default); S3 serves its own.
SERVE_MEDIA = "TEDUH_S3_BUCKET" not in os.environ

# Uploads: a post holds up to 4 images of at most 10 MB each.
TEDUH_MAX_POST_CHARS = 1000
TEDUH_MAX_IMAGES = 4
TEDUH_MAX_IMAGE_BYTES = 10 * 1024 * 1024
TEDUH_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("TEDUH_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("TEDUH_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TEDUH_LOG_LEVEL", "WARNING")},
}
CSRF_FAILURE_VIEW = "teduh.web.views.pages.csrf_failure"

# The Mastodon-compatible client API: OAuth 2 through django-oauth-toolkit.
OAUTH2_PROVIDER = {
    "OAUTH2_VALIDATOR_CLASS": "teduh.api.oauth.TeduhOAuth2Validator",
    "SCOPES_BACKEND_CLASS": "teduh.api.scopes.MastodonScopes",
    "PKCE_REQUIRED": False,  # optional, as in Mastodon; used when the client sends it
    # Mastodon tokens do not expire; ten years keeps existing apps working.
    "ACCESS_TOKEN_EXPIRE_SECONDS": 10 * 365 * 24 * 3600,
    "REQUEST_APPROVAL_PROMPT": "auto",
}
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
TEDUH_REGISTRATION_APPROVAL = env_bool("TEDUH_REGISTRATION_APPROVAL")
TEDUH_VERSION = "0.1.0"
# Reported to clients: the Mastodon API level Teduh implements.
TEDUH_MASTODON_API_VERSION = "4.3.0"
TEDUH_SOURCE_URL = os.environ.get("TEDUH_SOURCE_URL", "")
# Helplines shown to readers who have not chosen a country (ISO 3166-1 alpha-2 code).
TEDUH_DEFAULT_COUNTRY = os.environ.get("TEDUH_DEFAULT_COUNTRY", "ID").strip().upper() or "ID"


def _rate_limits(value: str) -> dict:
    """TEDUH_RATE_LIMITS="statuses=300/10800,signups=off": overrides of the rate limits in
    teduh/core/ratelimit.py, as {"statuses": (count, seconds)} or {"signups": None} (off)."""
    limits: dict = {}
    for item in filter(None, (part.strip() for part in value.split(","))):
        action, _, rule = item.partition("=")
        if rule.strip().lower() == "off":
            limits[action.strip()] = None
            continue
        count, _, seconds = rule.partition("/")
        try:
            limits[action.strip()] = (int(count), int(seconds))
        except ValueError as error:
            raise ImproperlyConfigured(f"TEDUH_RATE_LIMITS: cannot read {item!r}") from error
    return limits


TEDUH_RATE_LIMITS: dict = _rate_limits(os.environ.get("TEDUH_RATE_LIMITS", ""))
# The post screener (docs/safety.md): a dotted path to a class or factory; empty = the rule engine.
TEDUH_SCREENER = os.environ.get("TEDUH_SCREENER", "")
