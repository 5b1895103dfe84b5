"""The processes under a test, read from /proc: the tests of worker processes
need to find them (to interrupt a run, or to kill one) without the pool's
private state."""

from __future__ import annotations

from pathlib import Path


def parents() -> dict[int, int]:
    """Every process's parent."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        found[int(stat.parent.name)] = int(fields[1])
    return found


def descendants(pid: int, parent_of: dict[int, int] | None = None) -> set[int]:
    """The processes under ``pid``, from ``parent_of`` (default: as they are now)."""
    parent_of = parents() if parent_of is None else parent_of
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parent_of.items() if parent in frontier} - found
        found |= frontier
    return found
