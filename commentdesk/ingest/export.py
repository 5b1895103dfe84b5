"""Exporting a site's comments with their scores and decisions: JSONL, CSV or Parquet.

Rows use the columns the importer reads (ids are the archive's own where the
comment came from one, ``cd:<id>`` otherwise), so an export imports into
another install as the same threads. Scores come as one column per attribute
(``score_TOXICITY``...; a ``scores`` object in JSONL). Comments stream out in
id order in bounded memory.
"""

from __future__ import annotations

import csv
import json
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from commentdesk.domain import ATTRIBUTES, Comment
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import rows as store_rows
from commentdesk.store import stories as story_store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = (
    "id",
    "story_id",
    "story_url",
    "story_title",
    "parent_id",
    "author_id",
    "author_name",
    "staff_name",
    "body",
    "status",
    "created_at",
    "model_version",
    "policy_version",
    "rule",
    "reasons",
) + tuple(f"score_{a}" for a in ATTRIBUTES)

_CACHE = 100_000
_PARQUET_BATCH = 5000


def export_comments(
    services: Services,
    site_id: int,
    path: Path,
    fmt: str | None = None,
    since: datetime | None = None,
) -> int:
    """Write the site's comments to ``path``; returns how many were written."""
    fmt = fmt or format_of(path)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
    with services.store.read() as conn:
        return writer(path, _rows(conn, site_id, since))


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    name = {"ndjson": "jsonl", "json": "jsonl", "pq": "parquet"}.get(suffix, suffix)
    if name not in FORMATS:
        raise ValueError(f"cannot tell the export format of {path}; use one of {FORMATS}")
    return name


def export_id(comment: Comment) -> str:
    return comment.external_id or f"cd:{comment.id}"


class _Lookups:
    """Stories, authors and parents by our id, remembered within bounds."""

    def __init__(self, conn: Connection, site_id: int) -> None:
        self.conn, self.site_id = conn, site_id
        self.stories: dict[int, tuple[str, str, str]] = {}
        self.authors: OrderedDict[int, str] = OrderedDict()
        self.ids: OrderedDict[int, str] = OrderedDict()

    def story(self, story_id: int) -> tuple[str, str, str]:
        if story_id not in self.stories:
            story = story_store.get(self.conn, self.site_id, story_id)
            assert story is not None
            self.stories[story_id] = (story.external_id, story.url, story.title)
        return self.stories[story_id]

    def author(self, author_id: int | None) -> str:
        if author_id is None:
            return ""
        if author_id not in self.authors:
            author = author_store.get(self.conn, self.site_id, author_id)
            self._keep(self.authors, author_id, author.external_id if author else "")
        return self.authors[author_id]

    def parent(self, parent_id: int | None) -> str:
        if parent_id is None:
            return ""
        if parent_id not in self.ids:
            parent = comment_store.get(self.conn, self.site_id, parent_id)
            self._keep(self.ids, parent_id, export_id(parent) if parent else "")
        return self.ids[parent_id]

    def _keep(self, cache: OrderedDict[int, str], key: int, value: str) -> None:
        cache[key] = value
        if len(cache) > _CACHE:
            cache.popitem(last=False)


def _rows(conn: Connection, site_id: int, since: datetime | None) -> Iterator[dict[str, Any]]:
    lookups = _Lookups(conn, site_id)
    for comment in comment_store.iterate(conn, site_id, since):
        lookups.ids[comment.id] = export_id(comment)
        story_id, url, title = lookups.story(comment.story_id)
        decisive = next((r for r in comment.reasons if r.action.value != "flag"), None)
        row: dict[str, Any] = {
            "id": export_id(comment),
            "story_id": story_id,
            "story_url": url,
            "story_title": title,
            "parent_id": lookups.parent(comment.parent_id),
            "author_id": lookups.author(comment.author_id),
            "author_name": comment.author_name or "",
            # The byline of a comment the newsroom wrote; empty for readers'.
            "staff_name": comment.staff_name or "",
            "body": comment.body,
            "status": comment.status.value,
            "created_at": comment.created_at.isoformat() if comment.created_at else "",
            "model_version": comment.model_version or "",
            "policy_version": comment.policy_version or "",
            "rule": decisive.rule if decisive else "",
            "reasons": [store_rows.reason_to_json(r) for r in comment.reasons],
        }
        for attribute in ATTRIBUTES:
            row[f"score_{attribute}"] = comment.scores.get(attribute)
        yield row


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            scores = {a: row.pop(f"score_{a}") for a in ATTRIBUTES}
            row["scores"] = {a: v for a, v in scores.items() if v is not None}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "reasons": json.dumps(row["reasons"], ensure_ascii=False)}


def _write_csv(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(_flat(row))
            count += 1
    return count


def _write_parquet(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = [pa.field(c, pa.float64() if c.startswith("score_") else pa.string()) for c in COLUMNS]
    schema = pa.schema(fields)
    count = 0
    batch: list[dict[str, Any]] = []
    with ExitStack() as stack:
        writer = stack.enter_context(pq.ParquetWriter(str(path), schema))
        for row in rows:
            batch.append(_flat(row))
            count += 1
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count
