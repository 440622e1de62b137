"""The domain model in Django terms, computed once for every generator.

Field declarations, `Meta` options, query plans, class names, imports and the tables the
migrations create are decided here; generators only put them into templates.
"""
