"""Every diagnostic code, provoked by the smallest input that shows it, through the whole
load pipeline, with the exact position it is reported at."""

from __future__ import annotations

import pytest

from djgen.errors import CODES, DjgenError
from djgen.load import load_data
from djgen.lowering.model_changes import problems

M = "classDiagram\n"

# code → (file name, input, line, column of the first diagnostic with that code)
CASES: dict[str, tuple[str, bytes | str, int, int]] = {
    "DJG001": ("empty.mmd", "  \n%% nothing here\n", 1, 1),
    "DJG002": ("binary.mmd", b"classDiagram\n  class A {\xff}\n", 2, 12),
    "DJG003": ("notes.md", "# Notes\n\n```python\nprint(1)\n```\n", 1, 1),
    "DJG004": ("front.mmd", "---\ndjgen: [unclosed\n---\nclassDiagram\n", 2, 17),
    "DJG005": ("spec.txt", "classDiagram\n", 1, 1),
    "DJG101": ("syntax.mmd", M + "  class A\n  A ==> B\n", 3, 3),
    "DJG102": ("brace.mmd", M + "  class A {\n    name: String\n", 2, 11),
    "DJG103": ("option.mmd", M + "  class A {\n    name: String(max:)\n  }\n", 3, 22),
    "DJG104": ("bad.yaml", "entities:\n  A: {fields: [\n", 3, 1),
    "DJG105": ("schema.yaml", "entities:\n  A:\n    colour: red\n", 3, 5),
    "DJG106": ("syntax.jdl", "entity A {\n  name String required\n  age Integer min(\n}\n", 4, 1),
    "DJG201": ("type.mmd", M + "  class A {\n    when: DateTim\n  }\n", 3, 11),
    "DJG202": ("value.mmd", M + "  class A {\n    name: String(min:9, max:3)\n  }\n", 3, 18),
    "DJG203": (
        "twice.mmd",
        M + "  class A {\n    x: int\n  }\n  class A {\n    y: int\n  }\n",
        5,
        9,
    ),
    "DJG204": (
        "target.yaml",
        "entities:\n  A:\n    fields:\n      b: {type: Custmer}\n  Customer: {}\n",
        4,
        17,
    ),
    "DJG205": (
        "cycle.mmd",
        M + "  A <|-- B\n  B <|-- A\n  class A {\n    x: int\n  }\n  class B {\n    y: int\n  }\n",
        3,
        10,
    ),
    "DJG206": ("field.yaml", "entities:\n  A:\n    fields:\n      x: int\n      x: String\n", 5, 7),
    "DJG207": (
        "ordering.yaml",
        "entities:\n  A:\n    fields:\n      x: int\n    ordering: [-y]\n",
        5,
        16,
    ),
    "DJG208": ("reserved.mmd", M + "  class QuerySet {\n    x: int\n  }\n", 2, 9),
    "DJG209": (
        "reverse.yaml",
        "entities:\n  A: {}\n  B:\n    fields:\n"
        "      a1: {type: A, related_name: bs}\n      a2: {type: A, related_name: bs}\n",
        5,
        21,
    ),
    "DJG210": ("name.mmd", M + "  class A {\n    id: Date\n  }\n", 3, 5),
    "DJG211": ("applies.mmd", M + "  class A {\n    name: String(max_digits:3)\n  }\n", 3, 18),
    "DJG212": (
        "parent.mmd",
        M
        + "  class Kind {\n    <<enumeration>>\n    X\n  }\n"
        + "  Kind <|-- A\n  class A {\n    x: int\n  }\n",
        6,
        13,
    ),
    "DJG213": (
        "users.mmd",
        M + "  class A {\n    <<user>>\n  }\n  class B {\n    <<user>>\n  }\n",
        5,
        9,
    ),
    "DJG214": ("enum.yaml", "enums:\n  Kind: [A, A]\n", 2, 13),
    "DJG215": (
        "front.mmd",
        "---\ndjgen:\n  entities:\n    Ghost: {search: [x]}\n---\n"
        "classDiagram\n  class A {\n    x: int\n  }\n",
        4,
        5,
    ),
    "DJG301": ("keyword.mmd", M + "  class A {\n    from: String\n  }\n", 3, 5),
    "DJG302": (
        "collide.yaml",
        "entities:\n  Account: {}\n  Transfer:\n    fields:\n"
        "      source: Account\n      target: Account\n",
        5,
        7,
    ),
    "DJG304": ("open.yaml", "features:\n  auth: none\nentities:\n  A: {}\n", 2, 3),
    "DJG305": ("self.mmd", M + "  class Node {\n    parent: Node\n  }\n", 3, 5),
    "DJG306": ("lollipop.mmd", M + "  class A\n  class B\n  A ()-- B\n", 4, 7),
    "DJG307": ("lower.mmd", M + "  class order {\n    x: int\n  }\n", 2, 9),
    "DJG308": ("untyped.mmd", M + "  class A {\n    name\n  }\n", 3, 5),
    "DJG309": ("url_key.mmd", M + "  class A {\n    link: URL PK\n  }\n", 3, 15),
    "DJG218": ("kind.jdl", "entity A\nentity B\nrelationship OneToMani {\n  A to B\n}\n", 3, 14),
    "DJG219": (
        "apps.jdl",
        "application {\n  config { baseName shop }\n  entities A\n}\n"
        "application {\n  config { baseName billing }\n  entities A\n}\n"
        "entity A\nmicroservice A with biling\n",
        10,
        21,
    ),
    "DJG220": ("cycle.mmd", M + "  class A {\n    b: B\n  }\n  class B {\n    a: A\n  }\n", 3, 5),
    "DJG310": ("verb.mmd", M + "  A --> B : has\n", 2, 13),
    "DJG311": ("service.mmd", M + "  class S {\n    <<service>>\n  }\n  A --> S\n", 5, 3),
    "DJG312": ("twice.mmd", M + "  A --> B\n  B --> A\n", 3, 3),
    "DJG313": ("method.mmd", M + "  class A {\n    +delete()\n  }\n", 3, 5),
    "DJG314": ("password.mmd", M + "  class User {\n    password: String\n  }\n", 3, 5),
    "DJG315": ("dto.jdl", "entity A\n\ndto * with mapstruct\n", 3, 1),
    "DJG316": (
        "outside.jdl",
        "application {\n  config { baseName shop }\n  entities A\n}\n"
        "application {\n  config { baseName billing }\n  entities B\n}\n"
        "entity A\nentity B\nentity C\n",
        11,
        8,
    ),
}

