"""Seventh blind held-out measurement of page splitting (tests/data/layouts-fresh7).

The ten pages there were written before any change made for them, in layouts that neither
the tuning corpus (tests/data/layouts) nor the earlier fresh batches cover: a French regional
news article (consent banner 'Vos données, notre priorité', 'Par NAME', 'Publié le 18 nov.
2025 à 06h45 · Mis à jour il y a 3 heures', '© Photo' caption, 'À lire aussi :', 'Publicité');
a news-aggregator 'Full coverage' cluster of one story told by four outlets, each outlet's
preview its own article (outlet name above the headline, times from '2 hours ago' to '17 Nov
2025'); a company press release converted from PDF (hard-wrapped lines, a repeated running
header and 'Page 1 of 2' inside the body, 'About COMPANY' boilerplate, '###', media contact);
a regional public broadcaster's story under a video player whose 'Watch: ...' title and
timestamped transcript lines are furniture, dated only in its byline, with a 'More video' rail;
a Q&A explainer holding one article cut by question subheads ('What happened?', 'Why does it
matter?'); a photo gallery whose intro and captions form one article, with 'N / 8' counters
and 'Photo:' credits; an AMP page dated only 'Updated 47 minutes ago', with 'Advertisement' /
'Story continues below advertisement' interruptions and a 'Read more' teaser block inside the
body; a wire-service desk of four items with slug lines, 'UPDATE 1-' headline, datelines
without year, '(Adds ...)' notes and 'Reporting by ...; Editing by ...' trailers; a newsletter
archive web view of three stories under circled-digit section labels, with issue navigation
and a contents list paraphrasing the headlines; and an old-style forum board used as a letters
page, three letters with 'Posted by NAME » Dow D Mon YYYY, HH:MM', member lines, signatures
and a 'Re:' subject repeating an older letter's subject. Their gold files were written before
the splitter was ever run on them. They are a measurement, not a target: nothing here asserts
on the scores, and the file is not collected by pytest.

First measurement: not yet run.

Run ``python tests/layouts_fresh7_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH7 = HERE / "data" / "layouts-fresh7"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH7, label="fresh7 pages"))
