"""JSON request bodies, refused with a 400 when they nest deeper than JSON_MAX_DEPTH or carry
text no database stores, before any view reads them."""

from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.settings import api_settings

from .storable import json_problem, text_problem


def body_problems(data: Any) -> dict[str, list[str]]:
    """The problems of a decoded body, by field name for an object (a key is a field's name),
    under the non-field key otherwise."""
    if not isinstance(data, dict):
        problem = json_problem(data)
        return {api_settings.NON_FIELD_ERRORS_KEY: [problem]} if problem else {}
    problems = {}
    for key, value in data.items():
        if problem := text_problem(key):
            problems[api_settings.NON_FIELD_ERRORS_KEY] = [problem]
        elif problem := json_problem(value):
            problems[key] = [problem]
    return problems


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with nesting and text checked (`apps.core.storable`)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
        if problems := body_problems(data):
            raise ValidationError(problems)
        return data
