"""Scorer benchmark: accuracy and speed side by side with two reference systems.

Run from the repository root (needs ../shared/data and the bench extra):

    .venv/bin/pip install -e '.[bench]'
    nice .venv/bin/python bench/scorer_bench.py

Systems, all measured in this one run on the same texts:
  * commentdesk  - the packaged default model (Scorer.load()).
  * commentdesk, full - the same files with the encoder reading every comment
                   (Scorer.load(stages="full"), COMMENTDESK_SCORER_STAGES=full).
  * commentdesk, linear stage alone - its first stage (stages="linear").
  * alt-profanity-check - the PyPI package's bundled linear SVM.
  * tfidf-lr     - TF-IDF word 1-2 + char 2-5 grams, logistic regression, trained
                   here on the Jigsaw training split (the shared README's baseline).
Accuracy sets: the Jigsaw held-out split (TOXICITY), kaggle-insults-2012
(INSULT; evaluation only, never trained on). Speed: batch throughput over
2,000 comments and single-comment latency (p50/p99 over 500 calls). Then the
default model in worker processes, one per core (``ScorerPool``, what
``commentdesk score`` runs on an input of more than one batch): the same
batches, their results checked equal to one process's.
Writes bench/out/scorer.md and prints it.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline, make_union

from commentdesk.domain import ATTRIBUTES
from commentdesk.ingest.scraped_page import parse_scraped_page
from commentdesk.scoring import Scorer, datasets

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
Predict = Callable[[Sequence[str]], np.ndarray]


def _ours(attr: str, stages: str = "cascade") -> Predict:
    scorer = Scorer.load(stages=stages)
    col = ATTRIBUTES.index(attr)

    def predict(texts: Sequence[str]) -> np.ndarray:
        return np.array([r.scores[ATTRIBUTES[col]] for r in scorer.score(list(texts))])

    return predict


def _linear_stage(attr: str) -> Predict:
    scorer = Scorer.load()
    col = ATTRIBUTES.index(attr)
    return lambda texts: scorer.linear_probabilities(list(texts))[:, col]


def _profanity_check() -> Predict:
    from profanity_check import predict_prob

    return lambda texts: np.asarray(predict_prob(list(texts)))


def _baseline(train_texts: list[str], labels: list[int]) -> Predict:
    model = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=100_000, sublinear_tf=True),
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(2, 5),
                min_df=3,
                max_features=150_000,
                sublinear_tf=True,
            ),
        ),
        LogisticRegression(C=4.0, solver="liblinear"),
    )
    model.fit(train_texts, labels)
    return lambda texts: model.predict_proba(list(texts))[:, 1]


def _throughput(predict: Predict, texts: Sequence[str], batch: int = 256) -> float:
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        predict(texts[i : i + batch])
    return len(texts) / (time.perf_counter() - start)


def _pooled(sets: Sequence[Sequence[str]], batch: int = 256) -> tuple[int, float, list[float]]:
    """(workers, seconds to start them with their models, comments/s per set)."""
    from commentdesk.scoring.pool import ScorerPool, default_workers

    workers = default_workers()
    one_process = Scorer.load()
    start = time.perf_counter()
    with ScorerPool(workers) as pool:
        # Each worker loads its model before its first batch; these wait for all.
        list(pool.map([(i, ["warm up"]) for i in range(4 * workers)]))
        started = time.perf_counter() - start
        rates = []
        for texts in sets:
            batches = [(i, texts[i : i + batch]) for i in range(0, len(texts), batch)]
            begin = time.perf_counter()
            scored = [r for _, results in pool.map(batches) for r in results]
            rates.append(len(texts) / (time.perf_counter() - begin))
            if scored != one_process.score(list(texts)):
                raise SystemExit("worker processes scored differently from one process")
    return workers, started, rates


def _latency(predict: Predict, texts: Sequence[str]) -> tuple[float, float]:
    predict(texts[:1])  # warm caches
    times = []
    for text in texts:
        start = time.perf_counter()
        predict([text])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.99 * (len(times) - 1))]


def _page_comments(page: Path) -> list[str]:
    parsed = parse_scraped_page(page.read_text(encoding="utf-8"))
    return [c.text for c in parsed.comments]


def main() -> int:
    if not DATA.is_dir():
        print("../shared/data not found", file=sys.stderr)
        return 1
    jigsaw = [ex for ex in datasets.load_jigsaw(DATA)]
    for ex in jigsaw:
        ex.split = datasets.split_of(ex.text, seed=0)
    train = [ex for ex in jigsaw if ex.split == "train"]
    test = [ex for ex in jigsaw if ex.split == "test"]
    kaggle = datasets.load_kaggle_insults(DATA)
    test_texts = [ex.text for ex in test]
    test_y = [ex.labels["TOXICITY"] for ex in test]
    kaggle_texts = [t for t, _ in kaggle]
    kaggle_y = [y for _, y in kaggle]

    load_start = time.perf_counter()
    Scorer.load()
    load_s = time.perf_counter() - load_start
    systems: dict[str, tuple[Predict, Predict]] = {
        "commentdesk": (_ours("TOXICITY"), _ours("INSULT")),
        "commentdesk, full": (_ours("TOXICITY", "full"), _ours("INSULT", "full")),
        "commentdesk, linear stage alone": (_linear_stage("TOXICITY"), _linear_stage("INSULT")),
        "alt-profanity-check": (_profanity_check(), _profanity_check()),
    }
    base = _baseline([ex.text for ex in train], [ex.labels["TOXICITY"] for ex in train])
    systems["tfidf-lr (jigsaw)"] = (base, base)

    speed_texts = (test_texts * 2)[:2000]
    latency_texts = test_texts[:500]
    # Reader comments under a real news article: the genre the service scores.
    page = DATA.parent / "examples" / "article-with-comments.txt"
    news = _page_comments(page) if page.exists() else []
    news_texts = (news * (2000 // max(1, len(news)) + 1))[:2000]
    rows = []
    for name, (tox, insult) in systems.items():
        auc_tox = roc_auc_score(test_y, tox(test_texts))
        auc_ins = roc_auc_score(kaggle_y, insult(kaggle_texts))
        rate = _throughput(tox, speed_texts)
        news_rate = _throughput(tox, news_texts) if news_texts else float("nan")
        p50, p99 = _latency(tox, latency_texts)
        rows.append(
            f"| {name} | {auc_tox:.4f} | {auc_ins:.4f} | {rate:,.0f} | {news_rate:,.0f} "
            f"| {p50:.2f} | {p99:.2f} |"
        )
        print(rows[-1], flush=True)
    workers, started, (pool_rate, pool_news) = _pooled([speed_texts, news_texts or ["hi"]])
    pooled = (
        f"| commentdesk, {workers} worker processes | {started:.1f} | {pool_rate:,.0f} "
        f"| {pool_news:,.0f} |"
    )
    print(pooled, flush=True)
    lines = [
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; model {Scorer.load().version}, "
        f"loaded in {load_s:.2f} s.",
        "",
        "| system | TOXICITY ROC-AUC, Jigsaw held-out (n=" + str(len(test)) + ") "
        "| INSULT ROC-AUC, kaggle-insults (n=" + str(len(kaggle)) + ") "
        "| batch comments/s (Jigsaw) | batch comments/s (news page) "
        "| p50 ms (one comment) | p99 ms (one comment) |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "| batch in worker processes (`ScorerPool`) | seconds to start them "
        "| batch comments/s (Jigsaw) | batch comments/s (news page) |",
        "|---|---|---|---|",
        pooled,
    ]
    report = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scorer.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
