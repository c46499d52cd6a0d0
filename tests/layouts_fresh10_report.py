"""Tenth blind held-out measurement of page splitting (tests/data/layouts-fresh10).

The ten pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a news database's
full-text delivery (LexisNexis-style) of three documents from three outlets, each a headline
over the outlet's name alone, 'November 26, 2025 Wednesday', a publisher's copyright line,
labelled 'Section:' / 'Length:' / 'Byline:' lines, a bare 'Body' label, 'Load-Date:' (a later
date) and 'End of Document', one with a labelled 'Highlight:' standfirst; a city-newsletter
brand's local page of three 'smart brevity' stories ('4 hours ago - Transportation', bold
lead-ins such as 'Why it matters:' kept on their paragraphs, '•' bullets, 'Go deeper:' links);
an Estonian county paper ('26. november 2025, 08:40', 'Uuendatud 2 tundi tagasi', 'Loe ka:',
'Reklaam', an ALL-CAPS 'FOTO:' caption, one reader comment); a Slovenian regional portal under
an app-install banner, its name only in the logo's alt text, the byline and a spaced numeric
date 'sreda, 26. 11. 2025, 09.30' ABOVE the headline, 'Preberite še:' and 'Oglasno sporočilo';
a Filipino (Tagalog) regional site ('Ni NAME', 'Nobyembre 26, 2025 | 6:15 PM', '(Larawan mula
sa ...)' caption before the body, 'BASAHIN:', 'ADVERTISEMENT', an author box); a monthly
magazine's long read (a drop cap split onto its own line, a condensed pull quote and a '◆'
break inside the body, credits on two lines, an author bio after it); a media-monitoring
agency's coverage report of three press clips, each with 'Source: OUTLET', 'Date: DD/MM/YYYY',
reach and sentiment lines, under the agency's own summary paragraph; an article saved from a
browser's reader view (toolbar labels, a bare domain line, 'By NAME, OUTLET', '7–9 minutes',
'Published: 11/25/2025 5:48 PM EST'); a nonprofit hyperlocal article with a republishing note,
an author box and a threaded comment widget of reader prose; and a product review whose site
is named only in its copyright line (affiliate disclosure, star rating, price widgets, a
reviewer-written verdict with For / Against bullets and a tab-separated spec table inside the
body). Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest.

First measurement (the splitter at 21f781d, unchanged since fresh9's first measurement; run once at
0739c12): 16 articles of gold, 22 found; title 87.5%, outlet 62.5%, date 75.0%, boundary 9.1%, 43
furniture lines left. Per page (title / outlet / date / boundary, furniture left):
estonian_mulgi_teataja 1/1/0/0, 7; hyperlocal_threaded_comments_oakhurst 5 found of 1, 1/1/1/0, 8;
lexis_full_text_delivery_corrow 1/0/1/0, 4; magazine_dropcap_pullquote_skerrow 2 found of 1, 1/1/0/0,
2; media_monitoring_clips_fenwick 4 found of 3, 1/1/1/0.5, 3; product_review_affiliate_halden
1/0/1/0, 3; reader_view_tidewater_standard 1/1/1/0, 2; slovenian_posavski_vestnik 0/0/0/0, 6;
smart_brevity_local_hartwell 1/0.67/1/0, 2; tagalog_balita_silangan 0/1/0/0, 6. Most boundary misses
are one furniture line kept at a body's start (an author's name, a reading time, a 'Type:' label,
an edition line) or end (an author box, a contact line, a company address).

Run ``python tests/layouts_fresh10_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH10 = HERE / "data" / "layouts-fresh10"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH10, label="fresh10 pages"))
