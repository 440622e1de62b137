"""Hostile input the generated tests send: values a careless API answers with a server error.
Each must be answered 400 (or, where the value is harmless, a correct answer), never 5xx."""

import base64
import json
from typing import Any

from django.conf import settings

NUL = "a\x00b"
SURROGATE = "a\ud800b"
NUL_IN_JSON = {"key": NUL}
SURROGATE_IN_JSON = [SURROGATE]
# Beyond what UTC can express once the offset is applied.
LATEST_DATETIME = "9999-12-31T23:59:59-14:00"
EARLIEST_DATETIME = "0001-01-01T00:00:00+14:00"
BEYOND_YEAR_9999 = "10000-01-01"
HUGE_DURATION = "999999999 00:00:00"
NEGATIVE_DURATION = "-999999999 00:00:00"
HUGE_NUMBER = "9" * 30
NOT_BASE64 = "not base64!"
MANY_WORDS = " ".join(f"w{n}" for n in range(1_000))
LONG_WORD = "w" * 1_000
MANY_VALUES = ",".join(str(n) for n in range(1_000))


def encoded(text: bytes) -> str:
    return base64.b64encode(text).decode()


# Cursors the API never gave out: undecodable, a position no column holds, an offset past
# any table.
FORGED_CURSORS = (
    "not-a-cursor",
    encoded(b"\xff\xfe\x00\x9c random bytes"),
    encoded(b"o=0&p=abc"),
    encoded(b"o=0&p=9999-12-31 23:59:59-14:00"),
    encoded(b"o=0&p=a%00b"),
)
# Keys a path may carry that no row has: each answered 404, never a server error.
KEYS = (NUL, HUGE_NUMBER, LONG_WORD * 10, "Grüße", "東京", ".", "..", "a.b", " ", "%")
# Values sent to every query parameter of every list: each answered without a server error.
# (Each kind of parameter is also sent the values of its kind it must refuse.)
QUERY_VALUES = (
    NUL,
    LATEST_DATETIME,
    HUGE_NUMBER,
    LONG_WORD * 10,
    MANY_WORDS,
    MANY_VALUES,
)


def nested(depth: int) -> Any:
    """A JSON value `depth` lists deep."""
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


DEEP_JSON = nested(settings.JSON_MAX_DEPTH + 1)


def as_json(body: Any) -> str:
    """A body as JSON text, unpaired surrogates escaped (they cannot be encoded as UTF-8)."""
    return json.dumps(body)


def is_enveloped(response: Any) -> bool:
    """Whether an error answer is the project's error envelope."""
    return set(response.json()) == {"error"}
