"""Bytes → text: emptiness, binary and encoding errors, Markdown blocks and front matter."""

from __future__ import annotations

import pytest

from djgen.errors import DjgenError
from djgen.frontends import load_bytes, load_document, load_text
from djgen.frontends.markdown import extract_markdown
from djgen.frontends.reader import decode, split_front_matter


def codes(err: pytest.ExceptionInfo[DjgenError]) -> list[tuple[str, int, int]]:
    return [(d.code, d.loc.line, d.loc.col) for d in err.value.diagnostics]


@pytest.mark.parametrize("text", ["", "   \n\n", "%% a comment\n  %% another\n"])
def test_empty_mermaid_is_djg001(text: str) -> None:
    with pytest.raises(DjgenError) as err:
        load_text(text, "d.mmd")
    assert codes(err) == [("DJG001", 1, 1)]


def test_empty_yaml_is_djg001() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("# only a comment\n\n", "djgen.yaml")
    assert codes(err) == [("DJG001", 1, 1)]


def test_nul_byte_is_binary() -> None:
    with pytest.raises(DjgenError) as err:
        load_bytes(b"classDiagram\nclass A\x00\n", "d.mmd")
    assert codes(err) == [("DJG002", 2, 8)]


def test_bad_utf8_points_at_the_first_bad_byte() -> None:
    with pytest.raises(DjgenError) as err:
        decode("classDiagram\nclass Caf\u00e9 {\n".encode() + b"  x: \xff\n", "d.mmd")
    assert codes(err) == [("DJG002", 3, 6)]


def test_bom_and_crlf_are_normalised() -> None:
    assert decode(b"\xef\xbb\xbfclassDiagram\r\nclass A\rclass B\r\n", "d.mmd") == (
        "classDiagram\nclass A\nclass B\n"
    )


def test_crlf_diagram_keeps_columns() -> None:
    with pytest.raises(DjgenError) as err:
        load_bytes(b"classDiagram\r\nclass A {\r\n  x: Int(max:q)\r\n}\r\n", "d.mmd")
    assert codes(err) == [("DJG202", 3, 14)]


def test_unknown_extension_is_djg005(tmp_path) -> None:
    spec = tmp_path / "model.txt"
    spec.write_text("classDiagram\n")
    with pytest.raises(DjgenError) as err:
        load_document(spec)
    assert codes(err) == [("DJG005", 1, 1)]


def test_missing_file_is_djg005(tmp_path) -> None:
    with pytest.raises(DjgenError) as err:
        load_document(tmp_path / "missing.mmd")
    assert codes(err) == [("DJG005", 1, 1)]


def test_load_document_reads_each_kind(tmp_path) -> None:
    (tmp_path / "a.mmd").write_text("classDiagram\nclass A\n")
    (tmp_path / "b.md").write_text("# B\n```mermaid\nclassDiagram\nclass B\n```\n")
    (tmp_path / "c.yml").write_text("entities:\n  C: {}\n")
    assert list(load_document(tmp_path / "a.mmd")[0].entities) == ["A"]
    assert list(load_document(tmp_path / "b.md")[0].entities) == ["B"]
    assert list(load_document(tmp_path / "c.yml")[0].entities) == ["C"]


def test_markdown_takes_the_first_class_diagram_block() -> None:
    text = "# Doc\n```mermaid\ngraph TD\n```\n\n```mermaid\nclassDiagram\nclass A\n```\nafter\n"
    extracted = extract_markdown(text, "d.md")
    assert extracted.split("\n") == ["", "", "", "", "", "", "classDiagram", "class A", "", "", ""]


def test_markdown_errors_point_into_the_file() -> None:
    text = "intro\n\n~~~mermaid\nclassDiagram\nclass A {\n  x: Int(uniq)\n}\n~~~\n"
    with pytest.raises(DjgenError) as err:
        load_text(text, "README.md")
    assert codes(err) == [("DJG103", 6, 10)]


def test_markdown_without_class_diagram_is_djg003() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("# Title\n```mermaid\nerDiagram\n```\n", "d.md")
    assert codes(err) == [("DJG003", 1, 1)]


def test_markdown_block_may_start_with_front_matter() -> None:
    text = "```mermaid\n---\ntitle: Shop\n---\nclassDiagram\nclass A\n```\n"
    document, source, _ = load_text(text, "d.md")
    assert document.title == "Shop"
    assert source.at("entities", "A").line == 6


def test_front_matter_is_split_with_lines_kept() -> None:
    front = split_front_matter("---\ntitle: T\n---\nclassDiagram\n", "d.mmd")
    assert front.node is not None
    assert front.body.split("\n")[3] == "classDiagram"
    assert front.body.split("\n")[:3] == ["", "", ""]


def test_unclosed_front_matter_is_djg004() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("---\ntitle: T\nclassDiagram\n", "d.mmd")
    assert codes(err) == [("DJG004", 1, 1)]


def test_front_matter_yaml_error_is_djg004_at_the_mark() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("---\ndjgen: {project: [x\n---\nclassDiagram\n", "d.mmd")
    assert [c for c, _, _ in codes(err)] == ["DJG004"]
    assert err.value.diagnostics[0].loc.line == 2


def test_no_class_diagram_header_is_djg003() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("%% c\n  graph TD\n", "d.mmd")
    assert codes(err) == [("DJG003", 2, 3)]
