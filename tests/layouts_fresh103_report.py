"""Hundred-and-third blind held-out measurement of page splitting (tests/data/layouts-fresh103).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are ELECTIONS,
PARLIAMENTS AND POLITICS pages in English, German, Greek, Romanian, Polish, Italian and Portuguese:
a Passau regional paper's results page for the Bavarian city council election with one story (a
'Wahl-Ticker: OB-Stichwahl Passau am 22. März · ...' strip first, the masthead in caps, a slash
breadcrumb, a caps 'KOMMUNALWAHL 2026' kicker, a standfirst, then the results box BETWEEN the
standfirst and the byline: a title, a count and turnout line, a tab-separated header row and nine
tab-separated rows of list, share, seats and change, 'Quelle: Wahlamt ... · Stand: 10.03.2026, 19:30
Uhr' and 'Grafik: Dreiflüsse-Bote'; then 'Von NAME' and '10.03.2026, 21:48 Uhr · Aktualisiert:
11.03.2026, 07:15 Uhr', a 'Lesen Sie auch: ...' link inside the copy, a comment count, related
stories over bare dotted dates, the publishing company in the copyright line and a cookie line last,
with no page date line); a Limassol, Cyprus, Greek-language news site's candidate profile in a
numbered series before the parliamentary election of 24 May (an election countdown strip first, an
'Ελληνικά | English | Türkçe' switch, the masthead in caps without accents, a series label 'ΟΙ
ΥΠΟΨΗΦΙΟΙ ΤΗΣ ΛΕΜΕΣΟΥ · 9/16', an identity box of five 'Label: value' lines, 'Γράφει η NAME', a
caption ending '(Φωτ.: Αμαθούσια Νέα)', a pull quote and a 'Διαβάστε επίσης: ...' link inside the
copy, and the only date AFTER the body, 'Δημοσιεύθηκε: 14 Μαΐου 2026, 07:00', over the series'
earlier profiles with genitive-month dates, with no page date line); the Moldovan Parliament's own
Romanian-language news service printing two items (an 'ÎN DIRECT: Ședința plenară ...' live stream
strip first, 'RO | RU | EN', the institution's name in caps over the service's name, caps 'ȘEDINȚA
PLENARĂ' and 'COMISII PERMANENTE' labels, 'azi, 13:05 | 1 284 vizualizări' as the first item's only
date with nothing fixing the day, a vote result line and a bill line 'Proiectul nr. 112 din
14.04.2026' before the copy, a 'Citiți și: ...' link inside it, '09.06.2026 | 16:30' on the second,
a description sentence naming the service and the parliament in the copyright line); a Warsaw
parliament site's morning newsletter in its web edition holding four short items (a web version
note first, the site's name in caps over the newsletter's, 'Archiwum wydań › nr 214', 'Czwartek, 5
listopada 2026 · wydanie nr 214 · czas czytania: 4 min' as the items' only date, a signed greeting, a
contents line, '1/4 · SEJM' to '4/4 · SONDAŻ' labels over items without bylines or dates, a partner
box between the second and third, 'Dane: ...' and 'Badanie: ...' lines after the bodies, earlier
issues and the foundation in the copyright line); a Douglas, Isle of Man, paper's House of Keys
election night live page with four entries (a 'LIVE · ... · Declared: 8 of 12 constituencies · ...'
strip first, '● LIVE', the live page's own headline and standfirst, 'Thursday 24 September 2026 ·
Last updated 23:47', a reporters line, a 'Results so far' box, each entry its headline FIRST over '7
mins ago · NAME' or a bare clock time and name, an advert between entries, related stories over
abbreviated weekday dates and the company in the copyright line); a Sassari regional paper's
republished party press release (a weather strip first, 'Sassari, mercoledì 4 febbraio 2026', the
masthead in caps, a caps 'COMUNICATO STAMPA' label, 'Riceviamo e pubblichiamo la nota di Sardegna
in Cammino.' above the headline, 'ieri alle 16:12 · Redazione', a 'Leggi anche: ...' link inside the
copy, the release's signature line and the paper's disclaimer after it, an advert, other releases
over long dates, the paper's registration line and the publisher's VAT line); a Brussels-based
Portuguese-language EU affairs site's brief on a European Parliament vote (a 'PT | EN | FR' switch
first, the masthead in caps, 'Quarta-feira, 21 de outubro de 2026', a plenary and summit calendar
strip, a menu item repeated as the section heading 'Breves', a caps kicker, 'Atualizado às 11h05' as
the brief's only time line with no date or byline, a vote line and a next-step line after the body,
other briefs opened by '09h40 ·' and 'Ontem ·' and the association in the copyright line); and a
Sliema, Malta, English-language site's fact-check column rating a minister's claim (an 'English |
Malti' switch first, 'Saturday, 18 April 2026 | Valletta 21°C', the masthead in caps, a column label,
a rating scale line, 'By NAME | 2 days ago', a claim box with the claim in curly quotes, who said it
on 8 April and 'OUR RATING: MOSTLY FALSE' before the copy, a 'Read more: ...' link inside it, a
'Sources' list with dates, a tip line and the company in the copyright line). Two pages hold four
articles each (a newsletter and a live page), one two, the others one: 15 articles. Dates mix
absolute dates in several forms ('10.03.2026, 21:48 Uhr' beside an update, '14 Μαΐου 2026, 07:00'
after the body, '09.06.2026 | 16:30', an issue line 'Czwartek, 5 listopada 2026') with relative times
('azi, 13:05' with nothing fixing the day, '7 mins ago' and bare clock times under a dated live page,
'ieri alle 16:12' under a city date line, '2 days ago' under a date line with the weather), a brief
dated only by the page's date line and an update time, and event days that are not the articles'
dates (a runoff on 22 March and a first council meeting on 4 May, data 'Stand' times, an election on
24 May, a bill registered on 14.04.2026, a hearing on 16 June, a survey from 30 October to 2 November
and a conference on 19–20 November, a recount 'not before 1am', a party assembly on Saturday 14
February, a plenary week of 19 to 22 October and a summit on 29 and 30 October, a claim made on 8
April and sources dated 14 April and 9 March). The outlet is named in mastheads (four in caps), a
graphic credit, a caption credit, newsletter boxes, description sentences and a sources line; one
page's outlet is the party that issued a republished press release rather than the paper that
republished it, one the parliament's news service rather than the parliament, one the site rather
than its newsletter, and five copyright lines name a company, association, foundation or parliament
instead of the outlet. Outlets, people, parties and lists are invented (the towns, parliaments,
ministries, hospitals and election bodies are real). Their gold files were written before the
splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement (the models and rules of 8d5caab, session 24's last: the learned parts trained on fresh3 to fresh92;
the pages were written at the start of session 25, committed at a013098 and measured before any change of that session):
15 articles of gold, 15 found; title 93.3%, outlet 40.0%, date 66.7%, boundary 86.7%, 3 furniture lines left. Without
the article filter: 18 found, 93.3% / 40.0% / 66.7% / 72.2%, 7 furniture lines left. The rules alone: 21 found, 73.3% /
6.7% / 60.0% / 28.6%, 29 furniture lines left. Then, still unread, on 580b5a2 (the parts retrained on fresh3-100, the
site-name chooser reading a name by its core): 16 found; title 93.3%, outlet 40.0%, date 66.7%, boundary 81.2%, 4
furniture lines left; without the filter 19 found, 93.3% / 40.0% / 66.7% / 68.4%, 8 furniture lines left; the rules
alone 21 found, 73.3% / 6.7% / 60.0% / 28.6%, 29 furniture lines left.

Run ``python tests/layouts_fresh103_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH103 = HERE / "data" / "layouts-fresh103"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH103, label="fresh103 pages"))
