"""Eighty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh85).

The eight pages there were written before any change made for them, as pages a researcher would paste,
copied from a browser (select all, copy, paste as plain text), from invented outlets in layouts distinct
from each other and from the earlier batches. This time all eight are NEWS SITES IN THE UNITED STATES
AND CANADA, seven in English and one in Québec French, each a different kind of site: a big-city
Milwaukee daily's transit story behind a metered paywall (a meter banner 'You have 1 free article left
this month.' first, a 'SUBSCRIBER ONLY' badge over the headline, a one-sentence dek, the author's bare
name over the paper's name, one line 'Published 5:02 a.m. CT March 8, 2026 | Updated 9:47 a.m. CT March
8, 2026' with the clock time and zone before the date, 'Gift this article', a two-line caption with the
credit on its own line, a 'MORE: ...' link and a three-line subscribe box inside the copy, a beat and
contact line, 'Most Popular' and the copyright line); a Boise, Idaho, local TV station's story on
wildfire smoke keeping pupils indoors (the call letters 'KBXI 6' first, a weather corner, a lower-case
'by NAME | KBXI 6 News', 'Tue, September 22nd 2026 at 6:14 PM' with an abbreviated weekday and an
ordinal day, a font-size line 'AA', a caption dated the day before, a 'BOISE, Idaho (KBXI) —' dateline,
a 'RELATED | ...' link inside the copy, 'Top Stories' over relative ages and the owner company in the
copyright line); a Bethel, Alaska, public radio story on the Kuskokwim ice road closing (a 'Listen Live'
and 'On Air Now' strip first, 'NAME, Tundra Public Radio - Bethel' with no 'By', 'Posted Tuesday, May 5,
2026 · 7:41 a.m.', the audio player's lines one a line with a running time and a speed, a
Yugtun-language version with its duration, a caption dated 29 April, a 'Related: ...' link inside the
copy, a membership appeal, tags, an author box and the cooperative in the copyright line); a small Ord,
Nebraska, paper carrying a wire story on closing rest areas ('By RUTH KAMINSKI Heartland Press' in one
line, '3 hrs ago' as the only date, five share lines, an AP-style caption with its own full date, a
'LINCOLN, Neb. (HP) —' dateline, the paper's newsletter line inside the copy, the wire's copyright and
redistribution line, tags, 'Most Popular' and the paper's address line; the wire is the outlet); a
Vancouver daily's live-updates page on Fraser Valley floods printing four entries each with its own
headline (a 'LIVE' badge, the live page's own headline and standfirst, 'Chronicle staff' and 'Wednesday,
November 4, 2026 · Updated continuously', a 'Key updates' box with bullets, time lines '22 min ago', '1
hr ago', '10:05 a.m.' and '7:30 a.m.' above the entries' headlines, '— NAME' lines after them, an
'Advertisement' line between entries and a caption inside one entry); a Duluth, Minnesota, regional
monthly's long read on a retiring Great Lakes deckhand (a subscription offer line first, a short
title-case headline, a dek without a final full stop, 'Story by NAME | Photography by NAME', the bare
date 'May 27, 2026', 'From our June 2026 issue', '24 min read', three one-line subheads, a pull quote in
curly quotes and an 'ADVERTISEMENT' line inside the body, an author bio, an issue note and the publisher
in the description and copyright lines); a Québec City French-language daily's opinion column on the
tramway works ('Samedi 14 mars 2026' first, a caps 'CHRONIQUE' label, the columnist's name over the
paper's name, 'Publié hier à 18 h 45' and 'Mis à jour à 7 h 10', guillemets with spaces, a two-line 'À
LIRE AUSSI' link and a three-line paywall box inside the copy, an opinion disclaimer, numbered 'Les plus
lus' and a cookie line about 'témoins'); and a Houston daily's morning briefing page printing four items
each under a caps section label ('MORNING BRIEFING', 'Thursday, July 16, 2026', the editor's byline and
greeting paragraph, 'Read the full story by NAME →' and 'Related: ...' links, a three-line sponsor box,
a partner's item under 'Bayou Public Media · yesterday, 4:10 p.m.' closed by 'Read more at Bayou Public
Media →', and the editor's sign-off). Two pages hold four articles each, the others one: 14 articles.
Dates mix absolute dates in US and Canadian forms ('5:02 a.m. CT March 8, 2026', 'Tue, September 22nd
2026 at 6:14 PM', 'Tuesday, May 5, 2026 · 7:41 a.m.', 'May 27, 2026') with relative times ('3 hrs ago'
with nothing fixing the day, so no date; '22 min ago', '1 hr ago' and clock-time entries under a date
line; 'Publié hier à 18 h 45' under a French date line with an update time of the reading day;
'yesterday, 4:10 p.m.' under a briefing's issue date), captions with dates that are not the articles'
dates (the day before, 29 April, 13 October), a print issue month that is not the date, and event days
in the copy that are not the articles' dates (April 6 and May 15, Friday night and late Thursday, around
May 12 and Jan. 9, Nov. 1 and January, Thursday morning, 1986 and March 28, Jeudi soir and en mai, Aug.
2 and July 29). The outlet is named in mastheads, bylines, caption credits, paywall and newsletter
boxes, appeal lines, issue notes and copyright lines (four copyright lines name an owner company,
cooperative or publisher instead of the outlet); two articles come from an outlet other than the site's
(the wire 'Heartland Press' on the small paper's site and the partner 'Bayou Public Media' in the
briefing). Outlets, people and organisations are invented (the cities, rivers, roads and public
institutions are real). Their gold files were written before the splitter was ever run on them. They are
a measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of c2b4e48, session 21's last: the learned parts trained on fresh3 to
fresh80; the pages were written at the start of session 22, committed at a6a35dd and measured before any change of
that session): 14 articles of gold, 14 found; title 57.1%, outlet 85.7%, date 57.1%, boundary 35.7%, 9 furniture
lines left. Without the article filter: 14 found, 57.1% / 85.7% / 57.1% / 35.7%, 9 furniture lines left. The rules
alone: 14 found, 57.1% / 57.1% / 50.0% / 28.6%, 22 furniture lines left. Then, still unread, on 8af80cd (session
22's rules, made from fresh81-84's misses, and its parts trained on fresh3-84): 14 found; title 64.3%, outlet 85.7%,
date 57.1%, boundary 28.6%, 11 furniture lines left; without the filter 14 found, 64.3% / 85.7% / 57.1% / 28.6%, 11
furniture lines left; the rules alone 14 found, 57.1% / 57.1% / 50.0% / 28.6%, 22 furniture lines left.

Run ``python tests/layouts_fresh85_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH85 = HERE / "data" / "layouts-fresh85"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH85, label="fresh85 pages"))
