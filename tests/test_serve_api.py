"""`djgen serve`'s API, called in process: each endpoint on valid and invalid input, the bounds
that make it safe to expose, and the zip it answers, unpacked and checked by Django."""

from __future__ import annotations

import asyncio
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient

from djgen.frontends import SUFFIXES
from djgen.frontends.document import json_schema
from djgen.serve import work
from djgen.serve.app import create_app
from djgen.serve.limits import Limits
from tests.generate import EXAMPLES, djgen
from tests.test_cli import BAD_DIAGRAM

BLOG = (EXAMPLES / "blog.mmd").read_text(encoding="utf-8")
# A line labelled with a verb: the model resolves, with warning DJG310.
WARNED = 'classDiagram\n  class Shop {\n    name: String\n  }\n  User "1" --> "*" Shop : owns\n'


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as client:
        yield client


def test_validate_answers_the_summary_validate_prints(client: TestClient, tmp_path: Path) -> None:
    answer = client.post("/api/validate", json={"source": BLOG, "language": "mermaid"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["ok"] is True and body["diagnostics"] == []
    summary = body["summary"]
    assert summary["counts"] == {"apps": 1, "entities": 5, "fields": 19, "relations": 5, "enums": 1}
    spec = tmp_path / "blog.mmd"
    spec.write_text(BLOG, encoding="utf-8")
    printed = djgen("validate", str(spec)).stdout
    lines = [summary["headline"], summary["features"]]
    lines += [r["text"] for r in summary["relations"]]
    lines += [e["text"] for app in summary["apps"] for e in app["entities"]]
    lines += [e["access"] for app in summary["apps"] for e in app["entities"] if e["access"]]
    assert [line for line in lines if line not in printed] == []


def test_validate_locates_every_error(client: TestClient) -> None:
    body = client.post("/api/validate", json={"source": BAD_DIAGRAM}).json()
    assert body["ok"] is False and body["summary"] is None
    found = {(d["line"], d["column"], d["code"]): d for d in body["diagnostics"]}
    assert set(found) == {(4, 17, "DJG201"), (6, 23, "DJG204")}
    assert found[4, 17, "DJG201"]["hint"] == "did you mean 'DateTime'?"
    assert found[6, 23, "DJG204"]["severity"] == "error"


@pytest.mark.parametrize(
    ("example", "language"), [("shop.yaml", "yaml"), ("kitchen-sink.md", "markdown")]
)
def test_validate_reads_every_language(client: TestClient, example: str, language: str) -> None:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    body = client.post("/api/validate", json={"source": text, "language": language}).json()
    assert body["ok"] is True, body["diagnostics"]
    wrong = client.post("/api/validate", json={"source": text, "language": "mermaid"}).json()
    assert wrong["ok"] is False


def test_a_language_is_offered_only_with_its_frontend(client: TestClient) -> None:
    assert {"mermaid", "markdown", "yaml"} <= set(work.LANGUAGES)
    jdl = client.post("/api/validate", json={"source": "entity A {}", "language": "jdl"})
    assert (jdl.status_code != 400) == (".jdl" in SUFFIXES)
    assert ('value="jdl"' in client.get("/").text) == (".jdl" in SUFFIXES)


@pytest.mark.parametrize(
    "request_body",
    [
        {"source": "classDiagram", "language": "cobol"},
        {"language": "mermaid"},
        {"source": "classDiagram", "path": "/etc/passwd"},
        {"source": 3},
    ],
    ids=["unknown language", "no source", "unknown key", "not text"],
)
def test_a_malformed_request_answers_400_in_json(
    client: TestClient, request_body: dict[str, object]
) -> None:
    answer = client.post("/api/validate", json=request_body)
    assert answer.status_code == 400
    assert answer.json()["detail"][0]["loc"][0] == "body"


def test_a_body_that_is_not_json_answers_400(client: TestClient) -> None:
    answer = client.post(
        "/api/validate", content=b"classDiagram", headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 400 and "detail" in answer.json()


def test_a_lone_surrogate_is_a_located_error_not_a_crash(client: TestClient) -> None:
    answer = client.post(
        "/api/validate",
        content=b'{"source": "classDiagram\\n\\ud800"}',
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 200
    assert [(d["line"], d["code"]) for d in answer.json()["diagnostics"]] == [(2, "DJG002")]


def test_a_body_over_the_cap_answers_413_announced_or_streamed() -> None:
    limits = Limits(max_bytes=1024)
    body = json.dumps({"source": "classDiagram\n" + "%% x\n" * 400}).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 100):
            yield body[start : start + 100]

    async def both() -> tuple[httpx2.Response, httpx2.Response]:
        transport = httpx2.ASGITransport(app=create_app(limits))
        async with httpx2.AsyncClient(transport=transport, base_url="http://serve") as client:
            announced = await client.post("/api/validate", content=body)
            streamed = await client.post("/api/validate", content=chunks())
        return announced, streamed

    for answer in asyncio.run(both()):
        assert answer.status_code == 413
        assert answer.json() == {"detail": "the request is larger than 1 KB"}


def test_the_default_cap_is_512_kb(client: TestClient) -> None:
    answer = client.post("/api/validate", json={"source": "%%" * 300_000})
    assert answer.status_code == 413


def test_diagram_draws_the_resolved_tables(client: TestClient) -> None:
    answer = client.post("/api/diagram", json={"source": BLOG})
    assert answer.status_code == 200
    drawn = answer.json()["diagram"]
    assert drawn.startswith("erDiagram\n")
    assert all(f"    {name} {{" in drawn for name in ("User", "Category", "Tag", "Post"))
    invalid = client.post("/api/diagram", json={"source": BAD_DIAGRAM})
    assert invalid.status_code == 422
    assert {d["code"] for d in invalid.json()["diagnostics"]} == {"DJG201", "DJG204"}


def test_generate_answers_the_zip_that_files_lists_and_django_checks_it(
    client: TestClient, tmp_path: Path
) -> None:
    answer = client.post("/api/generate", json={"source": BLOG, "language": "mermaid"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/zip"
    assert answer.headers["content-disposition"] == 'attachment; filename="blog.zip"'
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    listed = client.post("/api/files", json={"source": BLOG}).json()["files"]
    assert sorted(names) == [f"blog/{path}" for path in listed]
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    done = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=tmp_path / "blog",
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "System check identified no issues" in done.stdout


def test_generate_refuses_an_invalid_model_and_warnings_when_strict(client: TestClient) -> None:
    invalid = client.post("/api/generate", json={"source": BAD_DIAGRAM})
    assert invalid.status_code == 422
    assert invalid.json()["ok"] is False
    strict = client.post("/api/generate", json={"source": WARNED, "options": {"strict": True}})
    assert strict.status_code == 422
    assert strict.json()["ok"] is False and strict.json()["summary"]["project"] == "project"
    assert [d["code"] for d in strict.json()["diagnostics"]] == ["DJG310"]
    assert client.post("/api/files", json={"source": BAD_DIAGRAM}).status_code == 422


def test_concurrent_requests_each_get_their_own_answer(client: TestClient) -> None:
    sources = [f"classDiagram\n  class Thing{n} {{\n    name: String\n  }}\n" for n in range(8)]

    async def all_at_once() -> list[httpx2.Response]:
        transport = httpx2.ASGITransport(app=create_app())
        async with httpx2.AsyncClient(transport=transport, base_url="http://serve") as c:
            return await asyncio.gather(
                *(c.post("/api/validate", json={"source": s}) for s in sources)
            )

    answers = asyncio.run(all_at_once())
    for n, answer in enumerate(answers):
        names = {e["name"] for app in answer.json()["summary"]["apps"] for e in app["entities"]}
        assert {name for name in names if name.startswith("Thing")} == {f"Thing{n}"}


def test_builds_beyond_the_bound_are_turned_away() -> None:
    limits = Limits(builds=1, wait_seconds=0.05)

    async def two_builds() -> list[httpx2.Response]:
        transport = httpx2.ASGITransport(app=create_app(limits))
        async with httpx2.AsyncClient(transport=transport, base_url="http://serve") as c:
            return await asyncio.gather(
                *(c.post("/api/generate", json={"source": WARNED}) for _ in range(2))
            )

    answers = sorted(asyncio.run(two_builds()), key=lambda a: a.status_code)
    assert [a.status_code for a in answers] == [200, 503]
    assert answers[1].headers["retry-after"] == "5"
    assert answers[1].json() == {"detail": "the service is busy; try again shortly"}


def test_a_build_out_of_time_answers_504_and_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with TestClient(create_app(Limits(build_seconds=0.2))) as client:
        answer = client.post("/api/generate", json={"source": BLOG})
    assert answer.status_code == 504
    assert answer.json() == {"detail": "the work took longer than 0.2 s"}
    assert list(tmp_path.iterdir()) == []
    assert _running_in(tmp_path) == []


def _running_in(folder: Path) -> list[str]:
    """The command lines of this machine's processes that name `folder` (Linux's /proc)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            words = cmdline.read_bytes().decode(errors="replace")
        except OSError:  # gone meanwhile
            continue
        if str(folder) in words:
            found.append(words.replace("\0", " "))
    return found


def test_an_unexpected_failure_answers_json_without_a_trace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(source: str, language: str) -> work.Checked:
        raise RuntimeError("a bug with a secret in its trace")

    monkeypatch.setattr("djgen.serve.app.check", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        answer = client.post("/api/validate", json={"source": BLOG})
    assert answer.status_code == 500
    assert answer.json() == {"detail": "internal error"}


def test_schema_and_openapi(client: TestClient) -> None:
    schema = client.get("/api/schema")
    assert schema.headers["content-type"] == "application/schema+json"
    assert schema.json() == json.loads(json_schema())
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/validate", "/api/diagram", "/api/files", "/api/generate", "/api/schema"} <= set(
        paths
    )
    language = client.get("/openapi.json").json()["components"]["schemas"]["Source"]
    assert language["properties"]["language"]["enum"] == list(work.LANGUAGES)


def test_the_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'id="editor"' in page.text
    assert "://" not in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self';")
    script = client.get("/static/mermaid.min.js")
    assert script.status_code == 200 and len(script.content) > 1_000_000
    assert script.headers["content-encoding"] == "gzip"
    assert client.get("/static/mermaid.LICENSE").text.startswith("The MIT License")
    assert client.get("/no/such/page").json() == {"detail": "Not Found"}


def test_the_command_serves_the_page_on_the_port_asked() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "djgen", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stderr is not None
        said = server.stdout.readline()
        assert said == f"djgen serves http://127.0.0.1:{port}/ (Ctrl+C stops it)\n"
        log = iter(server.stderr.readline, "")
        assert any(f"Uvicorn running on http://127.0.0.1:{port}" in line for line in log)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert 'id="editor"' in page.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)
