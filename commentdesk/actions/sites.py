"""Creating sites and changing their settings, each value checked and audited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from commentdesk.domain import (
    Site,
)
from commentdesk.errors import Conflict, InvalidInput, NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import sites as site_store


@dataclass(frozen=True)
class SiteSettings:
    """What a newsroom's admin may change about their site."""

    name: str
    allowed_origins: list[str]  # pages that may embed the discussion
    webhook_urls: list[str]  # receivers of decisions, replies and reports
    close_after_days: int | None  # new stories close this long after creation
    sign_in_required: bool
    reports_to_hold: int | None  # different reporters that hold a comment


def create_site(services: Services, slug: str, wanted: SiteSettings, *, actor: str) -> Site:
    """A new site (a newsroom or brand), its settings checked as `update_site` checks them."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", slug):
        raise InvalidInput(
            "a site's slug is 1 to 63 lowercase letters, digits and dashes", field="slug"
        )
    values = _checked_settings(wanted)
    with services.store.write() as conn:
        if site_store.by_slug(conn, slug) is not None:
            raise Conflict(f"there is already a site {slug!r}", field="slug")
        site = site_store.create(conn, slug, **values)
        audit_store.append(
            conn,
            site_id=site.id,
            subject_type="site",
            subject_id=site.id,
            action="create",
            actor=actor,
            old_state=None,
            new_state=None,
            reasons=[{"changed": sorted(values)}],
        )
    return site


def update_site(services: Services, site_id: int, wanted: SiteSettings, *, actor: str) -> Site:
    """Change a site's settings, each checked first; audited with what changed."""
    values = _checked_settings(wanted)
    with services.store.write() as conn:
        before = site_store.get(conn, site_id)
        if before is None:
            raise NotFound(f"site {site_id} not found")
        changed = sorted(k for k, v in values.items() if getattr(before, k) != v)
        if not changed:
            return before
        site = site_store.update(conn, site_id, **values)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="site",
            subject_id=site_id,
            action="settings",
            actor=actor,
            old_state=None,
            new_state=None,
            reasons=[{"changed": changed}],
        )
    assert site is not None
    return site


def _checked_settings(wanted: SiteSettings) -> dict[str, Any]:
    """The settings as stored, or InvalidInput naming the first one that is wrong.

    An origin is a page's scheme, host and port, nothing more (the browser
    sends exactly that); a webhook is an http(s) address.
    """
    name = wanted.name.strip()
    if not 0 < len(name) <= 200:
        raise InvalidInput("the site needs a name of 1 to 200 characters", field="name")
    origins = sorted({_origin(o) for o in wanted.allowed_origins if o.strip()})
    urls = list(dict.fromkeys(_webhook_url(u) for u in wanted.webhook_urls if u.strip()))
    for value, field_name, top in (
        (wanted.close_after_days, "close_after_days", 3650),
        (wanted.reports_to_hold, "reports_to_hold", 1000),
    ):
        if value is not None and not 0 <= value <= top:
            raise InvalidInput(f"{field_name} must be between 0 and {top}", field=field_name)
    return {
        "name": name,
        "allowed_origins": origins,
        "webhook_urls": urls,
        "close_after_days": wanted.close_after_days or None,
        "sign_in_required": wanted.sign_in_required,
        "reports_to_hold": wanted.reports_to_hold or None,
    }


def _origin(text: str) -> str:
    parts = urlsplit(text.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise InvalidInput(
            f"{text.strip()!r} is not an origin like https://news.example", field="allowed_origins"
        )
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _webhook_url(text: str) -> str:
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username:
        raise InvalidInput(f"{text.strip()!r} is not an http(s) address", field="webhook_urls")
    return text.strip()
