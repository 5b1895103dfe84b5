import random

from commentdesk.scoring.cues import any_cue, cue_windows, cues_in, cues_of


def _every_start(text: str, cues: tuple[str, ...]) -> list[int]:
    """What a plain search finds: each cue's every start, ordered as the automaton
    reports them (by where the cue ends, the longest first)."""
    hits = [
        (i + len(c), -len(c), i)
        for c in set(cues)
        for i in range(len(text))
        if text.startswith(c, i)
    ]
    return [start for _, _, start in sorted(hits)]


def test_a_shared_scan_finds_what_a_search_for_each_reading_s_own_cues_finds() -> None:
    # Cue sets that overlap, nest ("he" in "the", "she") and share a text: the
    # scan is remembered for the text, and each set sees only its own cues.
    rng = random.Random(7)
    sets = [("he", "the", "she"), ("e t", "the", "hat"), ("a",), ("hers", "her", "s")]
    for _ in range(300):
        text = "".join(rng.choice("aehrst ") for _ in range(rng.randint(0, 40)))
        for cues in sets:
            assert list(cues_in(text, cues)) == _every_start(text, cues)
            assert any_cue(text, cues) == any(c in text for c in cues)


def test_cues_asked_for_after_a_text_was_scanned_are_found_in_it() -> None:
    text = "the zebra crossed the qwyxz road"
    assert any_cue(text, ("zebra",))
    # A set no reading had asked for yet: the text is scanned again with it.
    assert list(cues_in(text, ("qwyxz",))) == [text.index("qwyxz")]
    assert not any_cue(text, ("unicorn",))


def test_the_cues_of_a_pattern_are_the_letters_each_alternative_begins_with() -> None:
    assert cues_of("legends?|hero|neighbou?r|police\\s+officer") == (
        "hero",
        "legend",
        "neighbo",
        "police",
    )


def test_cue_windows_merge_where_they_overlap_and_skip_cues_inside_words() -> None:
    text = "my son and my son's friend met a person far away from here and my son"
    second, last = text.index("son's"), text.rindex("son")
    # The two near the start merged, clipped at the text's ends; "person" skipped.
    assert cue_windows(text, ("son",), 5, 10, word_start=True) == [
        (0, second + 10),
        (last - 5, len(text)),
    ]


# The readings that gate their patterns on cues found by this module.
_GATED = (
    "condescension damage dangers grants harm homonyms hostility hyperbole peoples praise roles "
    "sentencing spelling things tropes veiled wrongs"
).split()


def test_no_reading_s_cue_scan_passes_over_a_comment_its_patterns_read(monkeypatch) -> None:
    """Each reading tries its patterns only where one of its cues occurs, so a
    cue list that misses a form its pattern reads silently turns that form
    off ("nobody with a functioning brain would..." was never looked at).
    With every gate open, the realistic comments, the functional suite and
    the training templates must read exactly as with the gates."""
    import importlib
    from pathlib import Path

    import yaml

    from commentdesk.scoring.datasets import load_templates
    from commentdesk.scoring.features import read
    from commentdesk.scoring.functional import CASES

    realistic = Path(__file__).parents[1] / "policy" / "realistic_comments.yaml"
    texts = [case["text"] for case in yaml.safe_load(realistic.read_text("utf-8"))]
    texts += [case.text for case in CASES] + [example.text for example in load_templates()]
    gated = [read(text).text for text in texts]
    for name in _GATED:
        module = importlib.import_module(f"commentdesk.scoring.{name}")
        if hasattr(module, "any_cue"):
            monkeypatch.setattr(module, "any_cue", lambda text, cues: True)
        if hasattr(module, "cue_windows"):
            monkeypatch.setattr(
                module, "cue_windows", lambda text, cues, *_, **__: [(0, len(text))]
            )
    opened = {text: read(text).text for text in texts}
    missed = {t: (g, opened[t]) for t, g in zip(texts, gated, strict=True) if opened[t] != g}
    assert missed == {}
