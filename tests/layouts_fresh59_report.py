"""Fifty-ninth blind held-out measurement of page splitting (tests/data/layouts-fresh59).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented publishers in
layouts distinct from each other and from the earlier batches. This time all eight are newsletters
and bulletins of organisations rather than news brands (a settlement news sheet, a municipal
council's press releases, a parish newsletter, a school, two trade unions, a sports club and a
cathedral bulletin), from countries and territories or in languages not used before, most of them
dating their items with a day and month WITHOUT A YEAR, the year given only in a date line, an issue
line or a year filter: a Tristan da Cunha weekly news sheet printing three items in full (a caps
'SHIPPING: ...' notice with two event days first, a facts line with the population, 'Friday 15 May
2026 · Wind NW 25 knots · Swell 3.5 m' with a weather part, an issue line 'Issue 19 · Week of 11 May
2026', 'In this issue' over shortened names, caps 'THE PATCHES', 'HARBOUR' and 'SPORT' labels, meta
lines 'Thursday 14 May · Agriculture Department' and 'Tuesday 12 May · Public Works Department'
without a year, 'Posted yesterday, 6.15pm · Tristan Sports Club' with a dotted 12-hour time, straight
quotes closed by ',\" said NAME.' ending two bodies, a caption ending 'Photo: Public Works Department'
inside the copy, 'Posted in CATEGORY · N comments' after each item, a 'Notices' box, a description
sentence and a copyright line naming the sheet); a San Marino castello council's 'Comunicati stampa'
list printing two releases in full (a caps 'AVVISO: ...' road closure bar first, 'Repubblica di San
Marino' over the council's name, 'Martedì 19 maggio 2026', a year filter 'Anno: 2026 ▾', labels
'Comunicato n. NN' above the headlines, 'pubblicato 2 ore fa · Segreteria della Giunta' and '16 maggio
· Segreteria della Giunta' without a year, the council named by a short name in the copy, guillemets
closed by '», ha dichiarato il Capitano di Castello, NAME.', a caption ending 'Immagine: Ufficio
Progettazione' inside the copy, PDF and share lines after each release, 'Comunicati precedenti' with
day-month dates, an address, a copyright line and a cookie line last); an Alsatian-language Protestant
parish newsletter from Munster in Alsace (a French skip link first, a bilingual name line, the
Alsatian masthead 'Kirchegmein Minschter', no page date line but an issue line 'Gmeinsblättel – Mai
2026 – Nummer 5', a French breadcrumb, 'Gschriwwe vum Pfàrrer NAME · 11. Mai' without a year,
low-high quotes closed by '“, het d'Chorleiteri NAME gsajt.', a caption ending in French 'Photo :
Paroisse protestante de Munster' inside the copy, an Ascension Day service in the last paragraph, a
half-French 'Dàns ce numéro aussi' list, a copyright line naming the parish in French and a French
cookie line last); a Tokelau village school's news post from Nukunonu (a 'Mālō nī! ...' greeting
first, a 'Tokelau Time (UTC+13)' line, a bilingual 'Tala Fou | News' menu item and page heading,
'Wednesday 13 May 2026', 'Posted 2 days ago by Mrs NAME, Year 6 and 7 teacher' as the only date,
Tokelauan words in the copy, a caption ending 'Photo: Te Lumanaki School' inside the copy, a
'Fakafetai lahi ...' thanks ending the body, 'Other news', a description sentence naming the school
and the Government of Tokelau and no cookie line); a Latgalian-language teachers' trade union's post
from Rēzekne, Latvia (a caps 'UZMANĪBU: ...' picket bar first, 'Latgaliski | Latviski', 'Pīktdīne,
2026. goda 15. majs' with a Latgalian weekday and a year-first Latvian-style date, 'pyrms 4 stuņdem ·
Informaceja' as the only date, guillemets closed by ',» soka ... NAME.', a caption ending 'Bilde: NAME
OF THE UNION' and a 'Lasi taipat: ...' link holding '2026. goda' inside the copy, 'Daleits:' share
line, 'Cytys ziņys', an affiliation sentence and a Latgalian cookie line last); a Bolivian bakers'
union federation's bulletin from El Alto with one communiqué (an Aymara 'Jallalla' slogan first, the
federation's name over 'FTPEA · Fundada el 2 de febrero de 1987', 'Jueves, 14 de mayo de 2026', an
issue line 'Boletín Informativo N.º 9 · Mayo de 2026', no byline and no meta line, the body opening
with the dateline 'El Alto, 12 de mayo (Prensa FTPEA).– ...' without a year, a caption ending 'Foto:
Prensa FTPEA' and a 'Lee también: ...' link inside the copy, a '– FIN –' end mark, 'Otros comunicados'
with day-month dates, a registration line and a copyright line with the initials only); a Puerto
Rican track and field club's news page from Aibonito printing two items in full (a caps 'PRÓXIMO
EVENTO: ... · Faltan 16 días' countdown first, a menu mixing 'Home' and 'Store' with Spanish items,
'viernes, 15 de mayo de 2026' with a lower-case weekday, caps 'RESULTADOS' and 'EVENTOS' labels, 'hace
3 horas · Por Coach NAME' and 'sáb., 9 de may. · Por la Directiva del Club' with an abbreviated
weekday and month and no year, US-style '1,500 metros' and '6.41 metros', a caption ending 'Foto:
Guayacanes de Aibonito' inside the copy, share lines and comment counts, a nonprofit registration
sentence and a cookie line last); and a Wallis and Futuna cathedral parish's weekly bulletin from
Mata-Utu printing two items in full (a Pentecost mass times line first, a 'Mālō te maʻuli ! ...'
greeting, 'Français | Faka'uvea', the Wallisian masthead 'Te Fetuʻu Aho', 'Lundi 18 mai 2026', an
issue line 'Te Fetuʻu Aho · Année 2026 · n° 19', caps 'VIE DE LA PAROISSE' and 'ANNONCE' labels, 'Mis
en ligne hier à 17h30 · Père NAME' and 'Jeudi 14 mai · Secrétariat paroissial' without a year,
guillemets closed by '», a déclaré le curé, le père NAME.', a caption ending 'Photo : Te Fetuʻu Aho'
inside the copy, 'Dans les numéros précédents', an address line and a copyright line naming the
parish, not the bulletin). Four pages hold two or three articles each (one three, three two), the
others one. Dates mix day-month dates without a year in English, Italian, Alsatian, Spanish and
French ('Thursday 14 May', '16 maggio', '11. Mai', 'El Alto, 12 de mayo', 'sáb., 9 de may.', 'Jeudi 14
mai') with relative times ('Posted yesterday, 6.15pm', '2 ore fa', 'Posted 2 days ago', 'pyrms 4
stuņdem', 'hace 3 horas', 'hier à 17h30') beside a date line that fixes the day they were read (in
English, Italian, Latgalian, Spanish and French, one with a weather part; one page has only an issue
month), and event days that are not the articles' dates (ship day on 19 May and the issue's week of
11 May, a fair on 23 May, free parking from 24 May and works from 25 May, an Ascension service on 14
May after a concert on Sunday 10 May, a council meeting on 26 May and a school fono on 22 May,
classes from 1 September and a picket on 28 May, a deadline on 22 May and a march on 26 May, a race
on 31 May and a championship from 10 to 12 July, Pentecost on 24 May and rehearsals on 19 and 21 May).
The outlet is named in mastheads, photo credits, the copy, description, affiliation, registration
and paper-edition sentences, address lines and copyright lines (two copyright lines name the parish or
the initials instead of the outlet, and one photo credit names the parish in French). Outlets, people
and organisations are invented (the towns, villages and islands are real). Their gold files were
written before the splitter was ever run on them. They are a measurement, not a target: nothing here
asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of eadc212, session 17's last: the learned parts trained on fresh3 to
fresh50; run once, before any change for these pages): 13 articles of gold, 13 found; title 100.0%, outlet 53.8%,
date 15.4%, boundary 92.3%, 2 furniture lines left. Without the article filter: 13 found; title 100.0%, outlet
53.8%, date 15.4%, boundary 92.3%, 2 furniture lines left. The rules alone: 10 found; title 15.4%, outlet 0.0%, date
15.4%, boundary 0.0%, 51 furniture lines left.

Run ``python tests/layouts_fresh59_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH59 = HERE / "data" / "layouts-fresh59"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH59, label="fresh59 pages"))
