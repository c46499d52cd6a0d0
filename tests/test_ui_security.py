"""The served UI: no file outside its folders, uploads cannot escape, many API users while an upload indexes."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from conftest import REPO, SEEDS, run_threads, running_server

pytestmark = pytest.mark.slow

SECRET = ("Secret council minutes leaked\n"
          "The secret minutes of the Harlow council say the budget will rise by 7 percent. "
          "This file lives outside every folder the server may serve or index.")
UPLOADED = ("Ferry strike ends in Moravik\n"
            "The ferry strike in Moravik ended on Sunday after 9 days, the union said. "
            "Crews will get a raise of 4.5 percent from January.")


@pytest.fixture(scope="module")
def server(tmp_path_factory, encoder):
    """`factdesk serve` on a free loopback port with its own FACTDESK_HOME and --index."""
    from qa import Assistant, Config

    root = tmp_path_factory.mktemp("ui-security")
    home, index = root / "home", root / "index"
    Assistant(index, Config.from_env()).index([SEEDS])  # built here: the server only loads it
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    with running_server(home, index, cwd=root) as (url, proc):
        yield {"url": url, "home": home, "index": index, "root": root, "proc": proc}


def test_server_serves_no_file_outside_its_folders(server):
    import httpx

    home, index, root = server["home"], server["index"], server["root"]
    manifest = index / "manifest.json"
    targets = [
        "/etc/passwd", "/ETC/PASSWD", "/proc/self/environ", str(root / "secret.txt"), str(manifest),
        str(REPO / "pyproject.toml"), str(REPO / "ui" / "app.py"),
        "../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "%252e%252e%252f%252e%252e%252fetc%252fpasswd", "....//....//etc/passwd",
        str(home / "gradio") + "/../../secret.txt", str(home / "gradio") + "/../index/manifest.json",
        str(home / "gradio") + "/%2e%2e/%2e%2e/secret.txt", str(home / "cache"),
    ]
    secrets = ["root:x:0:0", "Secret council minutes", '"generation"', "[project]", "import gradio"]
    with httpx.Client(base_url=server["url"], timeout=30) as client:
        for target in targets:
            for prefix in ("/gradio_api/file=", "/file=", "/gradio_api/file/"):
                response = client.get(prefix + target)
                assert response.status_code in (400, 403, 404, 405), (prefix + target, response.status_code)
                assert not any(s in response.text for s in secrets), prefix + target


def test_upload_names_with_dot_dot_stay_in_the_upload_folder(server):
    import httpx

    root, home = server["root"], server["home"]
    names = ["../../../../" + str(root / "escaped1.txt").lstrip("/"), "..%2F..%2Fescaped2.txt",
             str(root / "escaped3.txt"), "..\\..\\escaped4.txt", "....//....//escaped5.txt"]
    temp = (home / "gradio").resolve()
    with httpx.Client(base_url=server["url"], timeout=30) as client:
        for name in names:
            response = client.post("/gradio_api/upload", files={"files": (name, UPLOADED.encode(), "text/plain")})
            if response.status_code != 200:
                assert response.status_code in (400, 403, 413, 422)
                continue
            for stored in response.json():
                assert Path(stored).resolve().is_relative_to(temp), stored
    assert not list(root.glob("escaped*")) and not list(Path("/tmp").glob("escaped*"))


def test_api_cannot_index_a_server_file_by_path(server):
    """A raw API call naming a server path as the uploaded file gets an error; the file is never indexed."""
    import httpx

    from qa.index.library import Library

    secret = server["root"] / "secret.txt"
    payload = {"data": [[{"path": str(secret), "orig_name": "secret.txt", "meta": {"_type": "gradio.FileData"}}]]}
    with httpx.Client(base_url=server["url"], timeout=120) as client:
        response = client.post("/gradio_api/call/upload", json=payload)
        assert response.status_code == 200, response.text
        event_id = response.json()["event_id"]
        stream = client.get(f"/gradio_api/call/upload/{event_id}").text
        # The UI's own upload event is private (unlisted), but the browser calls it, so it is
        # reachable by name too: it must refuse a server path just the same.
        private = client.post("/gradio_api/call/on_upload", json={"data": payload["data"] + ["All outlets", ""]})
        private_stream = (client.get(f"/gradio_api/call/on_upload/{private.json()['event_id']}").text
                          if private.status_code == 200 else "event: error")
    assert "event: error" in stream and "Secret council" not in stream
    assert "event: error" in private_stream and "Secret council" not in private_stream
    assert "InvalidPathError" in (server["home"] / "serve.log").read_text()  # refused as "not uploaded by a user"
    titles = {a.title for a in Library.load(server["index"]).articles.values()}
    assert "Secret council minutes leaked" not in titles
    assert not (server["home"] / "uploads" / "secret.txt").exists()


def test_twenty_api_askers_while_an_upload_indexes(server):
    from gradio_client import Client, handle_file

    from qa.index.library import Library

    before = Library.load(server["index"])
    upload_file = server["root"] / "moravik-ferry.txt"
    upload_file.write_text(UPLOADED, encoding="utf-8")
    questions = ["How many drones did Russia launch overnight?", "Who is the Kremlin spokesman?",
                 "How long did the ferry strike in Moravik last?", "Where did the glide bombs fall?"]
    errors: list[str] = []
    answers: list = []
    start = threading.Barrier(21)

    def asker(i: int) -> None:
        try:
            client = Client(server["url"], verbose=False)
            start.wait()
            for n in range(2):
                result = client.predict(questions[(i + n) % len(questions)], None, 5, None, api_name="/ask")
                answers.append(json.loads(result))
        except Exception as exc:  # noqa: BLE001 - collected below
            errors.append(f"asker {i}: {type(exc).__name__}: {exc}"[:300])

    def uploader() -> None:
        try:
            client = Client(server["url"], verbose=False)
            start.wait()
            uploads.append(json.loads(client.predict([handle_file(str(upload_file))], api_name="/upload")))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"uploader: {type(exc).__name__}: {exc}"[:300])

    uploads: list = []
    run_threads([threading.Thread(target=asker, args=(i,)) for i in range(20)] + [threading.Thread(target=uploader)], 400)
    assert not errors, errors[:5]
    assert len(answers) == 40 and len(uploads) == 1
    for answer in answers:
        assert answer["citations"]  # a failed request raises in the client
    assert uploads[0]["outcomes"][0]["status"] == "added"

    after = Library.load(server["index"])
    ids = [a.id for a in after.articles.values()]
    assert len(ids) == len(set(ids))
    assert set(before.articles) < set(after.articles) and len(after.articles) == len(before.articles) + 1
    assert sum(a.title == "Ferry strike ends in Moravik" for a in after.articles.values()) == 1
    chunk_ids = [c.id for c in after.chunks]
    assert len(chunk_ids) == len(set(chunk_ids)) == len(after.vectors)
