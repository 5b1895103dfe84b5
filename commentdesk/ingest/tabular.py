"""JSONL, CSV and Parquet archives: one comment per line or row.

Columns (JSON keys) the reader understands; only a story and a body are required:

    id, story_id, story_url, story_title, parent_id, author_id, author_name,
    staff_name (a newsroom comment's byline), body (or text), created_at, status

`commentdesk export` writes the same columns, so an export imports elsewhere
as the same threads.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from commentdesk.ingest.records import (
    BadRecord,
    ImportRecord,
    guest_id,
    parse_status,
    parse_timestamp,
)
from commentdesk.scoring import inputs

Item = ImportRecord | BadRecord


def read_jsonl(path: Path) -> Iterator[Item]:
    with inputs.open_input(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if inputs.undecoded(line):
                yield BadRecord(str(path), number, "not UTF-8 text")
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield BadRecord(str(path), number, f"not valid JSON: {err.msg}")
                continue
            if not isinstance(data, dict):
                yield BadRecord(str(path), number, "a line must be a JSON object")
                continue
            yield from_mapping(data, str(path), number)


def read_csv(path: Path) -> Iterator[Item]:
    with inputs.open_input(path) as handle:
        reader = csv.DictReader(handle)
        start = 2  # line 1 holds the header
        for row in reader:
            # A quoted body may span lines; report where the record begins.
            number, start = start, reader.line_num + 1
            if None in row:
                yield BadRecord(str(path), number, "more fields than the header names")
                continue
            if any(isinstance(v, str) and inputs.undecoded(v) for v in row.values()):
                yield BadRecord(str(path), number, "not UTF-8 text")
                continue
            yield from_mapping(row, str(path), number)


def read_parquet(path: Path) -> Iterator[Item]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    number = 0
    for batch in parquet.iter_batches(batch_size=2000):
        for row in batch.to_pylist():
            number += 1
            yield from_mapping(row, str(path), number)


def from_mapping(data: Mapping[str, Any], source: str, line: int) -> Item:
    """One record from a row's columns, or a BadRecord naming what is wrong."""
    story = _text(data.get("story_id")) or _text(data.get("story"))
    body = data.get("body", data.get("text"))
    if not story:
        return BadRecord(source, line, "missing story_id")
    if not isinstance(body, str) or not body.strip():
        return BadRecord(source, line, "missing or empty body")
    try:
        created_at = parse_timestamp(data.get("created_at") or None)
        status = parse_status(data.get("status"))
    except ValueError as err:
        return BadRecord(source, line, str(err))
    name = _text(data.get("author_name"))
    given = _text(data.get("author_id")) or None
    external_id = _text(data.get("id")) or _content_id(story, given, body, data)
    # A reader's row with a name and no id is a guest's: kept under that name.
    # (The newsroom's own rows carry the byline in staff_name.)
    staff = _text(data.get("staff_name"))
    author = given or (None if staff else guest_id("guest", "", name))
    return ImportRecord(
        source=source,
        line=line,
        external_id=external_id,
        story_external_id=story,
        body=body,
        story_url=_text(data.get("story_url")),
        story_title=_text(data.get("story_title")),
        parent_external_id=_text(data.get("parent_id")) or None,
        author_external_id=author,
        author_name=name,
        staff_name=staff,
        created_at=created_at,
        status=status,
    )


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN from pandas
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _content_id(story: str, author: str | None, body: str, data: Mapping[str, Any]) -> str:
    # Rows without an id get one from their content, so a rerun still adds nothing.
    key = "\x1f".join([story, author or "", _text(data.get("created_at")), body])
    return "row:" + hashlib.sha256(key.encode()).hexdigest()[:32]
