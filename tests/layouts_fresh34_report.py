"""Thirty-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh34).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a Channel-island commercial radio station's 'Local News' page printing two full stories (an 'ON
AIR NOW' player widget first, the station's name with its frequency 'Sarnel FM 104.2', a travel
strip 'Sailings & flights · Tue 20 Jan: ...' holding the page's only absolute date, 'Posted 3
hours ago' over a lower-case 'by NAME', a caption ending 'Picture: Sarnel FM', a 'Read more:
Storm Elwyn: ...' link inside the copy, a share row after each story, the second story 'Posted
yesterday at 5:40pm' with no byline, a newsletter box, 'More local news' with relative ages, the
company in the copyright line); a Papua New Guinea national daily's regional story (the cookie
notice first, a kina exchange-rate strip, an all-caps section kicker, the byline 'Story by NAME
in TOWN' above the headline, '21 JAN, 2026' below it, a caption ending '– Picture supplied', an
all-caps first word, a Tok Pisin quote with an English translation in brackets, a 'SEE ALSO:
...' link, 'Print edition: Page 5', 'Comments are closed.', a 'TRENDING' list with each rank
number on its own line); a Zimbabwean weekly business paper's companies story (a metered-paywall
counter, a market strip with arrows, a two-sentence standfirst, the reporter's name and role on
two lines, '— Picture: File', an 'ALSO READ: ...' link, two subheads, spaces as thousands
separators, the only date in a print-edition footnote 'This article first appeared in the print
edition of Kopje Business Weekly, Friday 16 January 2026.', 'Comments (7)', the company in the
copyright line); a Guyanese TV station's local story (a weather widget first, a '▶ LIVE: Evening
News at 6' bar, a '▶ WATCH | 02:41' video label, 'Posted On: January 21, 2026 | 7:14 pm',
'Reported by: NAME' and 'Video by: NAME', the station named in the copy, a YouTube promotion, a
'Sponsored' rail item and 'Latest Newscast' dated the day before); a Somali news site's regions
page printing two full stories ('Khamiis, 22 Janaayo 2026', 'Qoraa: NAME', '22/01/2026 - 10:35',
'Sawir: Saxansaxo', the Somali dateline 'TOWN (Saxansaxo) –' opening both bodies, an 'Akhriso
sidoo kale: ...' link, 'La wadaag' share rows, the second story with no byline and no date of
its own); a Tajik Cyrillic regional newspaper's site (the language switch first, a founding-year
line and the issue number 'Шумораи 6 (10 417)', the byline above the headline with the surname
in capitals and the outlet in guillemets 'Шаҳром НАЗАРЗОДА, «Садои Обикӯҳ»', '23.01.2026 | 09:15',
a view count, 'Акс аз муаллиф', «...» quotes with '– гуфт ӯ.', a 'Хабари марбут: ...' link, a
comment form, related items over dotted dates, a reuse notice and a year-range copyright); a
Gujarati daily's agriculture-market story (an edition switcher of three towns joined by pipes,
'શનિવાર, ૨૪ જાન્યુઆરી, ૨૦૨૬' with Gujarati digits, a '»' breadcrumb, 'અપડેટેડ: 24 Jan 2026
11:40 AM' with Latin digits and an English month, a listen button, '(ફાઇલ ફોટો)', an 'આ પણ
વાંચો: ...' link and a 'જાહેરાત' label inside the copy, the byline in brackets after the body
'(અહેવાલ: NAME, TOWN)', a Google News follow line, a tab-separated market-price widget); and a
Khmer news site's national story (no spaces between words, Khmer digits and punctuation, 'ថ្ងៃសុក្រ
ទី២៣ ខែមករា ឆ្នាំ២០២៦', 'ដោយ៖ NAME', '៣ ម៉ោងមុន' as the only date, '👁 ៨៤២', 'រូបភាព៖ ពន្លឺទន្លេ',
«...» quotes closed with '»។', an 'អានបន្ថែម៖ ...' link and a 'ពាណិជ្ជកម្ម' label inside the copy,
related items over relative ages). Two pages hold two articles each, the others one. Dates mix
absolute dates in several formats, scripts and languages (all-caps abbreviated months with a
comma, US order with a pipe and a time, numeric with slashes and a spaced hyphen, dotted numeric,
Somali, Gujarati and Khmer month names and digits, a print-edition footnote) with relative times
('3 hours ago', 'yesterday at 5:40pm', '៣ ម៉ោងមុន') beside a date line or travel strip that fixes
the day they were read; the Somali second story has no date of its own. The outlet is named in
mastheads, bylines, photo credits, datelines, the copy, print-edition footnotes, follow lines,
reuse notices and copyright lines (some naming only the owning company). Outlets, people and
places are invented. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement: (to be recorded)

Run ``python tests/layouts_fresh34_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH34 = HERE / "data" / "layouts-fresh34"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH34, label="fresh34 pages"))
