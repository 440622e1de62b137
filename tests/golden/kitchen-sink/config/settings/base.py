"""Settings every environment shares. What differs between machines comes from the
environment (or a `.env` file beside manage.py); dev, test and prod adjust the rest."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from corsheaders.defaults import default_headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

# Empty here: dev and test supply a throwaway key, prod refuses to start without one.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])

INSTALLED_APPS = [
    "daphne",  # runserver serves sockets too (ASGI)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rest_framework_simplejwt",
    "rest_framework_simplejwt.token_blacklist",
    "corsheaders",
    "apps.core",
    "apps.core.events",
    "apps.studio",
    "apps.inventory",
    "apps.spaces",
]

MIDDLEWARE = [
    "apps.core.middleware.RequestIdMiddleware",
    "apps.core.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# Answers to signed-in users are private: no shared cache (a proxy, a CDN) keeps them.
MIDDLEWARE += ["apps.core.private_answers.PrivateAnswersMiddleware"]
# A client that has just written is never served a cached answer older than its write.
MIDDLEWARE += ["apps.core.cache.ReadYourWritesMiddleware"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set, local memory otherwise; both under the project's key prefix.
if REDIS_URL := env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kitchen_sink",
            "OPTIONS": {
                "CONNECTION_POOL_KWARGS": {"max_connections": 50},
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
                # Values longer than a few bytes travel and stay compressed.
                "COMPRESSOR": "django_redis.compressors.zlib.ZlibCompressor",
                # A Redis outage turns lookups into misses (logged), not into errors;
                # /ready/ reports it.
                "IGNORE_EXCEPTIONS": True,
            },
        },
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "KEY_PREFIX": "kitchen_sink",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
    }

# Asynchronous event subscribers run as Celery tasks when a broker is set (a Redis URL), in
# process otherwise (apps.core.cqrs). Tasks travel as JSON and are acknowledged once done, so
# a task whose worker dies is run by another; workers log through LOGGING below.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# The event store (apps.core.events): a snapshot of a stream's state every so many of its
# events; positions handed out in commit order (appends commit one at a time) or not (appends
# to different streams run in parallel); the fields no event payload ever keeps.
EVENT_SNAPSHOT_EVERY = env.int("EVENT_SNAPSHOT_EVERY", default=50)
EVENT_STORE_ORDERED_POSITIONS = env.bool("EVENT_STORE_ORDERED_POSITIONS", default=True)
EVENT_STORE_HIDDEN_FIELDS = ["password"]

# Sockets (apps.core.sockets): a Redis channel layer when REDIS_URL is set, so that a write
# served by one process reaches the sockets of every other; one process's memory otherwise.
WEBSOCKET_PREFIX = "kitchen_sink"
WEBSOCKET_RECENT_EVENTS = env.int("WEBSOCKET_RECENT_EVENTS", default=1000)
CHANNEL_LAYERS: dict[str, dict[str, Any]] = {
    "default": (
        {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": REDIS_URL,
                        # A receive waits up to 5 s on Redis: reads may take longer than
                        # redis-py's default timeout (5 s). Sockets that open together each
                        # hold a connection for a moment: more than its default 100.
                        "socket_timeout": 10,
                        "max_connections": 1000,
                    }
                ],
                "prefix": WEBSOCKET_PREFIX,
            },
        }
        if REDIS_URL
        else {"BACKEND": "channels.layers.InMemoryChannelLayer"}
    ),
}

AUTH_USER_MODEL = "studio.Member"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# The OpenAPI schema, Swagger UI, ReDoc and the browsable API (off by default in production).
API_DOCS = env.bool("DJANGO_API_DOCS", default=True)

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"

# What one request may ask of the server, each refused with a 4xx answer in the error envelope
# before it reaches the database: the body's size (413 beyond), the nesting of its JSON, and
# the words of a `?search=`.
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=2_621_440)
JSON_MAX_DEPTH = env.int("JSON_MAX_DEPTH", default=32)
SEARCH_MAX_TERMS = env.int("SEARCH_MAX_TERMS", default=10)
SEARCH_MAX_TERM_LENGTH = env.int("SEARCH_MAX_TERM_LENGTH", default=100)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "apps.core.schema.AutoSchema",
    "DEFAULT_PARSER_CLASSES": [
        "apps.core.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "apps.core.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "apps.core.exceptions.exception_handler",
    # `?format=` filters like any other query parameter (a field may be named `format`); the
    # Accept header chooses the renderer.
    "URL_FORMAT_OVERRIDE": None,
    # The version is a URL kwarg (config/urls.py): request.version is "v1" under /api/v1/.
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.URLPathVersioning",
    "DEFAULT_VERSION": "v1",
    "ALLOWED_VERSIONS": ["v1"],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
        "apps.core.throttling.BurstRateThrottle",
        "apps.core.throttling.StrictRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("THROTTLE_RATE_ANON", default="100/minute"),
        "user": env("THROTTLE_RATE_USER", default="1000/hour"),
        "burst": env("THROTTLE_RATE_BURST", default="60/minute"),
        "strict": env("THROTTLE_RATE_STRICT", default="10/minute"),
    },
    # Proxies in front of the app, whose X-Forwarded-For entries the throttles skip to find
    # the client's address; 0 trusts none and reads the connection's address.
    "NUM_PROXIES": env.int("DJANGO_NUM_PROXIES", default=0),
    # JWT first: an anonymous request to a protected endpoint answers 401 with a
    # WWW-Authenticate challenge. Sessions serve the browsable API and admins signed in.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        # A view that says nothing is for signed-in users; every generated viewset says who
        # reads and who writes it.
        "rest_framework.permissions.IsAuthenticated",
    ],
    "DEFAULT_PAGINATION_CLASS": "apps.core.pagination.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": [
        "apps.core.filters.DjangoFilterBackend",
        "apps.core.filters.OrderingFilter",
        # After the ordering: on PostgreSQL, search results come best match first.
        "apps.core.search.SearchFilter",
    ],
}

# Refresh tokens rotate, and the one a refresh replaces is blacklisted. Lifetimes come from
# the environment; access tokens cannot be revoked, so theirs stays short.
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(
        minutes=env.int("JWT_ACCESS_TOKEN_MINUTES", default=15)
    ),
    "REFRESH_TOKEN_LIFETIME": timedelta(
        days=env.int("JWT_REFRESH_TOKEN_DAYS", default=7)
    ),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "AUTH_HEADER_TYPES": ("Bearer",),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Kitchen sink",
    "DESCRIPTION": "",
    "VERSION": "v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Every enumeration keeps its own name, however many serializers show it.
    "ENUM_NAME_OVERRIDES": {
        "Condition": "apps.studio.choices.Condition",
        "AssetSize": "apps.inventory.choices.AssetSize",
    },
    # Swagger UI keeps the token given to "Authorize" across page reloads.
    "SWAGGER_UI_SETTINGS": {"persistAuthorization": True},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.core.schema.times_of_day",
    ],
    # Swagger UI and ReDoc are served from this project's static files, not from a CDN: their
    # Content-Security-Policy (apps/core/docs.py) allows no other origin.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Credentials (cookies, Authorization) cross origins only when asked, and only from the
# listed origins: the deployment check refuses them with CORS_ALLOW_ALL_ORIGINS.
CORS_ALLOW_CREDENTIALS = env.bool("CORS_ALLOW_CREDENTIALS", default=False)
CORS_ALLOW_HEADERS = (*default_headers, "x-request-id")
CORS_EXPOSE_HEADERS = ["X-Request-ID", "Retry-After"]

# Readable lines here; production settings switch the handler to one JSON object per line.
# Every record carries the id of the request it was logged in.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "apps.core.logs.RequestIdFilter"},
    },
    "formatters": {
        "console": {
            "format": "{asctime} {levelname} {name} [{request_id}] {message}",
            "style": "{",
        },
        "json": {"()": "apps.core.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "console",
            "filters": ["request_id"],
        },
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
}
