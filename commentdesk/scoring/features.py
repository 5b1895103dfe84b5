"""TF-IDF features of normalised text: word 1-2 grams and hashed character 2-5 grams.

Training picks the vocabularies and IDF weights; serving rebuilds the same
transform from plain arrays, so the scorer and the recipe share this code and
no pickled object is ever loaded.

Character n-grams are hashed with numpy over a whole batch at once (a
polynomial rolling hash per n-gram length), because generating them one by
one in Python was four fifths of the scoring time. Only buckets chosen at
training time get a column; the rest are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from commentdesk.scoring.condescension import condescended
from commentdesk.scoring.damage import tempered
from commentdesk.scoring.dangers import warned
from commentdesk.scoring.deportation import removed
from commentdesk.scoring.grants import granted
from commentdesk.scoring.harm import harmed
from commentdesk.scoring.homonyms import unslurred
from commentdesk.scoring.hostility import reproached
from commentdesk.scoring.hyperbole import deflated
from commentdesk.scoring.names import blind
from commentdesk.scoring.peoples import dehumanised, hatred
from commentdesk.scoring.pictographs import pictured
from commentdesk.scoring.praise import praised
from commentdesk.scoring.roles import plainly
from commentdesk.scoring.scope import scope
from commentdesk.scoring.sentencing import sentenced
from commentdesk.scoring.spelling import respell
from commentdesk.scoring.things import of_things
from commentdesk.scoring.tropes import troped
from commentdesk.scoring.veiled import unveil
from commentdesk.scoring.wrongs import condemned
from commentdesk.textnorm import Normalized, normalize

# Words keep inner apostrophes and asterisks so "don't" and "f*ck" stay whole.
TOKEN_PATTERN = r"[a-z0-9]+(?:['*][a-z0-9]+)*"  # noqa: S105 - a regex, not a secret
# Very long comments add little signal past this point but cost linear time.
MAX_CHARS = 3000
CHAR_BITS = 22
CHAR_NGRAMS = (2, 5)
# Up to this many characters in all, features are built by
# `Featurizer._transform_small` (faster there; scipy is faster past it).
SMALL_BATCH_CHARS = 3000

_TOKEN = re.compile(TOKEN_PATTERN)
_SPACES = re.compile(r"\s+")
_MULT = np.uint64(0x100000001B3)  # FNV-64 prime, as the polynomial base
_MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier spreads the bits
_SHIFT = np.uint64(64 - CHAR_BITS)


@dataclass
class Featurizer:
    """Word terms and character buckets (in column order) with their IDF weights."""

    word_terms: list[str]
    word_idf: np.ndarray
    char_buckets: np.ndarray
    char_idf: np.ndarray

    def __post_init__(self) -> None:
        self._word_index = {t: i for i, t in enumerate(self.word_terms)}
        self._char_lookup = np.full(1 << CHAR_BITS, -1, dtype=np.int32)
        self._char_lookup[self.char_buckets] = np.arange(len(self.char_buckets), dtype=np.int32)

    def char_columns(self, grams: Sequence[str]) -> np.ndarray:
        """Column of each exact character n-gram (-1 where it has none)."""
        return self._char_lookup[[gram_bucket(g) for g in grams]]

    @property
    def n_features(self) -> int:
        return len(self.word_terms) + len(self.char_buckets)

    def transform_normalized(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Features for texts already passed through :func:`prepare`."""
        if sum(map(len, texts)) <= SMALL_BATCH_CHARS:
            return self._transform_small(texts)
        return self._transform_large(texts)

    def _transform_large(self, texts: Sequence[str]) -> sp.csr_matrix:
        word = _tfidf(self._word_counts(texts), self.word_idf)
        char = _tfidf(self._char_counts(texts), self.char_idf)
        return sp.hstack([word, char], format="csr")

    def _transform_small(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The same matrix, entry for entry, built with numpy and one constructor.

        A submission is scored alone or with a few others, and for so few rows
        scipy's constructors, checks and stacking cost more than the features.
        """
        word_docs: list[int] = []
        word_cols: list[int] = []
        for doc, text in enumerate(texts):
            cols = self._word_columns(text)
            word_cols += cols
            word_docs += [doc] * len(cols)
        char_docs, buckets = char_ngram_buckets(texts)
        char_cols = self._char_lookup[buckets]
        keep = char_cols >= 0
        n_word = len(self.word_terms)
        word = _tfidf_entries(
            np.asarray(word_docs, np.int64), np.asarray(word_cols, np.int64), self.word_idf
        )
        char = _tfidf_entries(char_docs[keep], char_cols[keep], self.char_idf)
        # Row by row, the word block's entries and then the character block's.
        docs = np.concatenate([word[0], char[0]])
        order = np.argsort(docs, kind="stable")
        indices = np.concatenate([word[1], char[1] + n_word])[order].astype(np.int32)
        data = np.concatenate([word[2], char[2]])[order]
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        np.cumsum(np.bincount(docs, minlength=len(texts)), out=indptr[1:])
        return sp.csr_matrix((data, indices, indptr), shape=(len(texts), self.n_features))

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.transform_normalized([prepare(t) for t in texts])

    def _word_columns(self, text: str) -> list[int]:
        """The columns of a text's known words and word pairs, repeats kept."""
        tokens = _TOKEN.findall(text)
        grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
        return [i for i in map(self._word_index.get, grams) if i is not None]

    def _word_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr = [0]
        indices: list[int] = []
        for text in texts:
            indices.extend(self._word_columns(text))
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        counts = sp.csr_matrix(
            (data, np.array(indices, dtype=np.int32), np.array(indptr)),
            shape=(len(texts), len(self.word_terms)),
        )
        counts.sum_duplicates()
        return counts

    def _char_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        docs, buckets = char_ngram_buckets(texts)
        cols = self._char_lookup[buckets]
        keep = cols >= 0
        data = np.ones(int(keep.sum()), dtype=np.float32)
        counts = sp.csr_matrix(
            (data, (docs[keep], cols[keep])), shape=(len(texts), len(self.char_buckets))
        )
        counts.sum_duplicates()
        return counts

    @classmethod
    def fit(
        cls,
        prepared_texts: Sequence[str],
        max_word: int = 100_000,
        max_char: int = 200_000,
        chunk: int = 4000,
    ) -> Featurizer:
        # Training only: serving never imports scikit-learn (see spans.py).
        from sklearn.feature_extraction.text import TfidfVectorizer

        word = TfidfVectorizer(
            token_pattern=TOKEN_PATTERN,
            ngram_range=(1, 2),
            lowercase=False,
            min_df=2,
            max_features=max_word,
            sublinear_tf=True,
            dtype=np.float32,
        ).fit(prepared_texts)
        df = np.zeros(1 << CHAR_BITS, dtype=np.int64)
        for start in range(0, len(prepared_texts), chunk):
            docs, buckets = char_ngram_buckets(prepared_texts[start : start + chunk])
            pairs = np.unique(docs.astype(np.int64) << CHAR_BITS | buckets.astype(np.int64))
            df += np.bincount(pairs & ((1 << CHAR_BITS) - 1), minlength=1 << CHAR_BITS)
        candidates = np.flatnonzero(df >= 3)
        # Most frequent buckets first; ties broken by bucket id for determinism.
        order = np.lexsort((candidates, -df[candidates]))[:max_char]
        chosen = np.sort(candidates[order])
        n = len(prepared_texts)
        idf = np.log((1.0 + n) / (1.0 + df[chosen])) + 1.0
        return cls(
            word_terms=list(word.get_feature_names_out()),
            word_idf=word.idf_.astype(np.float32),
            char_buckets=chosen.astype(np.int32),
            char_idf=idf.astype(np.float32),
        )


# What the stages read, in order: each reading takes the text the one before
# it left. Spelling first, so every later reading sees the words meant;
# threats and hyperbole before the insults and tropes, whose words they
# may hold; what the author denies or condemns after every reading that
# names abuse, so it can neutralise what they found.
READINGS: tuple[Callable[[Normalized], Normalized], ...] = (
    pictured,  # pictographs of abuse ("🐀"), as the words they picture
    respell,  # misspelt, masked, run-together and rare abuse, as meant
    unslurred,  # slurs in their other senses ("faggots and peas"), as those senses
    blind,  # names, as one stand-in per kind
    sentenced,  # offenders whom the courts are asked to punish ("rapists should..."), as such
    unveil,  # veiled threats, as open ones
    deflated,  # violent hyperbole ("this tax will kill jobs"), as plain words
    tempered,  # damage a thing does ("fossil fuels are destroying the planet"), as an effect
    removed,  # deportation argued over as law ("illegal immigrants should be deported"), as removal
    warned,  # a danger warned of ("that road is going to kill someone"), as a risk
    granted,  # rights and lives granted to people ("free to live their lives"), as a welcome
    praised,  # praise of a person or a people ("Muslims are so smart"), as appreciation
    plainly,  # what the reader is, said plainly ("you are a mother"), as "a member"
    condemned,  # violence and practices called wrong ("rape is a horrific crime"), as such
    reproached,  # hatred of a people reproached or reported ("stop hating Muslims"), as neutral
    harmed,  # violence meant against someone, as "kill"
    of_things,  # contempt for things ("I hate Mondays"), as plain dislike
    condescended,  # condescending idioms, as the insult they are
    troped,  # old tropes about a people, as the derogation they carry
    scope,  # abuse the author denies or condemns, as neutral
    dehumanised,  # a people called animals, as dehumanised
    hatred,  # a rare word of hatred of a people, as "hate"
)


def prepare(text: str) -> str:
    """The normalised, length-capped, space-collapsed text the stages are trained on."""
    return collapse_spaces(normalize(text[:MAX_CHARS]).text)


def read(text: str) -> Normalized:
    """What the stages read when scoring: ``text`` normalised, then each of
    ``READINGS`` in turn (each module's docstring says what it reads and why);
    offsets still point at the author's characters."""
    norm = normalize(text[:MAX_CHARS])
    for reading in READINGS:
        norm = reading(norm)
    return norm


def prepare_to_score(text: str) -> str:
    """``prepare`` as served: the text of ``read``, space-collapsed."""
    return collapse_spaces(read(text).text)


def collapse_spaces(normalized_text: str) -> str:
    return _SPACES.sub(" ", normalized_text).strip()


def collapse_spaces_mapped(normalized_text: str) -> tuple[str, np.ndarray]:
    """:func:`collapse_spaces` plus, per output character, its index in the input.

    The encoder reads the collapsed text, and its per-token outputs must be
    mapped back through it to the author's characters. A run of spaces keeps
    its first character (read as one space); ``str.isspace`` is what ``\\s``
    matches, code point for code point.
    """
    n = len(normalized_text)
    space = np.fromiter(map(str.isspace, normalized_text), dtype=bool, count=n)
    keep = ~space
    if n:
        keep[0] = True
        keep[1:] |= ~space[:-1]
    where = np.flatnonzero(keep)
    # strip(), keeping the map aligned
    lo, hi = 0, len(where)
    while lo < hi and space[where[lo]]:
        lo += 1
    while hi > lo and space[where[hi - 1]]:
        hi -= 1
    return collapse_spaces(normalized_text), where[lo:hi]


def char_ngram_buckets(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(document index, hash bucket) for every character 2-5 gram of every text.

    N-grams stay within a word, padded with a space at each end so that they
    mark where words start and end (scikit-learn's ``char_wb``): across word
    boundaries they mostly repeat the word pairs the word features have, and
    on held-out Jigsaw the TOXICITY head's ROC-AUC was 0.9542 with them and
    0.9566 without. A NUL separates documents and a SOH words; no n-gram may
    contain either.
    """
    if not texts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    joined = "".join(
        "\x01".join(f" {w} " for w in t.replace("\x00", " ").replace("\x01", " ").split()) + "\x00"
        for t in texts
    )
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    is_doc_end = codes == 0
    is_sep = codes <= 1
    doc_of = np.cumsum(is_doc_end) - is_doc_end  # separator belongs to the document it ends
    seps_before = np.concatenate(([0], np.cumsum(is_sep)))
    doc_parts, bucket_parts = [], []
    h = codes.copy()
    low, high = CHAR_NGRAMS
    for n in range(2, high + 1):
        h = h[:-1] * _MULT + codes[n - 1 :]
        if n < low:
            continue
        starts = np.arange(len(h))
        valid = seps_before[starts + n] == seps_before[starts]
        mixed = (h[valid] ^ np.uint64(n)) * _MIX
        bucket_parts.append((mixed >> _SHIFT).astype(np.int64))
        doc_parts.append(doc_of[starts[valid]])
    return np.concatenate(doc_parts), np.concatenate(bucket_parts)


def gram_bucket(gram: str) -> int:
    """The hash bucket of one n-gram, computed as :func:`char_ngram_buckets` does."""
    mask = (1 << 64) - 1
    h = 0
    for ch in gram:
        h = (h * int(_MULT) + ord(ch)) & mask
    return (((h ^ len(gram)) * int(_MIX)) & mask) >> int(_SHIFT)


def _tfidf_entries(
    docs: np.ndarray, cols: np.ndarray, idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, value) of one block's nonzero entries in row, then column,
    order, each value computed exactly as :func:`_tfidf` computes it."""
    n = len(idf)
    pairs, counts = np.unique(docs.astype(np.int64) * n + cols, return_counts=True)
    rows, columns = np.divmod(pairs, n)
    return rows, columns, _weighted(counts.astype(np.float32), columns, rows, idf)


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    counts.data = _weighted(counts.data, counts.indices, rows, idf)
    return counts


def _weighted(
    counts: np.ndarray, columns: np.ndarray, rows: np.ndarray, idf: np.ndarray
) -> np.ndarray:
    """Sublinear term frequency, scaled by IDF, unit length per row, for entries in
    row order; both feature builders call it, so they agree bit for bit."""
    values = (1.0 + np.log(counts)).astype(np.float32)
    values *= idf[columns]
    # Unit length per row, computed exactly as scikit-learn's normalize does
    # (squares in float32, summed in float64): its input checks cost more than
    # the work itself for a comment or two, the submit path's usual batch.
    squares = np.square(values).astype(np.float64)
    norms = np.sqrt(np.bincount(rows, weights=squares))
    norms[norms == 0.0] = 1.0
    return (values / norms[rows]).astype(np.float32)
