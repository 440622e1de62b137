"""Labels of relationship lines, read as a person reads them (SPEC-LANGUAGE "Labels").

A label is a role (a singular noun or noun phrase: `author`, `arrival relay point`, or a name
written in snake_case, `booked_by`), a
collection (a plural noun: `books`), or a description (a verb or verb phrase: `writes`,
`belongs to`, `possède`, or anything that is not a name). Text in parentheses is djgen's
options when it reads as options, else part of the description.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import inflection

from djgen.frontends import attribute
from djgen.frontends.problem import Problem


class Reading(StrEnum):
    ROLE = "role"
    COLLECTION = "collection"
    DESCRIPTION = "description"


# Verbs people write on lines, in English and French, as the first word of a label.
_VERB_WORDS = """
    has have had uses use writes write wrote contains contain owns own belongs belong
    includes include manages manage creates create makes make holds hold places place sends
    send receives receive references refers follows follow likes like handles processes
    generates produces requires needs buys sells teaches takes gets is are was were can may
    does do performs assigns enrolls registers works supervises delivers pays consists
    comprises describes defines implements extends aggregates stores keeps maintains
    publishes triggers notifies schedules depends relates submits approves validates
    composes attends joins borrows reserves leads a ont est sont possede contient utilise
    appartient gere cree effectue passe concerne comporte comprend inclut livre envoie
    recoit ecrit publie commande reserve paie paye suit emprunte associe lie affecte fait
    realise genere valide traite detient dispose enregistre evalue propose fournit emploie
    dirige heberge redige participe appartenir
"""
_VERBS = frozenset(_VERB_WORDS.split())
# Words that end a verb phrase: `belongs to`, `written by`, `appartient à`.
_PREPOSITION_WORDS = "to by of with for in on from at into a de par pour avec dans sur"
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
_WORDS = re.compile(r"[A-Za-z0-9]+")
_SNAKE_NAME = re.compile(r"[a-z][a-z0-9_]*")
_OPTIONS = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<options>.*)\)$")


@dataclass(frozen=True)
class Label:
    """What a label says: how it reads, the name it gives, its djgen options."""

    text: str
    reading: Reading
    name: str = ""  # snake_case; empty for a description
    options: dict[str, Any] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)  # option → offset in the label
    problems: tuple[Problem, ...] = ()


def read_label(text: str, collections: frozenset[str] = frozenset()) -> Label:
    """The reading of one label, as written on the line.

    `collections` are the plurals of the classes on the line: `places` between a Venue and
    its Places is their collection, not the verb.
    """
    split = _split_options(text)
    if split is None:
        return Label(text, Reading.DESCRIPTION)
    head, options, offsets, problems = split
    words = _words(head)
    if not words:
        reading = Reading.DESCRIPTION if head.strip() else Reading.ROLE
        return Label(text, reading, "", options, offsets, problems)
    name = "_".join(words)
    if name in collections:
        return Label(text, Reading.COLLECTION, name, options, offsets, problems)
    if _SNAKE_NAME.fullmatch(head.strip()) and "_" in head:
        return Label(text, Reading.ROLE, name, options, offsets, problems)  # `booked_by`
    if _is_verb_phrase(words) or not words[0][0].isalpha():
        return Label(text, Reading.DESCRIPTION, "", options, offsets, problems)
    last = words[-1]
    reading = Reading.COLLECTION if inflection.singularize(last) != last else Reading.ROLE
    return Label(text, reading, name, options, offsets, problems)


def _split_options(
    text: str,
) -> tuple[str, dict[str, Any], dict[str, int], tuple[Problem, ...]] | None:
    """The label's head and its options; None when the parentheses are not options."""
    found = _OPTIONS.match(text)
    if found is None:
        return text, {}, {}, ()
    parsed = attribute.parse_options(text, found.start("options"), found.end("options"))
    unknown = [p for p in parsed.problems if p.code == "DJG103"]
    if parsed.problems and len(unknown) == len(parsed.problems) and not parsed.spec:
        return None  # `Link(Solid)`: a description, not djgen's options
    return found.group("head"), parsed.spec, parsed.offsets, tuple(parsed.problems)


def _words(text: str) -> list[str]:
    """Lower-case ASCII words: `arrival relay point`, `writtenBy`, `expéditeur` → words."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [
        part for w in _WORDS.findall(plain) for part in inflection.underscore(w).split("_") if part
    ]


def _is_verb_phrase(words: list[str]) -> bool:
    first, last = words[0], words[-1]
    if first in _VERBS:
        return True
    if len(first) > 4 and first.endswith("ed"):
        return True
    return len(words) > 1 and last in _PREPOSITIONS
