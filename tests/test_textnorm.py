"""Each transformation of the shared text normaliser, and the offset map back."""

from __future__ import annotations

import pytest

from commentdesk.textnorm import disjoint, normalize, replace_words, to_original


def _norm(text: str) -> str:
    return normalize(text).text


def test_casefold_and_accents() -> None:
    assert _norm("Café NAÏVE Straße") == "cafe naive strasse"


@pytest.mark.parametrize(
    "text",
    ["ƒ𝐮сk", "Ｆｕｃｋ", "fυck", "ｆｕｃｋ", "f\u200buck", "f\u00adu\u200dck"],
)
def test_lookalikes_and_invisibles_fold_to_ascii(text: str) -> None:
    assert _norm(text) == "fuck"


def test_small_capitals_fold_to_ascii_with_the_letters_fonts_borrow() -> None:
    # a small-capitals "font" spells f with Cyrillic ғ, for want of a small capital
    assert _norm("ɪ'ᴅ ʟᴏᴠᴇ ᴛᴏ sᴇᴇ ʜɪᴍ sᴡɪɴɢɪɴɢ ғʀᴏᴍ ᴀ ʟᴀᴍᴘᴘᴏsᴛ") == (
        "i'd love to see him swinging from a lamppost"
    )
    assert _norm("ꜰᴏᴏʟ") == "fool"


def test_cyrillic_lookalikes() -> None:
    # "idiot" with Cyrillic і and о
    assert _norm("\u0456di\u043et") == "idiot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sh1t", "shit"),
        ("h4te", "hate"),
        ("@ss", "ass"),
        ("$h1t", "shit"),
        ("b1tch", "bitch"),
        ("1d10t", "idiot"),
        ("5hit", "shit"),
        ("m0r0n", "moron"),
        ("id!ot", "idiot"),
        ("3v1l", "evil"),
    ],
)
def test_leet_inside_words(text: str, expected: str) -> None:
    assert _norm(text) == expected


@pytest.mark.parametrize(
    "text", ["2019", "$50", "the 1990s", "3rd place", "wow!!", "100%", "10am", "covid19"]
)
def test_numbers_and_punctuation_are_not_leet(text: str) -> None:
    assert _norm(text) == text.lower()


def test_repeated_letters_collapse() -> None:
    assert _norm("fuuuuuck offff") == "fuck of"
    assert _norm("good cool") == "good cool"  # doubles are spelling, kept


@pytest.mark.parametrize("text", ["f u c k", "f.u.c.k", "f-u-c-k", "f_u_c_k", "F U C K"])
def test_spaced_letters_join(text: str) -> None:
    assert _norm(text) == "fuck"


def test_spaced_word_after_article_keeps_article() -> None:
    assert _norm("you are a F U C K I N G idiot") == "you are a fucking idiot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you are an i d i o t", "you are an idiot"),
        ("what an a-s-s-h-o-l-e", "what an asshole"),
        ("you a s s h o l e", "you asshole"),
        ("you i m b e c i l e", "you imbecile"),
        ("i h a t e you", "i hate you"),  # the pronoun, then a spaced word
        ("a b i t c h", "a bitch"),
    ],
)
def test_spaced_insult_that_starts_with_a_or_i_keeps_its_first_letter(
    text: str, expected: str
) -> None:
    assert _norm(text) == expected


def test_regional_indicator_letters_spell_and_flags_stay() -> None:
    text = "You are an \U0001F1EE\U0001F1E9\U0001F1EE\U0001F1F4\U0001F1F9 \U0001F1FA\U0001F1F8"
    norm = normalize(text)
    assert norm.text == "you are an idiot \U0001F1FA\U0001F1F8"
    b, e = to_original(norm, 11, 16)
    assert text[b:e] == text[11:16]


def test_codes_with_digits_that_stand_for_no_letter_stay() -> None:
    assert _norm("vitamin b12, an f16s and the m25") == "vitamin b12, an f16s and the m25"


