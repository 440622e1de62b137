"""The model drawn as a Mermaid erDiagram."""

from __future__ import annotations

from typing import Any

from djgen.diagram import er_diagram
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import Project
from djgen.resolve import resolve


def resolved(entities: dict[str, Any], **top: Any) -> Project:
    doc = SpecDocument.model_validate({"project": "shop", "entities": entities, **top})
    return resolve(doc, SourceMap("x.yaml", {}))[0]


def test_tables_keys_and_cardinalities() -> None:
    project = resolved(
        {
            "Category": {
                "fields": {
                    "id": {"type": "UUID"},
                    "name": {"type": "String", "unique": True},
                    "parent": {"type": "Category", "required": False},
                }
            },
            "Product": {
                "fields": {
                    "status": {"type": "Status"},
                    "category": {"type": "Category"},
                    "tags": {"type": "List~Tag~"},
                    "labels": {"type": "List~String~"},
                }
            },
            "Profile": {"fields": {"user": {"type": "User", "relation": "OneToOne"}}},
            "Tag": {"fields": {"from": {"type": "Tag", "required": False}}},
        },
        enums={"Status": ["ON", "OFF"]},
    )
    assert er_diagram(project) == (
        "erDiagram\n"
        "    User {\n"
        "        BigInteger id PK\n"
        "    }\n"
        "    Category {\n"
        "        UUID id PK\n"
        "        String name UK\n"
        "        UUID parent_id FK\n"
        "    }\n"
        "    Product {\n"
        "        BigInteger id PK\n"
        "        Status status\n"
        "        JSON labels\n"
        "        UUID category_id FK\n"
        "    }\n"
        "    Profile {\n"
        "        BigInteger id PK\n"
        "        BigInteger user_id FK\n"
        "    }\n"
        "    Tag {\n"
        "        BigInteger id PK\n"
        "        BigInteger from_id FK\n"
        "    }\n"
        "    Category }o--o| Category : parent\n"
        "    Product }o--|| Category : category\n"
        "    Product }o--|{ Tag : tags\n"
        "    Profile |o--|| User : user\n"
        "    Tag }o--o| Tag : from_value\n"
    )


def test_inheritance_and_through_models() -> None:
    project = resolved(
        {
            "Stamped": {
                "abstract": True,
                "fields": {"created_at": {"type": "DateTime"}, "author": {"type": "User"}},
            },
            "Article": {"extends": "Stamped", "fields": {"title": {"type": "String"}}},
            "Tutorial": {"extends": "Article", "fields": {"level": {"type": "Integer"}}},
            "Club": {"fields": {"members": {"type": "List~User~", "through": "Membership"}}},
            "Membership": {
                "fields": {"user": {"type": "User"}, "club": {"type": "Club", "required": False}}
            },
        }
    )
    diagram = er_diagram(project)
    assert "Stamped" not in diagram  # abstract: no table of its own
    assert (
        "    Article {\n"
        "        BigInteger id PK\n"
        "        DateTime created_at\n"
        "        String title\n"
        "        BigInteger author_id FK\n"
        "    }\n"
    ) in diagram
    assert (
        "    Tutorial {\n        BigInteger article_ptr_id PK, FK\n        Integer level\n    }\n"
    ) in diagram
    assert '    Tutorial |o--|| Article : "extends"\n' in diagram
    assert "    Article }o--|| User : author\n" in diagram
    assert "Club }o" not in diagram  # the through model's keys draw the link
    assert "    Membership }o--o| Club : club\n" in diagram
