"""The served APIs: named Gradio endpoints for gradio_client, and the JSON HTTP API under /api."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request

import pytest

from conftest import SEEDS, running_server, upload_pair

pytestmark = pytest.mark.slow

PUBLIC = {"/ask", "/check", "/upload", "/articles", "/article", "/story"}
DRONES = "How many drones did Russia launch overnight?"
LOGIN = ("editor", "s3cret-pass")


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory, encoder):
    """An index of the seeds, built once here: the servers only load it."""
    from qa import Assistant, Config

    index = tmp_path_factory.mktemp("api-index") / "index"
    Assistant(index, Config.from_env()).index([SEEDS])
    return index


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeds_index):
    """`factdesk serve` without a login."""
    home = tmp_path_factory.mktemp("api-home")
    with running_server(home, seeds_index) as (url, _):
        yield url


@pytest.fixture(scope="module")
def login_server(tmp_path_factory, seeds_index):
    """`factdesk serve` with FACTDESK_USER / FACTDESK_PASSWORD set."""
    home = tmp_path_factory.mktemp("api-login-home")
    with running_server(home, seeds_index, env={"FACTDESK_USER": LOGIN[0], "FACTDESK_PASSWORD": LOGIN[1]}) as (url, _):
        yield url


def _http(url: str, method: str = "GET", body: bytes | dict | None = None,
          auth: tuple[str, str] | None = None) -> tuple[int, object, dict]:
    """(status, parsed JSON body, headers) of one request; HTTP errors are returned, not raised."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(":".join(auth).encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read()), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null"), dict(exc.headers)


def _exact_quotes(answer_citations: list[dict], articles: dict[str, dict]) -> None:
    assert answer_citations
    for c in answer_citations:
        assert articles[c["article_id"]]["text"][c["start"]:c["end"]] == c["quote"], c


def test_gradio_client_ask_returns_the_answer_json_with_exact_quotes(server):
    from gradio_client import Client

    client = Client(server + "/", verbose=False)
    answer = json.loads(client.predict(DRONES, api_name="/ask"))
    assert set(answer) >= {"question", "answer", "short_answer", "abstained", "citations", "timings_ms"}
    assert answer["question"] == DRONES and not answer["abstained"]
    assert "426" in answer["answer"]
    articles = {a["id"]: a for a in json.loads(client.predict(api_name="/articles"))}
    _exact_quotes(answer["citations"], articles)
    first = answer["citations"][0]["article_id"]
    assert json.loads(client.predict(first, api_name="/article"))["id"] == first

    follow = json.loads(client.predict("And how many missiles?", [{"question": DRONES, "answer": answer["answer"]}],
                                       3, None, api_name="/ask"))
    assert follow["citations"] and len(follow["citations"]) <= 3

    verdict = json.loads(client.predict("Russia launched 600 drones overnight.", api_name="/check"))
    assert verdict["verdict"] in ("supported", "contradicted", "not_found") and verdict["explanation"]
    _exact_quotes(verdict["evidence"], articles)


def test_gradio_errors_are_one_line(server):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(server + "/", verbose=False)
    for args in (("   ",), (DRONES, None, 0), (DRONES, "not a list")):
        with pytest.raises(AppError) as info:
            client.predict(*args, api_name="/ask")
        message = str(info.value)
        assert message and "\n" not in message and "Traceback" not in message, message


def test_view_api_lists_only_the_public_endpoints(server):
    from gradio_client import Client

    info = Client(server + "/", verbose=False).view_api(print_info=False, return_format="dict")
    assert set(info["named_endpoints"]) == PUBLIC
    assert not info["unnamed_endpoints"]


def test_gradio_upload_reports_each_file(server, tmp_path):
    from gradio_client import Client, handle_file

    new, bad = upload_pair(tmp_path, "lantern-festival.markdown", "Lantern festival returns to Ostrova",
                           "The Ostrova lantern festival returns on 14 March with 3,000 lanterns, the organisers said.")
    client = Client(server + "/", verbose=False)
    report = json.loads(client.predict([handle_file(str(new)), handle_file(str(bad))], api_name="/upload"))
    outcomes = report["outcomes"]
    assert [o["path"] for o in outcomes] == ["lantern-festival.markdown", "tool.exe"]
    assert outcomes[0]["status"] == "added" and len(outcomes[0]["articles"]) == 1
    assert outcomes[1]["status"] == "skipped" and outcomes[1]["reason"]
    again = json.loads(client.predict([handle_file(str(new))], api_name="/upload"))
    assert again["outcomes"][0]["status"] == "unchanged"
    answer = json.loads(client.predict("How many lanterns will the Ostrova festival have?", api_name="/ask"))
    assert "3,000" in answer["answer"]


