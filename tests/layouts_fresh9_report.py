"""Ninth blind held-out measurement of page splitting (tests/data/layouts-fresh9).

The ten pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: teletext pages
saved from a web viewer (two stories, each over two subpages opened by a broadcast header line
'P104  NORTEXT 104  Fri 21 Nov 18:42/07' without a year and a '1/2' counter line, the copy
hard-wrapped at 40 columns, 'continues on 104 2/2' and fastext lines; no date in the gold); a
stock-exchange regulatory announcement (RNS) with 'Released 07:00:04 21 November 2025', 'RNS
Number : 4821K', a defined-term line, a tab-separated drill-results table inside the body, a
Competent Person statement, tab-separated contacts, 'END' and a story-code line; a live-score
site's match centre before kick-off (fixture widget, countdown, form letters, odds, match tabs)
with a preview dated only 'Published 2 hrs ago', predicted line-ups, a fan poll and other
scores; a Swahili regional news site ('Na Mwandishi Wetu, Moshi', 'Jumatatu, Novemba 24, 2025
— 09:30', 'Imesasishwa saa 3 zilizopita', 'Soma pia:', 'TANGAZO', a '(Picha: ...)' caption
before the first paragraph); a Lithuanian regional site (year-first '2025 m. lapkričio 21 d.
14:05', 'Atnaujinta prieš 2 val.', 'Taip pat skaitykite:', 'Reklama', 'Nuotr. NAME' after the
body); a science journal's news story (a later 'Correction 24 November 2025' above the
headline, citation digits glued to words, a doi line, a numbered reference list and the appended
correction notice after the body); a humanitarian flash update re-posted on an aid-information
portal ('Posted:' and 'Originally published:' dates, 'Source: ORGANISATION' as the outlet, a
'KEY FIGURES' box of bare numbers, 'HIGHLIGHTS' bullets opening the body, ALL-CAPS section
heads); a local paper's by-election results hub (a tab-separated party table above the report,
a ward-by-ward results block between the report and an 'ANALYSIS' piece with its own byline and
date); a web-archive snapshot of an article (the archive toolbar with its capture timestamp,
capture range and calendar labels above the archived page and its cookie banner); and a mobile
page after infinite scroll holding three full articles split by 'NEXT STORY' lines, dated
'Updated 2 hrs ago', 'Yesterday at 5:40 PM' and 'Thursday 20 November 2025, 7:12 AM'. Their gold
files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at 21f781d, after the fresh8 round and before any change for these
pages; run once at f5499c3): 14 articles of gold, 15 found; title 64.3%, outlet 28.6%, date 57.1%,
boundary 40.0%, 39 furniture lines left. Per page (title / outlet / date / boundary, furniture
left): byelection_results_hub_ashmoor 1/1/1/1, 0; humanitarian_flash_update_tarvel 0/1/0/0, 5;
infinite_scroll_brightwater_courier 0.67/0/0.33/1, 0; lithuanian_aukstaitijos_zinios 0/0/0/0, 2;
match_centre_preview_carrick 1/1/1/0, 4; rns_drilling_update_bellmoor 1/0/1/0, 11;
science_news_references_correction 2 found of 1, 1/0/0/0, 8; swahili_sauti_ya_kaskazini 0/0/0/0, 2;
teletext_nortext_pages 0.5/0/1/0, 7; wayback_snapshot_lindenford_post 1/0/1/1, 0. Consent banners
in Lithuanian and Swahili (and a browser-support notice in English) became titles; outlets were
mostly missed.

Run ``python tests/layouts_fresh9_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH9 = HERE / "data" / "layouts-fresh9"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH9, label="fresh9 pages"))
