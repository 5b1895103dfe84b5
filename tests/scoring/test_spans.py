"""Spans: character maps, the span head's labels and rules, the shipped highlights."""

from __future__ import annotations

import numpy as np
import pytest

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.datasets import Example
from commentdesk.scoring.features import collapse_spaces, collapse_spaces_mapped
from commentdesk.scoring.spans import SpanLexicon, SpanRule, head_by_character
from commentdesk.textnorm import normalize

INSULT = ATTRIBUTES.index("INSULT")


@pytest.mark.parametrize("text", ["  a  b\n\nc ", "abc", "", "   ", "x\t y", "one  two three   "])
def test_collapsed_text_maps_back_to_each_character(text: str) -> None:
    collapsed, where = collapse_spaces_mapped(text)
    assert collapsed == collapse_spaces(text)
    assert len(where) == len(collapsed)
    for i, ch in enumerate(collapsed):
        assert text[where[i]] == ch or (ch == " " and text[where[i]].isspace())


def test_span_head_labels_only_annotated_pieces() -> None:
    pytest.importorskip("torch", reason="the training extra is installed by scripts/test.sh")
    from tokenizers import Tokenizer

    from commentdesk.scoring.encoder_train import piece_targets
    from commentdesk.scoring.features import prepare
    from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR

    text = "Honestly,   you are an ID10T and a liar."
    begin = text.index("ID10T")
    example = Example(
        text,
        "toxic-spans",
        {"INSULT": 1, "TOXICITY": 1, "THREAT": 0, "SEVERE_TOXICITY": 1},
        spans={"INSULT": [(begin, begin + 5)], "TOXICITY": [(begin, begin + 5)]},
    )
    tokenizer = Tokenizer.from_file(str(DEFAULT_MODEL_DIR / "tokenizer.json"))
    tokenizer.no_padding()
    encoding = tokenizer.encode(prepare(text))
    y, mask = piece_targets(example, encoding.offsets)
    pieces = [prepare(text)[b:e] for b, e in encoding.offsets]
    # "ID10T" is normalised to "idiot" before the tokenizer sees it.
    assert "".join(pieces[k] for k in np.flatnonzero(y[:, INSULT])) == "idiot"
    # Labelled: INSULT, TOXICITY (spans) and THREAT (absent: all negative).
    labelled = {ATTRIBUTES[j] for j in np.flatnonzero(mask.any(axis=0))}
    assert labelled == {"INSULT", "TOXICITY", "THREAT"}
    assert not y[:, ATTRIBUTES.index("THREAT")].any()
    # Special tokens ([CLS], [SEP]) carry no label.
    assert mask[0].sum() == 0 and mask[-1].sum() == 0
    # Other corpora have no spans, so they teach the span head nothing.
    other = Example(text, "jigsaw", {"TOXICITY": 1})
    assert not piece_targets(other, encoding.offsets)[1].any()


def _rule_spans(
    text: str, scores: dict[str, float], rule: SpanRule, fallback: bool = True
) -> list[str]:
    """What ``rule`` highlights when the span head gives each listed word (as
    normalised) its INSULT score, beside a lexicon that knows no word."""
    norm = normalize(text)
    collapsed, where = collapse_spaces_mapped(norm.text)
    pieces = []
    for word, p in scores.items():
        b = collapsed.index(word)
        row = np.zeros(len(ATTRIBUTES), dtype=np.float32)
        row[INSULT] = p
        pieces.append((b, b + len(word), row))
    by_char = head_by_character(norm, where, pieces, INSULT)
    empty = SpanLexicon(["INSULT"], {}, np.zeros((0, 1), np.float32), {"INSULT": 0.5})
    spans = empty.extract_with_head(norm, "INSULT", by_char, rule, fallback=fallback)
    return [text[b:e] for b, e, _ in spans]


def test_span_rule_highlights_words_the_head_marks() -> None:
    text = "Well you   are a Pathetic moron, frankly."
    probs = {"pathetic": 0.7, "moron": 0.95, "frankly": 0.1}
    assert _rule_spans(text, probs, SpanRule(0.5, relative=0.0, mix=1.0)) == ["Pathetic moron"]
    # A relative cut keeps only words close to the worst one.
    assert _rule_spans(text, probs, SpanRule(0.5, relative=0.8, mix=1.0)) == ["moron"]
    # Half weight on a lexicon that knows nothing halves every score.
    assert not _rule_spans(text, probs, SpanRule(0.5, mix=0.5), fallback=False)


def test_a_highlight_grows_into_the_weaker_words_of_its_phrase() -> None:
    text = "She is an incompetent corrupt hack, and a liar too, and rude."
    scores = {"incompetent": 0.35, "corrupt": 0.3, "hack": 0.9, "liar": 0.8, "rude": 0.3}
    assert _rule_spans(text, scores, SpanRule(0.5)) == ["hack", "liar"]
    # Growing reaches along touching words on both sides, never across ", and".
    grown = _rule_spans(text, scores, SpanRule(0.5, grow=0.5))
    assert grown == ["incompetent corrupt hack", "liar"]
    # "corrupt" (0.3) falls short of 0.65 x 0.5, so "incompetent" no longer touches.
    assert _rule_spans(text, scores, SpanRule(0.5, grow=0.65)) == ["hack", "liar"]


def test_long_comments_are_highlighted_past_the_first_window(scorer: Scorer) -> None:
    assert scorer.cascade is not None
    if not scorer.cascade.encoder.has_span_head:
        pytest.skip("the shipped encoder has no span head")
    filler = "The council met on Tuesday to discuss the bus timetable and the library. " * 4
    text = filler + "Whoever wrote this is a worthless idiot."
    result = scorer.score(text)[0]
    assert result.scores["INSULT"] >= 0.5
    covered = [text[b:e].lower() for b, e, _ in result.spans["INSULT"]]
    assert any("idiot" in c for c in covered), covered
    assert all(b >= len(filler) for b, _, _ in result.spans["INSULT"])


def test_spans_use_the_span_head_on_comments_the_encoder_reads(scorer: Scorer) -> None:
    assert scorer.cascade is not None
    if not scorer.cascade.encoder.has_span_head:
        pytest.skip("the shipped encoder has no span head")
    text = "You are a pathetic idiot."
    norm = normalize(text)
    reading = scorer.cascade.encoder.read([collapse_spaces(norm.text)])[0]
    pieces = scorer.cascade.encoder.piece_probabilities(reading)
    assert pieces and all(0.0 <= float(p.min()) and float(p.max()) <= 1.0 for _, _, p in pieces)
    idiot = [p[INSULT] for b, e, p in pieces if "idiot" in collapse_spaces(norm.text)[b:e]]
    civil = [p[INSULT] for b, e, p in pieces if collapse_spaces(norm.text)[b:e] in {"you", "are"}]
    assert min(idiot) > max(civil)
    spans = scorer.score(text)[0].spans["INSULT"]
    assert any("idiot" in text[b:e] for b, e, _ in spans)
