"""The project around the apps: packaging, settings, URLs, the gate's Makefile, container and CI
files, and a README that draws the model and lists the API."""

from __future__ import annotations

import json
from dataclasses import dataclass

from djgen.diagram import er_diagram
from djgen.lowering import events
from djgen.lowering.cqrs import CELERY, enabled
from djgen.lowering.policy import summary
from djgen.lowering.websockets import CHANNELS, PYTEST_ASYNCIO, UVICORN_SOCKETS
from djgen.lowering.websockets import enabled as sockets_enabled
from djgen.model import App, Entity, Project
from djgen.render import render
from djgen.vocabulary import Auth, FieldType

# Runtime dependencies, pinned to ranges whose releases keep the generated code working.
DEPENDENCIES = (
    "Django>=5.2,<5.3",
    "djangorestframework>=3.16,<4",
    "django-filter>=25.1,<27",
    "drf-spectacular>=0.29,<0.31",
    "drf-spectacular-sidecar>=2025.1",
    "django-environ>=0.12,<0.15",
    "psycopg[binary,pool]>=3.2,<4",  # pool: production settings pool connections
    "django-redis>=5.4,<8",
    "whitenoise>=6.9,<7",
    "gunicorn>=23,<28",
    "uvicorn-worker>=0.3,<1",  # gunicorn's ASGI worker; brings uvicorn
    "factory-boy>=3.3.3,<4",  # typed since 3.3.3: factories are generic in their model
)
SIMPLEJWT = "djangorestframework-simplejwt>=5.5,<6"  # features.auth: jwt
CORS_HEADERS = "django-cors-headers>=4.4,<5"  # features.cors
PILLOW = "Pillow>=11,<14"  # ImageField validates uploads with it
RSTR = "rstr>=3.2,<4"  # factories draw values that match a field's pattern
# What the gate needs besides the runtime. ruff is held to one minor release: its formatting
# style changes only between minors, so `ruff format --check` agrees with the generator's; the
# stubs and mypy likewise, since a new release of any of them may find new errors.
DEV_DEPENDENCIES = (
    "pytest>=8.3,<10",
    "pytest-django>=4.9,<5",
    "ruff>=0.17,<0.18",
    "mypy>=2.3,<2.4",
    "django-stubs[compatible-mypy]>=6.1,<6.2",
    "djangorestframework-stubs[compatible-mypy]>=3.18,<3.19",
)

# The files rendered from templates/skeleton/, by output path.
FILES = (
    ".dockerignore",
    ".env.example",
    ".github/workflows/ci.yml",
    ".gitignore",
    "Dockerfile",
    "Makefile",
    "README.md",
    "apps/__init__.py",
    "apps/core/api_root.py",
    "apps/core/private_answers.py",
    "apps/core/docs.py",
    "apps/core/tests/test_entry_points.py",
    "compose.yaml",
    "config/__init__.py",
    "config/asgi.py",
    "config/settings/__init__.py",
    "config/settings/base.py",
    "config/settings/dev.py",
    "config/settings/prod.py",
    "config/settings/test.py",
    "config/urls.py",
    "config/wsgi.py",
    "conftest.py",
    "manage.py",
    "pyproject.toml",
)


@dataclass(frozen=True)
class EnvVar:
    """One environment variable the settings read: a row of the README's table and a line of
    `.env.example`."""

    name: str
    default: str  # what applies when it is unset, in words
    meaning: str
    example: str
    # Set in `.env.example`; otherwise commented out there, because an unset variable
    # has a better default during development than any example value.
    active: bool


