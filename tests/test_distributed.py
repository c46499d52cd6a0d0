"""Ray Data ingestion (`index --ray`), in local mode: the same index as one process, into any store."""

from __future__ import annotations

import json
import shutil
import sys

import numpy as np
import pytest

from conftest import SEEDS
from qa.assistant import Assistant
from qa.config import Config

pytestmark = pytest.mark.slow
pytest.importorskip("ray", reason="--ray needs pip install \"factdesk[ray]\"")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, a JSONL feed, an HTML page, and one file that must be skipped."""
    folder = tmp_path_factory.mktemp("ray-corpus")
    shutil.copytree(SEEDS, folder / "seeds")
    rows = [{"title": f"Council vote {i}", "source": "Valley Post",
             "text": f"The council voted {i} to 3 on Monday to repair the old bridge over the river. " * 3}
            for i in range(4, 9)]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + "{not json\n")
    (folder / "page.html").write_text("<html><head><title>Library extends hours</title></head><body><article>"
                                      "<p>The town library will open until nine in the evening from March, the "
                                      "librarian said on Friday.</p></article></body></html>")
    (folder / "empty.txt").write_text("   \n")
    return folder


def _index(tmp_path, name: str, paths, ray: str | None, **settings):
    config = Config.from_env(home=str(tmp_path / f"home-{name}"), **settings)  # its own embedding cache
    assistant = Assistant(tmp_path / f"index-{name}", config, build_default=False)
    report = assistant.index(paths, ray=ray)
    return assistant, report


def test_ray_ingestion_gives_the_same_index_as_one_process(corpus, tmp_path):
    one, report_one = _index(tmp_path, "one", [corpus], None)
    two, report_two = _index(tmp_path, "ray", [corpus], "local")
    assert report_two.to_json() == report_one.to_json()
    assert [s.path for s in report_two.skipped] == [s.path for s in report_one.skipped] != []
    a, b = one.library(), two.library()
    assert sorted(a.articles) == sorted(b.articles)
    assert all(a.articles[k] == b.articles[k] for k in a.articles)
    cols = lambda lib: sorted(zip(lib.chunks.ids, lib.chunks.article_ids, lib.chunks.starts, lib.chunks.ends))  # noqa: E731
    assert cols(a) == cols(b)
    assert np.abs(a.vectors.fetch(a.chunks.ids) - b.vectors.fetch(a.chunks.ids)).max() < 1e-4


def test_ray_ingestion_writes_into_milvus(corpus, tmp_path):
    pytest.importorskip("pymilvus")
    assistant, report = _index(tmp_path, "milvus", [corpus / "seeds"], "local",
                               store=f"milvus:{tmp_path / 'ray.db'}")
    assert (report.articles, report.stories, report.added) == (9, 7, 9)
    assert assistant.ask("How many drones did Russia launch overnight?").short_answer == "426"


def test_without_ray_the_error_says_how_to_install_it(corpus, tmp_path, monkeypatch):
    from qa.index.distributed import RayUnavailable

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    with pytest.raises(RayUnavailable, match=r'pip install "factdesk\[ray\]"'):
        _index(tmp_path, "none", [corpus / "feed.jsonl"], "local")