def test_h8_is_hate() -> None:
    assert _norm("I h8 them, h8ers gonna h8") == "i hate them, haters gonna hate"
    assert _norm("h8ed and h8ful") == "hated and hateful"
    assert _norm("route h80") == "route h80"


def test_spaced_insult_maps_back_to_every_letter() -> None:
    text = "You are an i d i o t!"
    norm = normalize(text)
    begin = norm.text.index("idiot")
    b, e = to_original(norm, begin, begin + len("idiot"))
    assert text[b:e] == "i d i o t"


def test_masked_asterisk_word_stays() -> None:
    assert _norm("f*ck") == "f*ck"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("idiot.\\n\\nYou", "idiot.  you"),
        ("don\\xe2\\x80\\x99t", "don't"),  # UTF-8 bytes, escaped
        ("A\\\\xc2\\\\xa0majority", "a majority"),  # escaped twice
        ("caf\\xe9 \\u00e9t\\u00C9", "cafe ete"),
        ("it\\'s", "it's"),
        ("\\xff\\xfe", "yþ"),  # not UTF-8: one byte per character
    ],
)
def test_literal_escapes_are_decoded(text: str, expected: str) -> None:
    assert _norm(text) == expected


def test_backslashes_that_are_not_escapes_stay() -> None:
    assert _norm("either \\ or / and \\q") == "either \\ or / and \\q"


def test_escapes_map_back_to_what_was_written() -> None:
    text = "you\\xc2\\xa0idiot\\n"
    n = normalize(text)
    assert n.text == "you idiot "
    assert text[slice(*to_original(n, 3, 4))] == "\\xc2\\xa0"
    assert text[slice(*to_original(n, 4, 9))] == "idiot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"You are clueless."', "you are clueless."),
        ('  """Retard"""\n', "retard"),
        ("\u201cmoron\u201d", "moron"),  # typographic quotes fold to '"'
    ],
)
def test_a_comment_that_is_one_quotation_loses_its_marks(text: str, expected: str) -> None:
    assert _norm(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'He called me "an idiot", which is not an argument.',
        '"idiot" is not "argument"',
        '"\n\nA block pasted from the report.\n\nIts second paragraph."',
    ],
)
def test_quotations_among_the_authors_words_stay(text: str) -> None:
    assert _norm(text) == text.lower()


def test_offsets_have_one_entry_per_char() -> None:
    n = normalize("Ｉ h4te  ｙｏｕ!!! ƒuuuck")
    assert len(n.offsets) == len(n.text) == len(n.ends)
    assert all(0 <= b < e <= len(n.original) for b, e in zip(n.offsets, n.ends, strict=True))


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("what a stupiddddd guy", "stupid", "stupiddddd"),
        ("you are a F U C K I N G idiot", "fucking", "F U C K I N G"),
        ("sh1t happens", "shit", "sh1t"),
        ("ƒ𝐮сk you", "fuck", "ƒ𝐮сk"),
        ("oh f\u200buck", "fuck", "f\u200buck"),
    ],
)
def test_to_original_maps_back(text: str, word: str, original: str) -> None:
    n = normalize(text)
    i = n.text.index(word)
    b, e = to_original(n, i, i + len(word))
    assert text[b:e] == original


def test_to_original_edges() -> None:
    n = normalize("abc")
    assert to_original(n, 1, 1) == (1, 1)
    assert to_original(n, 0, 99) == (0, 3)
    assert to_original(normalize(""), 0, 0) == (0, 0)


def test_overlapping_readings_keep_the_first_and_the_longer() -> None:
    found = [(10, 15, "b"), (0, 20, "a"), (0, 5, "c"), (25, 30, "d"), (28, 35, "e")]
    assert disjoint(found) == [(0, 20, "a"), (25, 30, "d")]
    norm = normalize("people who call them vermin should be ashamed")
    # Replaced once, not twice over the same words.
    read = replace_words(norm, disjoint([(28, 45, "wrong"), (38, 45, "wrong")]))
    assert read.text == "people who call them vermin wrong"
