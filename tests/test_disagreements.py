"""Where reports of one story differ: fact alignment on invented pages, the seeds, and the assistant."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest

from conftest import DATA, SEEDS
from qa.check.disagreements import (ALIGNMENT, Agreement, Alignment, Difference, article_with_story, cited_differences,
                                    compare_reports, compare_story, describe, differences_in, lead_report,
                                    marked_pieces, said_otherwise, same_name, story_headline)
from qa.ingest.files import ingest
from qa.ingest.stories import assign_stories
from qa.records import Article, Citation

CORPUS = DATA / "disagree"


def _stories(*paths) -> dict[str, list[Article]]:
    result = ingest([str(p) for p in paths], max_file_bytes=10 ** 8)
    articles = assign_stories([a for f in result.files for a in f.articles], [])
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(a.story_id, []).append(a)
    return groups


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Article]]:
    return _stories(CORPUS)


def _story_with(groups, source_title_word: str) -> list[Article]:
    return next(m for m in groups.values() if any(source_title_word in a.title for a in m))


def _article(text: str, source: str, title: str = "Report", date: str | None = None, aid: str | None = None) -> Article:
    return Article(id=aid or f"{source[:4].lower()}{abs(hash(text)) % 10 ** 8}", title=title, text=text,
                   source=source, date=date, story_id="stest")


def _from(pairs, article: Article) -> list:
    """The pairs oriented so that `a` is this article's reading."""
    return [p if p.a.article.id == article.id else p.flipped() for p in pairs]


def _assert_exact(pair) -> None:
    for r in (pair.a, pair.b):
        assert r.article.text[r.start:r.end] == r.text
        assert r.sentence_start <= r.start < r.end <= r.sentence_end


def test_corpus_groups_into_two_stories(corpus):
    sizes = sorted(len(m) for m in corpus.values())
    assert sizes == [2, 3]
    assert {a.source for m in corpus.values() for a in m} == {"Harbour Gazette", "Eastern Wire", "Northern Ledger"}


def test_planted_number_difference_is_found_with_exact_quotes(corpus):
    story = compare_reports(_story_with(corpus, "Velmora"))
    assert story.differs
    assert {d.kind for d in story.differences} == {"number"}
    assert {(d.a.text, d.b.text) for d in story.differences} <= {("426 drones", "400 drones"),
                                                               ("400 drones", "426 drones")}
    for d in story.differences:
        _assert_exact(d)
        assert d.about == "drone"
    (kind, about, readings), = story.disputes()
    assert (kind, about) == ("number", "drone")
    assert sorted((r.article.source, r.text) for r in readings) == [
        ("Eastern Wire", "400 drones"), ("Harbour Gazette", "426 drones"), ("Northern Ledger", "426 drones")]
    # everything else the three reports share agrees: the missiles, the dead, the wounded, the age
    agreed = {(g.about, g.a.text) for g in story.agreements}
    assert {("missile", "18 cruise missiles"), ("girl", "nine-year-old"), ("person", "three people")} <= agreed
    for g in story.agreements:
        _assert_exact(g)


def test_story_whose_reports_agree_shows_no_difference(corpus):
    story = compare_reports(_story_with(corpus, "Tarnwick"))
    assert not story.differs and story.disputes() == []
    assert story.agreements
    # a name written two ways is an agreement, not a difference
    assert any({g.a.text, g.b.text} == {"United Nations", "UN"} for g in story.agreements)


def test_story_marks_are_sorted_offsets_of_the_differing_spans(corpus):
    story = compare_reports(_story_with(corpus, "Velmora"))
    for report in story.reports:
        for start, end in story.marks(report.id):
            assert report.text[start:end] in ("426 drones", "400 drones")
    data = story.to_json()
    assert data["differs"] and data["report_count"] == 3 and data["differing_facts"] == 1
    assert all(r["text"][s:e] in ("426 drones", "400 drones") for r in data["reports"] for s, e in r["marks"])


def test_headline_is_the_earliest_report(corpus):
    reports = _story_with(corpus, "Velmora")
    dated = [replace(a, date=f"2024-03-{14 + i:02d}") for i, a in enumerate(sorted(reports, key=lambda a: a.source))]
    assert story_headline(dated) == dated[0].title
    assert compare_reports(dated).headline == dated[0].title
    # undated: the most complete report
    undated = [replace(a, date=None) for a in reports]
    assert len(lead_report(undated).text) == max(len(a.text) for a in undated)


def test_seeds_three_reports_agree():
    """The seeds' one story told by three outlets: checked by hand, they differ only in spelling
    (Zelensky / Zelenskyy, US / United States), quote marks, a dateline and a standfirst."""
    groups = _stories(SEEDS)
    assert sum(len(m) for m in groups.values()) == 9 and len(groups) == 7
    (story_reports,) = [m for m in groups.values() if len(m) > 1]
    story = compare_reports(story_reports)
    assert len(story.reports) == 3
    assert story.differences == ()
    assert len(story.agreements) > 30  # numbers and names aligned across the reports
    assert any({g.a.text, g.b.text} == {"Zelensky", "Zelenskyy"} for g in story.agreements)