ENV_VARS = (
    EnvVar(
        "DJANGO_SECRET_KEY",
        "a development-only key (dev and test settings)",
        "Signs sessions and tokens; production settings refuse to start without it.",
        "change-me-to-a-long-random-string",
        active=False,
    ),
    EnvVar(
        "DJANGO_DEBUG",
        "`False` (`True` with dev settings)",
        "Debug mode; always off with production settings.",
        "True",
        active=True,
    ),
    EnvVar(
        "DJANGO_ALLOWED_HOSTS",
        "none (localhost while debugging)",
        "Comma-separated host names the site answers to.",
        "localhost,127.0.0.1",
        active=True,
    ),
    EnvVar(
        "DATABASE_URL",
        "SQLite file `db.sqlite3`",
        "Database URL.",
        "postgres://app:app@localhost:5432/app",
        active=False,
    ),
    EnvVar(
        "REDIS_URL",
        "local-memory cache",
        "Redis URL of the cache.",
        "redis://localhost:6379/0",
        active=False,
    ),
    EnvVar(
        "CORS_ALLOWED_ORIGINS",
        "none",
        "Comma-separated origins allowed to call the API from a browser.",
        "http://localhost:3000",
        active=True,
    ),
)

PRODUCTION_ENV_VARS = (
    EnvVar(
        "DATABASE_POOL_MAX_SIZE",
        "4",
        "PostgreSQL connections each worker process keeps at most (production settings); "
        "times the workers, below the server's `max_connections`.",
        "4",
        active=False,
    ),
    EnvVar(
        "DATABASE_POOL_MIN_SIZE",
        "1",
        "PostgreSQL connections each worker process keeps open when idle (production settings).",
        "1",
        active=False,
    ),
    EnvVar(
        "DATABASE_POOL_TIMEOUT",
        "10",
        "Seconds a request waits for a free pooled connection before it fails.",
        "10",
        active=False,
    ),
    EnvVar(
        "DJANGO_API_DOCS",
        "`True` (`False` with production settings)",
        "Whether the OpenAPI schema, Swagger UI, ReDoc and the browsable API are served.",
        "True",
        active=False,
    ),
)

LOG_ENV_VARS = (
    EnvVar(
        "DJANGO_LOG_LEVEL",
        "`INFO`",
        "Level of the log; JSON lines with production settings, readable lines otherwise.",
        "DEBUG",
        active=False,
    ),
)
CORS_ENV_VARS = (  # features.cors
    EnvVar(
        "CORS_ALLOW_CREDENTIALS",
        "`False`",
        "Whether browsers may send cookies and Authorization headers from the allowed origins.",
        "False",
        active=False,
    ),
)
THROTTLE_ENV_VARS = (  # features.throttling
    EnvVar(
        "DJANGO_NUM_PROXIES",
        "`0` (the connection's address)",
        "Proxies in front of the app; the throttles read the client's address behind them.",
        "1",
        active=False,
    ),
    *(
        EnvVar(
            f"THROTTLE_RATE_{scope.upper()}",
            f"`{rate}`",
            f"Requests allowed {who}.",
            rate,
            active=False,
        )
        for scope, rate, who in (
            ("anon", "100/minute", "per signed-out client address"),
            ("user", "1000/hour", "per signed-in user"),
            ("burst", "60/minute", "per user or address in short spikes"),
            ("strict", "10/minute", "per client address to login, register, change password"),
        )
    ),
)
CQRS_ENV_VARS = (  # features.cqrs
    EnvVar(
        "CELERY_BROKER_URL",
        "asynchronous subscribers run in process",
        "Redis URL of the Celery broker: asynchronous event subscribers run in its workers.",
        "redis://localhost:6379/1",
        active=False,
    ),
)
EVENT_ENV_VARS = (  # features.event_sourcing
    EnvVar(
        "EVENT_SNAPSHOT_EVERY",
        "50",
        "Events per stream between two snapshots of its state (docs/event-sourcing.md).",
        "50",
        active=False,
    ),
    EnvVar(
        "EVENT_STORE_ORDERED_POSITIONS",
        "true",
        "Event positions in commit order; false lets appends to different streams run in "
        "parallel (docs/event-sourcing.md).",
        "true",
        active=False,
    ),
)
WEBSOCKET_ENV_VARS = (  # features.websockets
    EnvVar(
        "WEBSOCKET_RECENT_EVENTS",
        "1000",
        "Stream messages kept for sockets that reconnect with `?since=` (in Redis when "
        "REDIS_URL is set).",
        "1000",
        active=False,
    ),
)
JWT_ENV_VARS = (
    EnvVar(
        "JWT_ACCESS_TOKEN_MINUTES",
        "15",
        "Lifetime of an access token, in minutes.",
        "15",
        active=False,
    ),
    EnvVar(
        "JWT_REFRESH_TOKEN_DAYS",
        "7",
        "Lifetime of a refresh token, in days.",
        "7",
        active=False,
    ),
)


