"""Fifth blind held-out measurement of page splitting (tests/data/layouts-fresh5).

The eight pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a Swedish local
paper ('Av NAME', 'Publicerad 14 november 2025 kl. 07.12', 'Uppdaterad för 2 timmar sedan',
'Läs också:' and 'Annons' inside the body); a Czech regional portal (genitive month
'14. listopadu 2025', 'Aktualizováno před 3 hodinami', 'Čtěte také:', 'Foto:' credit); a
'key points' list page of four items, each an 'N of 4' counter, a headline, a bare clock time
and its paragraphs; a football results round-up with a score strip and three match reports
each under a bare score line; an obituaries page (three notices headed 'SURNAME, Given Names'
with life spans and 'Published in OUTLET on DATE' after the body); a local article whose
byline and date come after the body; a nonprofit republisher naming the original outlet in
'Originally published by OUTLET on DATE'; and a Danish 'Seneste nyt' stream with 'for N
timer siden' times. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the splitter at 8fbc791, before any change; run once): 8 articles found of
17; title 23.5%, outlet 35.3%, date 11.8%, boundary 17.6%, 36 furniture lines left. Per page
(title / outlet / date / boundary, furniture left): byline_after_body_gazette 1/1/0/1, 0;
czech_denik_vysocina 1/1/0/1, 3; danish_seneste_nyt 1 of 3 found, 0/0/0/0, 15;
keypoints_budget 1 of 4 found, 0/0.25/0.25/0, 8; obituaries_chronicle 1 of 3 found,
0/0.33/0/0, 2; sports_results_roundup 1 of 3 found, 0/0.33/0.33/0, 3; swedish_lokaltidning
1/1/0/1, 3; syndicated_commons_post 1/0/0/0, 2.

After the change that followed (list items found by their repeated shape, headlines chosen over label
lines, outlet markers such as 'via OUTLET' and 'Originally published by OUTLET', month names and
relative dates of Portuguese, Norwegian, Danish, Swedish, Polish and Czech, more furniture words),
developed on the tuning corpus and fresh4 only and measured here once: 16 articles found of 17;
title 82.4%, outlet 88.2%, date 70.6%, boundary 70.6%, 4 furniture lines left. Still missed: the
obituary page (one article titled by its '1938 – 2025' line: the notices' 'SURNAME, Given Names'
headings over a life-span label were not read as items), a date or byline given only after the body
('Published: 13/11/2025' under the last paragraph, 'Published in OUTLET on DATE' under each notice),
the Czech author line (a bare name over the date line became an article of its own), the
republisher's Creative Commons note left at the end of the body, and a lone e-mail address line.

Later a development set (with fresh6; see tests/layouts_fresh6_report.py for the general change made from their
misses): 17 articles found of 17; title 100.0%, outlet 100.0%, date 100.0%, boundary 100.0%, 0 furniture lines left.

Run ``python tests/layouts_fresh5_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH5 = HERE / "data" / "layouts-fresh5"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH5, label="fresh5 pages"))
