"""Comment Desk: a self-hosted comment platform and moderation engine."""

__version__ = "0.1.0"
