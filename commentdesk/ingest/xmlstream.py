"""Streaming XML archives safely: bounded memory, no entities, no network.

Disqus and WordPress exports run to gigabytes, so elements are handed over as
they close and then dropped. External entities and DTD fetches are refused
(an export is untrusted input).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree


def local_name(tag: object) -> str:
    """'{namespace}name' -> 'name'; comments and processing instructions -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def closed_elements(path: Path, names: set[str], depth: int) -> Iterator[etree._Element]:
    """Each element ``depth`` levels below the root whose local name is in ``names``.

    Elements are handed over once fully read (so a Disqus post's nested
    <thread> reference is part of its post, not a thread of its own).

    The caller must be done with an element before asking for the next: it is
    cleared afterwards, together with the siblings read before it.
    """
    context = etree.iterparse(
        str(path),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=False,
    )
    for _event, element in context:
        if local_name(element.tag) not in names or _depth(element) != depth:
            continue
        yield element
        element.clear(keep_tail=False)
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]


def child_text(element: etree._Element, name: str) -> str:
    """Stripped text of the first direct child with this local name, '' when absent."""
    found = child(element, name)
    return (found.text or "").strip() if found is not None else ""


def child(element: etree._Element, name: str) -> etree._Element | None:
    for item in element:
        if local_name(item.tag) == name:
            return item
    return None


def attribute(element: etree._Element | None, name: str) -> str:
    """An attribute by local name whatever its namespace (Disqus writes dsq:id)."""
    if element is None:
        return ""
    for key, value in element.attrib.items():
        if local_name(key) == name:
            return str(value)
    return ""


def _depth(element: etree._Element) -> int:
    levels = 0
    parent = element.getparent()
    while parent is not None:
        levels += 1
        parent = parent.getparent()
    return levels
