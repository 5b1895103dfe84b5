"""The training recipe runs end to end on a small subset, deterministically."""

from __future__ import annotations

from pathlib import Path

from commentdesk.scoring import Scorer
from commentdesk.scoring.train import train


def test_recipe_is_deterministic(tmp_path: Path, data_dir: Path) -> None:
    first = train(data_dir, tmp_path / "a", seed=3, limit=150)
    second = train(data_dir, tmp_path / "b", seed=3, limit=150)
    assert first["version"] == second["version"]
    weights = [(tmp_path / d / "weights.npz").read_bytes() for d in ("a", "b")]
    assert weights[0] == weights[1]
    card = (tmp_path / "a" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "kaggle-insults-2012" in card and "Known weaknesses" in card
    assert (tmp_path / "a" / "calibration" / "TOXICITY.svg").exists()
    scorer = Scorer.load(tmp_path / "a")
    assert scorer.version == first["version"]
    assert len(scorer.score(["hello"])) == 1


def test_seed_changes_the_model(tmp_path: Path, data_dir: Path) -> None:
    a = train(data_dir, tmp_path / "a", seed=1, limit=100)
    b = train(data_dir, tmp_path / "b", seed=2, limit=100)
    assert a["version"] != b["version"]


def test_semeval_posts_keep_semeval_toxicity_spans(data_dir: Path) -> None:
    from commentdesk.scoring import datasets

    gold = dict(datasets.load_tsd(data_dir, "train"))
    trial = {t for t, _ in datasets.load_tsd(data_dir, "trial")}
    posts = datasets.load_toxic_spans(data_dir, exclude=trial, gold=gold)
    assert not any(p.text in trial for p in posts)
    checked = 0
    for post in posts:
        if post.text in gold and post.labels.get("TOXICITY") == 1:
            offsets = {i for b, e in post.spans["TOXICITY"] for i in range(b, e)}
            assert offsets == set(gold[post.text])
            checked += 1
    assert checked > 1000
    # Typed spans still come from the raw annotations.
    assert any(p.spans.get("INSULT") for p in posts if p.text in gold)