@dataclass(frozen=True)
class Endpoint:
    """One row of the README's endpoint table."""

    path: str
    methods: str
    note: str


def endpoints(project: Project, entity: Entity) -> tuple[Endpoint, Endpoint]:
    """The list and detail endpoints of a concrete entity, as the viewsets expose them."""
    base = f"/api/{project.features.api_version}/{entity.url}/"
    note = summary(project, entity)
    read_only = entity.is_user or entity.readonly
    return (
        Endpoint(base, "GET" if read_only else "GET, POST", note),
        Endpoint(
            f"{base}{{{entity.key_name}}}/", "GET" if read_only else "GET, PUT, PATCH, DELETE", note
        ),
    )


def uses_type(project: Project, *types: FieldType) -> bool:
    return any(f.type in types for e in project.entities for f in e.all_fields)


def dependencies(project: Project) -> list[str]:
    extra = [SIMPLEJWT] if project.features.auth is Auth.JWT else []
    if project.features.cors:
        extra.append(CORS_HEADERS)
    if uses_type(project, FieldType.IMAGE):
        extra.append(PILLOW)
    # The seed command runs the factories outside the test suite, so rstr is a runtime need.
    if any(f.pattern for e in project.entities for f in e.all_fields):
        extra.append(RSTR)
    if enabled(project):
        extra.append(CELERY)
    if sockets_enabled(project):
        extra += [*CHANNELS, UVICORN_SOCKETS]
    return [*DEPENDENCIES, *extra]


def dev_dependencies(project: Project) -> list[str]:
    return [*DEV_DEPENDENCIES, *([PYTEST_ASYNCIO] if sockets_enabled(project) else [])]


def env_vars(project: Project) -> tuple[EnvVar, ...]:
    features = project.features
    return (
        ENV_VARS
        + PRODUCTION_ENV_VARS
        + (JWT_ENV_VARS if features.auth is Auth.JWT else ())
        + LOG_ENV_VARS
        + (CORS_ENV_VARS if features.cors else ())
        + (THROTTLE_ENV_VARS if features.throttling else ())
        + (CQRS_ENV_VARS if enabled(project) else ())
        + (EVENT_ENV_VARS if events.enabled(project) else ())
        + (WEBSOCKET_ENV_VARS if sockets_enabled(project) else ())
    )


def api_apps(project: Project) -> list[App]:
    """The apps with an endpoint, hence a urls.py: those with a concrete entity."""
    return [
        app for app in project.apps if any(not e.abstract for e in project.app_entities(app.name))
    ]


def generate(project: Project) -> dict[str, str]:
    context = {
        "project": project,
        # A JSON string is a valid TOML basic string.
        "description_toml": json.dumps(project.description or project.title, ensure_ascii=False),
        "api_apps": api_apps(project),
        "resources": project.concrete_entities,
        "user": project.user,
        "dependencies": dependencies(project),
        "dev_dependencies": dev_dependencies(project),
        "has_files": uses_type(project, FieldType.FILE, FieldType.IMAGE),
        "env_vars": env_vars(project),
        "endpoints": [(e, endpoints(project, e)) for e in project.concrete_entities],
        "methods": [(e, m) for e in project.entities for m in e.methods],
        "er_diagram": er_diagram(project).strip(),
        "cqrs": enabled(project),
        "event_sourcing": events.enabled(project),
        "websockets": sockets_enabled(project),
    }
    return {path: render(f"skeleton/{path}.jinja", **context) for path in FILES}
