"""Spans: character maps, the span head's labels and rules, the shipped highlights."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.datasets import Example
from commentdesk.scoring.encoder import Reading
from commentdesk.scoring.features import collapse_spaces, collapse_spaces_mapped
from commentdesk.scoring.spans import SpanLexicon, SpanRule, head_by_character
from commentdesk.textnorm import normalize, to_original

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


def test_a_word_past_the_encoders_windows_may_be_scored_by_the_lexicon_alone() -> None:
    text = "You fool, and worse: a moron."
    norm = normalize(text)
    collapsed, where = collapse_spaces_mapped(norm.text)
    lexicon = SpanLexicon(
        ["INSULT"], {"fool": 0, "moron": 1}, np.array([[0.2], [0.8]], np.float32), {}
    )
    rule = SpanRule(0.5, mix=0.5, lexicon_unread=True)

    def highlighted(read: dict[str, float]) -> list[str]:
        pieces = []
        for word, p in read.items():
            row = np.zeros(len(ATTRIBUTES), dtype=np.float32)
            row[INSULT] = p
            b = collapsed.index(word)
            pieces.append((b, b + len(word), row))
        by_char = head_by_character(norm, where, pieces, INSULT)
        spans = lexicon.extract_with_head(norm, "INSULT", by_char, rule, fallback=False)
        return [text[b:e] for b, e, _ in spans]

    # "fool": half of the head's 0.9 and half of the lexicon's 0.2 (0.55).
    # "moron", unread: the lexicon's 0.8, not half of it beside a zero.
    assert highlighted({"fool": 0.9}) == ["fool", "moron"]
    # Read and given nothing by the head, it is a mix again (0.4): left out.
    assert highlighted({"fool": 0.9, "moron": 0.0}) == ["fool"]
    # A rule without ``lexicon_unread`` mixes an unread word the same way.
    rule = SpanRule(0.5, mix=0.5)
    assert highlighted({"fool": 0.9}) == ["fool"]


def test_a_highlight_grows_into_the_weaker_words_of_its_phrase() -> None:
    text = "She is an incompetent corrupt hack, and a liar too, and rude."
    scores = {"incompetent": 0.35, "corrupt": 0.3, "hack": 0.9, "liar": 0.8, "rude": 0.3}
    assert _rule_spans(text, scores, SpanRule(0.5)) == ["hack", "liar"]
    # Growing reaches along touching words on both sides, never across ", and".
    grown = _rule_spans(text, scores, SpanRule(0.5, grow=0.5))
    assert grown == ["incompetent corrupt hack", "liar"]
    # "corrupt" (0.3) falls short of 0.65 x 0.5, so "incompetent" no longer touches.
    assert _rule_spans(text, scores, SpanRule(0.5, grow=0.65)) == ["hack", "liar"]


def test_a_highlight_covers_the_whole_masked_word() -> None:
    rule = SpanRule(0.5)
    # The lexicon's words stop at "&" and "#": a mask, not the word's end.
    assert _rule_spans("Go f&ck off, you", {"ck": 0.9}, rule) == ["f&ck"]
    assert _rule_spans("F@#k off, #losers", {"k": 0.9, "losers": 0.9}, rule) == [
        "F@#k",
        "losers",  # a hashtag's "#" is not a masked letter
    ]
    assert _rule_spans("what a ****hole.", {"hole": 0.9}, rule) == ["****hole"]
    # Two halves of one masked word become one span.
    assert _rule_spans("Go f&ck off", {"f": 0.9, "ck": 0.8}, rule) == ["f&ck"]
    assert _rule_spans("@troll you are dumb", {"dumb": 0.9}, rule) == ["dumb"]


def test_no_highlight_starts_or_ends_with_white_space(scorer: Scorer) -> None:
    # Readings that rewrite a phrase ("kill some more kids" as a threat) map
    # its words back whole, and a word's trailing space could come with it.
    texts = ["Kill some more kids and then", "Please....choke yourself....that would help"]
    for text, result in zip(texts, scorer.score(texts), strict=True):
        spans = [text[b:e] for spans in result.spans.values() for b, e, _ in spans]
        assert spans and all(s == s.strip() for s in spans), (text, spans)


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


def _plain_select(
    text: str, words: list[tuple[int, int, float]], rule: SpanRule, floor: float, fallback: bool
) -> list[tuple[int, int]]:
    """The rule read word by word, as its docstring states it, to check the
    array version against: the cut, the fallback word, growing, merging."""
    if not words:
        return []
    best = max(s for _, _, s in words)
    cut = max(rule.threshold, rule.relative * best)
    keep = [s >= cut for _, _, s in words]
    if not any(keep) and fallback and best >= floor:
        keep[[s for _, _, s in words].index(best)] = True
    least = rule.grow * cut
    touching = [not text[words[i][1] : words[i + 1][0]].strip() for i in range(len(words) - 1)]
    if rule.grow < 1.0:
        for i in range(1, len(words)):
            keep[i] = keep[i] or (keep[i - 1] and words[i][2] >= least and touching[i - 1])
        for i in range(len(words) - 2, -1, -1):
            keep[i] = keep[i] or (keep[i + 1] and words[i][2] >= least and touching[i])
    out: list[tuple[int, int]] = []
    for (b, e, _), kept in zip(words, keep, strict=True):
        if kept and out and text[out[-1][1] : b] == " ":
            out[-1] = (out[-1][0], e)
        elif kept:
            out.append((b, e))
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["ab", "cde", "f"]), st.sampled_from([" ", "  ", ", ", "-"])),
        max_size=12,
    ),
    st.lists(st.sampled_from([0.0, 0.05, 0.2, 0.3, 0.45, 0.5, 0.9]), min_size=12, max_size=12),
    st.sampled_from([0.1, 0.3, 0.5]),
    st.sampled_from([0.0, 0.6]),
    st.sampled_from([1.0, 0.7, 0.4]),
    st.booleans(),
)
def test_the_rule_on_arrays_reads_as_the_rule_word_by_word(
    parts: list[tuple[str, str]],
    values: list[float],
    threshold: float,
    relative: float,
    grow: float,
    fallback: bool,
) -> None:
    text = "".join(word + gap for word, gap in parts)
    norm = normalize(text)
    empty = SpanLexicon(["INSULT"], {}, np.zeros((0, 1), np.float32), {})
    words = empty.words(norm)
    scores = np.asarray(values[: len(words.begins)], dtype=np.float64)
    rule = SpanRule(threshold, relative, grow=grow)
    got = [(b, e) for b, e, _ in rule.select(norm, words, scores, 0.1, fallback)]
    plain = list(zip(words.begins.tolist(), words.ends.tolist(), scores.tolist(), strict=True))
    expected = _plain_select(norm.text, plain, rule, 0.1, fallback)
    assert got == [to_original(norm, b, e) for b, e in expected]


def test_each_word_scores_its_best_character() -> None:
    norm = normalize("one two, three")
    empty = SpanLexicon(["INSULT"], {}, np.zeros((0, 1), np.float32), {})
    words = empty.words(norm)
    by_char = np.arange(len(norm.text) * 2, dtype=np.float32).reshape(-1, 2) % 7
    expected = [by_char[b:e].max(axis=0) for b, e in zip(words.begins, words.ends, strict=True)]
    assert np.array_equal(words.maxima(by_char), np.vstack(expected))
    assert words.maxima(by_char).shape == (3, 2)


def test_a_reading_of_special_tokens_alone_falls_back_to_the_lexicon(scorer: Scorer) -> None:
    # No text the tokenizer knows reaches this (every character gives some
    # piece), so the reading is made by hand: two windows of [CLS] [SEP].
    assert scorer.cascade is not None
    if not scorer.cascade.encoder.has_span_head:
        pytest.skip("the shipped encoder has no span head")
    specials = ([(0, 0), (0, 0)], np.zeros((2, len(ATTRIBUTES)), np.float32))
    reading = Reading(np.zeros((2, len(ATTRIBUTES)), np.float32), (specials, specials))
    text = "You are a pathetic idiot."
    row = np.full(len(ATTRIBUTES), 0.9)
    result = scorer._result(normalize(text), row, reading)
    assert any("idiot" in text[b:e] for b, e, _ in result.spans["INSULT"])


def test_a_comment_the_encoder_did_not_read_is_highlighted_by_the_rule_for_unread_words(
    scorer: Scorer,
) -> None:
    # The rule chosen on the development slice says how a word the encoder
    # did not read is highlighted; a whole comment it did not read is the same.
    from commentdesk.scoring.features import read

    rule = scorer._span_rules.get("TOXICITY")
    if rule is None or not rule.lexicon_unread:
        pytest.skip("the shipped rule scores unread words as if the head gave nothing")
    text = "Shut up you ignorant racist pig."
    norm = read(text)
    words = scorer._lexicon.words(norm)
    unread = np.full(len(words.rows), np.nan, dtype=np.float32)
    expected = scorer._lexicon.extract_from_pieces(norm, "TOXICITY", words, unread, rule)
    result = scorer._result(norm, np.full(len(ATTRIBUTES), 0.9), None)
    assert result.spans["TOXICITY"] == expected
    # The lexicon's own rule highlighted "ignorant" and "pig" alone; this one
    # grows the highlight over the phrase, as annotators mark it.
    assert [text[b:e] for b, e, _ in expected] == ["ignorant racist pig"]
