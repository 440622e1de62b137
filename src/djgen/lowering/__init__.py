"""The domain model in Django terms, computed once for every generator that needs it."""
