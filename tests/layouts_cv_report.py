"""Leave-one-batch-out measurement of page splitting: how well the splitter carries to pages it was not fitted on.

The splitter has five parts fitted to pages: its rules (qa/ingest/pages.py), written while looking at the tuning
corpus (tests/data/layouts) and at every fresh batch once it was measured blind; its learned line model
(qa/ingest/line_model.py), trained on the tuning corpus; its learned tagger (qa/ingest/segmenter.py), which cuts
the articles (headlines and body lines); and its site-name chooser (qa/ingest/site_name.py), which names the
articles the rules give no outlet; and its article filter (qa/ingest/article_filter.py), which drops the boxes the
tagger cut as articles. The last three are trained on the tuning corpus and fresh3 to fresh33 (training/segmenter.py,
training/site_name.py, training/article_filter.py). No batch here is unseen by the rules any more, so this report
cannot replace a blind batch; what it does measure honestly is the learned parts: each batch (the pages added in
one commit, written together in one set of layouts, or one fresh batch) is split with a tagger, a chooser and a
filter retrained without that batch's pages (and, for a tuning batch, a line model retrained without them too), and
scored.

Prints one row per batch and pooled rows: over the tuning batches, over the fresh batches, and over all. Two
further tables: the line model's sensitivity to its training pages (every fresh batch split with line models
trained on random samples of half the tuning pages), and each batch's first measurement, taken blind before any
change for it (copied from the batch reports and commits): the only numbers here that say how the splitter does on
a layout it has not seen. Run ``python tests/layouts_cv_report.py``; ``--pages`` adds each page's misses,
``--rules`` splits with the rules alone (no tagger, no chooser, no article filter), ``--no-filter`` without the
article filter (qa/ingest/article_filter.py; otherwise it is refitted without the batch from its stored out-of-fold
rows, at its stored threshold), ``--resample N`` sets the number of line-model
retrains (default 5, 0 for none), ``--fraction F`` the share of tuning pages each is trained on (default 0.5). Not
collected by pytest; nothing here asserts on the scores.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import load_batch  # noqa: E402
from test_layouts import LAYOUTS, FIELDS, PageScore, load_corpus, score_page  # noqa: E402

from qa.ingest import article_filter, line_model, logistic, segmenter, site_name  # noqa: E402
from qa.ingest.pages import split_pages  # noqa: E402

sys.path.insert(0, str(HERE.parent / "training"))
from segmenter import trained_without  # noqa: E402
from site_name import rows as site_rows  # noqa: E402

# The fresh batches the stored tagger was trained on, in the order they were written (a blind batch not yet measured
# is not among them, so this report never splits it).
FRESH = tuple(sorted((name for name in json.loads(segmenter.MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
                      if name.startswith("layouts-fresh")), key=lambda name: int(name.rsplit("fresh", 1)[1])))
# First (blind) measurements: (batch @ the splitter's commit, gold articles, title, outlet, date, boundary, furniture
# lines left), from the fresh reports' docstrings, commit 9298a08 (fresh3, which recorded it) and the fresh6 report
# (the tuning corpus's last four batches).
BLIND = (
    ("fresh3 (rec. 9298a08)", 6, 0.833, 1.0, 0.333, 0.20, 15),
    ("fresh4 @3d49f12", 15, 0.200, 0.400, 0.267, 0.133, 36),
    ("fresh5 @8fbc791", 17, 0.235, 0.353, 0.118, 0.176, 36),
    ("tuning b1 @1636fe7", 9, 0.667, 0.667, 0.333, 0.111, 11),
    ("tuning b2 @f83e0ed", 8, 1.0, 0.75, 0.625, 0.60, 12),
    ("tuning b3 @83dd052", 6, 0.667, 0.50, 0.667, 0.375, 12),
    ("tuning b4 @7c350e0", 8, 0.625, 0.375, 0.50, 0.375, 15),
    ("fresh6 @bc7dc0a", 12, 0.667, 0.50, 0.25, 0.50, 13),
    ("fresh7 @b7069c7", 20, 0.850, 0.700, 0.700, 0.448, 22),
    # tuning pages written after the fresh7 work, in layouts the corpus lacked (hard-wrapped plain-text e-mail,
    # a timeline of dated entries, a messaging-app channel's posts, a film review,
    # Japanese, Arabic, Chinese, Korean and Hindi articles); written by the same hand as the rules, so
    # weaker evidence than a batch written by someone else
    ("plaintext_bulletin @85f2f2a", 2, 1.0, 1.0, 0.0, 0.333, 0),
    ("timeline_entries @827bccd", 1, 1.0, 1.0, 1.0, 0.0, 0),
    ("channel_posts @2c64cae", 3, 0.333, 0.333, 0.333, 0.0, 2),
    ("film_review @a037468", 1, 0.0, 1.0, 1.0, 0.0, 1),
    ("japanese_article @ccffcfe", 1, 1.0, 0.0, 0.0, 0.0, 1),
    ("arabic_article @de3efe8", 1, 1.0, 1.0, 0.0, 1.0, 0),
    ("chinese_article @cdd6989", 1, 0.0, 1.0, 0.0, 1.0, 0),
    ("korean_article @cdd6989", 1, 1.0, 1.0, 0.0, 0.0, 1),
    ("hindi_article @7a69532", 1, 1.0, 1.0, 0.0, 0.0, 1),
    ("fresh8 @e35b795", 18, 0.50, 0.50, 0.667, 0.30, 29),
    ("fresh9 @21f781d", 14, 0.643, 0.286, 0.571, 0.40, 39),
    ("fresh10 @21f781d", 16, 0.875, 0.625, 0.75, 0.091, 43),
    ("fresh11 @6822707", 17, 0.471, 0.235, 0.647, 0.368, 28),
    ("fresh12 @c893d70", 10, 0.80, 0.70, 0.90, 0.286, 14),
    ("fresh13 @d9a77f2", 16, 0.75, 0.75, 0.8125, 0.625, 37),
    ("fresh14 @d9a77f2", 11, 0.818, 0.727, 0.727, 0.333, 49),
    # from here the splitter is the rules with the learned tagger (qa/ingest/segmenter.py)
    ("fresh15 @38c4860", 30, 0.90, 0.367, 0.733, 0.588, 12),
    ("fresh16 @38c4860", 10, 0.70, 0.60, 0.70, 0.133, 45),
    # and from here with the site-name chooser (qa/ingest/site_name.py)
    ("fresh17 @a34b3dc", 14, 1.0, 0.714, 0.571, 0.50, 14),
    ("fresh18 @f743286", 12, 0.833, 0.75, 0.50, 0.474, 28),
    ("fresh19 @5a9c4a8", 10, 0.90, 0.80, 0.90, 0.417, 10),
    # and from here with the article filter (qa/ingest/article_filter.py)
    ("fresh20 @8098f68", 11, 0.909, 0.727, 0.636, 0.462, 9),
    ("fresh21 @8098f68", 11, 0.909, 0.455, 0.545, 0.25, 13),
    ("fresh22 @d6271fb", 11, 1.0, 0.727, 0.818, 0.308, 18),
    ("fresh23 @d6271fb", 11, 0.636, 0.364, 0.545, 0.364, 12),
    # and from here with the rules' paragraphs kept only up to the tagger's last body line
    ("fresh24 @f3e6e86", 11, 0.909, 0.818, 0.727, 0.727, 3),
    ("fresh25 @f3e6e86", 11, 0.909, 0.545, 0.455, 0.667, 8),
    ("fresh26 @b2e337c", 10, 0.70, 0.40, 0.90, 0.545, 3),
    ("fresh27 @b2e337c", 10, 1.0, 0.50, 0.70, 0.50, 1),
    ("fresh28 @de57d1c", 10, 0.90, 0.70, 0.70, 0.455, 4),
    ("fresh29 @0ad503d", 10, 0.90, 0.60, 0.40, 0.40, 7),
    ("fresh30 @1ba3892", 10, 0.70, 0.70, 0.40, 0.30, 11),
    ("fresh31 @5f5d3c4", 10, 0.50, 0.80, 0.50, 0.50, 3),
    ("fresh32 @5f5d3c4", 12, 0.833, 0.667, 0.167, 0.692, 6),
    ("fresh33 @5f5d3c4", 10, 0.40, 0.70, 0.40, 0.60, 9),
    ("fresh34 @8608157", 10, 0.60, 0.60, 0.60, 0.60, 3),
    ("fresh35 @9579ee1", 11, 0.727, 0.636, 0.455, 0.818, 5),
    ("fresh36 @18e6498", 10, 0.90, 0.90, 0.70, 0.50, 8),
    ("fresh37 @84af6ec", 11, 0.727, 0.455, 0.364, 0.455, 9),
    ("fresh38 @84af6ec", 12, 0.917, 0.833, 0.50, 0.917, 2),
    ("fresh39 @0c4c082", 13, 0.846, 0.769, 0.538, 0.769, 4),
    ("fresh40 @88b97e9", 12, 0.917, 0.50, 0.583, 0.667, 2),
    ("fresh41 @c1676e5", 12, 1.0, 0.75, 0.583, 0.833, 3),
    ("fresh42 @ed7d407", 12, 0.917, 1.0, 0.417, 0.917, 4),
    ("fresh43 @b295b1d", 12, 0.917, 0.833, 0.583, 1.0, 6),
    ("fresh44 @21c9643", 12, 0.917, 1.0, 0.50, 0.917, 1),
    ("fresh45 @29386e8", 12, 0.667, 0.75, 0.417, 0.833, 1),
    ("fresh46 @251320e", 12, 0.917, 0.833, 0.417, 0.917, 2),
    ("fresh47 @dab8c00", 12, 1.0, 0.917, 0.667, 0.917, 2),
    ("fresh48 @b7cc212", 12, 1.0, 0.75, 0.583, 1.0, 0),
    ("fresh49 @b804f34", 12, 1.0, 0.833, 0.25, 0.833, 2),
    ("fresh50 @534b053", 14, 0.857, 0.571, 0.50, 0.929, 3),
    ("fresh51 @537455f", 14, 1.0, 0.714, 0.714, 0.929, 1),
    ("fresh52 @537455f", 13, 0.923, 0.231, 0.385, 0.857, 2),
    ("fresh53 @537455f", 13, 1.0, 0.462, 0.308, 1.0, 1),
    ("fresh54 @537455f", 13, 0.846, 0.692, 0.769, 0.538, 8),
    ("fresh55 @35c1a25", 9, 1.0, 0.778, 0.667, 0.778, 3),
    ("fresh56 @35c1a25", 10, 1.0, 0.90, 0.30, 0.833, 3),
    ("fresh57 @eadc212", 13, 1.0, 1.0, 0.308, 0.923, 1),
    ("fresh58 @eadc212", 13, 0.615, 0.462, 0.308, 0.385, 12),
    ("fresh59 @eadc212", 13, 1.0, 0.538, 0.154, 0.923, 2),
    ("fresh60 @eadc212", 13, 0.692, 0.615, 0.462, 0.667, 6),
    ("fresh61 @6b5f231", 13, 0.923, 0.538, 0.385, 0.846, 2),
    ("fresh62 @6b5f231", 13, 0.846, 1.0, 0.846, 0.75, 7),
    ("fresh63 @6b5f231", 13, 1.0, 0.462, 0.462, 1.0, 0),
    ("fresh64 @6b5f231", 13, 1.0, 0.538, 0.846, 1.0, 0),
    ("fresh65 @a2aec5d", 12, 0.833, 0.5, 0.5, 0.462, 8),
    ("fresh66 @a2aec5d", 13, 1.0, 0.692, 0.308, 0.923, 3),
    ("fresh67 @a2aec5d", 13, 0.846, 0.308, 0.385, 0.857, 2),
    ("fresh68 @a2aec5d", 14, 0.929, 0.5, 0.5, 0.733, 2),
    ("fresh69 @0816c6a", 13, 1.0, 0.385, 0.923, 0.786, 2),
    ("fresh70 @0816c6a", 13, 0.846, 0.462, 0.615, 0.846, 0),
    ("fresh71 @0816c6a", 13, 0.769, 0.615, 0.462, 0.769, 10),
    ("fresh72 @0816c6a", 13, 0.692, 0.615, 0.077, 0.538, 4),
    ("fresh73 @b68472a", 13, 0.846, 0.692, 0.615, 0.846, 3),
    ("fresh74 @b68472a", 14, 1.0, 0.429, 0.643, 0.786, 1),
    ("fresh75 @b68472a", 13, 0.923, 0.769, 0.538, 0.923, 17),
    ("fresh76 @b68472a", 13, 0.615, 0.308, 0.077, 0.538, 4),
    ("fresh77 @90452ea", 13, 1.0, 0.692, 0.308, 0.923, 1),
    ("fresh78 @90452ea", 13, 0.923, 0.462, 0.538, 0.846, 1),
    ("fresh79 @90452ea", 12, 0.833, 0.083, 0.25, 0.5, 3),
    ("fresh80 @90452ea", 13, 0.846, 0.538, 0.231, 0.846, 0),
    ("fresh81 @d15bd15", 12, 0.833, 0.917, 0.917, 0.692, 4),
    ("fresh82 @d15bd15", 20, 0.95, 0.15, 0.65, 0.65, 7),
    ("fresh83 @d15bd15", 14, 1.0, 0.571, 0.714, 0.75, 0),
    ("fresh84 @d15bd15", 18, 0.389, 0.278, 0.389, 0.444, 3),
    ("fresh85 @c2b4e48", 14, 0.571, 0.857, 0.571, 0.357, 9),
    ("fresh86 @c2b4e48", 15, 1.0, 0.933, 0.467, 0.933, 1),
    ("fresh87 @c2b4e48", 20, 0.95, 0.8, 0.95, 0.75, 3),
    ("fresh88 @c2b4e48", 18, 0.667, 0.389, 0.556, 0.389, 6),
    ("fresh89 @9559bd6", 13, 0.769, 0.923, 0.538, 0.615, 12),
    ("fresh90 @9559bd6", 12, 0.75, 0.75, 0.833, 0.75, 4),
    ("fresh91 @9559bd6", 9, 0.889, 0.889, 0.667, 0.545, 9),
    ("fresh92 @9559bd6", 24, 0.667, 0.333, 0.458, 0.458, 3),
    ("fresh93 @3051c86", 12, 1.0, 0.833, 0.5, 0.692, 6),
    ("fresh94 @3051c86", 17, 0.941, 0.471, 0.471, 0.824, 1),
    ("fresh95 @3051c86", 14, 1.0, 1.0, 0.786, 0.8, 5),
    ("fresh96 @3051c86", 12, 1.0, 0.417, 0.5, 0.833, 9),
    ("fresh97 @45e4eff", 15, 1.0, 0.533, 0.8, 0.667, 11),
    ("fresh98 @45e4eff", 13, 0.923, 0.846, 0.615, 0.5, 15),
    ("fresh99 @45e4eff", 20, 0.9, 0.4, 0.65, 0.9, 0),
    ("fresh100 @45e4eff", 16, 0.938, 0.438, 0.562, 0.875, 1),
    ("fresh101 @8d5caab", 17, 0.824, 0.529, 0.588, 0.765, 2),
    ("fresh102 @8d5caab", 13, 0.923, 0.462, 0.462, 0.786, 1),
    ("fresh103 @8d5caab", 15, 0.933, 0.4, 0.667, 0.867, 3),
    ("fresh104 @8d5caab", 15, 1.0, 0.933, 0.733, 0.75, 2),
)
# The learned tagger's first measurement on the batches written after its recipe was fixed (8eef0b8; trained with
# fresh13 and fresh14 from 06c6fee), beside the rules' alone on the same pages: (batch @ commit, gold articles, found, title, outlet, date,
# boundary, furniture lines left).
TAGGER_BLIND = (
    ("fresh13 rules @d9a77f2", 16, 16, 0.75, 0.75, 0.8125, 0.625, 37),
    ("fresh13 tagger @8eef0b8", 16, 20, 0.8125, 0.75, 0.8125, 0.50, 26),
    ("fresh14 rules @d9a77f2", 11, 12, 0.818, 0.727, 0.727, 0.333, 49),
    ("fresh14 tagger @8eef0b8", 11, 14, 1.0, 0.727, 0.727, 0.286, 20),
    ("fresh15 rules @38c4860", 30, 34, 0.80, 0.367, 0.733, 0.588, 22),
    ("fresh15 tagger @38c4860", 30, 34, 0.90, 0.367, 0.733, 0.588, 12),
    ("fresh16 rules @38c4860", 10, 17, 0.50, 0.50, 0.70, 0.059, 58),
    ("fresh16 tagger @38c4860", 10, 15, 0.70, 0.60, 0.70, 0.133, 45),
    ("fresh17 rules @a34b3dc", 14, 16, 0.929, 0.50, 0.643, 0.50, 22),
    ("fresh17 tagger+name @a34b3dc", 14, 16, 1.0, 0.714, 0.571, 0.50, 14),
    ("fresh18 rules @f743286", 12, 17, 0.75, 0.25, 0.50, 0.529, 36),
    ("fresh18 tagger+name @f743286", 12, 19, 0.833, 0.75, 0.50, 0.474, 28),
    ("fresh19 rules @5a9c4a8", 10, 11, 0.60, 0.50, 0.90, 0.364, 22),
    ("fresh19 tagger+name @5a9c4a8", 10, 12, 0.90, 0.80, 0.90, 0.417, 10),
    ("fresh20 rules @8098f68", 11, 13, 0.727, 0.727, 0.636, 0.462, 17),
    ("fresh20 tagger+name @8098f68", 11, 13, 0.909, 0.727, 0.636, 0.462, 9),
    ("fresh20 +filter @8098f68", 11, 13, 0.909, 0.727, 0.636, 0.462, 9),
    ("fresh21 rules @8098f68", 11, 14, 0.818, 0.182, 0.545, 0.143, 39),
    ("fresh21 tagger+name @8098f68", 11, 14, 0.909, 0.455, 0.545, 0.214, 15),
    ("fresh21 +filter @8098f68", 11, 12, 0.909, 0.455, 0.545, 0.25, 13),
    ("fresh22 rules @d6271fb", 11, 12, 0.727, 0.545, 0.818, 0.417, 35),
    ("fresh22 tagger+name @d6271fb", 11, 14, 1.0, 0.727, 0.818, 0.286, 19),
    ("fresh22 +filter @d6271fb", 11, 13, 1.0, 0.727, 0.818, 0.308, 18),
    ("fresh23 rules @d6271fb", 11, 9, 0.545, 0.273, 0.455, 0.182, 34),
    ("fresh23 tagger+name @d6271fb", 11, 11, 0.455, 0.364, 0.636, 0.273, 16),
    ("fresh23 +filter @d6271fb", 11, 10, 0.636, 0.364, 0.545, 0.364, 12),
    ("fresh24 rules @f3e6e86", 11, 12, 0.818, 0.545, 0.727, 0.417, 13),
    ("fresh24 no body limit @f3e6e86", 11, 11, 0.909, 0.818, 0.727, 0.455, 8),
    ("fresh24 shipped @f3e6e86", 11, 11, 0.909, 0.818, 0.727, 0.727, 3),
    ("fresh25 rules @f3e6e86", 11, 14, 0.455, 0.0, 0.364, 0.286, 46),
    ("fresh25 no body limit @f3e6e86", 11, 12, 0.909, 0.545, 0.455, 0.417, 12),
    ("fresh25 shipped @f3e6e86", 11, 12, 0.909, 0.545, 0.455, 0.667, 8),
    ("fresh26 rules @b2e337c", 10, 11, 0.70, 0.40, 0.90, 0.273, 18),
    ("fresh26 shipped @b2e337c", 10, 11, 0.70, 0.40, 0.90, 0.545, 3),
    ("fresh27 rules @b2e337c", 10, 14, 0.70, 0.20, 0.70, 0.214, 35),
    ("fresh27 shipped @b2e337c", 10, 14, 1.0, 0.50, 0.70, 0.50, 1),
    ("fresh28 rules @de57d1c", 10, 14, 0.70, 0.60, 0.60, 0.214, 28),
    ("fresh28 no filter @de57d1c", 10, 12, 0.90, 0.70, 0.60, 0.417, 8),
    ("fresh28 shipped @de57d1c", 10, 11, 0.90, 0.70, 0.70, 0.455, 4),
    ("fresh29 rules @0ad503d", 10, 12, 0.20, 0.30, 0.30, 0.333, 43),
    ("fresh29 no filter @0ad503d", 10, 11, 0.90, 0.60, 0.40, 0.364, 12),
    ("fresh29 shipped @0ad503d", 10, 10, 0.90, 0.60, 0.40, 0.40, 7),
    ("fresh30 rules @1ba3892", 10, 11, 0.40, 0.40, 0.40, 0.182, 37),
    ("fresh30 no filter @1ba3892", 10, 12, 0.70, 0.70, 0.30, 0.25, 14),
    ("fresh30 shipped @1ba3892", 10, 9, 0.70, 0.70, 0.40, 0.30, 11),
    ("fresh31 rules @5f5d3c4", 10, 10, 0.60, 0.10, 0.50, 0.20, 40),
    ("fresh31 no filter @5f5d3c4", 10, 10, 0.50, 0.80, 0.50, 0.50, 4),
    ("fresh31 shipped @5f5d3c4", 10, 9, 0.50, 0.80, 0.50, 0.50, 3),
    ("fresh32 rules @5f5d3c4", 12, 11, 0.50, 0.083, 0.167, 0.333, 15),
    ("fresh32 no filter @5f5d3c4", 12, 13, 0.833, 0.667, 0.167, 0.692, 6),
    ("fresh32 shipped @5f5d3c4", 12, 13, 0.833, 0.667, 0.167, 0.692, 6),
    ("fresh33 rules @5f5d3c4", 10, 10, 0.30, 0.40, 0.40, 0.20, 34),
    ("fresh33 no filter @5f5d3c4", 10, 12, 0.40, 0.70, 0.40, 0.50, 11),
    ("fresh33 shipped @5f5d3c4", 10, 10, 0.40, 0.70, 0.40, 0.60, 9),
    ("fresh34 rules @8608157", 10, 9, 0.40, 0.30, 0.50, 0.10, 24),
    ("fresh34 no filter @8608157", 10, 11, 0.60, 0.60, 0.60, 0.545, 5),
    ("fresh34 shipped @8608157", 10, 10, 0.60, 0.60, 0.60, 0.60, 3),
    ("fresh35 rules @9579ee1", 11, 9, 0.364, 0.0, 0.455, 0.273, 29),
    ("fresh35 no filter @9579ee1", 11, 11, 0.727, 0.636, 0.455, 0.818, 5),
    ("fresh35 shipped @9579ee1", 11, 11, 0.727, 0.636, 0.455, 0.818, 5),
    ("fresh36 rules @18e6498", 10, 12, 0.70, 0.10, 0.70, 0.25, 25),
    ("fresh36 no filter @18e6498", 10, 11, 0.90, 0.90, 0.70, 0.455, 9),
    ("fresh36 shipped @18e6498", 10, 10, 0.90, 0.90, 0.70, 0.50, 8),
    ("fresh37 rules @84af6ec", 11, 12, 0.455, 0.0, 0.364, 0.417, 21),
    ("fresh37 no filter @84af6ec", 11, 12, 0.727, 0.455, 0.364, 0.417, 11),
    ("fresh37 shipped @84af6ec", 11, 10, 0.727, 0.455, 0.364, 0.455, 9),
    ("fresh38 rules @84af6ec", 12, 12, 0.583, 0.25, 0.50, 0.50, 17),
    ("fresh38 no filter @84af6ec", 12, 13, 0.917, 0.833, 0.50, 0.846, 3),
    ("fresh38 shipped @84af6ec", 12, 12, 0.917, 0.833, 0.50, 0.917, 2),
    # the same pages, still blind (no rule written for them yet), on the next models (fresh37's rules, fresh37 trained on)
    ("fresh38 rules @b0f3b6f", 12, 12, 0.583, 0.25, 0.583, 0.50, 17),
    ("fresh38 no filter @b0f3b6f", 12, 13, 0.917, 0.833, 0.583, 0.846, 5),
    ("fresh38 shipped @b0f3b6f", 12, 12, 0.917, 0.833, 0.583, 0.917, 4),
    ("fresh39 rules @0c4c082", 13, 9, 0.231, 0.231, 0.385, 0.0, 31),
    ("fresh39 no filter @0c4c082", 13, 14, 0.846, 0.769, 0.538, 0.714, 5),
    ("fresh39 shipped @0c4c082", 13, 13, 0.846, 0.769, 0.538, 0.769, 4),
    ("fresh40 rules @88b97e9", 12, 14, 0.583, 0.25, 0.50, 0.50, 17),
    ("fresh40 no filter @88b97e9", 12, 13, 0.917, 0.50, 0.583, 0.615, 6),
    ("fresh40 shipped @88b97e9", 12, 11, 0.917, 0.50, 0.583, 0.667, 2),
    ("fresh41 rules @c1676e5", 12, 14, 0.667, 0.0, 0.583, 0.50, 15),
    ("fresh41 no filter @c1676e5", 12, 14, 1.0, 0.75, 0.583, 0.714, 7),
    ("fresh41 shipped @c1676e5", 12, 12, 1.0, 0.75, 0.583, 0.833, 3),
    ("fresh42 rules @ed7d407", 12, 12, 0.417, 0.0, 0.50, 0.417, 19),
    ("fresh42 no filter @ed7d407", 12, 12, 0.917, 1.0, 0.417, 0.917, 4),
    ("fresh42 shipped @ed7d407", 12, 12, 0.917, 1.0, 0.417, 0.917, 4),
    # the same pages, still blind, with the CLDR's dates (written before fresh42 was read) and the models retrained
    # for them
    ("fresh42 rules @b295b1d", 12, 14, 0.25, 0.0, 0.583, 0.214, 16),
    ("fresh42 no filter @b295b1d", 12, 13, 0.917, 1.0, 0.50, 0.769, 4),
    ("fresh42 shipped @b295b1d", 12, 13, 0.917, 1.0, 0.50, 0.769, 4),
    ("fresh43 rules @b295b1d", 12, 14, 0.667, 0.0, 0.583, 0.643, 22),
    ("fresh43 no filter @b295b1d", 12, 14, 0.917, 0.833, 0.583, 0.857, 8),
    ("fresh43 shipped @b295b1d", 12, 12, 0.917, 0.833, 0.583, 1.0, 6),
    ("fresh44 rules @21c9643", 12, 17, 0.583, 0.0, 0.50, 0.353, 30),
    ("fresh44 no filter @21c9643", 12, 16, 0.917, 1.0, 0.50, 0.688, 10),
    ("fresh44 shipped @21c9643", 12, 12, 0.917, 1.0, 0.50, 0.917, 1),
    ("fresh45 rules @29386e8", 12, 15, 0.667, 0.0, 0.417, 0.20, 47),
    ("fresh45 no filter @29386e8", 12, 15, 0.667, 0.75, 0.417, 0.667, 6),
    ("fresh45 shipped @29386e8", 12, 11, 0.667, 0.75, 0.417, 0.833, 1),
    ("fresh46 rules @251320e", 12, 16, 0.583, 0.25, 0.583, 0.25, 40),
    ("fresh46 no filter @251320e", 12, 16, 1.0, 0.917, 0.50, 0.75, 18),
    ("fresh46 shipped @251320e", 12, 11, 0.917, 0.833, 0.417, 0.917, 2),
    ("fresh47 rules @dab8c00", 12, 15, 0.75, 0.0, 0.667, 0.40, 33),
    ("fresh47 no filter @dab8c00", 12, 16, 1.0, 0.917, 0.667, 0.688, 8),
    ("fresh47 shipped @dab8c00", 12, 12, 1.0, 0.917, 0.667, 0.917, 2),
    ("fresh48 rules @b7cc212", 12, 16, 0.333, 0.0, 0.583, 0.312, 52),
    ("fresh48 no filter @b7cc212", 12, 17, 1.0, 0.75, 0.583, 0.706, 9),
    ("fresh48 shipped @b7cc212", 12, 12, 1.0, 0.75, 0.583, 1.0, 0),
    ("fresh49 rules @b804f34", 12, 13, 0.167, 0.0, 0.25, 0.231, 58),
    ("fresh49 no filter @b804f34", 12, 13, 1.0, 0.833, 0.25, 0.769, 5),
    ("fresh49 shipped @b804f34", 12, 12, 1.0, 0.833, 0.25, 0.833, 2),
    ("fresh50 rules @534b053", 14, 18, 0.429, 0.0, 0.50, 0.278, 35),
    ("fresh50 no filter @534b053", 14, 19, 0.857, 0.571, 0.50, 0.684, 15),
    ("fresh50 shipped @534b053", 14, 14, 0.857, 0.571, 0.50, 0.929, 3),
    ("fresh51 rules @537455f", 14, 15, 0.429, 0.0, 0.643, 0.533, 39),
    ("fresh51 no filter @537455f", 14, 17, 1.0, 0.714, 0.714, 0.765, 10),
    ("fresh51 shipped @537455f", 14, 14, 1.0, 0.714, 0.714, 0.929, 1),
    ("fresh52 rules @537455f", 13, 15, 0.231, 0.0, 0.308, 0.0, 65),
    ("fresh52 no filter @537455f", 13, 19, 0.923, 0.231, 0.385, 0.632, 15),
    ("fresh52 shipped @537455f", 13, 14, 0.923, 0.231, 0.385, 0.857, 2),
    ("fresh53 rules @537455f", 13, 12, 0.231, 0.0, 0.308, 0.231, 31),
    ("fresh53 no filter @537455f", 13, 14, 1.0, 0.462, 0.308, 0.929, 3),
    ("fresh53 shipped @537455f", 13, 13, 1.0, 0.462, 0.308, 1.0, 1),
    ("fresh54 rules @537455f", 13, 14, 0.538, 0.0, 0.615, 0.357, 31),
    ("fresh54 no filter @537455f", 13, 17, 0.846, 0.692, 0.769, 0.412, 18),
    ("fresh54 shipped @537455f", 13, 13, 0.846, 0.692, 0.769, 0.538, 8),
    ("fresh55 rules @35c1a25", 9, 13, 0.556, 0.111, 0.333, 0.308, 32),
    ("fresh55 no filter @35c1a25", 9, 13, 1.0, 0.778, 0.667, 0.538, 17),
    ("fresh55 shipped @35c1a25", 9, 9, 1.0, 0.778, 0.667, 0.778, 3),
    ("fresh56 rules @35c1a25", 10, 11, 0.6, 0.0, 0.3, 0.273, 54),
    ("fresh56 no filter @35c1a25", 10, 12, 1.0, 0.9, 0.3, 0.833, 3),
    ("fresh56 shipped @35c1a25", 10, 12, 1.0, 0.9, 0.3, 0.833, 3),
    ("fresh57 rules @eadc212", 13, 15, 0.462, 0.0, 0.308, 0.333, 40),
    ("fresh57 no filter @eadc212", 13, 18, 1.0, 1.0, 0.308, 0.667, 12),
    ("fresh57 shipped @eadc212", 13, 13, 1.0, 1.0, 0.308, 0.923, 1),
    ("fresh58 rules @eadc212", 13, 13, 0.538, 0.0, 0.308, 0.231, 51),
    ("fresh58 no filter @eadc212", 13, 13, 0.615, 0.462, 0.308, 0.385, 16),
    ("fresh58 shipped @eadc212", 13, 10, 0.615, 0.462, 0.308, 0.385, 12),
    ("fresh59 rules @eadc212", 13, 10, 0.154, 0.0, 0.154, 0.0, 51),
    ("fresh59 no filter @eadc212", 13, 13, 1.0, 0.538, 0.154, 0.923, 2),
    ("fresh59 shipped @eadc212", 13, 13, 1.0, 0.538, 0.154, 0.923, 2),
    ("fresh60 rules @eadc212", 13, 15, 0.231, 0.385, 0.462, 0.2, 41),
    ("fresh60 no filter @eadc212", 13, 15, 0.692, 0.615, 0.462, 0.667, 6),
    ("fresh60 shipped @eadc212", 13, 15, 0.692, 0.615, 0.462, 0.667, 6),
    ("fresh61 rules @6b5f231", 13, 15, 0.0, 0.0, 0.385, 0.133, 48),
    ("fresh61 no filter @6b5f231", 13, 13, 0.923, 0.538, 0.385, 0.846, 2),
    ("fresh61 shipped @6b5f231", 13, 13, 0.923, 0.538, 0.385, 0.846, 2),
    ("fresh62 rules @6b5f231", 13, 21, 0.615, 0.0, 0.538, 0.286, 31),
    ("fresh62 no filter @6b5f231", 13, 22, 0.846, 1.0, 0.846, 0.545, 21),
    ("fresh62 shipped @6b5f231", 13, 16, 0.846, 1.0, 0.846, 0.75, 7),
    ("fresh63 rules @6b5f231", 13, 11, 0.231, 0.0, 0.462, 0.154, 40),
    ("fresh63 no filter @6b5f231", 13, 13, 1.0, 0.462, 0.462, 1.0, 0),
    ("fresh63 shipped @6b5f231", 13, 13, 1.0, 0.462, 0.462, 1.0, 0),
    ("fresh64 rules @6b5f231", 13, 13, 0.846, 0.0, 0.846, 0.615, 14),
    ("fresh64 no filter @6b5f231", 13, 13, 1.0, 0.538, 0.846, 1.0, 0),
    ("fresh64 shipped @6b5f231", 13, 13, 1.0, 0.538, 0.846, 1.0, 0),
    ("fresh65 rules @a2aec5d", 12, 15, 0.5, 0.0, 0.583, 0.267, 44),
    ("fresh65 no filter @a2aec5d", 12, 13, 0.833, 0.5, 0.5, 0.462, 8),
    ("fresh65 shipped @a2aec5d", 12, 13, 0.833, 0.5, 0.5, 0.462, 8),
    ("fresh66 rules @a2aec5d", 13, 12, 0.462, 0.0, 0.308, 0.154, 29),
    ("fresh66 no filter @a2aec5d", 13, 13, 1.0, 0.692, 0.308, 0.923, 3),
    ("fresh66 shipped @a2aec5d", 13, 13, 1.0, 0.692, 0.308, 0.923, 3),
    ("fresh67 rules @a2aec5d", 13, 16, 0.308, 0.077, 0.385, 0.188, 24),
    ("fresh67 no filter @a2aec5d", 13, 16, 0.846, 0.308, 0.385, 0.75, 7),
    ("fresh67 shipped @a2aec5d", 13, 14, 0.846, 0.308, 0.385, 0.857, 2),
    ("fresh68 rules @a2aec5d", 14, 18, 0.5, 0.214, 0.5, 0.333, 54),
    ("fresh68 no filter @a2aec5d", 14, 18, 0.929, 0.5, 0.5, 0.611, 10),
    ("fresh68 shipped @a2aec5d", 14, 15, 0.929, 0.5, 0.5, 0.733, 2),
    ("fresh69 rules @0816c6a", 13, 14, 1.0, 0.0, 0.923, 0.571, 20),
    ("fresh69 no filter @0816c6a", 13, 14, 1.0, 0.385, 0.923, 0.786, 2),
    ("fresh69 shipped @0816c6a", 13, 14, 1.0, 0.385, 0.923, 0.786, 2),
    ("fresh70 rules @0816c6a", 13, 14, 0.231, 0.0, 0.615, 0.357, 38),
    ("fresh70 no filter @0816c6a", 13, 16, 0.846, 0.462, 0.615, 0.688, 5),
    ("fresh70 shipped @0816c6a", 13, 12, 0.846, 0.462, 0.615, 0.846, 0),
    ("fresh71 rules @0816c6a", 13, 13, 0.308, 0.0, 0.462, 0.154, 61),
    ("fresh71 no filter @0816c6a", 13, 15, 0.769, 0.615, 0.462, 0.667, 13),
    ("fresh71 shipped @0816c6a", 13, 13, 0.769, 0.615, 0.462, 0.769, 10),
    ("fresh72 rules @0816c6a", 13, 8, 0.077, 0.0, 0.077, 0.154, 29),
    ("fresh72 no filter @0816c6a", 13, 11, 0.692, 0.615, 0.077, 0.538, 4),
    ("fresh72 shipped @0816c6a", 13, 11, 0.692, 0.615, 0.077, 0.538, 4),
    ("fresh73 rules @b68472a", 13, 13, 0.538, 0.154, 0.615, 0.154, 44),
    ("fresh73 no filter @b68472a", 13, 12, 0.846, 0.692, 0.615, 0.846, 3),
    ("fresh73 shipped @b68472a", 13, 12, 0.846, 0.692, 0.615, 0.846, 3),
    ("fresh74 rules @b68472a", 14, 15, 0.786, 0.0, 0.643, 0.533, 30),
    ("fresh74 no filter @b68472a", 14, 15, 1.0, 0.429, 0.643, 0.733, 2),
    ("fresh74 shipped @b68472a", 14, 14, 1.0, 0.429, 0.643, 0.786, 1),
    ("fresh75 rules @b68472a", 13, 14, 0.462, 0.0, 0.538, 0.071, 79),
    ("fresh75 no filter @b68472a", 13, 16, 0.923, 0.769, 0.538, 0.75, 20),
    ("fresh75 shipped @b68472a", 13, 13, 0.923, 0.769, 0.538, 0.923, 17),
    ("fresh76 rules @b68472a", 13, 11, 0.077, 0.0, 0.077, 0.0, 40),
    ("fresh76 no filter @b68472a", 13, 12, 0.615, 0.308, 0.077, 0.538, 11),
    ("fresh76 shipped @b68472a", 13, 9, 0.615, 0.308, 0.077, 0.538, 4),
    ("fresh77 rules @90452ea", 13, 11, 0.154, 0.231, 0.308, 0.154, 44),
    ("fresh77 no filter @90452ea", 13, 13, 1.0, 0.692, 0.308, 0.923, 1),
    ("fresh77 shipped @90452ea", 13, 13, 1.0, 0.692, 0.308, 0.923, 1),
    ("fresh78 rules @90452ea", 13, 12, 0.385, 0.077, 0.538, 0.231, 38),
    ("fresh78 no filter @90452ea", 13, 13, 0.923, 0.462, 0.538, 0.846, 1),
    ("fresh78 shipped @90452ea", 13, 13, 0.923, 0.462, 0.538, 0.846, 1),
    ("fresh79 rules @90452ea", 12, 12, 0.25, 0.083, 0.25, 0.333, 38),
    ("fresh79 no filter @90452ea", 12, 11, 0.833, 0.083, 0.25, 0.5, 4),
    ("fresh79 shipped @90452ea", 12, 10, 0.833, 0.083, 0.25, 0.5, 3),
    ("fresh80 rules @90452ea", 13, 14, 0.538, 0.0, 0.231, 0.214, 40),
    ("fresh80 no filter @90452ea", 13, 16, 0.846, 0.538, 0.231, 0.688, 11),
    ("fresh80 shipped @90452ea", 13, 12, 0.846, 0.538, 0.231, 0.846, 0),
    ("fresh81 rules @d15bd15", 12, 13, 0.917, 0.25, 0.917, 0.692, 19),
    ("fresh81 no filter @d15bd15", 12, 13, 0.833, 0.917, 0.917, 0.692, 4),
    ("fresh81 shipped @d15bd15", 12, 13, 0.833, 0.917, 0.917, 0.692, 4),
    ("fresh82 rules @d15bd15", 20, 21, 0.75, 0.1, 0.65, 0.429, 32),
    ("fresh82 no filter @d15bd15", 20, 20, 0.95, 0.15, 0.65, 0.65, 7),
    ("fresh82 shipped @d15bd15", 20, 20, 0.95, 0.15, 0.65, 0.65, 7),
    ("fresh83 rules @d15bd15", 14, 14, 0.786, 0.071, 0.643, 0.429, 26),
    ("fresh83 no filter @d15bd15", 14, 16, 1.0, 0.571, 0.714, 0.75, 0),
    ("fresh83 shipped @d15bd15", 14, 16, 1.0, 0.571, 0.714, 0.75, 0),
    ("fresh84 rules @d15bd15", 18, 16, 0.5, 0.111, 0.444, 0.333, 43),
    ("fresh84 no filter @d15bd15", 18, 14, 0.389, 0.278, 0.389, 0.444, 7),
    ("fresh84 shipped @d15bd15", 18, 13, 0.389, 0.278, 0.389, 0.444, 3),
    ("fresh81 rules @9f095dc", 12, 13, 0.917, 0.25, 0.917, 0.692, 19),
    ("fresh81 no filter @9f095dc", 12, 14, 0.833, 0.833, 0.917, 0.643, 5),
    ("fresh81 shipped @9f095dc", 12, 14, 0.833, 0.833, 0.917, 0.643, 5),
    ("fresh82 rules @9f095dc", 20, 21, 0.75, 0.1, 0.65, 0.429, 32),
    ("fresh82 no filter @9f095dc", 20, 20, 0.95, 0.15, 0.65, 0.6, 8),
    ("fresh82 shipped @9f095dc", 20, 19, 0.95, 0.15, 0.6, 0.6, 8),
    ("fresh83 rules @9f095dc", 14, 14, 0.786, 0.071, 0.643, 0.429, 26),
    ("fresh83 no filter @9f095dc", 14, 16, 1.0, 0.857, 0.714, 0.625, 3),
    ("fresh83 shipped @9f095dc", 14, 16, 1.0, 0.857, 0.714, 0.625, 3),
    ("fresh84 rules @9f095dc", 18, 16, 0.5, 0.111, 0.444, 0.333, 41),
    ("fresh84 no filter @9f095dc", 18, 14, 0.389, 0.222, 0.389, 0.444, 7),
    ("fresh84 shipped @9f095dc", 18, 13, 0.389, 0.222, 0.389, 0.444, 3),
    ("fresh85 rules @c2b4e48", 14, 14, 0.571, 0.571, 0.5, 0.286, 22),
    ("fresh85 no filter @c2b4e48", 14, 14, 0.571, 0.857, 0.571, 0.357, 9),
    ("fresh85 shipped @c2b4e48", 14, 14, 0.571, 0.857, 0.571, 0.357, 9),
    ("fresh86 rules @c2b4e48", 15, 18, 0.733, 0.133, 0.467, 0.278, 49),
    ("fresh86 no filter @c2b4e48", 15, 19, 1.0, 0.933, 0.467, 0.737, 9),
    ("fresh86 shipped @c2b4e48", 15, 15, 1.0, 0.933, 0.467, 0.933, 1),
    ("fresh87 rules @c2b4e48", 20, 25, 0.75, 0.35, 0.95, 0.48, 22),
    ("fresh87 no filter @c2b4e48", 20, 25, 0.95, 0.8, 0.95, 0.6, 9),
    ("fresh87 shipped @c2b4e48", 20, 19, 0.95, 0.8, 0.95, 0.75, 3),
    ("fresh88 rules @c2b4e48", 18, 22, 0.556, 0.0, 0.5, 0.318, 40),
    ("fresh88 no filter @c2b4e48", 18, 19, 0.611, 0.444, 0.556, 0.368, 10),
    ("fresh88 shipped @c2b4e48", 18, 16, 0.667, 0.389, 0.556, 0.389, 6),
    ("fresh85 rules @8af80cd", 14, 14, 0.571, 0.571, 0.5, 0.286, 22),
    ("fresh85 no filter @8af80cd", 14, 14, 0.643, 0.857, 0.571, 0.286, 11),
    ("fresh85 shipped @8af80cd", 14, 14, 0.643, 0.857, 0.571, 0.286, 11),
    ("fresh86 rules @8af80cd", 15, 18, 0.733, 0.2, 0.467, 0.278, 49),
    ("fresh86 no filter @8af80cd", 15, 19, 1.0, 1.0, 0.467, 0.737, 10),
    ("fresh86 shipped @8af80cd", 15, 15, 1.0, 1.0, 0.467, 0.933, 2),
    ("fresh87 rules @8af80cd", 20, 25, 0.75, 0.35, 0.95, 0.48, 22),
    ("fresh87 no filter @8af80cd", 20, 24, 0.95, 0.8, 0.95, 0.667, 6),
    ("fresh87 shipped @8af80cd", 20, 19, 0.95, 0.8, 0.95, 0.8, 1),
    ("fresh88 rules @8af80cd", 18, 22, 0.556, 0.0, 0.5, 0.318, 40),
    ("fresh88 no filter @8af80cd", 18, 19, 0.722, 0.444, 0.556, 0.368, 10),
    ("fresh88 shipped @8af80cd", 18, 16, 0.778, 0.389, 0.556, 0.389, 6),
    ("fresh89 rules @9559bd6", 13, 12, 0.692, 0.231, 0.615, 0.615, 22),
    ("fresh89 no filter @9559bd6", 13, 14, 0.769, 0.923, 0.538, 0.571, 13),
    ("fresh89 shipped @9559bd6", 13, 13, 0.769, 0.923, 0.538, 0.615, 12),
    ("fresh90 rules @9559bd6", 12, 14, 0.75, 0.5, 0.833, 0.071, 30),
    ("fresh90 no filter @9559bd6", 12, 12, 0.75, 0.75, 0.833, 0.75, 4),
    ("fresh90 shipped @9559bd6", 12, 12, 0.75, 0.75, 0.833, 0.75, 4),
    ("fresh91 rules @9559bd6", 9, 10, 0.444, 0.333, 0.667, 0.0, 62),
    ("fresh91 no filter @9559bd6", 9, 11, 0.889, 0.889, 0.667, 0.545, 9),
    ("fresh91 shipped @9559bd6", 9, 11, 0.889, 0.889, 0.667, 0.545, 9),
    ("fresh92 rules @9559bd6", 24, 20, 0.375, 0.208, 0.375, 0.167, 32),
    ("fresh92 no filter @9559bd6", 24, 19, 0.667, 0.333, 0.458, 0.458, 4),
    ("fresh92 shipped @9559bd6", 24, 18, 0.667, 0.333, 0.458, 0.458, 3),
    ("fresh93 rules @3051c86", 12, 12, 0.75, 0.417, 0.5, 0.25, 40),
    ("fresh93 no filter @3051c86", 12, 13, 1.0, 0.833, 0.5, 0.692, 6),
    ("fresh93 shipped @3051c86", 12, 13, 1.0, 0.833, 0.5, 0.692, 6),
    ("fresh94 rules @3051c86", 17, 22, 0.824, 0.118, 0.471, 0.455, 35),
    ("fresh94 no filter @3051c86", 17, 20, 0.941, 0.471, 0.471, 0.7, 11),
    ("fresh94 shipped @3051c86", 17, 16, 0.941, 0.471, 0.471, 0.824, 1),
    ("fresh95 rules @3051c86", 14, 19, 0.929, 0.071, 0.714, 0.368, 55),
    ("fresh95 no filter @3051c86", 14, 18, 1.0, 1.0, 0.786, 0.667, 10),
    ("fresh95 shipped @3051c86", 14, 15, 1.0, 1.0, 0.786, 0.8, 5),
    ("fresh96 rules @3051c86", 12, 13, 0.417, 0.0, 0.5, 0.154, 49),
    ("fresh96 no filter @3051c86", 12, 13, 1.0, 0.417, 0.5, 0.769, 16),
    ("fresh96 shipped @3051c86", 12, 12, 1.0, 0.417, 0.5, 0.833, 9),
    ("fresh97 rules @45e4eff", 15, 22, 1.0, 0.0, 0.8, 0.273, 51),
    ("fresh97 no filter @45e4eff", 15, 17, 1.0, 0.533, 0.8, 0.588, 14),
    ("fresh97 shipped @45e4eff", 15, 15, 1.0, 0.533, 0.8, 0.667, 11),
    ("fresh98 rules @45e4eff", 13, 14, 0.769, 0.308, 0.615, 0.429, 30),
    ("fresh98 no filter @45e4eff", 13, 14, 0.923, 0.846, 0.615, 0.5, 15),
    ("fresh98 shipped @45e4eff", 13, 14, 0.923, 0.846, 0.615, 0.5, 15),
    ("fresh99 rules @45e4eff", 20, 22, 0.75, 0.0, 0.55, 0.727, 23),
    ("fresh99 no filter @45e4eff", 20, 20, 0.9, 0.4, 0.65, 0.9, 2),
    ("fresh99 shipped @45e4eff", 20, 19, 0.9, 0.4, 0.65, 0.9, 0),
    ("fresh100 rules @45e4eff", 16, 17, 0.812, 0.438, 0.562, 0.706, 11),
    ("fresh100 no filter @45e4eff", 16, 16, 0.938, 0.438, 0.562, 0.875, 1),
    ("fresh100 shipped @45e4eff", 16, 16, 0.938, 0.438, 0.562, 0.875, 1),
    ("fresh101 rules @8d5caab", 17, 17, 0.706, 0.118, 0.529, 0.412, 53),
    ("fresh101 no filter @8d5caab", 17, 17, 0.824, 0.529, 0.588, 0.765, 2),
    ("fresh101 shipped @8d5caab", 17, 17, 0.824, 0.529, 0.588, 0.765, 2),
    ("fresh102 rules @8d5caab", 13, 11, 0.462, 0.154, 0.538, 0.462, 33),
    ("fresh102 no filter @8d5caab", 13, 14, 0.923, 0.462, 0.462, 0.786, 1),
    ("fresh102 shipped @8d5caab", 13, 14, 0.923, 0.462, 0.462, 0.786, 1),
    ("fresh103 rules @8d5caab", 15, 21, 0.733, 0.067, 0.6, 0.286, 29),
    ("fresh103 no filter @8d5caab", 15, 18, 0.933, 0.4, 0.667, 0.722, 7),
    ("fresh103 shipped @8d5caab", 15, 15, 0.933, 0.4, 0.667, 0.867, 3),
    ("fresh104 rules @8d5caab", 15, 22, 1.0, 0.2, 0.733, 0.364, 48),
    ("fresh104 no filter @8d5caab", 15, 18, 1.0, 0.933, 0.733, 0.667, 5),
    ("fresh104 shipped @8d5caab", 15, 16, 1.0, 0.933, 0.733, 0.75, 2),
)


def tuning_batches(names: list[str]) -> dict[str, list[str]]:
    """The tuning corpus's pages grouped by the commit that added each page's gold file.

    Args:
        names: the corpus's page names.

    Returns:
        Batch label ("tuning@COMMIT") to its page names; one batch per page when git cannot tell.
    """
    batches: dict[str, list[str]] = {}
    for name in names:
        try:
            commit = subprocess.run(
                ["git", "log", "--diff-filter=A", "--format=%h", "-1", "--", str(LAYOUTS / f"{name}.gold.json")],
                capture_output=True, text=True, cwd=HERE.parent, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            commit = ""
        batches.setdefault(f"tuning@{commit or name}", []).append(name)
    return batches


def score_batch(label: str, pages: list[tuple[str, str, dict]], weights: np.ndarray | None,
                tagger: segmenter.Tagger | None = None, rules_only: bool = False,
                chooser: site_name.Chooser | None = None,
                screen: article_filter.ArticleFilter | None = None) -> tuple[PageScore, list]:
    """Split and score one batch's pages with the given line-model weights, tagger and site-name chooser.

    Args:
        label: the batch's name for the report.
        pages: (name, page text, gold) of each page.
        weights: line-model weights to use; None keeps the stored model.
        tagger: the tagger to use; None keeps the stored one.
        rules_only: split without any tagger or chooser.
        chooser: the site-name chooser to use; None keeps the stored one.
        screen: the article filter to use; None keeps the stored one.

    Returns:
        (the batch's summed score, the per-page scores).
    """
    original = line_model._weights, segmenter.load, site_name.load, article_filter.load
    if screen is not None or rules_only:
        article_filter.load = lambda: screen
    if weights is not None:
        line_model._weights = lambda: weights
    if tagger is not None or rules_only:
        segmenter.load = lambda: tagger
    if chooser is not None or rules_only:
        site_name.load = lambda: chooser
    try:
        scores = [score_page(name, gold, split_pages([text])[0]) for name, text, gold in pages]
    finally:
        line_model._weights, segmenter.load, site_name.load, article_filter.load = original
    total = PageScore(label)
    for score in scores:
        total.add(score)
    return total, scores


def filter_without(stored: dict, fold: str, off: bool) -> article_filter.ArticleFilter:
    """The article filter refitted from its stored out-of-fold rows (`stored`, the model file) without those of a fold
    (every tuning fold when `fold` is "layouts/"), at the stored threshold; with `off`, one that keeps every article."""
    data = np.array(stored["rows"], dtype=float)
    held = np.array([stored["folds"][int(f)].startswith(fold) for f in data[:, 0]])
    model = logistic.fit(data[~held, 3:], data[~held, 2])
    return article_filter.ArticleFilter(model.mean, model.scale, model.weights,
                                        0.0 if off else stored["weights"]["min_probability"])


def row(score: PageScore, note: str = "") -> str:
    """One report row: articles of gold and found, each field's rate, furniture lines left."""
    return (f"{score.name:<22} {score.gold:>4} {score.found:>5} " + " ".join(f"{score.rate(f):>8.1%}" for f in FIELDS)
            + f" {len(score.furniture_left):>9}  {note}")


def main(argv: list[str]) -> int:
    """Print the leave-one-batch-out table.

    Args:
        argv: command-line arguments; ``--pages`` lists each batch's misses.

    Returns:
        The exit status.
    """
    corpus = load_corpus()
    by_name = {name: (name, text, gold) for name, text, gold in corpus}
    x, y, where = line_model.labelled_lines(LAYOUTS)
    page_of = np.array([w.split(":", 1)[0] for w in where])
    head = f"{'batch':<22} {'gold':>4} {'found':>5} " + " ".join(f"{f:>8}" for f in FIELDS) + f" {'furn.left':>9}"
    print(head)
    print("-" * len(head))
    pooled_tuning, pooled_fresh = PageScore("pooled tuning (LOBO)"), PageScore("pooled fresh (LOBO)")
    rules_only = "--rules" in argv
    stored_filter = json.loads(article_filter.MODEL_PATH.read_text(encoding="utf-8"))
    batches = {label: [by_name[n] for n in names] for label, names in tuning_batches(sorted(by_name)).items()}
    batches.update({folder.replace("layouts-", ""): load_batch(HERE / "data" / folder) for folder in FRESH
                    if (HERE / "data" / folder).is_dir()})
    rows = {label: [segmenter.labelled_page(text, gold) for _, text, gold in pages] for label, pages in batches.items()}
    details: list[str] = []
    for label, pages in batches.items():
        tuning = label.startswith("tuning@")
        weights = None
        if tuning:
            held = np.isin(page_of, [name for name, _, _ in pages])
            weights = line_model.fit(x[~held], y[~held])
        tagger = chooser = screen = None
        if not rules_only:
            tagger = trained_without(rows, {label})
            chooser = site_name.fit(*site_rows([p for other, ps in batches.items() if other != label for p in ps]))
            screen = filter_without(stored_filter, "layouts/" if tuning else f"layouts-{label}", "--no-filter" in argv)
        total, _ = score_batch(label, pages, weights, tagger, rules_only, chooser if not rules_only else None, screen)
        (pooled_tuning if tuning else pooled_fresh).add(total)
        note = "tagger" + (" and line model" if tuning else "") + " retrained without them"
        print(row(total, f"{len(pages)} pages, {'rules alone' if rules_only else note}"))
        details += total.misses + [f"furniture left: {f}" for f in total.furniture_left]
    print("-" * len(head))
    everything = PageScore("pooled all")
    everything.add(pooled_tuning)
    everything.add(pooled_fresh)
    for total in (pooled_tuning, pooled_fresh, everything):
        print(row(total))
    rounds = int(argv[argv.index("--resample") + 1]) if "--resample" in argv else 5
    fraction = float(argv[argv.index("--fraction") + 1]) if "--fraction" in argv else 0.5
    if rounds:
        fresh = [page for folder in FRESH[:5] if (HERE / "data" / folder).is_dir() for page in load_batch(HERE / "data" / folder)]
        names = sorted(by_name)
        print(f"\nfresh3-7 split with line models trained on random samples of {fraction:.0%} of the tuning pages "
              f"({rounds} retrains):")
        for seed in range(rounds):
            keep = random.Random(seed).sample(names, int(fraction * len(names)))
            held = np.isin(page_of, keep)
            total, _ = score_batch(f"retrain {seed}", fresh, line_model.fit(x[held], y[held]))
            print(row(total))
    print("\nfirst measurements, blind (before any change for the batch), in the order they were taken:")
    pooled = dict.fromkeys(FIELDS, 0.0)
    for label, gold, *rates, furniture in BLIND:
        print(f"{label:<22} {gold:>4} {'':>5} " + " ".join(f"{r:>8.1%}" for r in rates) + f" {furniture:>9}")
        for name, rate in zip(FIELDS, rates):
            pooled[name] += rate * gold
    gold = sum(b[1] for b in BLIND)
    print(f"{'pooled blind':<22} {gold:>4} {'':>5} " + " ".join(f"{pooled[f] / gold:>8.1%}" for f in FIELDS)
          + f" {sum(b[-1] for b in BLIND):>9}  (weighted by gold articles)")
    print("\nthe tagger's blind first measurement beside the rules' on the same pages (boundary over max(gold, found)):")
    for label, gold, found, *rates, furniture in TAGGER_BLIND:
        print(f"{label:<22} {gold:>4} {found:>5} " + " ".join(f"{r:>8.1%}" for r in rates) + f" {furniture:>9}")
    if "--pages" in argv:
        for line in details:
            print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
