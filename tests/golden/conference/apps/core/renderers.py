"""JSON answers that never fail on what is stored: text saved before it was checked (an
unpaired surrogate in a JSON column, say) cannot be encoded as UTF-8, and would otherwise turn
every answer that shows its row into a 500."""

from rest_framework import renderers


class JSONRenderer(renderers.JSONRenderer):
    """DRF's renderer; an answer holding text UTF-8 cannot encode is written with every
    character escaped, which JSON allows."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        try:
            return super().render(data, accepted_media_type, renderer_context)
        except UnicodeEncodeError:
            return EscapedJSONRenderer().render(
                data, accepted_media_type, renderer_context
            )


class EscapedJSONRenderer(renderers.JSONRenderer):
    ensure_ascii = True
