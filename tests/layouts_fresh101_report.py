"""One hundred and first blind held-out measurement of page splitting (tests/data/layouts-fresh101).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are COURTS, CRIME,
POLICING, DISASTERS AND EMERGENCIES coverage in English, Spanish, Portuguese, Hindi and Turkish: a
Hindi-language Jaipur news portal's court report on a dowry-death verdict (an e-paper strip first, the
masthead, 'गुरुवार, 19 फ़रवरी 2026 | फाल्गुन शुक्ल पक्ष, वि.सं. 2082' with a Hindi weekday beside the lunar
fortnight and the Vikram Samvat year, a 'बड़ा फ़ैसला' kicker, a standfirst before 'NAME | विधि संवाददाता,
हवामहल संवाद', 'प्रकाशित: 18 फ़रवरी 2026, 08:47 PM | अपडेटेड: 5 घंटे पहले' with an update age that is not the
date, a '(फाइल फोटो)' caption, a case file box inside the copy with the case number 'सत्र प्रकरण संख्या
214/2023', the judge and two 'फ़ैसला:' verdict lines and a sentence line, a 'यह भी पढ़ें: ...' link, a Holi
advert, related court news over dates, a description sentence, the company in the copyright line and a
Hindi cookie line last); a Paraguayan Spanish crime desk ('POLICIALES') from Ciudad del Este printing
five short items in full (a voseo radio strip first, the masthead in caps, no date at the top, a date
line above each headline, 'Hace 40 minutos' as the first item's only date and '13/04/2026 - 22:10 hs'
slashed dates with 'hs' for the others, a '📍 PLACE' pin line after each item, a 'Publicidad' advert
between the third and fourth items, a WhatsApp tip line and a numbered most-read list); a European
Portuguese Funchal daily's storm and flood emergency page (an IPMA 'AVISO VERMELHO' banner first,
'Terça-feira, 10 de fevereiro de 2026 · Funchal 14°C, chuva forte', an 'AVISOS DE EVACUAÇÃO' block of
bullet notices before the one story, 'Publicado há 2 horas · Atualizado às 11h35', a caption ending
'Fotografia: NAME / Jornal Levada', quotes closed by '", disse ao Jornal Levada ROLE, NAME.', a 'Leia
também: ...' link inside the copy, an ownership line and the company in the copyright line); a Turkish
Düzce news site's earthquake live blog with four headlined entries (a 'SON DAKİKA ›' strip first, a
live headline, spot and credit that are not articles, day heading lines '13 Mart 2026, Cuma' and '12
Mart 2026, Perşembe' over bare dotted clock lines '10.42' and '23.50', a '▶ Video | ... · 1:12' line
inside an entry, a 'Reklam' advert before the second day heading and a 'kaynak gösterilmeden
kullanılamaz' copyright line); a Windhoek English daily's day 4 report of a murder trial (a subscribe
strip first, no date at the top, a 'TRIAL TRACKER: STATE v ...' banner over a 'Day 1 | Day 2 | Day 3 |
Day 4' tab line, 'By NAME, Court Reporter' and 'Thursday, 7 May 2026 - 17:52' after the first paragraph
with a 'Case file: CC 27/2025 · Judge NAME · ...' line, a 'Related: ...' link inside the copy, and
'PREVIOUSLY IN THIS TRIAL' with three linked day teasers 'DAY 3 · Wednesday, 6 May' over a headline and
a summary ending 'Read Day 3 ›'); the Paraíba civil police press office's news page printing three
releases in full (a 'GOVERNO DA PARAÍBA' bar first, an accessibility line, a 'Você está aqui:'
breadcrumb, '08/09/2026 16h40 · Atualizado em 08/09/2026 18h05' and '04/09/2026 09h15' above the
headlines, captions ending 'Foto: Ascom/PCPB', 'nesta terça-feira (8)' with bracketed day numbers, a
Disque-Denúncia line and the state government in the copyright line); a Paphos English-language site's
wildfire update republished from a wire agency (a fire risk strip first, an 'EN | ΕΛ | РУ' switch, a
'WIRE' label, the headline 'UPDATE 3-Wildfire near Pissouri ...', 'Published 21.07.2026, 15:20 · 3 min
read', the caps dateline 'LIMASSOL, July 21 (MNA) - ...' opening the copy, an 'MNA Photo/NAME' caption,
a '(Reporting by NAME; Editing by NAME)' sign-off, 'Source: Mesogeios News Agency (MNA)' and a
republication note, so the outlet is the agency, not the site); and a Cartagena Spanish local paper's
missing-person appeal (the masthead first, 'Cartagena · Lunes, 5 de octubre de 2026' as the only date on
the page, an 'URGENTE' label, 'Redacción · Mirador del Puerto' with no date of its own, a '¿LO HAS
VISTO?' help box of name, age, height, clothes, last-seen and 091/112 lines inside the copy, a 'Lee
también: ...' link, tags, a comment count and 'Lo último' over 'Hace N horas' ages). Three pages hold
several articles (five, four and three), the others one: 17 articles. Dates mix absolute dates in
several forms ('18 फ़रवरी 2026, 08:47 PM', '13/04/2026 - 22:10 hs', 'Thursday, 7 May 2026 - 17:52',
'08/09/2026 16h40', '21.07.2026, 15:20') with day headings over clock times ('13 Mart 2026, Cuma' over
'10.42'), relative times ('Hace 40 minutos' with nothing fixing the day, so no date; 'há 2 horas' beside
a date line that fixes it) and a page date line as an undated article's only date, beside update lines
that are not the articles' dates ('अपडेटेड: 5 घंटे पहले', 'Atualizado às 11h35', 'Atualizado em
08/09/2026 18h05') and event days that are not the articles' dates (a death on 9 August 2023, schools
reopening on Monday 23 March, a crime on 17 August 2025 and a trial set down until 22 May, previous trial
days on 4 to 6 May, a red warning until 21h00 and a heat warning until Thursday, and a man missing since
Sunday). The outlet is named in mastheads (six in caps), bylines, captions, a Source line, in-copy
attributions, descriptions and copyright lines (four copyright lines name a company or the state
government instead of the outlet). Outlets, people and organisations are invented, the wire agency
included, except the Paraíba civil police, a real institution publishing its own releases (the towns,
courts, police forces and emergency services are real). Their gold files were written before the splitter was
ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and the file
is not collected by pytest.

First measurement (the models and rules of 8d5caab, session 24's last: the learned parts trained on fresh3 to fresh92;
the pages were written at the start of session 25, committed at a013098 and measured before any change of that session):
17 articles of gold, 17 found; title 82.4%, outlet 52.9%, date 58.8%, boundary 76.5%, 2 furniture lines left. Without
the article filter: 17 found, 82.4% / 52.9% / 58.8% / 76.5%, 2 furniture lines left. The rules alone: 17 found, 70.6% /
11.8% / 52.9% / 41.2%, 53 furniture lines left. Then, still unread, on 580b5a2 (the parts retrained on fresh3-100, the
site-name chooser reading a name by its core): 18 found; title 100.0%, outlet 52.9%, date 64.7%, boundary 88.9%, 2
furniture lines left; without the filter 18 found, 100.0% / 52.9% / 64.7% / 88.9%, 2 furniture lines left; the rules
alone 17 found, 70.6% / 11.8% / 52.9% / 41.2%, 53 furniture lines left.

Run ``python tests/layouts_fresh101_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH101 = HERE / "data" / "layouts-fresh101"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH101, label="fresh101 pages"))
