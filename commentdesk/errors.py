"""Errors the use cases raise; each layer turns them into its own answer (HTTP code, exit code)."""

from __future__ import annotations


class CommentDeskError(Exception):
    """Base class: `code` is a stable machine-readable name.

    ``reason`` names the case more closely where a reader may meet it
    ("story_closed", "too_long"), with ``params`` holding what the message
    fills in: a widget in another language shows its own sentence for it
    instead of the English ``message``.
    """

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        reason: str | None = None,
        params: dict[str, str | int] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.reason = reason
        self.params = params or {}


class InvalidInput(CommentDeskError):
    code = "invalid_input"


class NotFound(CommentDeskError):
    code = "not_found"


class Conflict(CommentDeskError):
    code = "conflict"


class Forbidden(CommentDeskError):
    code = "forbidden"
