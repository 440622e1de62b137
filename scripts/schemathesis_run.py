"""Serve a generated example under a real server and let schemathesis test its API.

    python scripts/schemathesis_run.py [--example examples/blog.mmd] [--max-examples 50]

The example is generated into a temporary folder, migrated, seeded, and given a superuser;
uvicorn serves it on a free port of 127.0.0.1 (development settings with debug off, rates
high enough that only the strict throttle of the password endpoints answers 429). Every
operation of its OpenAPI schema then gets up to `--max-examples` generated requests in each
generation mode (valid data, then invalid data), signed in: with a JWT access token when the
project has a login endpoint that answers one, its session otherwise, HTTP Basic without one.
Each response is checked against the schema (status code, content type, headers, body).
Then every query parameter of every operation gets hostile values schemathesis does not make
(forged cursors, dates beyond UTC's range, a thousand search words, NUL characters), and
every operation with a JSON body gets hostile bodies (100,000 open brackets, a body over the
upload limit, NUL and unpaired surrogates in each property): none may answer a 5xx.

The interpreter running this script must have the generated project's dependencies and
schemathesis installed (djgen's `dev` extra has them). Prints the counts; exits 1 unless no
response was a 5xx and no response broke the schema.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import HypothesisException
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from djgen.load import load

ROOT = Path(__file__).resolve().parent.parent
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
USERNAME = "schemathesis"
PASSWORD = "password"  # what the generated user factory sets
HIGH_RATE = "1000000/minute"
SHOWN_PROBLEMS = 20
# Query values a careless API answers with a 5xx.
HOSTILE_QUERY_VALUES = (
    "a\x00b",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "999999999 00:00:00",
    "9" * 30,
    " ".join(f"w{n}" for n in range(1_000)),
    ",".join(str(n) for n in range(1_000)),
    base64.b64encode(b"o=0&p=abc").decode(),
    base64.b64encode(b"\xff\xfe\x00 random bytes").decode(),
)
# Bodies, and values of each property of a JSON body, likewise.
HOSTILE_BODIES = (b"[" * 100_000, b'{"a": "' + b"x" * 3_000_000 + b'"}')
HOSTILE_PROPERTY_VALUES = ("a\x00b", "a\ud800b", {"a": [[[["\x00"]]]]}, "9999-12-31T23:59:59-14:00")


@dataclass
class Tally:
    operations: int = 0
    requests: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    server_errors: int = 0
    violations: int = 0
    transport_errors: int = 0
    not_generated: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        if len(self.problems) < SHOWN_PROBLEMS:
            self.problems.append(text)


def run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"`{' '.join(args)}` exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(project: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DJANGO_DEBUG="False",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{project / 'schemathesis.sqlite3'}",
        THROTTLE_RATE_ANON=HIGH_RATE,
        THROTTLE_RATE_USER=HIGH_RATE,
        THROTTLE_RATE_BURST=HIGH_RATE,
    )
    return env


def prepare(example: Path, project: Path, env: dict[str, str]) -> None:
    """Generate, migrate, seed, and create the superuser the requests sign in as."""
    run([sys.executable, "-m", "djgen", "new", str(example), "-o", str(project)], ROOT, env)
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v", "0"], project, env)
    run([*manage, "seed", "--count", "5"], project, env)
    user = load(example).project.user
    create = (
        f"from apps.{user.app}.factories import {user.name}Factory; "
        f"{user.name}Factory(username={USERNAME!r}, is_staff=True, is_superuser=True)"
    )
    run([*manage, "shell", "-v", "0", "-c", create], project, env)


def wait_until_up(base_url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited with {server.returncode}")
        try:
            if requests.get(f"{base_url}/health/", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            time.sleep(0.2)
    sys.exit(f"the server did not answer within {timeout:.0f}s")


def signed_in_session(base_url: str, paths: set[str], version: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    login = f"/api/{version}/auth/login/"
    if login not in paths:
        session.auth = (USERNAME, PASSWORD)
        return session, "HTTP Basic"
    response = session.post(
        f"{base_url}{login}", json={"username": USERNAME, "password": PASSWORD}, timeout=10
    )
    response.raise_for_status()
    if access := response.json().get("access"):
        session.headers["Authorization"] = f"Bearer {access}"
        return session, "JWT"
    if token := session.cookies.get("csrftoken"):
        session.headers["X-CSRFToken"] = token
    session.headers["Referer"] = base_url
    return session, "session"


def exercise(operation, mode, session, base_url: str, budget: int, tally: Tally) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=budget,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def test(case) -> None:
        try:
            response = case.call(base_url=base_url, session=session, timeout=30)
        except requests.ConnectionError as exc:
            tally.transport_errors += 1
            tally.problem(f"{operation.label}: no answer ({exc})")
            return
        except (requests.RequestException, ValueError):
            return  # a negative case that no HTTP client can send
        record(response, tally)
        if response.status_code >= 500:  # counted once, as a 5xx, not also as undocumented
            return
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as group:
            tally.violations += len(group.exceptions)
            for failure in group.exceptions:
                tally.problem(f"{operation.label}: {failure.title}: {failure.message[:300]}")
        except Failure as failure:
            tally.violations += 1
            tally.problem(f"{operation.label}: {failure.title}: {failure.message[:300]}")

    try:
        test()
    except HypothesisException:
        tally.not_generated += 1  # no value of this mode fits the operation's schema


def record(response: requests.Response, tally: Tally) -> None:
    """Count an answer by its class; a 5xx is a problem, shown with its request."""
    tally.requests += 1
    tally.statuses[f"{response.status_code // 100}xx"] += 1
    if response.status_code >= 500:
        tally.server_errors += 1
        request = f"{response.request.method} {response.request.url}"[:200]
        tally.problem(f"{request}: {response.status_code} {response.text[:200]}")


def hostile_requests(operation, session: requests.Session, base_url: str, tally: Tally) -> None:
    """The hostile cases of one operation, sent as they are (see the module's docstring).
    Operations on one row by key are left out: their list's parameters are the ones read."""
    definition = operation.definition.raw
    parameters = definition.get("parameters", [])
    if any(parameter.get("in") == "path" for parameter in parameters):
        return
    url = f"{base_url}{operation.path}"
    method = operation.method.upper()
    for parameter in parameters:
        if parameter.get("in") == "query":
            for value in HOSTILE_QUERY_VALUES:
                query = {parameter["name"]: value}
                record(session.request(method, url, params=query, timeout=30), tally)
    content = definition.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return
    reference = content["application/json"].get("schema", {}).get("$ref", "")
    components = operation.schema.raw_schema["components"]["schemas"]
    properties = components.get(reference.rsplit("/", 1)[-1], {}).get("properties", {})
    bodies = [
        *HOSTILE_BODIES,
        *(
            json.dumps({name: value}).encode()
            for name in properties
            for value in HOSTILE_PROPERTY_VALUES
        ),
    ]
    headers = {"Content-Type": "application/json"}
    for body in bodies:
        record(session.request(method, url, data=body, headers=headers, timeout=30), tally)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--example", type=Path, default=ROOT / "examples" / "blog.mmd")
    parser.add_argument("--max-examples", type=int, default=50, help="per operation and mode")
    parser.add_argument("--keep", action="store_true", help="keep the generated project")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="djgen-schemathesis-"))
    project = workdir / args.example.stem
    env = server_env(project)
    started = time.perf_counter()
    prepare(args.example.resolve(), project, env)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "config.asgi:application"),
            *("--host", "127.0.0.1", "--port", str(port), "--no-access-log"),
        ],
        cwd=project,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    tally = Tally()
    try:
        wait_until_up(base_url, server)
        schema = schemathesis.openapi.from_url(
            f"{base_url}/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}
        )
        version = load(args.example).project.features.api_version
        session, auth = signed_in_session(base_url, set(schema.raw_schema["paths"]), version)
        for result in schema.get_all_operations():
            operation = result.ok()
            tally.operations += 1
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                exercise(operation, mode, session, base_url, args.max_examples, tally)
            hostile_requests(operation, session, base_url, tally)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()

    print(f"example: {args.example.name}, served by uvicorn at {base_url}, signed in by {auth}")
    print(f"max examples per operation and mode: {args.max_examples}")
    print(f"operations: {tally.operations}")
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(tally.statuses.items()))
    print(f"requests: {tally.requests} ({statuses})")
    print(f"5xx responses: {tally.server_errors}")
    print(f"schema violations: {tally.violations}")
    print(f"requests without an answer: {tally.transport_errors}")
    print(f"operation modes with no generable data: {tally.not_generated}")
    print(f"time: {time.perf_counter() - started:.0f}s")
    for problem in tally.problems:
        print(f"  - {problem}")
    failed = tally.server_errors or tally.violations or tally.transport_errors
    if failed:
        print(f"server log: {workdir / 'server.log'}")
    if args.keep or failed:
        print(f"project kept in {project}")
    else:
        shutil.rmtree(workdir)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
