"""The shared shorthand: `Type(options)` and method signatures."""

from __future__ import annotations

import pytest

from djgen.frontends.attribute import parse_field
from djgen.frontends.cursor import unquote
from djgen.frontends.problem import ShorthandError
from djgen.frontends.signature import format_method, parse_method
from djgen.frontends.type_spelling import SIZED_TEXT
from djgen.types import FIELD_TYPES


def test_plain_type() -> None:
    parsed = parse_field("String")
    assert parsed.spec == {"type": "String"}
    assert parsed.offsets == {"type": 0}


@pytest.mark.parametrize("type_text", ["List~Tag~", "Tag[]", "Set~Tag~", "Map~String, Int~"])
def test_generic_types_pass_through(type_text: str) -> None:
    assert parse_field(type_text).spec == {"type": type_text}


def test_every_option() -> None:
    parsed = parse_field(
        'Decimal(required, unique, index, max:5, min:-1.5, default:2.5, pattern:"^\\d+$", '
        'choices:[a, "b c"], write-only, read-only, help:"Say \\"hi\\"", max_digits:3, '
        "decimal_places:1)"
    )
    assert not parsed.problems
    assert parsed.spec == {
        "type": "Decimal",
        "required": True,
        "unique": True,
        "index": True,
        "max": 5,
        "min": -1.5,
        "default": 2.5,
        "pattern": "^\\d+$",
        "choices": ["a", "b c"],
        "write_only": True,
        "read_only": True,
        "help": 'Say "hi"',
        "max_digits": 3,
        "decimal_places": 1,
    }


def test_relation_options() -> None:
    parsed = parse_field("User(OneToOne, on_delete:cascade, related_name:profile, through:M)")
    assert parsed.spec == {
        "type": "User",
        "relation": "OneToOne",
        "on_delete": "CASCADE",
        "related_name": "profile",
        "through": "M",
    }


def test_optional_and_defaults() -> None:
    assert parse_field("Int(optional)").spec["required"] is False
    assert parse_field("Boolean(default:true)").spec["default"] is True
    assert parse_field("Status(default:DRAFT)").spec["default"] == "DRAFT"
    assert parse_field('String(default:"42")').spec["default"] == "42"


def test_offsets_point_at_each_option() -> None:
    parsed = parse_field("String(required, max:200)")
    assert parsed.offsets == {"type": 0, "required": 7, "max": 17}


@pytest.mark.parametrize(
    ("text", "code", "offset"),
    [
        ("Int(max:abc)", "DJG202", 8),
        ("User(on_delete:FOO)", "DJG202", 15),
        ("Decimal(max_digits:2.5)", "DJG202", 19),
        ("Tag(related_name:two words)", "DJG202", 17),
        ("Int(uniq)", "DJG103", 4),
        ("Int(max)", "DJG103", 4),
        ("Int(max:1 min:2)", "DJG202", 8),
        ("Int(max:1", "DJG103", 3),
        ('String(help:"open)', "DJG103", 12),
        ("String(choices:[a, b)", "DJG103", 15),
        ("String(choices:x)", "DJG202", 15),
        ("String(required, optional)", "DJG103", 17),
        ("String(unique:maybe)", "DJG202", 14),
        ("(max:1)", "DJG103", 0),
        ("String junk", "DJG103", 7),
        ("String(, max:1)", "DJG103", 7),
    ],
)
def test_problems_carry_code_and_offset(text: str, code: str, offset: int) -> None:
    problems = parse_field(text).problems
    assert [(p.code, p.offset) for p in problems] == [(code, offset)]


def test_every_bad_option_is_reported() -> None:
    problems = parse_field("Int(max:x, uniq, on_delete:NO)").problems
    assert [(p.code, p.offset) for p in problems] == [
        ("DJG202", 8),
        ("DJG103", 11),
        ("DJG202", 27),
    ]


def test_unknown_option_suggests_the_closest() -> None:
    (problem,) = parse_field("Int(indx)").problems
    assert problem.hint == "did you mean 'index'?"


@pytest.mark.parametrize(
    ("text", "spec", "offset"),
    [
        ("String(13)", {"type": "String", "max": 13}, 7),
        ("varchar( 20 )", {"type": "varchar", "max": 20}, 9),
        ("char(2, unique)", {"type": "char", "max": 2, "unique": True}, 5),
        ("String(13, primary_key)", {"type": "String", "max": 13, "primary_key": True}, 7),
    ],
)
def test_a_text_types_size_is_its_max(text: str, spec: dict[str, object], offset: int) -> None:
    parsed = parse_field(text)
    assert (parsed.spec, parsed.problems) == (spec, [])
    assert parsed.offsets["max"] == offset


@pytest.mark.parametrize(
    ("text", "offset"), [("Integer(11)", 8), ("String(13, max:20)", 11), ("String(13 unique)", 10)]
)
def test_a_size_only_fits_a_text_type_once(text: str, offset: int) -> None:
    [problem] = parse_field(text).problems
    assert (problem.code, problem.offset) == ("DJG103", offset)


def test_every_text_spelling_takes_a_size() -> None:
    text = {
        spelling.casefold()
        for entry in FIELD_TYPES.values()
        if entry.text
        for spelling in entry.spellings
    }
    assert text == SIZED_TEXT


def test_unquote() -> None:
    assert unquote('"a\\"b"') == 'a"b'
    assert unquote("plain") == "plain"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("publish()", ("publish", [], None)),
        ("publish(): None", ("publish", [], "None")),
        ("+calc(int x, y: str, z) int$", ("calc", ["x", "y", "z"], "int")),
        ("-setPoints(List~int~ points)*", ("setPoints", ["points"], None)),
        (
            "#merge(Map~K, V~ m, *args, **kwargs) : bool",
            ("merge", ["m", "*args", "**kwargs"], "bool"),
        ),
        ("__str__() str", ("__str__", [], "str")),
        ("at(x=1)", ("at", ["x"], None)),
    ],
)
def test_parse_method(text: str, expected: tuple[str, list[str], str | None]) -> None:
    assert parse_method(text) == expected


def test_canonical_method_round_trips() -> None:
    signature = format_method(*parse_method("+publish(Date at, bool notify) None$"))
    assert signature == "publish(at, notify): None"
    assert parse_method(signature) == ("publish", ["at", "notify"], "None")
    assert format_method("go", [], None) == "go()"


@pytest.mark.parametrize(("text", "offset"), [("go(a, , b)", 6), ("go(a", 2), ("go(1x)", 3)])
def test_malformed_methods(text: str, offset: int) -> None:
    with pytest.raises(ShorthandError) as err:
        parse_method(text)
    assert (err.value.problem.code, err.value.problem.offset) == ("DJG103", offset)
