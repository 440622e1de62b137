"""The resolve pass: a spec document becomes the domain model, or every problem in it is reported.

Frontends only translate syntax; every rule of meaning lives in this package, one pass per
module: names and apps (`declarations`), enumerations, inheritance, type names, attributes
(scalar `values` and `relations`, per-type tables in `field_types`), safe names, reverse names,
entity options and features. `driver` runs them in order. Every step is a dictionary lookup,
so large models resolve in linear time.
"""

from djgen.resolve.driver import resolve

__all__ = ["resolve"]
