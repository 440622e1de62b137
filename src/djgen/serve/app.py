"""The ASGI application: the JSON API, its OpenAPI description, and the page.

FastAPI describes the API at `/openapi.json` (Swagger UI at `/docs`) from answers.py.
Every answer is JSON, errors included; an input that does not resolve answers its diagnostics,
located by line and column as `djgen validate` prints them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from djgen import __version__
from djgen.diagram import er_diagram
from djgen.frontends.document import json_schema
from djgen.generators import plan
from djgen.model import Project
from djgen.serve.answers import (
    INVALID,
    REFUSED,
    CheckAnswer,
    DiagramAnswer,
    FilesAnswer,
    GenerateRequest,
    Source,
)
from djgen.serve.limits import BodyLimit, Busy, Limits, Slots, ThreadSlots, TooSlow, bounded
from djgen.serve.work import LANGUAGES, BuildFailed, Checked, build_zip, check
from djgen.writer import RECORDS

STATIC = Path(__file__).parent / "static"
# The page runs only its own scripts and talks only to this service; Mermaid styles its SVG inline.
PAGE_POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _validated(source: str, language: str) -> CheckAnswer:
    return CheckAnswer.of(check(source, language))


def _drawn(source: str, language: str) -> str:
    return er_diagram(_resolved(check(source, language)))


def _listed(source: str, language: str) -> list[str]:
    return sorted([*plan(_resolved(check(source, language))), *RECORDS])


@cache
def _page() -> str:
    """The page, offering the languages that have a frontend."""
    options = "".join(f'<option value="{lang}">{lang}</option>' for lang in LANGUAGES)
    return (STATIC / "index.html").read_text(encoding="utf-8").replace("<!--languages-->", options)


class Unresolved(Exception):
    """The input has errors (or warnings, when strict): answered 422 with its diagnostics."""

    def __init__(self, found: Checked, *, strict: bool) -> None:
        super().__init__("the input does not resolve")
        self.found = found
        self.strict = strict


def _resolved(found: Checked, *, strict: bool = False) -> Project:
    if found.project is None or found.fails(strict=strict):
        raise Unresolved(found, strict=strict)
    return found.project


def create_app(limits: Limits | None = None) -> FastAPI:
    """The service, with its bounds."""
    limits = limits or Limits()
    app = FastAPI(
        title="djgen",
        version=__version__,
        summary="Check a domain model, draw it, and generate its Django + DRF project.",
        redoc_url=None,
    )
    _handle_errors(app)
    app.add_middleware(GZipMiddleware, minimum_size=1024)  # mermaid.js is 3.5 MB, 1 MB zipped
    app.add_middleware(BodyLimit, max_bytes=limits.max_bytes)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(_page(), headers={"Content-Security-Policy": PAGE_POLICY})

    _add_api(app, limits)
    return app


def _add_api(app: FastAPI, limits: Limits) -> None:
    """The JSON API: reading a source runs in bounded thread slots, a build in slots of its
    own, each within its time limit."""
    checks = ThreadSlots(limits.checks, limits.wait_seconds)
    builds = Slots(limits.builds, limits.wait_seconds)

    @app.post("/api/validate", responses=REFUSED)
    async def validate(body: Source) -> CheckAnswer:
        """Read and resolve the source: a summary of the model, or every problem found."""
        return await checks.run(limits.check_seconds, _validated, body.source, body.language)

    @app.post("/api/diagram", responses=INVALID)
    async def diagram(body: Source) -> DiagramAnswer:
        """The resolved model's tables and keys as a Mermaid erDiagram."""
        drawn = await checks.run(limits.check_seconds, _drawn, body.source, body.language)
        return DiagramAnswer(diagram=drawn)

    @app.post("/api/files", responses=INVALID)
    async def files(body: Source) -> FilesAnswer:
        """The file tree `djgen new` would write, without writing it."""
        paths = await checks.run(limits.check_seconds, _listed, body.source, body.language)
        return FilesAnswer(files=paths)

    @app.post(
        "/api/generate",
        response_class=Response,
        responses={200: {"content": {"application/zip": {}}}, **INVALID},
    )
    async def generate(body: GenerateRequest) -> Response:
        """The generated project as a zip, named after the project."""
        found = await checks.run(limits.check_seconds, check, body.source, body.language)
        project = _resolved(found, strict=body.options.strict)
        data = await bounded(
            builds, limits.build_seconds, lambda: build_zip(body.source, body.language, project)
        )
        return Response(
            data,
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{project.name}.zip"'},
        )

    @app.get("/api/schema", responses={200: {"content": {"application/schema+json": {}}}})
    async def schema() -> Response:
        """The JSON Schema (draft 2020-12) of the YAML spec, as `djgen schema` prints it."""
        return Response(json_schema(), media_type="application/schema+json")


def _handle_errors(app: FastAPI) -> None:
    """Every error answers JSON `{"detail": ...}`; none shows a traceback."""

    def answer(status: int, detail: Any, **headers: str) -> JSONResponse:
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def malformed(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = [
            {"loc": [str(part) for part in e["loc"]], "message": e["msg"]} for e in error.errors()
        ]
        return answer(400, problems)

    @app.exception_handler(Unresolved)
    async def unresolved(_: Request, error: Unresolved) -> JSONResponse:
        answer = CheckAnswer.of(error.found, strict=error.strict)
        return JSONResponse(answer.model_dump(mode="json"), status_code=422)

    @app.exception_handler(Busy)
    async def busy(_: Request, __: Busy) -> JSONResponse:
        return answer(503, "the service is busy; try again shortly", **{"Retry-After": "5"})

    @app.exception_handler(TooSlow)
    async def too_slow(_: Request, error: TooSlow) -> JSONResponse:
        return answer(504, str(error))

    @app.exception_handler(BuildFailed)
    async def failed(_: Request, error: BuildFailed) -> JSONResponse:
        return answer(500, str(error))

    @app.exception_handler(Exception)
    async def crashed(_: Request, __: Exception) -> JSONResponse:
        return answer(500, "internal error")
