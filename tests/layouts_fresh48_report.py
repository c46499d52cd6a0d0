"""Forty-eighth blind held-out measurement of page splitting (tests/data/layouts-fresh48).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Niue government
information service's Cabinet statement (an 'An official website of the Government of Niue · Here's
how you know' banner first, a Niuean greeting line 'Fakaalofa lahi atu', 'Search this site', 'Home »
Media » Cabinet Statements' with double angles, a caps 'CABINET STATEMENT' label, 'Statement No.
14/2026 | Alofi | 21/4/2026' with a statement number, the place and an unpadded slashed date as the
only date and no byline, a quotation in two parts around ', said the Minister for Natural Resources,
Hon. NAME.', the end mark 'ENDS', 'Authorised for release by the Secretary to Government', 'Attachment:
... (PDF, 1.1 MB)', 'Other Cabinet statements' with numbers, en dashes and unpadded dates, 'Was this
page helpful? Yes | No', a description sentence naming the service); a Nauru phosphate mining
company's community newsletter page printing two items in full (a blasting notice with Anzac Day
first, the company's name over a pipe utility line, the newsletter's masthead 'Topside Talk',
'Community newsletter · Issue 61 · Thursday 23 April 2026', an 'In this issue' list of shortened
headlines and box names, caps 'COMMUNITY' and 'TRAINING' labels, 'Posted 2 days ago · Story and
photos: Community Relations team' with a team for a credit, a 'Related: ... (video, 3 min)' link
inside the copy, '41 people found this useful', 'Mon 20 Apr 2026 · Words: NAME, Training Coordinator'
with an abbreviated weekday and month, 'Safety counter' and 'Shipping schedule' boxes, a publisher
sentence naming the newsletter and the company); a South Sudanese water charity's 'Field updates'
page printing three posts in full (a bare 'Menu' word first, the logo's alt text, a figures strip
'... · Figures updated 23 April 2026' as the page's only date line, caps 'BOREHOLES', 'HYGIENE' and
'TRAINING' labels, 'Filed from Nzara · 5 hours ago' with the place before a relative age, 'Filed from
Yambio · 2026-04-18' with an ISO date, 'Filed from Maridi · April 14th, 2026' with an ordinal
month-first date, a 'Read: ...' link inside the copy, 'Posted by NAME, ROLE' and 'Tags:' after each
body, a 'Give monthly' box, a registration sentence naming a commission in Juba and a charity
number); a Sint Eustatius heritage society's project post (a museum hours line with King's Day
first, a weather line 'Statia today · Monday 20 April 2026 · 29°C · ...' holding the page's date,
'EN | NL', 'Home / Projects / Lower Town warehouses', 'Posted by NAME · Yesterday at 10:20 am' with the
name before a relative day with a clock time, 'Photo: Golden Rock Heritage Society', the First Salute
of 16 November 1776 inside a quotation in two parts, 'Comments are closed.', a 'Become a member' box,
'Recent posts' with em-dashed dates, a Stichting line with a chamber of commerce number); an
Aragonese-language Ribagorza community radio's news page printing two full stories (a live-now bar
'● EN DIRECTO · ... · Escuitar' first, a frequencies line, 'Chueves 23 d'abril de 2026' with an
Aragonese weekday and no comma, 'Aragonés | Castellano', caps kickers 'SANIDAT' and 'EDUCACIÓN', a
listen button '▶ Escuitar a noticia (1:52)' above each credit line, 'Redacción · fa 3 horas' as the
first story's only date, 'Marta Bielsa · 21-4-2026' with an unpadded hyphenated date, 'Foto: Onda
Ésera', guillemets closed by '», ha explicau o alcalde de Benás, NAME.', a 'Leye tamién: Graus: ...'
link and a 'Publicidat' label inside the copy, 'Compartir: ...' after each story, 'Más noticias' over
'ayer' and 'fa 6 horas', an 'Agenda' box with day-first event lines); a Low German-language
Dithmarschen news site's village shop story (a weather line first, 'Dingsdag, 21. April 2026' with a
Low German weekday and a dotted day, 'Plattdüütsch | Hochdeutsch', 'Narichten › Dörp un Land', the
date line '19. April 2026 · 17:30 Klock' above a 'Vun NAME' byline, a '▶ Vörlesen laten' read-aloud
button, 'Bild: Platt ut Dithmarschen', low-high quotes closed by '“, seggt NAME, ...', an 'Ok lesen:
Meldorf: ...' link and an 'Anzeig' label inside the copy, a 'Kurz op Hochdüütsch' box holding a
High German summary of the story, 'Kommentaren (0)', 'Mehr Narichten' over 'güstern' and 'vör 4
Stünnen'); a Hawaiian-language Molokaʻi community news site's fishpond story (a siren test notice
with 'Pōʻalima, Mei 1' first, 'Pōʻalima, ʻApelila 24, 2026' with a Hawaiian weekday and the month
before the day, 'ʻŌlelo Hawaiʻi | English', 'Nūhou › ʻĀina', 'Hoʻopuka ʻia 3 hola i hala aku nei e
NAME' with a label, a relative age and the writer after it as the only date, 'Kiʻi: Ka Leo Kaiāulu o
Molokaʻi', curly quotes closed by ',” wahi a ʻAnakala NAME, ...', an 'E heluhelu pū: Kaunakakai: ...'
link and a 'Hoʻolaha' label inside the copy, 'Nā manaʻo (2)', 'Nā moʻolelo hou aʻe' over 'i nehinei'
and '5 hola i hala aku nei'); and a Venetian-language Burano association's WordPress post (an Italian
cookie bar first, the theme's strings in Italian, 'Pubblicato il 22 aprile 2026 da NAME' as the only
date, guillemets closed by '», dise NAME, 71 ani, ...', a 'Lezi anca: ...' link inside the copy,
'Categorie:', 'Tag:', 'Articolo precedente', a comments heading '2 pensieri su “...”' holding the
headline, two reader comments each with an Italian date with 'alle' and a clock time, 'Articoli
recenti', a footer line with a tax code and 'Proudly powered by WordPress | Tema: Astra' instead of a
copyright line). Three pages hold two or three articles each (one three, two two), the others one.
Dates mix absolute dates in several formats and languages (an unpadded slashed '21/4/2026', 'Mon 20
Apr 2026', an ISO '2026-04-18', 'April 14th, 2026', an unpadded hyphenated '21-4-2026', a dotted Low
German date with 'Klock', an Italian 'Pubblicato il 22 aprile 2026') with relative times ('Posted 2
days ago', '5 hours ago', 'Yesterday at 10:20 am', 'fa 3 horas', '3 hola i hala aku nei') beside a
date line that fixes the day they were read (an issue line, a figures strip, a weather line and
mastheads' date lines), and event days that are not the articles' dates (rules in force on 1 June,
an open day on 9 May, Menstrual Hygiene Day on 28 May, the First Salute of 16 November 1776 and works
from 4 May, a doctor from 1 June and a meeting on 30 April, a general meeting on 12 June, a fishpond
workday on 2 May, a festival on 10 May). The outlet is named in mastheads, photo credits, a logo's
alt text, description, publisher, registration and founding sentences, a foundation line, a footer
line and copyright lines. Outlets, people and places are invented (the towns and islands are
real). Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of b7cc212: session 15's learned parts trained on fresh3 to fresh39, with
session 16's rules up to a day word keeping its clock; run once, before any change for these pages): 12 articles of
gold, 12 found; title 100.0%, outlet 75.0%, date 58.3%, boundary 100.0%, no furniture line left. Without the
article filter: 17 found; title 100.0%, outlet 75.0%, date 58.3%, boundary 70.6%, 9 furniture lines left. The rules
alone: 16 found; title 33.3%, outlet 0.0%, date 58.3%, boundary 31.2%, 52 furniture lines left. Also blind, on
2ce8c70 (the end of session 15): title 100.0%, outlet 75.0%, date 50.0%, boundary 100.0%, no line left.

Run ``python tests/layouts_fresh48_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH48 = HERE / "data" / "layouts-fresh48"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH48, label="fresh48 pages"))
