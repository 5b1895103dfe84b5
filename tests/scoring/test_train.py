"""The training recipe runs end to end on a small subset, deterministically."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.metrics import roc_auc_score

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.model import LinearModel
from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR
from commentdesk.scoring.train import TEACHER_SHARE, AttributeRecipe, _fit_attribute, train


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


def test_a_teacher_teaches_the_toxicity_head_and_only_it(tmp_path: Path, data_dir: Path) -> None:
    plain = train(data_dir, tmp_path / "plain", seed=3, limit=150)
    taught = train(data_dir, tmp_path / "taught", seed=3, limit=150, teacher=DEFAULT_MODEL_DIR)
    assert taught["linear_teacher"] == {
        "teacher": Scorer.load(DEFAULT_MODEL_DIR, stages="full").version,
        "teacher_share": TEACHER_SHARE,
        "taught": ["TOXICITY"],
    }
    assert plain["version"] != taught["version"]
    a, b = LinearModel.load(tmp_path / "plain"), LinearModel.load(tmp_path / "taught")
    tox = ATTRIBUTES.index("TOXICITY")
    for col, attr in enumerate(ATTRIBUTES):
        same = np.array_equal(a.coef[:, col], b.coef[:, col])
        assert same is (col != tox), attr
    card = (tmp_path / "taught" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "The TOXICITY head learns 70% from the `full` TOXICITY of model" in card
    assert "learns 70%" not in (tmp_path / "plain" / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_a_taught_head_follows_its_teacher_over_the_labels() -> None:
    # A teacher that contradicts every label outweighs the labels (0.7 to 0.3):
    # the head then ranks the labelled positives below the negatives.
    rng = np.random.default_rng(0)
    x = sp.csr_matrix(rng.random((200, 20)) < 0.3, dtype=np.float64)
    y = (np.asarray(x[:, :5].sum(axis=1)).ravel() > 1).astype(int)
    w = np.ones(len(y))
    recipe = AttributeRecipe(frozenset({"jigsaw"}))
    none = np.zeros(0, dtype=np.int64)
    coef, intercept, _ = _fit_attribute(x, y, w, recipe, none, seed=0)
    assert roc_auc_score(y, x @ coef + intercept) > 0.9
    coef, intercept, _ = _fit_attribute(x, y, w, recipe, none, seed=0, soft=1.0 - y)
    assert roc_auc_score(y, x @ coef + intercept) < 0.1
