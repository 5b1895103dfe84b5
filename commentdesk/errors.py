"""Errors the use cases raise; each layer turns them into its own answer (HTTP code, exit code)."""

from __future__ import annotations


class CommentDeskError(Exception):
    """Base class: `code` is a stable machine-readable name."""

    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(CommentDeskError):
    code = "invalid_input"


class NotFound(CommentDeskError):
    code = "not_found"


class Conflict(CommentDeskError):
    code = "conflict"


class Forbidden(CommentDeskError):
    code = "forbidden"
