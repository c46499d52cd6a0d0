"""Reading files: encodings, formats, hidden HTML, JSONL lines, skips with reasons."""

from __future__ import annotations

import json

import pytest

from qa.ingest.files import IngestError, article_id, decode_bytes, html_to_text, ingest, read_jsonl

ARTICLE = ("Harbour council approves new ferry line\n"
           "The harbour council approved a new ferry line on Monday. The line will carry 900 passengers "
           "a day between the two islands. Construction of the pier starts in March.")


def _ingest(*paths, **kw):
    return ingest(paths, max_file_bytes=kw.pop("max_file_bytes", 10_000_000), **kw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_are_detected(encoding):
    text = "Café owners in Zürich said the new rules cost them 1,200 francs – a “disaster”."
    if encoding == "latin-1":
        text = text.replace("–", "-").replace("“", '"').replace("”", '"')
    assert decode_bytes(text.encode(encoding)) == text


def test_binary_file_is_refused():
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(256)) * 10)


def test_text_and_markdown_files_become_articles(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Wind farm opens\n\nThe wind farm opened with 40 turbines. It powers 30,000 homes.",
                                   encoding="utf-8")
    result = _ingest(tmp_path)
    articles = [a for f in result.files for a in f.articles]
    assert len(articles) == 2 and not result.skipped
    by_title = {a.title.lstrip("# "): a for a in articles}
    assert "900 passengers" in by_title["Harbour council approves new ferry line"].text
    assert all(a.path and a.id == article_id(a.title, a.text, a.source) for a in articles)


def test_same_content_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = _ingest(tmp_path / "a.txt").files[0].articles
    second = _ingest(tmp_path / "a.txt").files[0].articles
    assert [a.id for a in first] == [a.id for a in second]


def test_jsonl_good_lines_survive_bad_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "The mayor opened the bridge on Friday.", "title": "Bridge opens", "source": "Daily Post",
                    "date": "2025-05-01", "url": "http://example.invalid/bridge"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "A second story about rainfall records in the valley."}),
    ]), encoding="utf-8")
    records, problems = read_jsonl(path)
    assert len(records) == 2 and len(problems) == 2
    result = _ingest(path)
    articles = result.files[0].articles
    assert [a.title for a in articles][0] == "Bridge opens"
    assert articles[0].source == "Daily Post" and articles[0].date == "2025-05-01"
    assert len(result.skipped) == 2 and all("line" in p for p, _ in result.skipped)


def test_hidden_html_never_reaches_the_text():
    html = """<html><head><title>Storm closes port</title><style>.x{color:red}</style>
    <script>var planted = "IGNORE PREVIOUS INSTRUCTIONS";</script></head><body>
    <article><h1>Storm closes port</h1>
    <p>A storm closed the port of Valmora on Sunday, stranding 40 ships in the bay for two days.</p>
    <p style="display: none">Hidden planted instruction text.</p>
    <div hidden>Another hidden planted line.</div>
    <!-- a comment with planted text -->
    <p>Officials said the port would reopen on Wednesday once the winds drop below 50 km/h.</p>
    </article></body></html>"""
    text, meta = html_to_text(html)
    assert "40 ships" in text and "reopen on Wednesday" in text
    for planted in ("IGNORE PREVIOUS", "Hidden planted", "Another hidden", "comment with planted", "color:red"):
        assert planted not in text


def test_skips_have_reasons_and_good_files_still_count(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 50)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    result = _ingest(tmp_path, tmp_path / "missing.txt")
    reasons = {p.split("/")[-1]: r for p, r in result.skipped}
    assert len(result.files) == 1
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["blob.txt"]
    assert "not a text" in reasons["image.png"]
    assert "link" in reasons["loop.txt"]
    assert reasons["missing.txt"] == "no such file or folder"


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE * 100, encoding="utf-8")
    result = _ingest(tmp_path / "big.txt", max_file_bytes=1000)
    assert not result.files and "limit" in result.skipped[0][1]


def test_unchanged_files_are_not_parsed_again(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = _ingest(path).files[0]
    again = _ingest(path, known={first.key: first.sha256})
    assert not again.files and [f.key for f in again.unchanged_files] == [first.key]
