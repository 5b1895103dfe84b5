"""Comment Desk: a self-hosted comment platform and moderation engine."""
