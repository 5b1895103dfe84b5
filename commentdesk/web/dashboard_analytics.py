"""Analytics: per-story thread health over a chosen date range, as charts and CSV.

Charts are SVG drawn on the server from plain numbers (bars as rectangles,
coloured by CSS classes), so the page needs no chart library and no script.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response

from commentdesk.domain import ATTRIBUTES
from commentdesk.store.analytics import ThreadHealth, moderation_work, thread_health
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_render import Moderator, render

router = APIRouter(include_in_schema=False)

DEFAULT_DAYS = 30
MAX_DAYS = 366
CHART_W, CHART_H = 720, 180


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # CSS class: approved, held, rejected, attribute
    label: str  # the tooltip (an SVG <title>)


@dataclass(frozen=True)
class Range:
    since: datetime
    until: datetime  # exclusive
    problem: str | None = None

    @property
    def first_day(self) -> str:
        return self.since.strftime("%Y-%m-%d")

    @property
    def last_day(self) -> str:
        return (self.until - timedelta(days=1)).strftime("%Y-%m-%d")


def parse_range(now: datetime, since: str | None, until: str | None) -> Range:
    """Whole UTC days, `until` inclusive; defaults to the last 30 days."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        last = _day(until) if until else today
        first = _day(since) if since else last - timedelta(days=DEFAULT_DAYS - 1)
    except ValueError:
        first, last = today - timedelta(days=DEFAULT_DAYS - 1), today
        return Range(first, last + timedelta(days=1), "dates must look like 2026-01-31")
    if first > last:
        return Range(last, last + timedelta(days=1), "the start is after the end")
    if (last - first).days >= MAX_DAYS:
        first = last - timedelta(days=MAX_DAYS - 1)
    return Range(first, last + timedelta(days=1))


def _day(value: str) -> datetime:
    return datetime.strptime(value.strip()[:10], "%Y-%m-%d").replace(tzinfo=UTC)


def volume_bars(health: ThreadHealth) -> list[Bar]:
    """One stacked bar per day: approved at the bottom, then held, then rejected."""
    if not health.days:
        return []
    peak = max((d.total for d in health.days), default=0) or 1
    step = CHART_W / len(health.days)
    bars = []
    for index, day in enumerate(health.days):
        base = float(CHART_H)
        for kind in ("approved", "held", "rejected"):
            count = getattr(day, kind)
            if not count:
                continue
            height = CHART_H * count / peak
            base -= height
            bars.append(
                Bar(
                    index * step + 1,
                    base,
                    max(step - 2, 1),
                    height,
                    kind,
                    f"{day.day:%Y-%m-%d}: {count} {kind}",
                )
            )
    return bars


def attribute_bars(health: ThreadHealth) -> list[Bar]:
    peak = max(health.attributes.values(), default=0) or 1
    bars = []
    for index, attribute in enumerate(ATTRIBUTES):
        count = health.attributes.get(attribute, 0)
        width = (CHART_W - 250) * count / peak  # room for the count after the bar
        bars.append(Bar(200, index * 24 + 4, width, 18, "attribute", f"{attribute}: {count}"))
    return bars


@router.get("/dashboard/analytics")
def analytics_page(
    request: Request, me: Moderator, since: str | None = None, until: str | None = None
) -> Response:
    services = services_of(request)
    period = parse_range(services.now(), since, until)
    with services.store.read() as conn:
        health = thread_health(conn, me.principal.site_id, period.since, period.until)
        work = moderation_work(conn, me.principal.site_id, period.since, period.until)
    return render(
        request,
        "dashboard/analytics.html",
        me,
        status_code=422 if period.problem else 200,
        period=period,
        health=health,
        work=work,
        volume=volume_bars(health),
        attribute_chart=attribute_bars(health),
        attributes=ATTRIBUTES,
        chart_w=CHART_W,
        chart_h=CHART_H,
    )


@router.get("/dashboard/analytics.csv")
def analytics_csv(
    request: Request, me: Moderator, since: str | None = None, until: str | None = None
) -> Response:
    services = services_of(request)
    period = parse_range(services.now(), since, until)
    with services.store.read() as conn:
        health = thread_health(conn, me.principal.site_id, period.since, period.until)
    name = f"thread-health-{period.first_day}-to-{period.last_day}.csv"
    return Response(
        health_csv(health),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def health_csv(health: ThreadHealth) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "story_id",
            "title",
            "section",
            "comments",
            "approved",
            "held",
            "rejected",
            "share_held",
            "share_rejected",
            *[a.lower() for a in ATTRIBUTES],
            "top_reasons",
        ]
    )
    for story in health.stories:
        writer.writerow(
            [
                story.story_id,
                cell(story.title),
                cell(story.section),
                story.total,
                story.approved,
                story.held,
                story.rejected,
                f"{story.share_held:.4f}",
                f"{story.share_rejected:.4f}",
                *[story.attributes.get(a, 0) for a in ATTRIBUTES],
                cell("; ".join(f"{rule} ({n})" for rule, n in story.top_reasons())),
            ]
        )
    return out.getvalue()


def cell(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula (titles come from importers)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value
