"""Which reader a file needs: named explicitly, else told by its extension and first bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from commentdesk.ingest.disqus import read_disqus
from commentdesk.ingest.records import BadRecord, ImportRecord
from commentdesk.ingest.scraped import read_scraped
from commentdesk.ingest.scraped_page import is_scraped_page
from commentdesk.ingest.tabular import read_csv, read_jsonl, read_parquet
from commentdesk.ingest.wxr import read_wxr

Reader = Callable[[Path], Iterator[ImportRecord | BadRecord]]

READERS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "csv": read_csv,
    "parquet": read_parquet,
    "disqus": read_disqus,
    "wxr": read_wxr,
    "scraped": read_scraped,
}

_SNIFF_BYTES = 8192


class UnknownFormat(ValueError):
    """The file's format could not be told; name it with --format."""


def detect(path: Path) -> str:
    """The format name of ``path``, from its extension and, for XML and text, its content."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
    if "<disqus" in head:
        return "disqus"
    if "<rss" in head and "wordpress.org/export" in head:
        return "wxr"
    if suffix == ".txt" and is_scraped_page(path.read_text(encoding="utf-8", errors="replace")):
        return "scraped"
    if head.lstrip().startswith("{"):
        return "jsonl"
    raise UnknownFormat(
        f"cannot tell the format of {path}; pass --format with one of {sorted(READERS)}"
    )


def read(path: Path, fmt: str | None = None) -> Iterator[ImportRecord | BadRecord]:
    name = fmt or detect(path)
    if name not in READERS:
        raise UnknownFormat(f"unknown format {name!r}; expected one of {sorted(READERS)}")
    return READERS[name](path)
