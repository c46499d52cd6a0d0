"""Extractive answers over the seeds: exact quotes, [n] markers, 60 words, abstention, follow-ups."""

from __future__ import annotations

import re

import pytest

from qa.read.answer_types import ALIAS, DATE, NUMBER, OTHER, PERSON, PLACE, alias_spans, best_span, expected_type

# Questions written from the seed articles' content (not the eval file), with accepted answers.
SEED_QUESTIONS = [
    ("How many drones did Russia launch overnight?", ["426"]),
    ("How many missiles did Russia launch overnight?", ["24"]),
    ("Who will head Ukraine's delegation at the talks?", ["Umerov"]),
    ("Who is the Kremlin spokesman?", ["Peskov"]),
    ("Who is the mayor of Kramatorsk?", ["Goncharenko"]),
    ("Who is the acting mayor of Sumy?", ["Kobzar"]),
    ("How many people were wounded by the first drone at the petrol station in Putyvl?", ["four"]),
    ("How long is the front line?", ["1,000km", "620-mile"]),
    ("In which city is the third round of talks expected to be held?", ["Istanbul"]),
    ("How many subscribers does the RO ultranationalist organisation have?", ["1.2 million"]),
    ("How many people had been returned to Ukraine from Russian captivity by the end of July?", ["5,857"]),
]
UNRELATED = ["What is the capital of Australia?", "When was the Eiffel Tower built?",
             "How many goals did Lionel Messi score last season?"]


def _words(text: str) -> int:
    return len(text.split())


def _check_answer(assistant, answer) -> None:
    assert _words(answer.answer) <= 60
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    for c in answer.citations:
        assert c.quote == assistant.article(c.article.id).text[c.start:c.end]
        assert c.quote.strip()
    if not answer.abstained:
        assert markers and markers <= set(numbers)
        assert min(markers) == 1
        # the used citations come first, in order of use
        first_use = [int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)]
        assert sorted(set(first_use)) == list(range(1, len(set(first_use)) + 1))
        if answer.short_answer:
            assert answer.short_answer in answer.citations[0].quote


@pytest.mark.slow
@pytest.mark.parametrize("question,gold", SEED_QUESTIONS)
def test_seed_answers_quote_exactly(seeds_assistant, question, gold):
    answer = seeds_assistant.ask(question)
    _check_answer(seeds_assistant, answer)
    assert not answer.abstained
    assert any(g.lower() in answer.answer.lower() for g in gold), answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", UNRELATED)
def test_unrelated_question_abstains(seeds_assistant, question):
    answer = seeds_assistant.ask(question)
    assert answer.abstained
    assert "do not say" in answer.answer
    assert answer.citations  # the closest passages, still exact
    _check_answer(seeds_assistant, answer)


@pytest.mark.slow
def test_followup_acting_mayor(seeds_assistant):
    first = seeds_assistant.ask("Who is the mayor of Kramatorsk?")
    history = [{"question": first.question, "answer": first.answer}]
    answer = seeds_assistant.ask("And the acting mayor of Sumy?", history=history)
    assert "Sumy" in answer.resolved_question and "mayor" in answer.resolved_question
    assert "Kobzar" in answer.answer
    _check_answer(seeds_assistant, answer)


@pytest.mark.slow
def test_followup_missiles(seeds_assistant):
    answer = seeds_assistant.ask("And missiles?", history=["How many drones did Russia launch overnight?"])
    assert answer.resolved_question == "How many missiles did Russia launch overnight?"
    assert "24" in answer.answer
    _check_answer(seeds_assistant, answer)


@pytest.mark.slow
def test_long_sentence_is_clipped_to_budget(encoder):
    from qa.read.answerer import Answerer
    from qa.records import Article, Chunk, Passage

    filler = " ".join(f"word{i}" for i in range(90))
    text = f"The committee met on Tuesday and {filler} before it approved a budget of 12 million euros for the bridge."
    article = Article(id="x1", title="Bridge", text=text, source=None, date=None, date_text=None, path="x",
                      url=None, story_id="x1")
    passage = Passage(Chunk("c1", "x1", 0, len(text), text), article, 1.0, 1.0, 1.0, ())
    answer = Answerer(encoder, 0.0).answer("How much budget did the committee approve for the bridge?", [passage])
    assert _words(answer.answer) <= 60
    c = answer.citations[0]
    assert c.quote == text[c.start:c.end]
    assert answer.short_answer and "12 million" in answer.short_answer


def test_expected_types():
    assert expected_type("How many drones did Russia launch?") == NUMBER
    assert expected_type("When did the talks start?") == DATE
    assert expected_type("What year was the university founded?") == DATE
    assert expected_type("Who is the mayor of Kramatorsk?") == PERSON
    assert expected_type("Which lawyer offers free legal help?") == PERSON
    assert expected_type("Where were the talks held?") == PLACE
    assert expected_type("In which southern port city did fires start?") == PLACE
    assert expected_type("Why did the talks stall?") == OTHER
    assert expected_type("What is the Latin name of the common oak?") == ALIAS
    assert expected_type("What is the harbour festival also known as?") == ALIAS
    assert expected_type("What does NATO stand for?") == ALIAS
    assert expected_type("What is the name of the stadium?") == OTHER
    assert expected_type("Who is also known as the Iron Lady?") == PERSON


def test_best_span_picks_the_typed_span_next_to_the_question_words():
    sentence = "Ukraine's air force said Russia had launched 426 drones and 24 missiles overnight."
    s, e = best_span(sentence, "How many missiles did Russia launch overnight?", NUMBER)
    assert sentence[s:e] == "24"
    sentence = "The blasts shattered windows, acting Mayor Artem Kobzar said."
    s, e = best_span(sentence, "Who is the acting mayor of Sumy?", PERSON)
    assert sentence[s:e] == "Artem Kobzar"
    sentence = "The exercises have been held since 2012, the ministry said."
    s, e = best_span(sentence, "Since when have the exercises been held?", DATE)
    assert sentence[s:e] == "2012"


def test_alias_spans_find_the_other_name_of_a_question_word():
    sentence = "The march was organised by the Free Riders Union, or Unione dei Ciclisti (UDC), last spring."
    assert [sentence[s:e] for s, e in alias_spans(sentence)] == ["Unione dei Ciclisti", "UDC"]
    # only renamings of something the question names count when anchor words are given
    assert [sentence[s:e] for s, e in alias_spans(sentence, {"union"})] == ["Unione dei Ciclisti"]
    assert alias_spans(sentence, {"march"}) == []
    sentence = "The harbour festival, also known as Lantern Night, draws big crowds."
    assert [sentence[s:e] for s, e in alias_spans(sentence, {"festival"})] == ["Lantern Night"]
    sentence = "Delegates of the North Atlantic Treaty Organization (NATO) met in Vilnius."
    assert [sentence[s:e] for s, e in alias_spans(sentence, {"nato"})] == ["North Atlantic Treaty Organization"]


def test_best_span_answers_alias_and_what_questions():
    sentence = "The march was organised by the Free Riders Union, or Unione dei Ciclisti (UDC), last spring."
    s, e = best_span(sentence, "What is the Italian name of the Free Riders Union?", ALIAS)
    assert sentence[s:e] == "Unione dei Ciclisti"
    sentence = "The council approved the plan after residents asked for a new footbridge over the canal."
    from qa.text import stem

    s, e = best_span(sentence, "What did residents ask for?", OTHER, stem)
    assert sentence[s:e] == "new footbridge"