BASE = ("Police in Ardmoor said 12 people were arrested on Tuesday after protesters blocked the ring road "
        "for six hours. Mayor Tilda Wrenfield said the city would review its plans for the new toll.")


@pytest.mark.parametrize("changed, kind, a_text, b_text", [
    (BASE.replace("12 people", "15 people"), "number", "12 people", "15 people"),
    (BASE.replace("Tuesday", "Wednesday"), "date", "Tuesday", "Wednesday"),
    (BASE.replace("Mayor Tilda Wrenfield", "Mayor Agnes Wrenfield"), "name", "Tilda", "Agnes"),
    (BASE.replace("in Ardmoor", "in Kelsby"), "place", "Ardmoor", "Kelsby"),
    (BASE.replace("six hours", "four hours"), "number", "six hours", "four hours"),
])
def test_each_kind_of_difference(changed, kind, a_text, b_text):
    a, b = _article(BASE, "Outlet A", aid="aaa1"), _article(changed, "Outlet B", aid="bbb1")
    story = compare_reports([a, b])
    assert [(d.kind, d.a.text, d.b.text) for d in _from(story.differences, a)] == [(kind, a_text, b_text)]
    _assert_exact(story.differences[0])


@pytest.mark.parametrize("variant", [
    BASE.replace("Wrenfield", "Wrenfeld"),  # a transliteration
    BASE.replace("said the city", "told reporters the city"),  # rewording, no fact changed
    BASE.replace("Police in Ardmoor said 12 people were arrested", "Twelve people were arrested in Ardmoor, police said"),
    BASE + " Traffic returned to normal by the evening.",  # an extra sentence
])
def test_rewording_and_spelling_are_not_differences(variant):
    story = compare_reports([_article(BASE, "Outlet A", aid="aaa2"), _article(variant, "Outlet B", aid="bbb2")])
    assert story.differences == ()


def test_rephrased_sentence_still_aligns_numbers():
    a = _article("The ministry said 426 drones and 24 missiles were launched overnight at the capital.", "A", aid="a3")
    b = _article("Overnight 24 missiles and 400 drones were launched at the capital, the ministry said.", "B", aid="b3")
    story = compare_reports([a, b])
    assert [(d.a.text, d.b.text) for d in _from(story.differences, a)] == [("426 drones", "400 drones")]
    assert [(g.a.text, g.b.text) for g in story.agreements] == [("24 missiles", "24 missiles")]


def test_unrelated_sentences_are_not_compared():
    a = _article("The council approved 40 new buses for the northern districts on Monday.", "A", aid="a4")
    b = _article("Fire crews rescued 40 people from a flooded hotel, and 3 buses were damaged.", "B", aid="b4")
    assert compare_reports([a, b]).differences == ()


def test_describe_and_citation_differences(corpus):
    reports = _story_with(corpus, "Velmora")
    story = compare_story(reports)
    assert compare_story(list(reversed(reports))) is story  # cached per process
    eastern = next(a for a in reports if a.source == "Eastern Wire")
    start = eastern.text.index("The coastal defence command")
    end = eastern.text.index(".", start) + 1
    found = differences_in(story, eastern, start, end)
    assert found and all(d.a.article.id == eastern.id for d in found)
    assert describe(found) == ["Reports differ: Eastern Wire says “400 drones”, "
                               "Harbour Gazette and Northern Ledger say “426 drones”."]
    # outside the quote: nothing
    assert differences_in(story, eastern, 0, start) == ()
    citation = Citation(1, eastern, eastern.text[start:end], start, end, 1.0,
                        also_reported_by=tuple(a for a in reports if a.id != eastern.id))
    assert cited_differences([citation]) == cited_differences([citation], focus="Kardia launched 500 drones.")
    assert cited_differences([citation], focus="Kardia fired 18 cruise missiles.") == ()
    assert cited_differences([replace(citation, also_reported_by=())]) == ()
    assert isinstance(found[0], Difference) and not isinstance(found[0], Agreement)


def test_said_otherwise_groups_reports_by_wording(corpus):
    reports = _story_with(corpus, "Velmora")
    story = compare_story(reports)
    eastern = next(a for a in reports if a.source == "Eastern Wire")
    (fact,) = said_otherwise(differences_in(story, eastern, 0, len(eastern.text)))
    assert fact.reading.article.id == eastern.id and fact.reading.text == "400 drones"
    assert fact.others == (("426 drones", ("Harbour Gazette", "Northern Ledger")),)
    for r in (d.a for d in story.differences):
        assert r.sentence[slice(*r.in_sentence)] == r.text


def test_cited_differences_match_the_whole_story_comparison(corpus):
    reports = _story_with(corpus, "Velmora")
    story = compare_reports(reports)
    for report in reports:
        citation = Citation(1, report, report.text, 0, len(report.text), 1.0,
                            also_reported_by=tuple(a for a in reports if a.id != report.id))
        assert cited_differences([citation]) == differences_in(story, report, 0, len(report.text))


