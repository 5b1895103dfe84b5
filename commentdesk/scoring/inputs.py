"""Files of comments to score or evaluate: JSONL or CSV, read one record at a time.

One reader for `commentdesk score` (local and Dask engines alike) and
`commentdesk eval`, so every path reports a bad line the same way: with its
line number and what is wrong, and the run goes on. Only a file that cannot be
read at all (no header, a named column missing) stops it, as
:class:`InputError`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from commentdesk.textnorm import LONE_SURROGATE

# surrogateescape turns each byte that is not UTF-8 into one of these, so a bad
# line can be reported and skipped instead of scored as U+FFFD or ending the run.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")

# JSON's escapes can spell half of a UTF-16 pair ("\\ud83d" without its
# "\\udc12"), which json.loads keeps as a lone surrogate: no encoder takes it,
# so scoring, printing or storing the text failed. Such a line is bad input,
# reported like any other.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")

Record = dict[str, object] | str  # a row's fields, or what is wrong with it
# (id, text) of a record to score, or what is wrong with it.
Item = tuple[object, str] | str


class InputError(ValueError):
    """The file as a whole cannot be read; ``option`` names what to change."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.option = option


def open_input(path: Path) -> IO[str]:
    """``path`` as text whose bytes that are not UTF-8 show in :func:`undecoded`.

    utf-8-sig: Windows tools and spreadsheets often start a file with a byte-order mark.
    """
    return path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")


def undecoded(text: str) -> bool:
    """Whether ``text``, read by :func:`open_input`, held bytes that are not UTF-8."""
    return _NOT_UTF8.search(text) is not None


def unpaired(line: str, value: object) -> str | None:
    """What is wrong with ``value``, decoded from the JSON ``line``, if one of its
    strings holds an unpaired surrogate; None if none does."""
    if _ESCAPED_SURROGATE.search(line) is None:
        return None  # most lines: no such escape at all
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            lone = LONE_SURROGATE.search(item)
            if lone:
                code = f"\\u{ord(lone.group()):04x}"
                return f"a string holds an unpaired surrogate ({code}, half of an escaped pair)"
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def jsonl_records(handle: IO[str]) -> Iterator[tuple[int, Record]]:
    """(line number, object or what is wrong) per non-blank line."""
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        if undecoded(line):
            yield number, "not UTF-8 text"
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg})"
            continue
        if not isinstance(value, dict):
            yield number, "not a JSON object"
            continue
        yield number, unpaired(line, value) or value


def csv_records(
    handle: IO[str], columns: Mapping[str, str], name: str
) -> Iterator[tuple[int, Record]]:
    """(line number, row or what is wrong) per record; ``columns`` maps each needed
    column to the option naming it. The header is checked before the first record
    (at the first ``next``), so a file that cannot be read at all fails there."""
    reader = csv.DictReader(handle)
    if reader.fieldnames is None:
        raise InputError(f"{name} is empty: no header row", "FILE")
    for column, option in columns.items():
        if column not in reader.fieldnames:
            have = ", ".join(map(repr, reader.fieldnames))
            raise InputError(f"CSV has no column {column!r}; it has {have}", option)
    yield from _csv_rows(reader)


def _csv_rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, Record]]:
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field over csv.field_size_limit(), say
            yield start, str(exc)
            start = reader.line_num + 1
            continue
        # A quoted field may span lines; report the line the record starts on.
        number, start = start, reader.line_num + 1
        if None in row or None in row.values():
            yield number, "wrong number of fields"
        elif any(undecoded(value) for value in row.values()):
            yield number, "not UTF-8 text"
        else:
            yield number, dict(row)


def items(
    handle: IO[str], text_col: str | None, id_col: str | None, name: str
) -> Iterator[tuple[int, Item]]:
    """(line number, (id, text) or what is wrong) per record of a file to score.

    ``text_col`` None reads JSONL with a ``text`` field; otherwise CSV with the
    text in that column. ``id_col`` None means the default ``id``, which a
    file may lack: a record without an id is named by its line number.
    """
    if text_col is None:
        records = jsonl_records(handle)
    else:
        needed = {text_col: "--text-col"}
        if id_col is not None:  # asked for by name: a missing column is a mistake
            needed[id_col] = "--id-col"
        records = csv_records(handle, needed, name)
    field = text_col or "text"
    for number, record in records:
        if isinstance(record, str):
            yield number, record
        elif not isinstance(record.get(field), str):
            yield number, f"no string {field!r} field"
        else:
            yield number, (record.get(id_col or "id", number), str(record[field]))