# Reported by `djgen update`, from the previous spec to the new one (both `spec.yaml`):
# code → (previous, new, line, column in the new spec).
UPDATE_CASES: dict[str, tuple[str, str, int, int]] = {
    "DJG216": (
        "entities:\n  A:\n    fields:\n      x: int\n",
        "entities:\n  A:\n    fields:\n      x: int\n      y: int\n",
        5,
        7,
    ),
    "DJG217": ("entities:\n  A: {}\n", "entities:\n  A: {}\n  B: {renamed_from: A}\n", 3, 3),
}


def diagnostics(name: str, data: bytes | str):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        return list(load_data(raw, name).warnings)
    except DjgenError as error:
        return list(error.diagnostics)


def test_every_code_has_a_case() -> None:
    assert sorted([*CASES, *UPDATE_CASES]) == sorted(CODES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_reported_at_its_position(code: str) -> None:
    name, data, line, col = CASES[code]
    found = [d for d in diagnostics(name, data) if d.code == code]
    assert found, f"{code} not reported; got {diagnostics(name, data)}"
    first = found[0]
    assert (first.loc.path, first.loc.line, first.loc.col) == (name, line, col), str(first)
    assert first.message


@pytest.mark.parametrize("code", sorted(UPDATE_CASES))
def test_update_code_is_reported_at_its_position(code: str) -> None:
    before, after, line, col = UPDATE_CASES[code]
    previous = load_data(before.encode(), "spec.yaml").project
    found = [d for d in problems(previous, load_data(after.encode(), "spec.yaml").project)]
    assert [(d.code, d.loc.line, d.loc.col) for d in found] == [(code, line, col)], found
    assert found[0].message and found[0].hint
