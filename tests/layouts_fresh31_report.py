"""Thirty-first blind held-out measurement of page splitting (tests/data/layouts-fresh31).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a New Zealand rural weekly's 'Latest news' page printing its two newest stories in full (a
category over each headline, the reporter's bare name, 'Wednesday, 17 December 2025' and
'Tuesday, 16 December 2025', a caption credited 'Photo / NAME', three share lines after each
story, a rural-mailbox delivery note in the footer); a Philippine English-language broadsheet's
'Regions' story (the cookie bar before the masthead, 'By: NAME - Correspondent', 'December 18,
2025 | 05:32 AM', a caption opening 'FLOODED.' and ending 'PHOTO COURTESY OF ...', a dateline
'STA. LUCIDA, Nueva Marcela, Philippines — ...' opening the copy, 'ADVERTISEMENT' labels and a
'READ: ...' link inside it, the editor's initials ' /mrp' after the last sentence, 'TAGS: ...'
and a comments disclaimer); a Ugandan daily's regional story (an advertising consent dialog
first, 'By NAME, Journalists @Pearl Times', 'Added 17th December 2025 08:15 AM' with an ordinal
day, '(Photo by NAME)', an 'Also read: ...' link, a 'Rate this article' '0/5' widget); a Gulf
English-language daily's civic story (a prayer-times strip and a weather line in the header, a
standfirst without a full stop, 'Published: Fri 19 Dec 2025, 6:00 AM' and 'Last updated: ...'
between standfirst and copy, '— ST file photo', an 'ALSO READ:' label over two headlines inside
the copy, an author box); a Macedonian Cyrillic regional portal ('МК' and 'SQ' language links,
'Објавено: 17.12.2025 09:15' with the relative 'Ажурирано: пред 3 часа', „...“ quotes, a
'Прочитајте и: ...' link and a 'Реклама' label inside the copy); an Azerbaijani news agency
('18 dekabr 2025 11:20 (UTC +04:00)', no byline, 'Baxış sayı: 1 284', a dateline 'Sarıdərə,
18 dekabr (UXA).' opening the copy, a 'Xəbər lenti' feed of bare times and headlines, chief
editor and address lines in the footer); a Tamil-language Indian daily's district story ('பதிவு:'
and 'மாற்றம்:' date lines with Tamil month names, a dateline 'மருதவனம், டிச.19-' opening the
copy, a statement introduced by 'கூறியதாவது:-' without quotation marks and closed by 'இவ்வாறு
அவர் கூறினார்.', an 'இதையும் படியுங்கள்: ...' link and a 'விளம்பரம்' label inside the copy); and a
Maltese news portal's local story with an attached 'ANALIŻI' piece by another journalist ('Minn
NAME' bylines, '18 ta' Diċembru 2025 | 10:47', 'Ritratt: Il-Fanal', an 'Aqra wkoll: ...' link
inside the copy, the analysis with no date of its own). Two pages hold two articles each, the
others one. Dates mix absolute dates in several formats and languages (long and numeric, with
ordinal days, time zones and update times) with one relative update time beside a full date;
the outlet is named in mastheads, bylines, photo credits, datelines, the copy, disclaimers,
footers and copyright lines. Outlets, people and places are invented. Their gold files were
written before the splitter was ever run on them. They are a measurement, not a target: nothing
here asserts on the scores, and the file is not collected by pytest.

First measurement: not yet taken.

Run ``python tests/layouts_fresh31_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH31 = HERE / "data" / "layouts-fresh31"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH31, label="fresh31 pages"))
