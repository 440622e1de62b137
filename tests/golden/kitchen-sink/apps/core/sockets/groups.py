"""Channel layer group names. Channels accepts ASCII letters, digits, hyphens, underscores
and periods, fewer than 100 of them: a name made of parts that breaks either rule (a text key
with a space, a long model label) is replaced by a digest of itself, the same in every
process."""

import hashlib
import re

VALID = re.compile(r"^[A-Za-z0-9_.-]{1,99}$")


def group_name(*parts: object) -> str:
    name = ".".join(["ws", *(str(part) for part in parts)])
    if VALID.match(name):
        return name
    return "ws.h." + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
