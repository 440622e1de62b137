"""The API's JSON: what each endpoint takes and answers, as FastAPI documents it in OpenAPI."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from djgen.errors import Diagnostic
from djgen.serve.work import LANGUAGES, Checked
from djgen.summary import Summary, summarise


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="The spec's text.")
    language: str = Field(
        "mermaid",
        description="How the text is written.",
        json_schema_extra={"enum": list(LANGUAGES)},
    )

    @field_validator("language")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language; one of {', '.join(LANGUAGES)}")
        return value


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    strict: bool = Field(False, description="Refuse a model that has warnings, as --strict.")


class GenerateRequest(Source):
    options: Options = Field(default_factory=Options)


class DiagnosticOut(BaseModel):
    line: int
    column: int
    severity: str
    code: str
    message: str
    hint: str | None

    @classmethod
    def of(cls, d: Diagnostic) -> DiagnosticOut:
        return cls(
            line=d.loc.line,
            column=d.loc.col,
            severity=d.severity.value,
            code=d.code,
            message=d.message,
            hint=d.hint,
        )


class CheckAnswer(BaseModel):
    ok: bool = Field(
        description="The model resolved: no error (warnings may remain, unless strict)."
    )
    summary: Summary | None = Field(description="What `djgen validate` prints, when ok.")
    diagnostics: list[DiagnosticOut]

    @classmethod
    def of(cls, found: Checked, *, strict: bool = False) -> CheckAnswer:
        return cls(
            ok=not found.fails(strict=strict),
            summary=None if found.project is None else summarise(found.project),
            diagnostics=[DiagnosticOut.of(d) for d in found.diagnostics],
        )


class DiagramAnswer(BaseModel):
    diagram: str = Field(description="The resolved model as a Mermaid erDiagram.")


class FilesAnswer(BaseModel):
    files: list[str] = Field(description="Every path `djgen new` would write, sorted.")


class Problem(BaseModel):
    detail: Any


# The answers other than 200, as OpenAPI documents them.
REFUSED: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The request is not a well-formed source."},
    413: {"model": Problem, "description": "The request is too large."},
    503: {"model": Problem, "description": "Busy: try again shortly."},
    504: {"model": Problem, "description": "The work took too long."},
}
INVALID: dict[int | str, dict[str, Any]] = {
    422: {"model": CheckAnswer, "description": "The input does not resolve: its diagnostics."},
    **REFUSED,
}
