"""The shared word tools: stopwords, tokens, stems, singulars (no model needed)."""

from __future__ import annotations

from qa.text import (AUXILIARIES, CLAIM_STOPWORDS, PHRASE_END_WORDS, REPORTING_WORDS, STOPWORDS, WH_WORDS,
                     content_words, plural_like, singular, stem, tokenize, words)


def test_tokens_cover_every_non_space_character_with_exact_offsets():
    text = "Russia's $5bn plan: 1,000km of the front, 24th time (U.S. view) 🚀"
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert "".join(t.text for t in toks) == "".join(text.split())
    assert [t.text for t in toks][:6] == ["Russia's", "$5bn", "plan", ":", "1,000km", "of"]
    assert "24th" in [t.text for t in toks] and "🚀" in [t.text for t in toks]


def test_low_form_drops_case_possessive_and_trailing_dot():
    assert [t.low for t in tokenize("Zelensky’s Russia's")] == ["zelensky", "russia"]


def test_words_skip_punctuation():
    assert [t.text for t in words("Who leads it? (Kyiv, 2025)")] == ["Who", "leads", "it", "Kyiv", "2025"]


def test_content_words_drop_stopwords():
    assert content_words("How many drones did Russia launch over the city?") == ["drones", "russia", "launch", "city"]


def test_variants_derive_from_the_one_stopword_set():
    assert AUXILIARIES <= STOPWORDS and WH_WORDS <= STOPWORDS
    assert CLAIM_STOPWORDS == STOPWORDS | REPORTING_WORDS
    assert STOPWORDS < CLAIM_STOPWORDS < PHRASE_END_WORDS
    assert "said" not in STOPWORDS and "overnight" not in CLAIM_STOPWORDS


def test_stem_is_snowball_lowercased_without_possessive():
    assert stem("Drones") == stem("drone") == "drone"
    assert stem("Russia's") == stem("russia")
    assert stem("launched") == stem("launching") == "launch"


def test_singular():
    assert [singular(w) for w in ["drones", "people", "casualties", "boxes", "bus", "Russia's", "news"]] == \
        ["drone", "person", "casualty", "box", "bus", "russia", "news"]
    assert plural_like("drones") and plural_like("people") and not plural_like("bus")


def test_same_stem_joins_word_forms_not_longer_names():
    from qa.text import same_stem

    assert same_stem("russia", "russian") and same_stem("ukraine", "ukrainian") and same_stem("zelensky", "zelenskyy")
    assert not same_stem("austria", "australia") and not same_stem("iran", "iraq")


def test_unaccented_drops_combining_marks_only():
    from qa.text import unaccented

    assert unaccented("L'Écho du Causse, Ñandú, Łódź") == "L'Echo du Causse, Nandu, Łodz"
    assert unaccented("plain ascii") == "plain ascii"
    assert unaccented("ﬁle") == "file"  # compatibility forms decomposed
