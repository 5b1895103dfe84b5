"""The Scorer contract and its behaviour on cases that matter to moderators."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.scoring import Scorer, model
from commentdesk.scoring.model import model_version
from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR, _sentences


def test_load_is_cached_and_versioned(scorer: Scorer) -> None:
    assert Scorer.load() is scorer
    assert scorer.version.startswith("cd-cas-")
    assert scorer.version == model_version(DEFAULT_MODEL_DIR)
    linear = Scorer.load(stages="linear")
    assert linear.version.startswith("cd-lin-")
    assert linear.version == model_version(DEFAULT_MODEL_DIR, "linear")


def test_result_shape(scorer: Scorer) -> None:
    results = scorer.score(["You are an idiot.", "Thanks for the article.", ""])
    assert len(results) == 3
    for result in results:
        assert isinstance(result, ScoreResult)
        assert set(result.scores) == set(ATTRIBUTES)
        assert set(result.spans) == set(ATTRIBUTES)
        assert all(0.0 <= p <= 1.0 for p in result.scores.values())
        assert result.model_version == scorer.version


def test_single_string_and_empty_list(scorer: Scorer) -> None:
    assert len(scorer.score("hello there")) == 1
    assert scorer.score([]) == []


def test_non_string_is_rejected(scorer: Scorer) -> None:
    with pytest.raises(TypeError):
        scorer.score(["fine", 3])  # type: ignore[list-item]


def test_half_an_escaped_pair_is_rejected_by_name(scorer: Scorer) -> None:
    # json.loads("\"\\ud83d\"") is a lone surrogate, which no encoder takes
    with pytest.raises(ValueError, match="text 1 holds an unpaired surrogate"):
        scorer.score(["fine", "monkeys \ud83d"])
    assert scorer.score(["\U0001f412 fine"])[0].scores  # a whole emoji is text


def test_spans_point_at_the_abusive_words(scorer: Scorer) -> None:
    text = "I read your comment and you are a stupid idiot, frankly."
    result = scorer.score([text])[0]
    assert result.scores["INSULT"] > 0.5
    spans = result.spans["INSULT"]
    assert spans, "an insult should come with spans"
    covered = "".join(text[b:e] for b, e, _ in spans).lower()
    assert "idiot" in covered
    for b, e, s in spans:
        assert 0 <= b < e <= len(text)
        assert 0.0 <= s <= 1.0
        assert "comment" not in text[b:e]


def test_spans_map_back_through_obfuscation(scorer: Scorer) -> None:
    text = "you are a f u c k i n g 1d10t"
    spans = scorer.score([text])[0].spans["TOXICITY"]
    covered = [text[b:e] for b, e, _ in spans]
    assert any("1d10t" in c for c in covered)


def test_clean_text_scores_low(scorer: Scorer) -> None:
    result = scorer.score(["The council meets on Tuesday to discuss the new library budget."])[0]
    assert max(result.scores.values()) < 0.3
    assert all(not v for v in result.spans.values())


@pytest.mark.parametrize(
    ("plain", "disguised"),
    [
        ("you are an idiot", "you are an 1d10t"),
        ("fuck you", "f u c k you"),
        ("you stupid moron", "you stuuuupid m.o.r.o.n"),
        ("shut up idiot", "shut up іdіоt"),  # Cyrillic і and о
        ("what a piece of shit", "what a piece of sh!t"),
    ],
)
def test_disguised_spelling_scores_like_plain(scorer: Scorer, plain: str, disguised: str) -> None:
    p, d = (r.scores["TOXICITY"] for r in scorer.score([plain, disguised]))
    assert p > 0.5
    assert d > 0.5
    assert abs(p - d) < 0.25


def test_quotation_marks_and_literal_escapes_hide_nothing(scorer: Scorer) -> None:
    # Wrapped in quotation marks, this scored less than half as toxic once.
    plain = "You are completely clueless. Nobody asked you."
    quoted = f'"{plain}"'
    escaped = "You\\xc2\\xa0are completely clueless.\\nNobody asked you."
    results = scorer.score([plain, quoted, escaped])
    assert results[0].scores["INSULT"] > 0.5
    for text, result in zip((quoted, escaped), results[1:], strict=True):
        for attribute, score in results[0].scores.items():
            assert result.scores[attribute] == pytest.approx(score, abs=1e-6)
        highlighted = "".join(text[b:e] for b, e, _ in result.spans["INSULT"])
        assert "clueless" in highlighted


def test_opinion_versus_identity_attack(scorer: Scorer) -> None:
    opinion, attack = scorer.score(
        [
            "Immigration law should apply to everyone equally.",
            "Those people are animals who come here to steal and rape.",
        ]
    )
    assert opinion.scores["IDENTITY_ATTACK"] < 0.3
    assert attack.scores["IDENTITY_ATTACK"] > opinion.scores["IDENTITY_ATTACK"] + 0.2
    assert attack.scores["TOXICITY"] > 0.5


def test_threat_without_slur(scorer: Scorer) -> None:
    threat, news = scorer.score(
        [
            "Someone should shoot them.",
            "Police said the man was shot on Main Street.",
        ]
    )
    assert threat.scores["THREAT"] > 0.5
    assert news.scores["THREAT"] < threat.scores["THREAT"]


def test_swearing_at_a_thing_is_profane_not_an_insult(scorer: Scorer) -> None:
    swearing, insult = scorer.score(
        ["Oh shit, the ferry is cancelled again.", "You are a fucking idiot."]
    )
    assert swearing.scores["PROFANITY"] > 0.5
    assert swearing.scores["INSULT"] < 0.3
    assert swearing.scores["SEVERE_TOXICITY"] < 0.3
    assert insult.scores["INSULT"] > 0.9 and insult.scores["PROFANITY"] > 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I am gay.",
        "I am a Muslim.",
        "My neighbour is Black.",
        "She is Jewish.",
        "He is an immigrant from Mexico.",
        "Women should be paid the same as men.",
        "I am a trans woman.",
        "My grandfather is old.",
        # Arguments about policy that concerns a group, for it and against it,
        # and a harsh one about a politician: opinions, not attacks. None of
        # these sentences is a training template.
        "Gay couples should be allowed to adopt.",
        "Black people deserve fair treatment by police.",
        "Women deserve equal pay.",
        "Muslims should be free to build mosques like any other faith.",
        "I think the refugee quota is too high and the minister should lower it.",
        "The senator is wrong about taxes and her plan is a disaster.",
    ],
)
def test_civil_talk_about_groups_and_policies_scores_low(scorer: Scorer, text: str) -> None:
    result = scorer.score([text])[0]
    assert result.scores["TOXICITY"] < 0.5
    assert result.scores["IDENTITY_ATTACK"] < 0.5


def test_concurrent_calls_agree(scorer: Scorer) -> None:
    texts = ["you idiot", "nice photo", "I will kill you", "Muslims are my neighbours"] * 10
    expected = [r.scores for r in scorer.score(texts)]
    outputs: list[list[dict[str, float]]] = []

    def work() -> None:
        outputs.append([r.scores for r in scorer.score(texts)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outputs == [expected] * 4


def test_version_changes_when_model_file_changes(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    original = Scorer.load(copy)
    assert original.version == Scorer.load().version
    vocab = copy / "vocab.json"
    vocab.write_text(
        vocab.read_text(encoding="utf-8").replace('"seed": 0', '"seed": 1'), encoding="utf-8"
    )
    changed = Scorer.load(copy)
    assert changed.version != original.version
    assert changed.score(["hi"])[0].model_version == changed.version


def test_version_changes_with_the_scoring_revision(monkeypatch: pytest.MonkeyPatch) -> None:
    # Same files, other code: the version must still tell the two apart.
    before = model_version(DEFAULT_MODEL_DIR)
    monkeypatch.setattr(model, "SCORING_REVISION", model.SCORING_REVISION + 1)
    assert model_version(DEFAULT_MODEL_DIR) != before


def test_serving_and_the_cli_never_load_the_training_libraries() -> None:
    # scikit-learn and what it pulls in (pandas, scipy.stats) cost each server
    # process a second and about 150 MB: only training and evaluation need them.
    probe = (
        "import sys\n"
        "import commentdesk.cli\n"
        "from commentdesk.web.server import create_app\n"
        "from commentdesk.scoring import Scorer\n"
        "Scorer.load().score(['You are an idiot.', 'Thanks for the article.'])\n"
        "print(sorted(m for m in ('sklearn', 'pandas', 'torch') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


LONG_CIVIL = (
    "I've read this paper for thirty years and I used to trust its coverage of the council. "
    "The budget story last week was balanced and I said so at the time. "
    "But this piece leaves out the pension figures entirely and quotes only one side. "
)


def test_abuse_in_the_last_sentence_of_a_long_comment_is_not_diluted(scorer: Scorer) -> None:
    abusive, civil = scorer.score(
        [LONG_CIVIL + "Whoever edited it is a clueless moron.", LONG_CIVIL + "I expect better."]
    )
    assert abusive.scores["INSULT"] >= 0.5
    assert civil.scores["INSULT"] < 0.2
    # what is read of the hot sentence alone counts, not the whole comment's reading
    assert abusive.scores["TOXICITY"] >= abusive.scores["INSULT"]


def test_a_hot_sentence_scores_the_same_alone_and_in_a_batch(scorer: Scorer) -> None:
    text = LONG_CIVIL + "Whoever edited it is a clueless moron."
    alone = scorer.score(text)[0].scores
    batched = scorer.score(["A quiet comment about the weather.", text, "Thanks."])[1].scores
    assert alone == batched


def test_sentences_are_those_of_three_words_or_more() -> None:
    text = "wow. the budget is late again. sad! who wrote this?\nno idea at all"
    assert [text[b:e].strip() for b, e in _sentences(text)] == [
        "the budget is late again.",
        "who wrote this?",
        "no idea at all",
    ]


def test_a_people_attacked_in_a_hot_sentence_keeps_identity_attack_at_least_toxicity(
    scorer: Scorer,
) -> None:
    scores = scorer.score(LONG_CIVIL + "Refugees are parasites who should be sent back.")[0].scores
    assert scores["IDENTITY_ATTACK"] >= scores["TOXICITY"] >= 0.5


def test_a_threat_in_the_last_sentence_of_a_long_comment_keeps_its_threat(
    scorer: Scorer,
) -> None:
    threat, civil = scorer.score(
        [
            LONG_CIVIL + "Someone should shoot the editor.",
            LONG_CIVIL + "Someone should fire the editor.",
        ]
    )
    # above the default policy's threat band (0.6), so the comment is held
    assert threat.scores["THREAT"] >= 0.6
    assert civil.scores["THREAT"] < 0.3


def test_a_people_attacked_in_one_sentence_of_a_long_comment_is_not_diluted(
    scorer: Scorer,
) -> None:
    # the linear stage never sees the words that name a people, so it cannot
    # pick this sentence by its heat; the people attack picks it
    attacked, civil = scorer.score(
        [LONG_CIVIL + "Immigrants are vermin.", LONG_CIVIL + "Immigrants are welcome here."]
    )
    assert attacked.scores["IDENTITY_ATTACK"] >= 0.5
    assert civil.scores["IDENTITY_ATTACK"] < 0.3
