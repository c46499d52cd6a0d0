"""The web UI in a real browser: `factdesk serve` on the seeds, driven by Playwright's Chromium.

Chromium is Debian's (/usr/bin/chromium); nothing is downloaded. Every request the page makes
to anything but 127.0.0.1 is aborted. A failing test leaves a screenshot in tests/artifacts/.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import running_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
STARTUP_TIMEOUT_S = 300
ANSWER_TIMEOUT_MS = 120_000

BRIDGE_ARTICLE = """Norhaven opens tender for the Lindqvist Bridge
Norhaven city council
The Lindqvist Bridge in Norhaven will be 812 metres long, the city engineer told reporters on Tuesday.
Construction is due to start next spring and is expected to take three years. The bridge will carry two
tram lines and a cycle path across the river Aske, replacing a ferry that has run since 1931.
"""

HOSTILE_ARTICLE = """Harbour council <script>window.__pwned=1</script> approves ferry plan
The harbour council of Port Elspeth voted on Monday to approve a new electric ferry service.
<img src=x onerror="window.__pwned=1"> The councillors said the electric ferry will carry 240 passengers per crossing.
Residents can read the plan at <a href="javascript:window.__pwned=1">this link</a> before the hearing.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`factdesk serve` on a free port with a private home and index (built from the seeds)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run bash scripts/test.sh or apt-get install chromium")
    home = tmp_path_factory.mktemp("ui-browser-home")
    with running_server(home, home / "index", timeout_s=STARTUP_TIMEOUT_S) as (url, _):
        yield {"url": url + "/", "home": home}


