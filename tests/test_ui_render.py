"""The web UI's HTML formatting (ui.render) and its handlers (ui.app) without a browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa.records import Answer, Article, Citation, FileOutcome, Verdict
from qa.config import MAX_TOP_K
from ui import render

from conftest import upload_pair

HOSTILE = ('Council <script>window.__pwned=1</script> vote <img src=x onerror="window.__pwned=1"> '
           '<a href="javascript:alert(1)">x</a> ${1+1} {{constructor}} `tick`')


def _article(text: str = "Officials said 426 drones were launched overnight. Nothing else.", **kw) -> Article:
    base = dict(id="a1b2c3d4", title="Drone attack", text=text, source="Example News", date="2025-07-22",
                path="seeds/001_example.txt", story_id="s1234567")
    base.update(kw)
    return Article(**base)


def _citation(article: Article, quote: str, n: int = 1, also: tuple[Article, ...] = ()) -> Citation:
    start = article.text.index(quote)
    return Citation(n=n, article=article, quote=quote, start=start, end=start + len(quote), score=0.8,
                    also_reported_by=also)


def _no_live_markup(html: str) -> None:
    assert "<script" not in html.lower()
    assert not re.search(r"<img\b", html, flags=re.IGNORECASE)
    assert not re.search(r"<a\b", html, flags=re.IGNORECASE)
    assert "${" not in html and "{{" not in html and "`" not in html


def test_esc_makes_markup_and_template_syntax_inert():
    out = render.esc(HOSTILE)
    _no_live_markup(out)
    assert "&lt;script&gt;" in out
    assert render.esc(None) == ""


def test_md_text_escapes_markdown_and_html():
    out = render.md_text("**bold** <b>x</b> [link](javascript:x) $x$ # head")
    assert "<b>" not in out
    assert "\\*\\*bold\\*\\*" in out
    assert "\\[link\\]\\(javascript\\:x\\)" in out
    assert "\\$x\\$" in out


def test_find_span_is_case_and_space_insensitive():
    assert render.find_span("They launched 426  Drones.", "426 drones") == (14, 25)
    assert render.find_span("nothing here", "426") is None
    assert render.find_span("anything", None) is None


def test_marked_wraps_exactly_the_span():
    assert render.marked("a <b> c", 2, 5) == "a <mark>&lt;b&gt;</mark> c"
    assert render.marked("abc", 2, 1) == "abc"
    assert render.marked("abc", None, None) == "abc"


def test_answer_evidence_marks_short_answer_in_first_quote():
    art = _article()
    answer = Answer(question="How many drones?", answer="Officials said 426 drones were launched overnight. [1]",
                    short_answer="426", abstained=False,
                    citations=(_citation(art, "Officials said 426 drones were launched overnight."),))
    html = render.answer_evidence(answer)
    assert "<mark>426</mark>" in html
    assert "Example News" in html and "2025-07-22" in html and "001_example.txt" in html
    assert 'data-article="a1b2c3d4"' in html and 'data-start="0"' in html


def test_answer_evidence_marks_whole_first_quote_without_short_answer():
    art = _article()
    quote = "Officials said 426 drones were launched overnight."
    answer = Answer(question="q", answer=quote + " [1]", short_answer=None, abstained=False,
                    citations=(_citation(art, quote),))
    assert f"<mark>{render.esc(quote)}</mark>" in render.answer_evidence(answer)


def test_also_reported_by_lists_outlets():
    other = _article(id="ffee0011", source="Other Wire", title="Same story")
    art = _article()
    answer = Answer(question="q", answer="a [1]", short_answer=None, abstained=False,
                    citations=(_citation(art, "Nothing else.", also=(other,)),))
    html = render.answer_evidence(answer)
    assert "Also reported by" in html and "Other Wire" in html and 'data-article="ffee0011"' in html


def test_abstention_looks_different():
    art = _article()
    answer = Answer(question="q", answer="The indexed articles do not say.", short_answer=None, abstained=True,
                    citations=(_citation(art, "Nothing else."),))
    assert "fd-muted" in render.answer_evidence(answer)
    assert "<mark>" not in render.answer_evidence(answer)
    message = render.answer_message(answer)
    assert "Not in the articles" in message and "fd-abstain" in message


def test_hostile_article_is_inert_everywhere():
    art = _article(text=HOSTILE + " Officials said 426 drones.", title=HOSTILE, source=HOSTILE, path="x/<b>.txt")
    cite = _citation(art, HOSTILE)
    answer = Answer(question=HOSTILE, answer=HOSTILE + " [1]", short_answer="<script>", abstained=False,
                    citations=(cite,))
    verdict = Verdict(claim=HOSTILE, verdict="supported", explanation=HOSTILE, evidence=(cite,))
    for html in (render.answer_evidence(answer), render.verdict_html(verdict), render.verdict_evidence(verdict),
                 render.article_html(art, cite.start, cite.end), render.library_table([art], ""),
                 render.upload_report([FileOutcome(HOSTILE, "added", articles=("a1",)),
                                       FileOutcome(HOSTILE, "skipped", reason=HOSTILE)], {"a1": HOSTILE})):
        _no_live_markup(html.replace("<mark", "").replace("</mark", ""))
        assert "&lt;script&gt;" in html
    assert "<script" not in render.answer_message(answer)


def test_verdict_badge_colour_and_words():
    art = _article()
    for kind, words in (("supported", "Supported"), ("contradicted", "Contradicted"), ("not_found", "Not found")):
        v = Verdict(claim="c", verdict=kind, explanation="why", evidence=(_citation(art, "Nothing else."),))
        html = render.verdict_html(v)
        assert f"fd-v-{kind}" in html and words in html and "why" in html


def test_article_html_highlights_in_place():
    art = _article()
    start = art.text.index("426")
    html = render.article_html(art, start, start + 3)
    assert '<mark id="fd-hit">426</mark>' in html
    assert "Drone attack" in html
    assert "<mark" not in render.article_html(art, 5, 999)


def test_library_table_filters_rows():
    a = _article()
    b = _article(id="b2", title="Ferry plan", source="Harbour Post", story_id="s1234567", path="up/ferry.md")
    html = render.library_table([a, b], "harbour")
    assert "Ferry plan" in html and "Drone attack" not in html
    assert "1 of 2 articles" in html
    full = render.library_table([a, b])
    assert "(2 reports)" in full
    assert "No article matches" in render.library_table([a, b], "zzz")
    assert "No articles indexed" in render.library_table([])
    assert render.filtered([a, b], "HARBOUR ferry") == [b] and render.filtered([a, b], "") == [a, b]


def test_upload_report_lists_each_outcome():
    html = render.upload_report([FileOutcome("a.txt", "added", articles=("id1", "id2")),
                                 FileOutcome("b.txt", "unchanged"),
                                 FileOutcome("c.exe", "skipped", reason="not a text file"),
                                 FileOutcome("d.md", "updated", articles=("id3",))],
                                {"id1": "T1", "id2": "T2", "id3": "T3"})
    assert "added" in html and "2 articles" in html and "T2" in html
    assert "already present" in html and "not a text file" in html
    assert "updated" in html and "T3" in html
    assert render.upload_report([]) == ""


def test_upload_help_states_the_configured_limit():
    assert "25 MB" in render.upload_help(25 * 2**20)


def test_login_comes_from_the_config(monkeypatch):
    """The UI and the API take their login from Config (FACTDESK_USER / FACTDESK_PASSWORD), both or neither."""
    from qa.config import Config
    from ui import app

    assert not hasattr(app, "auth_from_env")
    monkeypatch.delenv("FACTDESK_USER", raising=False)
    monkeypatch.delenv("FACTDESK_PASSWORD", raising=False)
    assert Config.from_env().auth is None
    monkeypatch.setenv("FACTDESK_USER", "ed")
    with pytest.raises(ValueError):
        Config.from_env()
    monkeypatch.setenv("FACTDESK_PASSWORD", "pw")
    assert Config.from_env().auth == ("ed", "pw")


# -- handlers over a real index --------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_assistant(tmp_path_factory, encoder):
    """An assistant with its own home and index over one small article (the model is shared)."""
    from qa import Assistant, Config

    home = tmp_path_factory.mktemp("ui-home")
    src = home / "src"
    src.mkdir()
    (src / "bridge.txt").write_text(
        "Norhaven opens the Lindqvist Bridge\n"
        "The Lindqvist Bridge in Norhaven will be 812 metres long, the city engineer said on Tuesday. "
        "Construction starts in spring and is expected to take three years. The bridge will carry "
        "two tram lines and a cycle path across the river.\n", encoding="utf-8")
    assistant = Assistant(home / "index", Config.from_env(home=str(home)), build_default=False)
    assistant.index([src])
    return assistant


@pytest.mark.slow
def test_ask_handler_returns_chat_and_evidence(small_assistant):
    from ui import app

    messages, turns, evidence, cleared = app.ask(small_assistant, "How long will the Lindqvist Bridge be?", [])
    assert cleared == ""
    assert [m["role"] for m in messages] == ["user", "assistant"]
    assert "812" in messages[1]["content"]
    assert "<mark" in evidence and "812" in evidence
    messages, turns, _, _ = app.ask(small_assistant, "When does construction start?", turns, 3, app.ALL_OUTLETS)
    assert len(messages) == 4 and len(turns) == 2


@pytest.mark.slow
def test_handlers_turn_bad_input_into_messages(small_assistant):
    import gradio as gr

    from ui import app

    with pytest.raises(gr.Error):
        app.ask(small_assistant, "   ", [])
    with pytest.raises(gr.Error):
        app.check(small_assistant, "")
    with pytest.raises(gr.Error):
        app.open_article(small_assistant, {"article": "../../etc/passwd"})
    with pytest.raises(gr.Error):
        app.open_article(small_assistant, {"article": "0000000000"})


@pytest.mark.slow
def test_open_article_highlights_quote(small_assistant):
    from ui import app

    art = small_assistant.articles()[0]
    start = art.text.index("812 metres")
    html = app.open_article(small_assistant, {"article": art.id, "start": str(start), "end": str(start + 10)})
    assert '<mark id="fd-hit">812 metres</mark>' in html
    assert "<mark" not in app.open_article(small_assistant, {"article": art.id, "start": None, "end": None})


@pytest.mark.slow
def test_upload_handler_reports_added_present_and_skipped(small_assistant, tmp_path):
    from ui import app

    new, bad = upload_pair(tmp_path, "ferry.md", "Ferry service approved",
                           "The council approved an electric ferry that carries 240 passengers per crossing, "
                           "starting next summer.")
    html = app.upload(small_assistant, [str(new), str(bad)])
    assert "added" in html and "Ferry service approved" in html
    assert "skipped" in html and "tool.exe" in html
    assert (small_assistant.config.home_dir / "uploads" / "ferry.md").is_file()
    again = app.upload(small_assistant, [str(new)])
    assert "already present" in again
    assert "Ferry service approved" in app.library(small_assistant, "ferry")
    # Every type the ingester reads is accepted, .markdown included.
    notes = tmp_path / "tram-notes.markdown"
    notes.write_text("# Tram depot expands\n\nThe Norhaven tram depot gains 6 new tracks next year.\n", encoding="utf-8")
    assert "Tram depot expands" in app.upload(small_assistant, [str(notes)])
    assert app.upload(small_assistant, []) == ""


@pytest.mark.slow
def test_build_demo_has_the_contract_ids(small_assistant):
    from ui import app

    demo = app.build_demo(small_assistant)
    ids = {c.get("props", {}).get("elem_id") for c in demo.get_config_file()["components"]}
    for required in ("question", "ask", "chat", "evidence", "claim", "check", "verdict", "upload", "library"):
        assert required in ids
    assert Path(app.CSS_PATH).is_file() and ".fd-card" in app.css()
    # Only the stable names are public; every UI event (chat, viewers, loads, lambdas) is hidden.
    info = demo.get_api_info()
    assert set(info["named_endpoints"]) == {"/ask", "/check", "/upload", "/articles", "/article", "/story"}
    assert not info.get("unnamed_endpoints")
    slider = next(c for c in demo.get_config_file()["components"] if c.get("props", {}).get("elem_id") == "top-k")
    assert slider["props"]["maximum"] == MAX_TOP_K
    upload = next(c for c in demo.get_config_file()["components"] if c.get("props", {}).get("elem_id") == "upload")
    assert ".markdown" in upload["props"]["file_types"]


@pytest.mark.slow
def test_public_endpoint_functions_return_the_contract_json(small_assistant):
    import json

    import gradio as gr

    from ui import api, app

    answer = api.ask_json(small_assistant, "How long will the Lindqvist Bridge be?", top_k=2)
    article = small_assistant.article(answer["citations"][0]["article_id"])
    assert article.text[answer["citations"][0]["start"]:answer["citations"][0]["end"]] == answer["citations"][0]["quote"]
    assert json.loads(app._api_call(lambda: api.articles_json(small_assistant)))[0]["text"]
    for bad in (lambda: api.ask_json(small_assistant, ""), lambda: api.ask_json(small_assistant, "q", top_k=MAX_TOP_K + 1),
                lambda: api.check_json(small_assistant, None), lambda: api.article_json(small_assistant, "zz-none")):
        with pytest.raises(api.ApiError):
            bad()
        with pytest.raises(gr.Error):
            app._api_call(bad)


def test_story_view_marks_differences_and_escapes_text():
    from qa.check.disagreements import compare_reports

    text = "The <b>council</b> said 426 drones and 24 missiles were launched overnight at the city of Osk."
    a = Article(id="r1", title="<script>x</script> Osk attack", text=text, source="Outlet <A>", story_id="s1")
    b = Article(id="r2", title="Osk attack", text=text.replace("426", "400"), source="Outlet B", story_id="s1")
    story = compare_reports([a, b])
    html = render.story_html(story)
    assert "<script>" not in html and "&lt;b&gt;council" in html and "Outlet &lt;A&gt;" in html
    assert sorted(re.findall(r'<mark class="fd-diff">(.*?)</mark>', html)) == ["400 drones", "400 drones",
                                                                             "426 drones", "426 drones"]
    line = render.differences_html(story.differences)
    assert "Reports differ" in line and 'data-story="s1"' in line and "<A>" not in line
    table = render.library_table([a, b], "", {"s1": story})
    assert "reports differ" in table and "Osk attack" in table and 'data-story="s1"' in table
