"""Forty-sixth blind held-out measurement of page splitting (tests/data/layouts-fresh46).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a British Virgin
Islands volunteer sea rescue station's launch report (a 'Skip to main content' link first, a one-line
cookie notice with middle dots, an 'Emergency at sea? Call VHF Channel 16 ...' strip, 'Launches ›
2026' ending in a bare year, a 'Launch 11: ...' number in the headline, 'Posted by NAME, Lifeboat
Press Officer, on 05/04/26' with a slashed two-digit year, 'Photo: SHSR/NAME' with the station's
initials, a 'Read next: ...' link inside the copy, a 'Launch details' box after the body whose 'Date:
Saturday 4 April 2026' is the launch's day and not the post's, 'Recent launches' over slashed dates,
a registration sentence naming the station); a St Vincent and the Grenadines film festival's 'Festival
News' page printing two posts in full (a countdown bar first, 'Tue 07.04.2026 | 17 days to opening
night | 24–28 April 2026 · ...', an all-caps menu, 'Tuesday 7th of April, 2026' with an ordinal day
and 'of', the director's own words without quotation marks and a '— NAME, Festival Director' sign-off
after the body, '▶ Watch the trailer (2:14)' and a 'Festival partner' label over a ferry advert
inside the copy, the second post dated '4 days ago' with 'By the Festival Team' after its body,
'Filed under: ... · N comments'); a Sint Maarten school board's news post (portal links first,
'English | Nederlands | Español', an Easter closure notice with US weekday dates, 'You are here: Home
» News » Board Decisions', '08-04-2026 | Secretariat of the Board' with a hyphenated day-first date
and no person, a quotation in two parts around ', said Board Chair Mrs. NAME.', a 'Download: ... (PDF,
310 KB)' link inside the copy, '← Previous: ...' and 'Next: ... →' post navigation, a chamber of
commerce line with the foundation's Dutch name); a Cameroonian English-language regional paper's
'South West' section page printing three stories in a Joomla category layout (e-paper links first,
'Thursday, 9th April, 2026' above the masthead, each headline over 'Details', 'Written by NAME' (the
third 'Written by Sports Desk'), 'Category: South West', 'Published: 09 April 2026' with a zero-padded
day and 'Hits: N', the third with 'Last Updated: 08 April 2026' two days after its 'Published:' line,
an 'ALSO READ: Tiko: ...' link and a caps 'ADVERTISEMENT' label inside the copy, 'Pagination', 'Page 1
of 24', 'Start', 'Prev', '1', '2', '3', 'Next', 'End', a publisher sentence naming 'Fako Media Ltd');
a Xhosa-language Eastern Cape news site's village water story (a load-shedding strip first,
'ULwesithathu, 8 Tshazimpuzi 2026' with a Xhosa weekday and month, 'isiXhosa | English', 'Ikhaya /
Iindaba', 'Iiyure ezi-5 ezidlulileyo | Imizuzu emi-4 yokufunda' as the only date with a reading time,
'Umfanekiso: Izwi leNciba', curly quotes closed by ',” utshilo uNkosikazi NAME, ...', a 'Funda
kwakhona: ITsomo: ...' link and an 'Intengiso' label inside the copy, 'Intatheli: NAME' after the
body, 'Ezinye iindaba' over 'izolo' and 'iiyure ezi-2 ezidlulileyo'); a Tswana-language Kgalagadi
news site's front page printing two full stories ('Tsena | Ikwadise' first, 'Labotlhano, 10 Moranang
2026' with a Setswana weekday and month, caps kickers repeating menu items, 'Kebonye Molefhe | 9
Moranang 2026, 15:20', 'Setshwantsho: Lentswe la Kgalagadi', quotations closed by ',” NAME, ..., a
rialo.', a 'Bala gape: Tsabong: ...' link and a 'Papatso' label inside the copy, the second story with
'Onalenna Seretse | Dioura di le 3 tse di fetileng' as its only date, 'Ga go na ditshwaelo', 'Dikgang
tse dingwe' over 'maabane' and 'dioura di le 5 tse di fetileng'); an Oromo-language Bale news site's
honey story (a market price strip in Birr first, 'Jimaata, Ebla 3, 2026' with an Oromo weekday and the
month before the day, 'Afaan Oromoo | አማርኛ | English', 'Fuula Duraa › Qonna', 'Gabaasaa: NAME' and
'Maxxanfame: Sa'aatii 6 dura' on separate lines as the only date, 'Suuraa: Sagalee Baalee', curly
quotes closed by ',” jedhan Obbo NAME, ...', a 'Kana illee dubbisaa: Roobee: ...' link and a
'Beeksisa' label inside the copy, 'Oduu biroo' over 'kaleessa' and 'sa'aatii 2 dura'); and a
Lingala-language Équateur news site's cassava mill story (a French cookie notice first, 'Mokolo ya
mitano, 10 sanza ya minei 2026' with ordinal weekday and month phrases, 'Lingala | Français', a caps
kicker 'BILANGA', 'Ebimisami: 09/04/2026 - 17h05' with a French-style clock time, 'Elilingi: Sango ya
Ekwatere', guillemets with spaces closed by ' », elobi Mama NAME, ...', a 'Tanga lisusu: Mbandaka: ...'
link and a 'Piblisite' label inside the copy, 'Patrice Bokele, na Mbandaka' after the body, 'Sango
misusu' over 'lobi' and 'ngonga 4 eleki'). Three pages hold two or three articles each (one three, two
two), the others one. Dates mix absolute dates in several formats and languages ('on 05/04/26' with a
two-digit year, 'Tuesday 7th of April, 2026', a hyphenated '08-04-2026', 'Published: 09 April 2026' with
a later 'Last Updated', a Setswana date with a clock time, a slashed Lingala date with '17h05') with
relative times ('4 days ago', 'Iiyure ezi-5 ezidlulileyo', 'Dioura di le 3 tse di fetileng', 'Sa'aatii
6 dura') beside a date line that fixes the day they were read, and event days that are not the
articles' dates (a launch the day before, a board meeting, an Easter closure). The outlet is named in
mastheads, photo credits, a registration sentence, a description sentence, a publisher sentence,
footers and copyright lines. Outlets, people and places are invented. Their gold files were written
before the splitter was ever run on them. They are a measurement, not a target: nothing here asserts
on the scores, and the file is not collected by pytest.

First measurement (the models and rules of 251320e, session 15's last: the CLDR's date words and language names,
the rules fresh41-44's misses taught, the learned parts trained on fresh3 to fresh39 and the seeds; run once, before
any change for these pages): 12 articles of gold, 11 found; title 91.7%, outlet 83.3%, date 41.7%, boundary 91.7%,
2 furniture lines left. Without the article filter: 16 found; title 100.0%, outlet 91.7%, date 50.0%, boundary
75.0%, 18 furniture lines left (the filter dropped the Cameroon page's third story with four boxes). The rules
alone: 16 found; title 58.3%, outlet 25.0%, date 58.3%, boundary 25.0%, 40 furniture lines left. Also blind, on
earlier commits: ed7d407 (the start of session 15) title 91.7%, outlet 83.3%, date 33.3%, boundary 91.7%, 2 lines;
b295b1d (the CLDR's date words alone, the filter at 0.03) 100.0 / 91.7 / 50.0 / 100.0%, 2 lines.

Run ``python tests/layouts_fresh46_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH46 = HERE / "data" / "layouts-fresh46"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH46, label="fresh46 pages"))