@pytest.fixture(scope="module")
def browser(server):
    """Headless Chromium (the system one, no sandbox, no background traffic)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--disable-default-apps"])
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page (its own session) on the app, loaded; requests to anything but 127.0.0.1 aborted."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    outside: list[str] = []

    def only_loopback(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1",) or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    pg.route("**/*", only_loopback)
    pg.goto(server["url"])
    pg.wait_for_function("() => (document.querySelector('#status')?.innerText || '').includes('indexed')",
                         timeout=ANSWER_TIMEOUT_MS)
    yield pg
    context.close()
    assert not outside, f"the page tried to reach {outside}"


@contextlib.contextmanager
def _screenshot_on_failure(page, name: str):
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(Exception):
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        raise


def _ask(page, question: str) -> None:
    bots_before = page.locator("#chat .bot-row").count()
    page.get_by_role("tab", name="Ask").click()
    page.fill("#question textarea", question)
    page.click("#ask")
    page.wait_for_function(f"() => document.querySelectorAll('#chat .bot-row').length > {bots_before}",
                           timeout=ANSWER_TIMEOUT_MS)
    page.wait_for_selector("#evidence .fd-card", timeout=ANSWER_TIMEOUT_MS)


def _upload(page, path: Path) -> str:
    page.get_by_role("tab", name="Library").click()
    page.evaluate("() => document.querySelectorAll('#upload-report .fd-report').forEach(e => e.remove())")
    page.set_input_files("#upload input[type=file]", str(path))
    page.wait_for_function("name => (document.querySelector('#upload-report .fd-report')?.innerText || '').includes(name)",
                           arg=path.name, timeout=ANSWER_TIMEOUT_MS)
    return page.inner_text("#upload-report .fd-report")


def test_ask_shows_cited_answer_with_marked_evidence(page):
    with _screenshot_on_failure(page, "ask"):
        _ask(page, "How many drones did Russia launch overnight?")
        assert "426" in page.inner_text("#chat")
        marks = page.locator("#evidence mark").all_inner_texts()
        assert any("426" in m for m in marks), marks
        outlets = [t.strip() for t in page.locator("#evidence .fd-outlet:not(.fd-unknown)").all_inner_texts()]
        assert any(outlets), "no card names its outlet"
        assert page.locator("#evidence .fd-title").first.inner_text().strip()
        # Opening the card shows the whole article with the quote highlighted in place.
        page.locator("#evidence .fd-card").first.click()
        page.wait_for_selector("#ask-article mark", timeout=ANSWER_TIMEOUT_MS)
        assert "426" in page.inner_text("#ask-article mark")
        assert len(page.inner_text("#ask-article .fd-article-text")) > len(page.inner_text("#ask-article mark"))


def test_follow_up_uses_the_conversation(page):
    with _screenshot_on_failure(page, "follow_up"):
        _ask(page, "How many drones did Russia launch overnight?")
        _ask(page, "And how many missiles?")
        assert page.locator("#chat .bot-row").count() == 2


def test_fact_check_shows_a_verdict(page):
    with _screenshot_on_failure(page, "check"):
        page.get_by_role("tab", name="Fact-check").click()
        page.fill("#claim textarea", "Russia launched 600 drones overnight.")
        page.click("#check")
        page.wait_for_selector("#verdict .fd-badge", timeout=ANSWER_TIMEOUT_MS)
        verdict = page.inner_text("#verdict .fd-badge").lower()
        assert re.search(r"supported|contradicted|not found", verdict), verdict
        assert page.inner_text("#verdict .fd-explain").strip()
        assert page.locator("#check-evidence .fd-card").count() >= 1


def _add_article(page, path, text: str, title_words: str):
    """Upload an article file, check it was added and wait until the library lists it."""
    path.write_text(text, encoding="utf-8")
    report = _upload(page, path)
    assert "added" in report.lower(), report
    page.wait_for_function(f"() => (document.querySelector('#library')?.innerText || '').includes({title_words!r})",
                           timeout=ANSWER_TIMEOUT_MS)
    return path


def test_uploaded_article_can_be_asked_about(page, tmp_path):
    with _screenshot_on_failure(page, "upload"):
        article = _add_article(page, tmp_path / "lindqvist_bridge.txt", BRIDGE_ARTICLE, "Lindqvist")
        # The same file again is reported as already present.
        again = _upload(page, article)
        assert "already present" in again.lower(), again
        _ask(page, "How long will the Lindqvist Bridge in Norhaven be?")
        assert "812" in page.inner_text("#chat")


def test_hostile_article_renders_as_text(page, tmp_path):
    with _screenshot_on_failure(page, "hostile"):
        _add_article(page, tmp_path / "harbour_ferry.txt", HOSTILE_ARTICLE, "Harbour council")
        assert "<script>" in page.inner_text("#library")
        page.locator("#library tr", has_text="Harbour council").first.click()
        page.wait_for_selector("#library-article .fd-article-text", timeout=ANSWER_TIMEOUT_MS)
        text = page.inner_text("#library-article")
        assert "<script>" in text and 'onerror="window.__pwned=1"' in text and "javascript:" in text
        _ask(page, "How many passengers will the Port Elspeth electric ferry carry?")
        assert "240" in page.inner_text("#chat")
        assert "<script>" in page.inner_text("#evidence") or "<img" in page.inner_text("#evidence")
        assert page.locator("#chat img[src='x'], #evidence img, #library img, #library-article img").count() == 0
        assert page.locator("#evidence a, #library-article a, #library a").count() == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"


def test_file_route_refuses_paths_outside_the_app(server):
    import http.client

    port = int(urlparse(server["url"]).port)
    secret = server["home"] / "index"
    for path in ("/gradio_api/file=/etc/passwd", "/gradio_api/file=../../../../etc/passwd",
                 "/gradio_api/file=..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/gradio_api/file=/ETC/passwd",
                 f"/gradio_api/file={secret}/manifest.json", "/file=/etc/passwd"):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        assert response.status in (400, 403, 404, 405), (path, response.status)
        assert b"root:" not in body and b"generation" not in body, path


# Everything inside a scroll box must either fit in it or be clipped by it: nothing painted past it.
_OVERFLOW_JS = """([boxSel, itemSel]) => {
  const box = document.querySelector(boxSel);
  const b = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const out = {box: [b.left, b.right, b.top, b.bottom], clips: style.overflowY !== 'visible' && style.overflowX !== 'visible',
               wide: [], spills: [], count: 0};
  for (const item of box.querySelectorAll(itemSel)) {
    out.count += 1;
    const r = item.getBoundingClientRect();
    if (r.left < b.left - 1 || r.right > b.right + 1) out.wide.push([r.left, r.right]);
    item.scrollIntoView({block: 'nearest'});
    const s = item.getBoundingClientRect(), nb = box.getBoundingClientRect();
    // Scrolled into view, an item no taller than the box lies inside it.
    if (s.height <= nb.height && (s.top < nb.top - 1 || s.bottom > nb.bottom + 1)) out.spills.push([s.top, s.bottom, nb.top, nb.bottom]);
  }
  box.scrollTop = 0;
  const r = box.getBoundingClientRect();
  // Just below the box, the page shows whatever is there, not the box's content.
  const below = document.elementFromPoint(Math.round((r.left + r.right) / 2), Math.round(r.bottom + 6));
  out.paintedBelow = !!(below && box.contains(below));
  const panel = box.closest('.fd-panel');
  if (panel) { const p = panel.getBoundingClientRect(); out.inPanel = r.bottom <= p.bottom + 1 && r.right <= p.right + 1; }
  return out;
}"""


def _assert_contained(page, box: str, items: str, at_least: int) -> None:
    result = page.evaluate(_OVERFLOW_JS, [box, items])
    assert result["count"] >= at_least, result
    assert result["clips"], f"{box} does not clip its content: {result}"
    assert not result["wide"], f"items wider than {box}: {result['wide']}"
    assert not result["spills"], f"items outside {box}: {result['spills']}"
    assert not result["paintedBelow"], f"{box} content is painted below the box"
    assert result.get("inPanel", True), f"{box} runs past its panel: {result}"


def test_evidence_cards_and_library_table_stay_in_their_boxes(browser, server):
    """At 1400x900 a 3+ citation answer's cards stay in #evidence and the table stays in #library."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname == "127.0.0.1"
             or route.request.url.startswith(("data:", "blob:")) else route.abort())
    try:
        pg.goto(server["url"])
        pg.wait_for_function("() => (document.querySelector('#status')?.innerText || '').includes('indexed')",
                             timeout=ANSWER_TIMEOUT_MS)
        with _screenshot_on_failure(pg, "overflow"):
            _ask(pg, "How many drones did Russia launch overnight?")
            assert pg.locator("#evidence .fd-card").count() >= 3
            _assert_contained(pg, "#evidence", ".fd-card", at_least=3)
            pg.get_by_role("tab", name="Library").click()
            pg.wait_for_selector("#library table tbody tr", timeout=ANSWER_TIMEOUT_MS)
            _assert_contained(pg, "#library", "table, tbody tr", at_least=2)
    finally:
        context.close()


