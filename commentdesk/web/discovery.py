"""The discovery document for the Perspective-compatible API, naming this server as its root.

Google's client libraries build their methods from such a document, so an
integration switches to Comment Desk by changing only the discovery URL. The
document (`perspective_discovery.json` beside this module) is written for this
project from the API's shape; only its root URL is filled in per request.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

API_NAME = "commentanalyzer"
API_VERSION = "v1alpha1"
_TEMPLATE = Path(__file__).with_name("perspective_discovery.json")
_ROOT_FIELDS = ("rootUrl", "mtlsRootUrl", "baseUrl")


@lru_cache(maxsize=1)
def _template() -> str:
    return _TEMPLATE.read_text(encoding="utf-8")


def discovery_document(root_url: str) -> dict[str, Any]:
    """The document with ``root_url`` (ending in '/') as the API's root."""
    if not root_url.endswith("/"):
        root_url += "/"
    document: dict[str, Any] = json.loads(_template())
    for name in _ROOT_FIELDS:
        document[name] = root_url
    return document


def method_paths() -> dict[str, str]:
    """Method id -> path, so the router and the document cannot drift apart."""
    methods = json.loads(_template())["resources"]["comments"]["methods"]
    return {m["id"]: "/" + m["path"] for m in methods.values()}
