"""Thirtieth blind held-out measurement of page splitting (tests/data/layouts-fresh30).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
an Indian English-language business daily's company story (a market strip of prices with arrow
glyphs, a 'Home » Companies » News' breadcrumb, a standfirst without a full stop, the reporter's
city alone on the line under her name, '3 min read Last Updated : Dec 16 2025 | 11:42 PM IST', a
four-line stock quote box, 'ALSO READ: ...' inside the copy, 'Topics :' tags and 'First
Published: ... IST' at the foot of the story); an Australian national public broadcaster's story
from a regional station (the station's name over a two-name byline, 'Topic:Grain Production'
with no space, 'Posted Tue 16 Dec 2025 at 5:30am' and ', updated ...' each followed by its
long form, a caption credited '(STATION: NAME)', an 'In short:' box with a 'What's next?' line
before the copy, a bare 'Loading...' line inside it, an Acknowledgement of Country in the
footer); a Caribbean island daily's lead story with an attached workers-react piece by another
reporter ('Published:Tuesday | December 16, 2025 | 12:07 AM', 'NAME/Senior Staff Reporter' and
'NAME/Photographer' lines, an 'ADVERTISEMENT' label inside the copy, the second piece with its
own byline and no date); a Sri Lankan English-language daily (a 'DATE TIME am - 4     - 2,146'
meta line of date, comment count and views, 'A-' and 'A+', the reporter's name in brackets after
the copy, reader comments with 'Reply : 0' and 'Like : 12' and the notice that comments are
edited at the site's discretion); a Nepali online portal dated in the Bikram Sambat calendar in
Devanagari digits ('मंगलबार, पुस १, २०८२' over the masthead, '२०८२ पुस १ गते ११:२०', a dateline
'धवलपुर, पुस १ ।' opening the copy, a reaction poll with percentages, a registration-number
footer); a Georgian regional news site with its menu in Mtavruli capitals ('3 საათის წინ' as
the only date, a view count, „...“ quotes, 'ასევე წაიკითხეთ: ...' inside the copy, related items
with absolute dates); a Basque local community media site's page printing its two latest posts
in full (WordPress dates with the '(e)ko' quirk, '2025(e)ko abenduaren 16a' and '... 15a', a
different date for each post, 'Partekatu' and 'Iruzkinik ez' after each, a Creative Commons
footer); and an Urdu-language Pakistani daily (Gregorian and Hijri dates in the header, 'شائع 16
دسمبر 2025 11:40am' with the relative 'اپ ڈیٹ 2 گھنٹے پہلے', a dateline 'شاہ گڑھ (نامہ نگار)'
opening the copy, 'یہ بھی پڑھیں: ...' and 'اشتہار' inside it). Two pages hold two articles each, the
others one. Dates mix absolute dates in several formats, scripts and calendars with relative
times (alone, or as an update time beside a full date); the outlet is named in mastheads,
bylines, photo credits, the copy, comment notices, footers and copyright lines. Outlets,
people and places are invented. Their gold files were written before the splitter was ever run
on them. They are a measurement, not a target: nothing here asserts on the scores, and the file
is not collected by pytest.

First measurement: not yet taken.

Run ``python tests/layouts_fresh30_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH30 = HERE / "data" / "layouts-fresh30"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH30, label="fresh30 pages"))
