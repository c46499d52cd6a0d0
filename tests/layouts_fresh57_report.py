"""Fifty-seventh blind held-out measurement of page splitting (tests/data/layouts-fresh57).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are national and
regional news sites from countries not used before (one in English, three in French or Spanish, four
in languages or countries not used before), five of them single-article pages with heavy furniture,
and each copyright line names a publishing company (most of them repeating the site's name after
it): a Croatian Šibenik regional portal's article (a cookie line first, a town temperature strip,
'Četvrtak, 14. svibnja 2026.' with a dotted day, a genitive month and a trailing dot, a caps masthead
'ŠIBENSKI PULS', 'Naslovnica / Vijesti / Šibenik', a caps place kicker, 'Piše: NAME', 'Objavljeno:
prije 5 sati · Ažurirano: prije 2 sata' with a relative publication and update age, 'Podijeli: ...', a
caption in brackets ending '(Foto: NAME / Šibenski puls)', low-high quotes closed by '”, rekla je
pročelnica ... NAME.', a 'Pročitajte i: Vodice: ...' link and an 'OGLAS' label inside the copy,
'Oznake:', a numbered 'Najčitanije' list, a newsletter box, a registration sentence and '© 2026
Tramontana Media d.o.o., izdavač portala Šibenski puls.'); a Karakalpak-language Nukus news site's
ecology story (an Amu Darya water level strip first, 'Qaraqalpaqsha | Ózbekcha | Русский',
'Sárshembi, 13-may, 2026-jıl' with a Karakalpak weekday, a hyphenated day and '-jıl', a caps
'EKOLOGIYA' kicker, 'Avtor: NAME', 'keshe, 18:45' alone as the only date, a view count '👁 1 204', a
caption ending 'Súwret: Aral Jańalıqları', guillemets closed by '», dedi NAME.', a 'Usı temada oqıń:
...' link and a 'Reklama' label inside the copy, hyphenated dates in 'Usı temada', a Telegram line and
a copyright line naming a JShJ company before the site); a Sango-language Bangui community radio
site's flood story from the Central African Republic (a French cookie notice first, a greeting 'Bara
âla! Singîla ti dîko Tënë ti Kodro.', 'Sängö | Français', 'Bïkua-ûse, 19 Bêläwü 2026' with a Sango
weekday and month, a menu mixing French and Sango, a caps 'BANGUI' kicker, the byline 'Sô NAME asû'
with the name inside the phrase, 'Bîrï, 16:30' alone as the only date, 'Kangbi: ...', a caption ending
'Foto: Tënë ti Kodro', guillemets closed by '», NAME, mokönzi ti quartier Ouango, atene na Tënë ti
Kodro.', a 'Dîko nga: Bimbo: ...' link and a French 'Publicité' label inside the copy, a Sango
description sentence and a copyright line naming an association); a Gabonese French-language daily's
railway story from Libreville (a caps 'FLASH INFO — ...' bar first, 'Vendredi 15 mai 2026 | 1 € =
655,957 FCFA' with an exchange rate, a caps masthead 'L'ESTUAIRE MATIN', a caps 'TRANSPORTS' kicker, a
headline holding an event day, a one-sentence standfirst starting the body, then 'Par NAME', 'Publié le
14/05/2026 à 19h32 · Mis à jour il y a 3 h', 'Partager : ...' and a caption ending '© L'Estuaire Matin /
NAME' before the first paragraph, « ... » closed by '», a déclaré le directeur de l'exploitation,
NAME.', an 'À lire aussi : Port-Gentil : ...' link and a 'PUBLICITÉ' label inside the copy,
'Mots-clés :', 'Sur le même sujet' with slashed dates, a numbered 'Les plus lus' list, a WhatsApp line,
a publisher sentence with a post box, a copyright line naming the company before the paper and a
cookie line last); a Dominican Republic daily's 'Santiago' section front from Santiago de los
Caballeros printing three stories in full (an exchange rate strip in RD$ with the city's temperature
first, 'Lunes, 18 de mayo de 2026', the section's name again as the page heading, 'Por NAME | Hace 4
horas', 'Por NAME | Ayer, 6:15 p. m.' with a spaced 'p. m.', 'Redacción | 15/05/2026' with a newsroom
credit and a slashed day-first date, 'Comentarios (N) | Compartir' after each story, a caps
'PUBLICIDAD' label and a one-line advertisement between the second and third stories, 'Lo más leído',
a WhatsApp tip line, a description sentence with a founding year and '© 2026 Editora Yaque, S.R.L. —
El Vigía del Cibao.'); a New Caledonian television and radio news site's heavy-rain live page with
three timed entries (a caps 'VIGILANCE ORANGE FORTES PLUIES : ...' bar first, 'Océane TV en direct ▶ |
Radio Océane 98.5 FM', a caps 'EN DIRECT' kicker over the live page's own headline starting 'DIRECT.'
and a standfirst without a full stop, 'Mis à jour le jeudi 21 mai 2026 à 11h02 (heure de Nouméa)' as
the page's only full date, 'Par la rédaction d'Océane Info', an 'L'essentiel' box of shortened
summaries, entries timed 'Il y a 14 min', 'Il y a 2 h' and '07h45', each closed by 'Partager cette
info', a '▶ Vidéo : ... (1:14)' block between the first two entries, « ... » closed by '», a raconté à
Océane Info NAME, ...' naming the outlet in the copy, 'À lire aussi' with slashed dates, a description
sentence naming the service, the channel and the radio, and a copyright line naming the company as
'éditrice d'Océane Info'); a Northern Mariana Islands daily's 'Local News' list from Saipan printing
two items in full (a caps 'POWER SCHEDULE: ...' bar first, 'Tuesday, May 12, 2026 · 6:40 a.m. ChST'
with a time and the time zone, a tagline with a founding year, 'Posted yesterday at 11:47 p.m., by
NAME, Staff Reporter' and 'May 8, 2026, by NAME, Staff Reporter' with the date before the byline,
straight quotes closed by ',\" said CPA board member NAME.' with a nickname inside the name, a reactions
line with emoji counts and 'Read full story on our app' after each item, a caps 'ADVERTISEMENT' label
after the items, an app line, a news-tip line and '© 2026 Isla Print & Media LLC, publisher of the
Saipan Morning Star.'); and a Kosovo Albanian-language Prizren regional portal's heritage story (a
town temperature and euro-dinar rate bar first, 'Shqip | Srpski | Türkçe', 'E premte, 22 maj 2026'
with the weekday's article 'E' and a lower-case month, a caps masthead 'SHARRI SOT', a '»' breadcrumb,
a caps 'PRIZREN' kicker, 'Shkruar nga: NAME', 'para 3 orësh' alone as the only date, a share line with
Viber, a caption ending 'Foto: Sharri Sot', curly quotes closed by '”, tha drejtoresha e Kulturës,
NAME.', a 'Lexoni gjithashtu: Prizren: ...' link and a 'REKLAMË' label inside the copy, 'Etiketa:', a
numbered 'Më të lexuarat' list, 'Lajme të tjera' with lower-case-month dates, a registration sentence
naming the press council and '© 2026 Dukagjini Press sh.p.k. — Sharri Sot.'). Three pages hold two or
three articles each (two three, one two), the others one. Dates mix absolute dates in several formats
and languages ('14/05/2026 à 19h32' and '15/05/2026' day first, 'May 8, 2026', a bare '07h45' on a live
page) with relative times ('prije 5 sati', 'keshe, 18:45', 'Bîrï, 16:30', 'Hace 4 horas', 'Ayer, 6:15
p. m.', 'Il y a 14 min', 'Il y a 2 h', 'yesterday at 11:47 p.m.', 'para 3 orësh') beside a date line
that fixes the day they were read (mastheads' date lines in Croatian, Karakalpak, Sango, French,
Spanish, English and Albanian, two with an exchange rate and one with a time zone, and a live page's
update line), and event days that are not the articles' dates (a council session on Wednesday, works
from 1 October and a hearing on 26 May, planting in March and April and a forum on 20 May, a Sunday
night storm and a distribution on Thursday 21 May, trains from 1 June and bookings from 20 May, a
closure from 1 June, a fair on 24 May, a season from 16 October, schools shut on Friday and reopening
on Monday 25 May, a ferry from June 15 and a board meeting on May 28, a championship from June 3 to 6 and
a fundraiser on May 16, a bridge closed from 1 July to 15 September). The outlet is named in mastheads
(three of them in capitals, written in mixed case only in credits and footers), photo credits, credit
lines, the copy, description, publisher and registration sentences and copyright lines (every
copyright line names a company or an association and repeats the outlet's name after it, after a dash
in five and as the company's publication in three). Outlets, people and organisations are invented (the
towns and places are real). Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the models and rules of eadc212, session 17's last: the learned parts trained on fresh3 to
fresh50; run once, before any change for these pages): 13 articles of gold, 13 found; title 100.0%, outlet 100.0%,
date 30.8%, boundary 92.3%, 1 furniture line left. Without the article filter: 18 found; title 100.0%, outlet
100.0%, date 30.8%, boundary 66.7%, 12 furniture lines left. The rules alone: 15 found; title 46.2%, outlet 0.0%,
date 30.8%, boundary 33.3%, 40 furniture lines left.

Run ``python tests/layouts_fresh57_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH57 = HERE / "data" / "layouts-fresh57"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH57, label="fresh57 pages"))