def test_http_api_ask_check_and_articles(server):
    status, articles, _ = _http(server + "/api/articles")
    assert status == 200 and isinstance(articles, list) and articles
    assert {"id", "title", "source", "date", "path", "story_id", "text"} <= set(articles[0])
    by_id = {a["id"]: a for a in articles}

    status, answer, headers = _http(server + "/api/ask", "POST", {"question": DRONES})
    assert status == 200 and headers.get("content-type", "").startswith("application/json")
    assert "426" in answer["answer"] and answer["short_answer"]
    _exact_quotes(answer["citations"], by_id)

    status, follow, _ = _http(server + "/api/ask", "POST", {"question": "And how many missiles?", "top_k": 2,
                                                             "history": [{"question": DRONES, "answer": answer["answer"]}]})
    assert status == 200 and len(follow["citations"]) <= 2

    status, verdict, _ = _http(server + "/api/check", "POST", {"claim": "Russia launched 600 drones overnight."})
    assert status == 200 and verdict["verdict"] in ("supported", "contradicted", "not_found")
    _exact_quotes(verdict["evidence"], by_id)

    first = articles[0]["id"]
    status, one, _ = _http(server + f"/api/articles/{first}")
    assert status == 200 and one == by_id[first]
    status, missing, _ = _http(server + "/api/articles/0000000000")
    assert status == 404 and set(missing) == {"error"}


@pytest.mark.parametrize("body", [
    b"{not json", b"", b"[1, 2]", {"question": ""}, {"question": "   "}, {"question": 42}, {"claim": "x"},
    {"question": DRONES, "top_k": 0}, {"question": DRONES, "top_k": 51}, {"question": DRONES, "top_k": "five"},
    {"question": DRONES, "history": "earlier"}, {"question": DRONES, "source": 3},
])
def test_http_api_bad_input_is_a_400_with_one_line(server, body):
    status, error, _ = _http(server + "/api/ask", "POST", body)
    assert status == 400, (body, status, error)
    assert set(error) == {"error"} and error["error"] and "\n" not in error["error"], error
    assert "Traceback" not in error["error"]


def test_http_api_check_with_an_empty_claim_is_a_400(server):
    status, error, _ = _http(server + "/api/check", "POST", {"claim": " "})
    assert status == 400 and "claim" in error["error"]


def test_login_guards_both_apis(login_server):
    from gradio_client import Client

    for path, method, body in (("/api/articles", "GET", None), ("/api/ask", "POST", {"question": DRONES})):
        status, error, headers = _http(login_server + path, method, body)
        assert status == 401 and "error" in error and "basic" in headers.get("www-authenticate", "").lower()
        status, _, _ = _http(login_server + path, method, body, auth=(LOGIN[0], "wrong"))
        assert status == 401
        status, data, _ = _http(login_server + path, method, body, auth=LOGIN)
        assert status == 200 and data
    with pytest.raises(Exception):
        Client(login_server + "/", verbose=False).predict(DRONES, api_name="/ask")
    client = Client(login_server + "/", auth=LOGIN, verbose=False)
    assert "426" in json.loads(client.predict(DRONES, api_name="/ask"))["answer"]


def test_http_api_date_ranges_and_newest_first(server):
    status, articles, _ = _http(server + "/api/articles")
    assert status == 200
    dates = [a["date"] for a in articles]
    dated = [d for d in dates if d]
    assert dates[:len(dated)] == sorted(dated, reverse=True)  # newest first, undated last
    assert all(a["date"] and a["date_source"] for a in articles if a["date_text"])
    # The seeds' only absolute date; their relative dates count back from a later capture time.
    status, old, _ = _http(server + "/api/articles?until=2025-07-22")
    assert status == 200 and [(a["date"], a["date_source"]) for a in old] == [("2025-07-22", "page")]
    status, recent, _ = _http(server + f"/api/articles?since={dated[0][:10]}")
    assert status == 200 and recent and all(a["date"] >= dated[0][:10] for a in recent)

    status, answer, _ = _http(server + "/api/ask", "POST", {"question": DRONES, "until": "2025-07-22"})
    assert status == 200 and "426" in answer["answer"]
    assert {c["date"] for c in answer["citations"]} == {"2025-07-22"}
    status, verdict, _ = _http(server + "/api/check", "POST", {"claim": "Russia launched 426 drones overnight.",
                                                               "until": "2025-07-22", "since": ""})
    assert status == 200 and {c["date"] for c in verdict["evidence"]} == {"2025-07-22"}


@pytest.mark.parametrize("path, method, body", [
    ("/api/ask", "POST", {"question": DRONES, "since": "2025-13-01"}),
    ("/api/ask", "POST", {"question": DRONES, "until": 20250722}),
    ("/api/check", "POST", {"claim": "Russia launched 426 drones.", "since": "yesterday"}),
    ("/api/check", "POST", {"claim": "Russia launched 426 drones.", "since": "2025-07-26", "until": "2025-07-22"}),
    ("/api/articles?since=22.07.2025", "GET", None),
])
def test_http_api_bad_dates_are_a_400(server, path, method, body):
    status, error, _ = _http(server + path, method, body)
    assert status == 400 and set(error) == {"error"} and "\n" not in error["error"]
    assert "not a date" in error["error"] or "after" in error["error"]


def test_gradio_endpoints_take_a_date_range(server):
    from gradio_client import Client

    client = Client(server + "/", verbose=False)
    answer = json.loads(client.predict(question=DRONES, until="2025-07-22", api_name="/ask"))
    assert {c["date"] for c in answer["citations"]} == {"2025-07-22"}
    articles = json.loads(client.predict(until="2025-07-22", api_name="/articles"))
    assert [a["date"] for a in articles] == ["2025-07-22"]