def test_marked_pieces_cut_text_at_valid_spans():
    assert marked_pieces("one two three", [(4, 7)]) == [("one ", False), ("two", True), (" three", False)]
    # out of order, empty or out of range: left unmarked
    assert "".join(p for p, _ in marked_pieces("abc", [(1, 2), (0, 1), (2, 2), (2, 9)])) == "abc"
    assert [m for _, m in marked_pieces("abc", [(1, 2), (0, 1), (2, 9)])] == [False, True, False]


def test_article_record_names_its_story(corpus):
    reports = _story_with(corpus, "Velmora")
    story = compare_story(reports)
    record = article_with_story(reports[0], {story.story_id: story})
    assert record["id"] == reports[0].id and record["story_reports"] == 3 and record["story_differs"] is True
    assert "story_title" not in article_with_story(reports[0], {})


# -- the labelled alignment pairs (tests/data/alignment, thresholds chosen by training/calibrate_alignment.py) --
def _alignment_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / "alignment" / name).read_text(encoding="utf-8").splitlines() if line]


def test_alignment_pairs_are_split_by_story():
    sentences, names = _alignment_rows("sentences.jsonl"), _alignment_rows("names.jsonl")
    assert len(sentences) >= 300 and len(names) >= 150
    for row in sentences + names:
        digest = int(hashlib.sha1(f"factdesk-alignment:0:{row['story']}".encode()).hexdigest(), 16)
        assert row["split"] == ("validation" if digest % 2 == 0 else "test")
        assert not row.get("differs") or row["same_fact"]
    for row in names:
        assert row["name_a"] in row["a"] and row["name_b"] in row["b"]


def _differs_f1(alignment: Alignment, split: str) -> float:
    rows = [r for r in _alignment_rows("sentences.jsonl") + _alignment_rows("names.jsonl") if r["split"] == split]
    tp = fp = fn = 0
    for r in rows:
        gold = r["differs"] if "differs" in r else not r["same_entity"]
        reports = [_article(r["a"], "Outlet A", aid="a"), _article(r["b"], "Outlet B", aid="b")]
        found = bool(compare_reports(reports, alignment=alignment).differences)
        tp, fp, fn = tp + (gold and found), fp + (found and not gold), fn + (gold and not found)
    return 2 * tp / (2 * tp + fp + fn)


def test_chosen_thresholds_hold_on_the_test_pairs():
    hand_set = Alignment(min_sentence_dice=0.5, min_name_dice=0.6, min_shared_words=3, same_spelling=0.8)
    shipped = _differs_f1(ALIGNMENT, "test")
    assert shipped > _differs_f1(hand_set, "test")
    assert shipped >= 0.85
    assert same_name("Zelensky", "Zelenskyy") and not same_name("Austria", "Australia")


# -- through the assistant (real model and index) -----------------------------------------------------
@pytest.fixture(scope="module")
def assistant(factdesk_home, encoder, tmp_path_factory):
    from qa import Assistant, Config

    built = Assistant(tmp_path_factory.mktemp("disagree-index") / "index", Config.from_env())
    built._encoder = encoder
    built.index([SEEDS, CORPUS])
    return built


@pytest.mark.slow
def test_ask_shows_where_reports_differ(assistant):
    answer = assistant.ask("How many drones did Kardia launch at Velmora?")
    assert not answer.abstained
    assert answer.differences
    d = answer.differences[0]
    assert d.kind == "number" and {d.a.text, d.b.text} == {"426 drones", "400 drones"}
    cited = {c.article.id for c in answer.citations}
    assert d.a.article.id in cited
    for pair in answer.differences:
        _assert_exact(pair)
    data = answer.to_json()
    assert data["differences"][0]["a"]["quote"] == d.a.text


@pytest.mark.slow
def test_check_shows_where_reports_differ(assistant):
    verdict = assistant.check("Kardia launched 400 drones at Velmora overnight.")
    assert verdict.verdict in ("supported", "contradicted")
    assert {(d.a.text, d.b.text) for d in verdict.differences} & {("426 drones", "400 drones"),
                                                                   ("400 drones", "426 drones")}
    assert verdict.to_json()["differences"]


@pytest.mark.slow
def test_agreeing_stories_show_no_difference(assistant):
    for question in ("How many drones did Russia launch overnight?", "How many books does the Tarnwick library hold?"):
        answer = assistant.ask(question)
        assert answer.differences == () and answer.to_json()["differences"] == []
    assert assistant.check("Russia launched 426 drones overnight.").differences == ()


@pytest.mark.slow
def test_story_lookup_and_library_marks(assistant):
    stories = assistant.stories()
    assert len(stories) == 9
    differing = [s for s in stories.values() if s.differs]
    assert [s.headline for s in differing] == ["Drone swarm strikes Velmora port overnight"]
    story = differing[0]
    assert assistant.story(story.story_id) == story
    assert assistant.story(story.story_id[:6]) == story
    assert assistant.story(story.reports[1].id[:8]) == story
    from qa.assistant import AssistantError

    with pytest.raises(AssistantError):
        assistant.story("zzzz-no-such-id")
