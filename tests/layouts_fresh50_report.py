"""Fiftieth blind held-out measurement of page splitting (tests/data/layouts-fresh50).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time five of the eight are
ordinary general news pages from countries not used before (four in English, one in a language not
used before) and the other three are in further new languages: a Tanzanian national daily's article
page (a caps 'TENDERS | JOBS | PUBLIC NOTICES | E-PAPER' bar first, a 'Soma kwa Kiswahili: Nyota Leo ›'
link to the Swahili sister paper, 'Tuesday, 05 May 2026' with a zero-padded day, a caps 'NATIONAL'
kicker, a one-sentence standfirst starting the body, then 'By NAME in Dodoma', 'Published: 04-05-2026
22:15 EAT | Updated: 05-05-2026 07:02 EAT' with day-first hyphenated dates and a time zone, a share
count 'Shares: 1,284', three 'Share on ...' lines and a caption ending 'PHOTO | NYOTA DAILY' between
the standfirst and the first paragraph, an 'ALSO READ: ...' link and a caps 'ADVERTISEMENT' label
inside the copy, 'Tags:' with pipes, 'Related Articles', a numbered 'Trending' list, a 'Nyota Morning
Brief' newsletter box, a publisher sentence, a copyright line naming the company and a cookie line
last); a Federated States of Micronesia regional paper's 'State News' section front printing three
stories in full (a print edition line first, 'Wednesday, May 6, 2026 | Kolonia 84°F, showers' with a
weather part after a pipe, 'By NAME | Yesterday, 4:15 PM' with the byline before a relative day with a
12-hour clock time, 'By NAME | 3 days ago', 'By NAME, Sports Editor | Apr. 30, 2026' with an AP-style
abbreviated date, 'Comments (N)' and 'Share' after each story, a caps 'ADVERTISEMENT' label and a
one-line advertisement between the second and third stories, a classifieds teaser, a news-tip line,
a description sentence naming the paper and a copyright line naming the publishing company); a
Taiwanese national news agency's English-service wire story (a '中文 | English | 日本語' switch first,
'TNA English' with the agency's initials as masthead, '05/04/2026 09:38 PM' month first with a 12-hour
time, 'Font size: A A A', a share line with LINE, a caption ending 'TNA file photo', the dateline
'Taipei, May 4 (TNA) Taiwan will ...' without a dash opening the body, '(By NAME and NAME)' and the end
mark 'Enditem/kh' after it, 'Views: 3,412', 'Related News' with month-first dates, 'Most Popular', a
description sentence with a founding year and a copyright line that alone with it writes the agency's
full name); a Qatari broadcaster's English live page on a storm with three timed entries (a 'WEATHER
WARNING: ...' bar first, 'العربية | English', 'Watch Dafna TV live ▶', 'Qatar › Weather', a caps
'LIVE' kicker over the live page's own headline and a standfirst without a full stop, 'Last updated
7 May 2026, 12:06 Doha time' as the page's only full date, 'By Dafna News staff', a 'Key events' box of
shortened summaries, entries timed '9 min ago', '1 hr ago' and '08:30', each closed by 'Share this
update', a '▶ Video: ... (0:52)' block between the first two entries, a quotation closed by ',"
NAME, a nurse, told Dafna News by phone ...' naming the outlet in the copy, 'More on this story' with
day-first dates, a WhatsApp alerts line, a description sentence and a copyright line naming the
network); a Kirundi-language Burundian monthly magazine's long read on women coffee growers (a
subscription bar 'Iyandikishe: ... — 30.000 Fbu ku mwaka' first, 'Ku wa kabiri, 5 Rusama 2026' with a
Kirundi weekday and month, 'Ikirundi | Français', a caps 'INKURU NDENDE' kicker, a two-sentence
standfirst starting the body, then 'Yanditswe na NAME', 'Amafoto: NAME', '2 Rusama 2026 · Gusoma:
iminota 8' with a reading time, 'Sangiza' and a caption ending 'Ifoto: NAME / Inkingi', three subheads
inside the body, guillemets closed by '»,' and 'ni ko NAME avuga', the body ending with a quotation, an
author bio and an issue note naming the magazine, 'Izindi nkuru ndende', a newsletter box and a French
cookie line last); a Sranan Tongo-language Paramaribo market vendors' union news page printing two
items in full (a vegetable price strip in Surinamese dollars first, 'Dridewroko 6 mei 2026' with a
Sranan weekday and a lower-case Dutch month, 'Sranan | Nederlands', caps 'WATRA' and 'OPO YURU' labels,
'Esde, 19:30 · Skrifi fu NAME' with a relative day and a 24-hour clock time, a caption ending 'Foto:
Maketisma Bond', low-high quotes closed by ',” na so NAME taki.', '2 mei 2026 · Skrifi fu NAME', a
'Leisi tu: ...' link inside the copy, 'Prati: Facebook · WhatsApp' and like counts '12 sma lek disi',
a dues reminder, a KKF registration line and a Dutch cookie line last); a Chichewa-language district
health association's post from Angónia, Mozambique, with Portuguese site strings (a Portuguese 'Ir
para o conteúdo' skip link first, 'Português | Cinyanja', 'Doar', no masthead text, 'Lachinayi, 7 Meyi
2026' with a Chichewa weekday and month, 'Início › Notícias › Nkhani za m'Chinyanja' mixing the two
languages, a caps 'ZAUMOYO' label, 'Yolembedwa ndi NAME · Maola 5 apitawo' with a relative age as the
only date, a caption ending 'Chithunzi: Umoyo wa Angónia', curly quotes closed by ',” anatero a Dr.
NAME, ...', a 'Werenganinso: ...' link inside the copy, 'Notícias relacionadas' with one Chichewa and
one Portuguese headline over slashed dates, a Portuguese newsletter box, a Chichewa description
sentence, a Portuguese registration line with a NUIT number and 'Todos os direitos reservados'); and a
Gagauz-language folk culture centre's news page from Comrat, Moldova, printing two items in full (a
Hederlez greeting first, 'Gagauzça | Română | Русский', 'Cuma, Hederlez ayın 8-i, 2026' with the
traditional Gagauz month name and a suffixed day, caps 'YORTULAR' and 'KURSLAR' labels, a meta line
'dün, 17:20 · NAME tarafından yazılı · 412 KERÄ BAKILMIŞ' with a relative day and a 24-hour clock time,
the writer and a caps view count, '05.05.2026 · ...' with a dotted date, guillemets closed by '», –
annattı NAME.', an 'Okuyun taa: Kongaz: ...' link and a Russian 'Реклама' label inside the copy,
'Anaktar sözlär:' and 'Bir cuvap yazın' after each item, a description sentence, an address line and
a Romanian cookie line last). Four pages hold two or three articles each (two three, two two), the
others one. Dates mix absolute dates in several formats and languages ('04-05-2026 22:15 EAT' day
first, 'Apr. 30, 2026', '05/04/2026 09:38 PM' month first, the Kirundi '2 Rusama 2026', the Sranan '2
mei 2026', the dotted '05.05.2026', a bare '08:30' on a live page) with relative times ('Yesterday,
4:15 PM', '3 days ago', '9 min ago', '1 hr ago', 'Esde, 19:30', 'Maola 5 apitawo', 'dün, 17:20') beside a
date line that fixes the day they were read (mastheads' date lines in English, Kirundi, Sranan,
Chichewa and Gagauz, one with a weather part, and a live page's last-updated line), and event days
that are not the articles' dates (night trains from May 15 and a financial year from July 1, a ban
from October 1, a boardwalk from May 20 and a trial on May 16, vaccines from Sept. 1 and a contract
on April 22, distance learning on Sunday 10 May, a general meeting on 20 June, Mother's Day hours on 9
and 10 May and Keti Koti on 1 July, a campaign from 11 May to 29 May, a fair on Hederlez, 6 May, and a
camp from 15 to 26 June). The outlet is named in mastheads, photo credits, credit lines, the copy,
author bios, issue notes, description, publisher and registration sentences and copyright lines (one
page has no masthead text, one agency is written out only in its footer, and three copyright lines
name a company or network instead of the outlet). Outlets, people and places are invented (the towns
and islands are real). Their gold files were written before the splitter was ever run on them. They
are a measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of 534b053, session 16's last: the learned parts retrained on fresh3 to
fresh47 with the session's rules; run once, before any change for these pages): 14 articles of gold, 14 found; title
85.7%, outlet 57.1%, date 50.0%, boundary 92.9%, 3 furniture lines left. Without the article filter: 19 found; title
85.7%, outlet 57.1%, date 50.0%, boundary 68.4%, 15 furniture lines left. The rules alone: 18 found; title 42.9%,
outlet 0.0%, date 50.0%, boundary 27.8%, 35 furniture lines left. Also blind, on 2ce8c70 (the end of session 15):
14 found; title 85.7%, outlet 78.6%, date 35.7%, boundary 85.7%, 4 furniture lines left.

Run ``python tests/layouts_fresh50_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH50 = HERE / "data" / "layouts-fresh50"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH50, label="fresh50 pages"))
