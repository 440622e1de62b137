"""Options that do not fit the attribute they are given on.

Every kind of attribute accepts its own options (see `field_types`); an option set on the
wrong kind, or read-only together with write-only, is reported at the option.
"""

from __future__ import annotations

from djgen.frontends.document import FieldSpec
from djgen.resolve.field_types import given_options
from djgen.resolve.state import Context, Key


def not_applicable(
    ctx: Context, spec: FieldSpec, allowed: frozenset[str], what: str, key: Key
) -> bool:
    """Report each option given that `what` does not accept; True if there was any."""
    bad = [opt for opt in given_options(spec) if opt not in allowed]
    for opt in bad:
        ctx.error(
            "DJG211",
            f"option '{opt}' does not apply to {what}",
            ctx.at(*key, opt),
            f"options for {what}: {', '.join(sorted(allowed))}",
        )
    return bool(bad)


def flags_agree(ctx: Context, spec: FieldSpec, key: Key) -> bool:
    if spec.read_only and spec.write_only:
        ctx.error(
            "DJG202",
            "an attribute cannot be both read-only and write-only",
            ctx.at(*key, "write_only"),
            "keep one of them",
        )
        return False
    return True
