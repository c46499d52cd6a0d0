"""Eighty-sixth blind held-out measurement of page splitting (tests/data/layouts-fresh86).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are NEWS SITES IN
LATIN AMERICA, SPAIN AND PORTUGAL, in Spanish and Portuguese (a regional daily's photo gallery, a live
page, a national daily's opinion column, a portal story under heavy comment furniture, a radio station,
a small site republishing agency copy, a section front and a TV station's portal): an Argentine regional
daily from Mendoza with a photo gallery of the Vendimia Carrusel (the masthead first over 'Desde 1998',
a Zonda weather line, a slash breadcrumb, a caps 'FOTOGALERÍA' kicker, a two-sentence standfirst,
'Sábado 7 de marzo de 2026 - 13:58 hs' with a capitalised weekday and 'hs', 'Actualizado hace 5 horas'
as a relative update age, a photographers' and desk credit, 'Foto N de 8' counters over captions ending
'Foto: NAME / Diario La Acequia' between the paragraphs and four more after them, reactions, 'Más
fotogalerías' over dates, the publishing company in an imprint line and a copyright line without the
outlet); a Pamplona regional daily's live page of the first San Fermín bull run with four entries (a
skip link first, 'Pamplona, martes 7 de julio de 2026 · ¡Viva San Fermín!', the live page's own headline,
standfirst, credit and an 'EL ENCIERRO EN DATOS' box as furniture, a '📌 Fijado' pinned entry at '06:45',
then 'hace 4 minutos', a 'PUBLICIDAD' label, 'hace 31 minutos' and '08:01', each ending 'Compartir', the
outlet named inside a quotation, the company in the copyright line and a cookie line last); a Lisbon
national daily's opinion column written in the pre-1990 spelling ('projecto', 'direcção', 'actual') on a
site in the current one (a subscription offer first, caps 'OPINIÃO' and 'CRÓNICA' kickers, a subtitle
without a full stop, the author's bare name, '19 de fevereiro de 2026, 7:00', 'Leitura: 4 min', 'A autora
escreve segundo o antigo Acordo Ortográfico', an author bio naming the outlet, topics, a subscribers-only
comment count and 'Mais opinião' name and headline pairs); a Belém news portal's story on the Círio de
Nazaré rope under heavy share, reaction and comment furniture (a linha fina, 'Por Redação Guamá Agora',
'Publicado em 25/09/2026 às 18h42', '💬 126 comentários', a share line with a count above and below the
copy, a caps 'LEIA TAMBÉM: ...' link inside it, four emoji reaction counts, then five comments each a
name, an age ('há 2 dias', 'há 1 dia', 'ontem às 21:15'), the reader's sentence and 'Responder · Curtir
(N)', one a '↳' reply, 'Carregar mais 121 comentários', a company line and a cookie line last); a
Paraguayan AM radio station's site from Asunción printing two items in full (an '▶ ESCUCHÁ EN VIVO' bar
first, the masthead over '1140 AM · La radio de la gente', 'Jueves, 17 de septiembre de 2026 · Asunción
33 °C', caps section and program kickers 'NACIONALES · Tajy Pyahu', 'Por NAME | Prensa Tajy', 'hace 2
horas' and 'Ayer, 18:30' alone, '🎧 Escuchá la nota completa · 06:48' audio lines with durations, a
program promo line inside the copy, 'Lo más escuchado', the company in the copyright line); a small La
Palma (Canary Islands) WordPress-style site printing two agency items from two agencies (the site's name
first over 'Noticias de La Palma desde 2009', no header date, caps categories, '14 enero, 2026 · Agencia
Ibérica de Noticias' meta lines with the day, the month, a comma and the year, a Spanish wire dateline
'Santa Cruz de La Palma, 14 ene (AIN).-' and a caps one giving only the day 'LOS LLANOS DE ARIDANE (LA
PALMA), 13 (ATLÁNTICO PRESS) -', 'Fuente:' lines, a hardware shop's advert between the items, recent
comments repeating a headline inside a longer line and a syndication note naming both agencies); a San
Pedro Sula (Honduras) daily's 'ZONA NORTE' section front printing three items in full (a rain alert
strip first, the masthead in caps, no header date, caps place and topic kickers, 'Lectura: 2 min' under
each headline, the byline 'Escrito por: NAME' and the date line only after each body: 'Publicado hace 40
minutos', 'Publicado el 1 de junio de 2026 a las 7:10 a. m.' and '... 31 de mayo de 2026 a las 10:25
p. m.', an advert between the second and third items, the company in the copyright line); and a Porto
Alegre television station's news portal on the city's flood gates two years after the 2024 flood (an '🔴
AO VIVO' newscast bar first, a caps masthead, a '›' breadcrumb, a linha fina without a full stop, 'Por
NAME, TV Coxilha — Porto Alegre', '14 mai 2026 - 06:05' with an abbreviated month and a dash, a
lower-case 'atualizado 14 mai 2026 - 08:40', a video line with a duration, a '🔎 Leia também:' label with
two '•' bullets and a WhatsApp channel line inside the copy, a videos block and the group in the
copyright line). Four pages hold several articles (one four, one three, two two), the others one: 15
articles. Dates mix absolute dates in several forms ('Sábado 7 de marzo de 2026 - 13:58 hs', '19 de
fevereiro de 2026, 7:00', '25/09/2026 às 18h42', '14 enero, 2026', '1 de junio de 2026 a las 7:10 a. m.',
'14 mai 2026 - 06:05') with relative times in Spanish ('hace 4 minutos', 'hace 31 minutos', 'hace 2
horas', 'Ayer, 18:30', 'hace 40 minutos'), bare clock times on a live page and agency datelines that give
the day, beside a header date line that fixes the day they were read in two pages only (the Honduran
relative age stays undated), update lines and ages that are not the articles' dates ('Actualizado hace
5 horas', 'atualizado 14 mai 2026 - 08:40'), comments' ages that are not the story's, and event days that
are not the articles' dates (the Acto Central that night, a procession at 10:00 and a newsletter until
14 July, Lisbon's January accounts, a sign-up deadline of 7 October and the Círio on 11 October, the
river until mid-October, a review in March, a carnival on 27 June and the feast on 29 June, works to
2027). The outlet is named in mastheads (five in caps), captions, bylines, quotations, bio and
description sentences, subscription, app, WhatsApp and Instagram lines, 'Fuente:' lines and agency
datelines (two items are agency copy whose outlets are the agencies, not the host site); six pages
name a publishing company or group in a copyright or imprint line, one copyright line no one. Outlets,
people and organisations are invented (the cities, rivers, festivals and public institutions are real).
Their gold files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of c2b4e48, session 21's last: the learned parts trained on fresh3 to
fresh80; the pages were written at the start of session 22, committed at a6a35dd and measured before any change of
that session): 15 articles of gold, 15 found; title 100.0%, outlet 93.3%, date 46.7%, boundary 93.3%, 1 furniture
lines left. Without the article filter: 19 found, 100.0% / 93.3% / 46.7% / 73.7%, 9 furniture lines left. The rules
alone: 18 found, 73.3% / 13.3% / 46.7% / 27.8%, 49 furniture lines left. Then, still unread, on 8af80cd (session
22's rules, made from fresh81-84's misses, and its parts trained on fresh3-84): 15 found; title 100.0%, outlet
100.0%, date 46.7%, boundary 93.3%, 2 furniture lines left; without the filter 19 found, 100.0% / 100.0% / 46.7% /
73.7%, 10 furniture lines left; the rules alone 18 found, 73.3% / 20.0% / 46.7% / 27.8%, 49 furniture lines left.

Run ``python tests/layouts_fresh86_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH86 = HERE / "data" / "layouts-fresh86"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH86, label="fresh86 pages"))