def test_story_view_shows_where_outlets_differ(page):
    """Upload one story told by three outlets (one says 400 drones, two say 426), then open it from the
    library and from an answer: the reports side by side, the differing spans marked."""
    from conftest import DATA

    with _screenshot_on_failure(page, "story"):
        corpus = sorted((DATA / "disagree").glob("*velmora.html"))
        page.get_by_role("tab", name="Library").click()
        page.set_input_files("#upload input[type=file]", [str(p) for p in corpus])
        page.wait_for_function("() => (document.querySelector('#library')?.innerText || '').includes('reports differ')",
                               timeout=ANSWER_TIMEOUT_MS)
        link = page.locator("#library .fd-story-link", has_text="Drone swarm strikes Velmora port overnight").first
        link.click()
        page.wait_for_selector("#library-article .fd-story", timeout=ANSWER_TIMEOUT_MS)
        assert page.locator("#library-article .fd-report-col").count() == 3
        marks = page.locator("#library-article .fd-report-col mark.fd-diff").all_inner_texts()
        assert sorted(marks) == ["400 drones", "426 drones", "426 drones"]
        assert "Reports differ on 1 fact" in page.inner_text("#library-article")
        # the seeds' story of three reports agrees: no marks
        page.click("#library-back")
        page.locator("#library .fd-story-link").filter(has_not_text="Velmora").first.click()
        page.wait_for_function("() => (document.querySelector('#library-article')?.innerText || '').includes('agree')",
                               timeout=ANSWER_TIMEOUT_MS)
        assert page.locator("#library-article mark.fd-diff").count() == 0

        _ask(page, "How many drones did Kardia launch at Velmora?")
        differ = page.inner_text("#evidence .fd-differ")
        assert "Reports differ" in differ and "400 drones" in differ and "426 drones" in differ
        assert "Reports differ" in page.inner_text("#chat")
        page.locator("#evidence .fd-compare").first.click()
        page.wait_for_selector("#ask-article .fd-story mark.fd-diff", timeout=ANSWER_TIMEOUT_MS)


def test_date_range_filters_the_library_and_the_evidence(page):
    with _screenshot_on_failure(page, "date_range"):
        page.get_by_role("tab", name="Library").click()
        page.wait_for_selector("#library tbody tr", timeout=ANSWER_TIMEOUT_MS)
        assert page.locator("#library tbody tr").count() >= 9
        # The seeds' one absolute date; their relative dates count back from a later capture time.
        # Both bounds: other tests upload dated pages into the same library.
        since = page.locator("#since textarea, #since input").first
        since.fill("2025-07-22")
        until = page.locator("#until textarea, #until input").first
        until.fill("2025-07-22")
        until.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('#library tbody tr').length === 1",
                               timeout=ANSWER_TIMEOUT_MS)
        assert "2025-07-22" in page.inner_text("#library")
        _ask(page, "How many drones did Russia launch overnight?")
        assert "426" in page.inner_text("#chat")
        dates = page.locator("#evidence .fd-card .fd-date").all_inner_texts()
        assert dates and {d.strip() for d in dates} == {"2025-07-22"}, dates
        until.fill("")
        until.press("Enter")
        since.fill("2999-01-01")
        since.press("Enter")
        page.wait_for_function("() => (document.querySelector('#library')?.innerText || '').includes('dated in this range')",
                               timeout=ANSWER_TIMEOUT_MS)
