"""Finding links in a comment, written out or bare, and judging their domains.

Spam rarely bothers with "https://", so bare host names with a common
top-level domain count as links too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TLDS = (
    "com|org|net|info|biz|io|co|uk|us|de|fr|ru|cn|nl|eu|me|ly|gl|tv|xyz|top|site|online|"
    "club|news|app|dev|ca|au|in|be|it|es|pl|ch|se|no|jp|br|tk|ml|ga|cf|gq|shop|live|link|to"
)
_LINK = re.compile(
    r"(?P<url>"
    r"(?:https?://|ftp://)[^\s<>\"'\])]+"
    r"|www\.[^\s<>\"'\])]+"
    rf"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})\b(?:/[^\s<>\"'\])]*)?"
    r")",
    re.IGNORECASE,
)
_HOST = re.compile(r"^(?:[a-z]+://)?(?:[^@/\s]*@)?(?P<host>[^/:?#\s]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    url: str
    host: str
    begin: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"url": self.url, "host": self.host, "begin": self.begin, "end": self.end}


def find_links(text: str) -> list[Link]:
    """Every link in ``text``, with its host name lower-cased."""
    links = []
    for match in _LINK.finditer(text):
        url = match.group("url").rstrip(".,;:!?")
        host_match = _HOST.match(url)
        host = host_match.group("host").lower().rstrip(".") if host_match else ""
        links.append(Link(url, host, match.start(), match.start() + len(url)))
    return links


def allowed(host: str, domains: list[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a sub-domain of one."""
    for domain in domains:
        domain = domain.lower().lstrip(".")
        if host == domain or host.endswith("." + domain):
            return True
    return False
