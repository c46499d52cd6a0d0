"""Forty-ninth blind held-out measurement of page splitting (tests/data/layouts-fresh49).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Pitcairn Islands
community newsletter's web edition printing two items in full (a supply ship notice with two event
days first, a facts line 'Pitcairn Islands · Population 36 · Pitcairn Time (UTC−8)', the
newsletter's masthead 'Bounty Bay Bulletin', 'Sent from Adamstown on Wednesday 29 April 2026' as the
page's date line, a 'This month' list of shortened names, caps 'HONEY' and 'THE LANDING' labels,
'Posted three days ago by NAME, Honey Co-operative' with the number spelled out, a 'See also: ...
(Bulletin, November 2025)' link inside the copy, '♥ 19 · 4 replies · Reply by email' after each item,
'27-Apr-2026 | Reported by NAME, Public Works' with a hyphenated abbreviated month, a photo caption
inside the second item's copy, a 'Store and Post Office hours' box, a description sentence naming the
newsletter); a Tuvalu government meteorological service's media release (a caps 'KING TIDE ADVISORY IN
EFFECT 30 April – 3 May · ...' bar first, 'Government of Tuvalu' over the service and its ministry, a
'Talofa! ...' tagline, 'Home › Media Releases › 2026', a caps 'MEDIA RELEASE' label, 'Issued: 1430
TVT, Tuesday 28 April 2026' with a colonless 24-hour clock and a time zone, a 'Ref:' line, a 'Funafuti,
28 April 2026 – ...' dateline opening the body, a tab-separated tide table with a caption inside the
copy, three '•' advice lines kept in the body, a quotation closed by ',\" he said.', a 'For more
information contact:' block, 'Download this release (PDF, 184 KB)', 'Other media releases' with dates
in brackets, a maintenance sentence and a copyright line naming the government, not the service); a
Northern Territory Aboriginal community radio station's 'Barkly News' page printing three stories in
full (a warning to Aboriginal and Torres Strait Islander listeners about the names and voices of
people who have died first, a frequencies line, 'Now playing: ...', 'News updated 30/04/26 at 7:05 am'
with a two-digit year, caps 'SPORT', 'HEALTH' and 'CULTURE' labels, 'Aired yesterday at 5 pm ·
Reporter: NAME', '2 hrs ago · Reporter: NAME' and '28 April 2026 · Reporter: NAME', a '▶ Play story
(2:05)' button above each body, a 'Cultural warning: ...' line between the third headline and its date
line, single quotes closed by ',' said NAME.', a 'Read more: ...' link inside the copy, a shout-out
line, a description sentence with a founding year, a corporation line with an ICN number); a Northern
Ireland motorcycle road racing club's news post (a caps 'ENTRIES CLOSE FRIDAY 8 MAY — ...' bar first,
the headline holding the race day, 'Sunday, 26th of April, 2026' alone on its line with an ordinal
day and 'of', 'by Club Secretary' on its own line, 'Share: Facebook | X | WhatsApp' before the body, a
quotation in two parts around ',\" said the Clerk of the Course, NAME. \"', 'Tags:', '← Previous: ...'
and 'Next: ... →', an 'OUR SPONSORS' list, a 'Marshals wanted — ...' line, an affiliation sentence, a
danger warning and '© 2026 Slieve Croob MCC' with an abbreviated name); a Tahitian-language Raiatea
news site's lagoon rāhui story (a shuttle boat timetable with arrows first, no masthead text, 'Mahana
maha 30 nō ʻEperēra 2026' with a Tahitian weekday and 'nō', 'Reo Tahiti | Français', 'Fare › Raromatai
› Tahaʻa', 'Nā NAME · Neneihia inanahi, 16:30' with the writer first and a relative day with a 24-hour
clock as the only date, 'Hohoʻa: Te Vea o Raromatai', guillemets closed by '», ʻo tā NAME ïa i
parau, ...', an 'A taiʻo atoʻa: Uturoa: ...' link and a French 'Publicité' label inside the copy, 'Te
tahi atu mau parau ʻāpī' over 'inanahi' and 'e 5 hora i maʻiri', a French cookie line last); a
Limburgish-language Sittard-Geleen news site's front page printing two full stories (a Dutch cookie
bar first, a carnival countdown 'Nog 197 daag tot d'n elfde van d'n elfde! Alaaf!', 'Dinsdaag 28 april
2026' with a Limburgish weekday, 'Limbörgs | Nederlands', caps place kickers 'GELAEN' and
'MUNSTERGELAEN', '3 oer geleje · Door NAME' as the first story's only date, single quotes closed by
',' zag NAME (68), ...', a 'Laes ouch: Zittert: ...' link and a Dutch 'Advertentie' label inside the
copy, 'Zondaag 26 april 2026, 21.15 oer · Door NAME' with a dotted time and 'oer', a 'Dit verhaal in
't Nederlands laeze ›' link before the second body, 'Mie nuujts' over 'gistere' and '5 oer geleje');
a Ladin-language Val Badia news site's kindergarten story (a mountain pass status strip 'Jus: ... davert
· ... stlüt' first, 'Mercui, 29 de aurì 2026' with a Ladin weekday and 'de', 'Ladin | Deutsch |
Italiano', 'Ciasa / Val Badia / La Val', a caps 'LA VAL' kicker, 'de NAME · 28 de aurì 2026, 18:40',
'Foto: Gazeta dla Val', guillemets closed by '», à dit l'ambolt NAME.', a 'Lì ince: San Martin de Tor:
...' link and a 'Reclam' label inside the copy, 'Plü notizies' over 'inier' and 'dan 4 ores', a
publisher sentence with a court registration); and a Tigrinya-language Adigrat news site's water
reservoir story (a fuel price strip first, 'ረቡዕ 21 ሚያዝያ 2018 ዓ.ም. | 29/04/2026' with the Ethiopian
and the Gregorian date of the same day, 'ትግርኛ | አማርኛ | English', a '›' breadcrumb, 'ብ NAME · ቅድሚ 5
ሰዓታት' with a relative age as the only date, 'ስእሊ: ድምጺ ዓዲግራት', guillemets closed by '» ኢላ ወይዘሮ
NAME፡ ...', an 'ኣንብቡ እውን: መቐለ: ...' link and a 'መወዓውዒ' label inside the copy, 'ኣካፍሉ: Facebook ·
Telegram · X', 'ካልኦት ዜናታት' over 'ትማሊ' and 'ቅድሚ 8 ሰዓታት', a founding sentence with an Ethiopian
year). Three pages hold two or three articles each (one three, two two), the others one. Dates mix
absolute dates in several formats and languages ('27-Apr-2026', 'Issued: 1430 TVT, Tuesday 28 April
2026', '28 April 2026', 'Sunday, 26th of April, 2026', a Limburgish weekday date with '21.15 oer', a
Ladin '28 de aurì 2026, 18:40') with relative times ('Posted three days ago', 'Aired yesterday at 5
pm', '2 hrs ago', 'Neneihia inanahi, 16:30', '3 oer geleje', 'ቅድሚ 5 ሰዓታት') beside a date line that
fixes the day they were read (a sent-from line, an update line with a two-digit year and mastheads'
date lines, one of them in two calendars), and event days that are not the articles' dates (a council
meeting on 6 May, a practice day on 9 May and a cruise ship on 18 May, king tides from 30 April to 3
May, grand finals on 16 May and a listening day on 8 May, race day on 16 May and a briefing on 12 May,
a rāhui from 1 May and a meeting on 15 June, a market on 30 August and the OLS on 5 July, works from
15 June, an inauguration on 10 Ginbot). The outlet is named in mastheads, photo credits, the copy,
description, maintenance, affiliation, publisher and founding sentences, a contact block and
copyright lines (one page has no masthead text, and one copyright line names the government instead
of its service). Outlets, people and places are invented (the towns and islands are real). Their
gold files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of b804f34: the learned parts retrained on fresh3 to fresh47 with session
16's rules; run once, before any change for these pages): 12 articles of gold, 12 found; title 100.0%, outlet 83.3%,
date 25.0%, boundary 83.3%, 2 furniture lines left. Without the article filter: 13 found; title 100.0%, outlet
83.3%, date 25.0%, boundary 76.9%, 5 furniture lines left. The rules alone: 13 found; title 16.7%, outlet 0.0%, date
25.0%, boundary 23.1%, 58 furniture lines left. Also blind, on the models trained on fresh3 to fresh39 (1bb9835, the
same rules but for b804f34's): 11 found; title 91.7%, outlet 75.0%, date 25.0%, boundary 66.7%, 3 lines; on
2ce8c70 (the end of session 15) the same.

Run ``python tests/layouts_fresh49_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH49 = HERE / "data" / "layouts-fresh49"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH49, label="fresh49 pages"))
