"""The linear stage's TF-IDF features."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.preprocessing import normalize

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import (
    SMALL_BATCH_CHARS,
    _tfidf,
    char_ngram_buckets,
    gram_bucket,
    prepare,
)

TEXTS = [
    "",
    "a",
    "You are an idiot if you believe a word of this.",
    "The council should publish the full costings before the vote. " * 20,
    "F*CK this, seriously!!! f u c k",
]


def _reference(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """What the features were before the hand-written normalisation: scikit-learn's."""
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)).astype(np.float32)
    weighted.data *= idf[weighted.indices]
    return normalize(weighted, norm="l2", copy=False)


def _assert_same(texts: list[str]) -> None:
    featurizer = Scorer.load(stages="linear").model.featurizer
    prepared = [prepare(t) for t in texts]
    for counts, idf in (
        (featurizer._word_counts(prepared), featurizer.word_idf),
        (featurizer._char_counts(prepared), featurizer.char_idf),
    ):
        expected = _reference(counts, idf)
        got = _tfidf(counts.copy(), idf)
        assert got.dtype == np.float32
        np.testing.assert_array_equal(got.indptr, expected.indptr)
        np.testing.assert_array_equal(got.indices, expected.indices)
        # Bit for bit: the shipped model's scores must not move.
        np.testing.assert_array_equal(got.data, expected.data)


def test_unit_rows_match_scikit_learn_bit_for_bit() -> None:
    _assert_same(TEXTS)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij klm*'!\u00e9", max_size=120), min_size=1, max_size=5))
def test_any_batch_matches_scikit_learn(texts: list[str]) -> None:
    _assert_same(texts)


def _assert_same_matrix(got: sp.csr_matrix, expected: sp.csr_matrix) -> None:
    assert got.shape == expected.shape
    assert got.data.dtype == expected.data.dtype == np.float32
    np.testing.assert_array_equal(got.indptr, expected.indptr)
    np.testing.assert_array_equal(got.indices, expected.indices)
    np.testing.assert_array_equal(got.data, expected.data)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefghij klm*'!\u00e9", max_size=200), min_size=1, max_size=6))
def test_a_small_batch_builds_the_same_matrix_as_a_large_one(texts: list[str]) -> None:
    # Two builders, one matrix: which one a batch gets must never change a score.
    featurizer = Scorer.load(stages="linear").model.featurizer
    prepared = [prepare(t) for t in texts]
    _assert_same_matrix(
        featurizer._transform_small(prepared), featurizer._transform_large(prepared)
    )


def test_real_comments_build_the_same_matrix_either_way() -> None:
    featurizer = Scorer.load(stages="linear").model.featurizer
    prepared = [prepare(t) for t in TEXTS * 3]
    _assert_same_matrix(
        featurizer._transform_small(prepared), featurizer._transform_large(prepared)
    )


def test_a_comment_scores_the_same_alone_and_in_a_batch() -> None:
    scorer = Scorer.load(stages="linear")
    # Large enough that the batch takes the other builder than each comment alone.
    batch = TEXTS * 4
    assert sum(len(prepare(t)) for t in batch) > SMALL_BATCH_CHARS
    together = scorer.probabilities(batch)
    for i, text in enumerate(TEXTS):
        np.testing.assert_array_equal(scorer.probabilities([text])[0], together[i])


def _grams_within_words(text: str) -> list[str]:
    """Every 2-5 gram of each word padded with a space, as scikit-learn's char_wb."""
    out = []
    for word in text.split():
        padded = f" {word} "
        out += [padded[k : k + n] for n in range(2, 6) for k in range(len(padded) - n + 1)]
    return out


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="ab c\x00\x01", max_size=12), max_size=4))
def test_character_grams_stay_within_words(texts: list[str]) -> None:
    docs, buckets = char_ngram_buckets(texts)
    for doc, text in enumerate(texts):
        clean = text.replace("\x00", " ").replace("\x01", " ")
        expected = sorted(gram_bucket(g) for g in _grams_within_words(clean))
        assert sorted(buckets[docs == doc].tolist()) == expected
    # "b c" spans two words: never a feature.
    assert gram_bucket("b c") not in char_ngram_buckets(["ab cd"])[1].tolist()
