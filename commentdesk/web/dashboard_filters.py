"""Queue filters from a query string: blank fields mean "any", bad ones are named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commentdesk.domain import ATTRIBUTES
from commentdesk.store.comments import QueueFilter

QUEUE_LABELS = {
    "held": "Held",
    "reported": "Reported",
    "premoderation": "Pre-moderation",
    "approved": "Approved",
    "featured": "Featured",
    "rejected": "Rejected",
    "all": "All",
}
# How a queue may be ordered: its own way (work queues oldest first, for
# fairness), or the clearest cases first, highest score on the attribute chosen.
QUEUE_ORDERS = {"oldest": "oldest first", "newest": "newest first", "score": "highest score first"}


def parse_filters(queue: str, params: dict[str, str]) -> tuple[QueueFilter, list[str], int]:
    """(filter, problems in words, page). A problem means: show the form, not the queue."""
    problems: list[str] = []

    def text(name: str, limit: int = 200) -> str | None:
        value = (params.get(name) or "").strip()
        if len(value) > limit:
            problems.append(f"{name} is longer than {limit} characters")
            return None
        return value or None

    def number(name: str, kind: type[int] | type[float], low: float, high: float) -> float | None:
        raw = text(name, 40)
        if raw is None:
            return None
        try:
            value = kind(raw)
        except ValueError:
            problems.append(f"{name} must be a number")
            return None
        if not low <= value <= high:
            problems.append(f"{name} must be between {low:g} and {high:g}")
            return None
        return value

    def day(name: str) -> datetime | None:
        raw = text(name, 10)
        if raw is None:
            return None
        try:
            return datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            problems.append(f"{name} must be a date like 2026-01-31")
            return None

    attribute = text("attribute", 40)
    if attribute is not None and attribute not in ATTRIBUTES:
        problems.append(f"attribute must be one of {', '.join(ATTRIBUTES)}")
        attribute = None
    story = number("story", int, 1, 2**53)
    author = number("author", int, 1, 2**53)
    until = day("until")
    flt = QueueFilter(
        queue=queue,
        section=text("section"),
        story_id=int(story) if story is not None else None,
        author_id=int(author) if author is not None else None,
        text=text("text"),
        since=day("since"),
        until=until + timedelta(days=1) if until else None,  # the form's "until" is inclusive
        attribute=attribute,
        min_score=number("min_score", float, 0, 1),
        max_score=number("max_score", float, 0, 1),
    )
    if (flt.min_score is not None or flt.max_score is not None) and flt.attribute is None:
        flt.attribute = "TOXICITY"  # a score range needs an attribute; this is the usual one
    order = text("order", 10)
    if order is not None and order not in QUEUE_ORDERS:
        problems.append(f"order must be one of {', '.join(QUEUE_ORDERS)}")
        order = None
    flt.order = order
    page = number("page", int, 1, 100_000)
    return flt, problems, int(page or 1)
