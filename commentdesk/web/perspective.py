"""A Perspective-compatible API: same paths, request and answer shapes, and errors.

Integrations written for Google's Perspective (its client libraries, Coral
Talk, plain HTTP) switch to Comment Desk by changing only the host or the
discovery URL. The API key is a Comment Desk key, passed as ``?key=`` (or the
``X-Goog-Api-Key`` header) as Perspective expects. Errors come back in
Google's shape, ``{"error": {"code", "message", "status", "details"}}``.
Analysed comments are never stored; a scorer failure is an error, never a
made-up score (fail closed).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from commentdesk.actions.submission import unstorable
from commentdesk.domain import ATTRIBUTES, ApiKey, ScoreResult
from commentdesk.services import Services
from commentdesk.store import keys as key_store
from commentdesk.store import suggestions as suggestion_store
from commentdesk.web.discovery import API_VERSION, discovery_document, method_paths

router = APIRouter(tags=["perspective"])

MAX_TEXT_BYTES = 20480  # Perspective's limit on comment text
SUPPORTED_LANGUAGES = ("en",)
PROBABILITY = "PROBABILITY"
_ERROR_TYPE = "type.googleapis.com/google.commentanalyzer.v1alpha1.Error"
_PATHS = method_paths()
_LABEL = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


@dataclass
class PerspectiveError(Exception):
    code: int
    status: str
    message: str
    details: list[dict[str, Any]] = field(default_factory=list)

    def response(self) -> JSONResponse:
        error: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            error["details"] = self.details
        return JSONResponse({"error": error}, status_code=self.code)


def invalid(message: str, error_type: str | None = None, **extra: Any) -> PerspectiveError:
    details = [{"@type": _ERROR_TYPE, "errorType": error_type, **extra}] if error_type else []
    return PerspectiveError(400, "INVALID_ARGUMENT", message, details)


# --- authentication ------------------------------------------------------------------


def _key_info(reason: str) -> list[dict[str, Any]]:
    return [
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": reason,
            "domain": "commentdesk",
            "metadata": {"service": "commentanalyzer"},
        }
    ]


def _caller(request: Request, services: Services) -> ApiKey:
    presented = request.query_params.get("key") or request.headers.get("x-goog-api-key")
    if not presented:
        raise PerspectiveError(
            403,
            "PERMISSION_DENIED",
            "The request is missing a valid API key.",
            _key_info("API_KEY_MISSING"),
        )
    with services.store.read() as conn:
        key = key_store.verify(conn, presented.strip())
    if key is None:
        raise PerspectiveError(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            _key_info("API_KEY_INVALID"),
        )
    return key


# --- reading requests ----------------------------------------------------------------


@dataclass(frozen=True)
class Requested:
    attribute: str
    threshold: float | None


def _body(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw or b"{}", parse_constant=_not_a_number, parse_int=_whole_number)
        # A lone surrogate (what the escape "\ud800" decodes to) is no
        # Unicode: it could be neither scored, stored nor echoed back.
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except RecursionError as err:
        raise invalid("Invalid JSON payload received. It is nested too deeply.") from err
    except UnicodeEncodeError as err:
        raise invalid(
            "Invalid JSON payload received. A string holds an unpaired surrogate "
            f"(\\u{ord(err.object[err.start]):04x}), which is not Unicode."
        ) from err
    except ValueError as err:  # malformed JSON, bytes that are not UTF-8, the checks below
        raise invalid(f"Invalid JSON payload received. {err}") from err
    if not isinstance(body, dict):
        raise invalid("Invalid JSON payload received. The request must be a JSON object.")
    return body


def _not_a_number(name: str) -> float:
    # Python's json takes NaN and Infinity; JSON, and Perspective, do not.
    raise ValueError(f"{name} is not a JSON value.")


# Far beyond any count or offset, and short of Python's own limit, whose error
# tells the caller to change the server's interpreter.
_MAX_DIGITS = 100


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise ValueError(f"A number has more than {_MAX_DIGITS} digits.")
    return int(digits)


def _comment_text(body: dict[str, Any]) -> str:
    comment = body.get("comment")
    if comment is not None and not isinstance(comment, dict):
        raise invalid('comment must be an object, as in {"comment": {"text": "..."}}.')
    text = comment.get("text") if comment else None
    if text is not None and not isinstance(text, str):
        raise invalid("comment.text must be a string.")
    if not text:
        raise invalid("Comment must be non-empty.", "COMMENT_EMPTY")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise invalid(
            f"Comment text too long: the limit is {MAX_TEXT_BYTES} bytes.", "COMMENT_TOO_LONG"
        )
    return text


def _languages(body: dict[str, Any], attributes: list[str]) -> tuple[list[str], bool]:
    """(languages scored in, whether they were assumed), or the unsupported-language error."""
    requested = body.get("languages")
    if requested in (None, []):
        return list(SUPPORTED_LANGUAGES), True
    if not isinstance(requested, list) or not all(isinstance(x, str) for x in requested):
        raise invalid("languages must be a list of language codes.")
    unsupported = [x for x in requested if x.split("-")[0].split("_")[0].lower() != "en"]
    if unsupported:
        attribute = attributes[0] if attributes else "TOXICITY"
        raise invalid(
            f"Attribute {attribute} does not support request languages: {', '.join(unsupported)}",
            "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
            languageNotSupportedByAttributeError={
                "detectedLanguages": unsupported,
                "attribute": attribute,
            },
        )
    return list(requested), False


def _requested(body: dict[str, Any]) -> list[Requested]:
    attributes = body.get("requestedAttributes")
    if not isinstance(attributes, dict) or not attributes:
        raise invalid("requestedAttributes must name at least one attribute.")
    found = []
    for name, options in attributes.items():
        if name not in ATTRIBUTES:
            raise invalid(
                f"Attribute {name} is not supported. Supported: {', '.join(ATTRIBUTES)}.",
                "ATTRIBUTE_NOT_SUPPORTED",
            )
        found.append(Requested(name, _threshold(name, options or {})))
    return found


def _threshold(name: str, options: Any) -> float | None:
    if not isinstance(options, dict):
        raise invalid(f"requestedAttributes.{name} must be an object.")
    score_type = options.get("scoreType", PROBABILITY)
    if score_type not in (PROBABILITY, "SCORE_TYPE_UNSPECIFIED"):
        raise invalid(f"Unsupported scoreType {score_type!r} for {name}: only PROBABILITY.")
    threshold = options.get("scoreThreshold")
    if threshold is None:
        return None
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not (0.0 <= threshold <= 1.0)
    ):
        raise invalid(f"scoreThreshold for {name} must be a number between 0 and 1.")
    return float(threshold)


# --- answering -----------------------------------------------------------------------


def _score(value: float) -> dict[str, Any]:
    return {"value": value, "type": PROBABILITY}


def _attribute_scores(
    text: str, result: ScoreResult, requested: list[Requested], spans_wanted: bool
) -> dict[str, Any]:
    scores: dict[str, Any] = {}
    for item in requested:
        value = float(result.scores[item.attribute])
        if item.threshold is not None and value < item.threshold:
            continue
        if spans_wanted:
            spans = [
                {"begin": b, "end": e, "score": _score(float(s))}
                for b, e, s in result.spans.get(item.attribute, [])
            ]
        else:
            # Without span annotations Perspective scores the comment as one span.
            spans = [{"begin": 0, "end": len(text), "score": _score(value)}]
        scores[item.attribute] = {"spanScores": spans, "summaryScore": _score(value)}
    return scores


def _analyze(services: Services, body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    text = _comment_text(body)
    requested = _requested(body)
    languages, assumed = _languages(body, [r.attribute for r in requested])
    result = services.score_safely([text])[0]
    if result is None:
        raise PerspectiveError(503, "UNAVAILABLE", "The scorer is unavailable; try again shortly.")
    answer: dict[str, Any] = {
        "attributeScores": _attribute_scores(
            text, result, requested, bool(body.get("spanAnnotations"))
        ),
        "languages": languages,
    }
    if assumed:
        answer["detectedLanguages"] = languages
    if body.get("clientToken") is not None:
        answer["clientToken"] = body["clientToken"]
    return answer, result.model_version


def _suggested_scores(body: dict[str, Any], text: str) -> dict[str, Any]:
    scores = body.get("attributeScores")
    if not isinstance(scores, dict) or not scores:
        raise invalid("attributeScores must not be empty.")
    for name, entry in scores.items():
        # Feedback may name labels beyond the six we score (Coral sends APPROVED and
        # DELETED); they are kept for training as sent.
        if not _LABEL.match(name):
            raise invalid(f"{name!r} is not an attribute name (A-Z, 0-9 and _).")
        if not isinstance(entry, dict) or not entry:
            raise invalid(f"attributeScores.{name} must not be empty.")
        values = [entry.get("summaryScore")] if "summaryScore" in entry else []
        spans = entry.get("spanScores") or []
        if not isinstance(spans, list):
            raise invalid(f"attributeScores.{name}.spanScores must be a list.")
        for span in spans:
            if not isinstance(span, dict) or not _valid_span(span, len(text)):
                raise invalid(f"Each span of {name} needs 0 <= begin < end <= text length.")
            values.append(span.get("score"))
        if not values or not all(_valid_score(v) for v in values):
            raise invalid(f"Scores of {name} must have a value between 0 and 1.")
    return scores


def _valid_span(span: dict[str, Any], length: int) -> bool:
    begin, end = span.get("begin"), span.get("end")
    return isinstance(begin, int) and isinstance(end, int) and 0 <= begin < end <= length


def _valid_score(score: Any) -> bool:
    value = score.get("value") if isinstance(score, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return False
    return 0.0 <= value <= 1.0


def _suggest(services: Services, site_id: int, body: dict[str, Any]) -> dict[str, Any]:
    text = _comment_text(body)
    scores = _suggested_scores(body, text)
    languages, assumed = _languages(body, list(scores))
    token = body.get("clientToken")
    # Kept as text, so held to what every text the service stores is (analyze stores nothing).
    for name, value in (("comment.text", text), ("clientToken", token)):
        problem = unstorable(str(value)) if value is not None else None
        if problem:
            raise invalid(f"{name} {problem}.")
    with services.store.write() as conn:
        suggestion_store.add(
            conn, site_id, text, scores, languages, str(token)[:300] if token else None
        )
    answer: dict[str, Any] = {"detectedLanguages" if assumed else "requestedLanguages": languages}
    if token is not None:
        answer["clientToken"] = token
    return answer


# --- routes --------------------------------------------------------------------------


@router.get("/$discovery/rest", include_in_schema=False)
async def discovery(request: Request) -> JSONResponse:
    version = request.query_params.get("version", API_VERSION)
    if version != API_VERSION:
        return PerspectiveError(
            404, "NOT_FOUND", f"Discovery document not found for API version {version}."
        ).response()
    return JSONResponse(discovery_document(str(request.base_url)))


@router.post(_PATHS["commentanalyzer.comments.analyze"])
async def analyze(request: Request) -> JSONResponse:
    """Score a comment, as Perspective's comments:analyze does."""
    services: Services = request.app.state.services
    raw = await request.body()
    try:
        await run_in_threadpool(_caller, request, services)
        answer, model_version = await run_in_threadpool(_analyze, services, _body(raw))
    except PerspectiveError as err:
        return err.response()
    return JSONResponse(answer, headers={"X-Commentdesk-Model-Version": model_version})


@router.post(_PATHS["commentanalyzer.comments.suggestscore"])
async def suggestscore(request: Request) -> JSONResponse:
    """Keep a newsroom's own scores for a comment, for later training."""
    services: Services = request.app.state.services
    raw = await request.body()
    try:
        key = await run_in_threadpool(_caller, request, services)
        answer = await run_in_threadpool(_suggest, services, key.site_id, _body(raw))
    except PerspectiveError as err:
        return err.response()
    return JSONResponse(answer)
