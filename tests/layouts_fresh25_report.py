"""Twenty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh25).

The eight pages there were written before any change made for them, as ordinary everyday news
pages copied from a browser (select all, copy, paste as plain text), from invented mainstream
outlets outside the English-speaking world, one language a page, each in that language's own
conventions for bylines, dates, captions, 'read also' links and furniture: a Portuguese
(Portugal) national daily's sports section with a football match report (the section's own
header and sub-menu, a breadcrumb with '›', a standfirst with a full stop, the reporter's bare
name, '11 dez. 2025, 22:51' over 'Atualizado há 40 min', a 'Foto: NAME' caption, «...» quotes, a
'Leia também:' link and 'Publicidade' inside the copy, a 'Ficha de jogo' box of line-ups, goals
and cards after it; the outlet named in the masthead and the copyright line only); a Catalan
public broadcaster's news site (a broadcaster bar with 'Directe' and 'A la carta', a subtitle
without a full stop, 'NAME | Place', 'Publicat: 11/12/2025 - 09.02 h' and 'Actualitzat: ...', a
video block with a bare '01:47' and a '(SRT)' caption, a 'Llegeix també:' link, the copyright
line naming the public corporation rather than the news brand); a Slovak tabloid's story (an
ALL-CAPS kicker, a headline ending in an exclamation-mark quote, a perex with the age in
brackets, 'Autor: NAME', 'dnes 07:42' as the only date, a caption over a separate 'Foto: NAME'
line, 'Galéria (8)', „...“ quotes, 'Čítajte aj:', 'REKLAMA' and 'Pokračovanie článku pod
reklamou' inside the copy, a 'Najčítanejšie' list with rank numbers on their own lines); a
Ukrainian news portal's news feed holding three full items (relative times 'N хвилини тому' and
'вчора, 18:40', a rubric label and 'Автор: NAME' over each, «...» quotes with en dashes, a
'Читайте також:' link, a 'Реклама' label between items, a caption before the third item's copy,
Ukrainian plural comment counts); a Hebrew local paper's site (right-to-left text, a headline
opening with a numeral, a standfirst with a full stop, 'מאת: NAME, OUTLET', '11.12.25 | 10:32'
with a two-digit year and an absolute 'עודכן:' line, a bracketed '(צילום: ...)' credit, gershayim
abbreviations inside the copy, 'קראו גם:' and 'פרסומת', an author box with an e-mail address);
a Bulgarian national daily whose masthead is a logo without text (no standfirst, 'Автор: NAME',
'11 декември 2025, 07:45', a views count 'Прочетена 3 812 пъти', 'Снимка: NAME', „...“ quotes,
'Прочети още:' and 'Реклама' inside the copy, the outlet named only in the copyright line in
„...“ quotes); a Welsh-language city magazine's section page holding two full stories (ALL-CAPS
kickers, 'Gan NAME', '12 Rhagfyr 2025', 'Darllen: 4 munud', a standfirst with a full stop and a
'Llun: NAME' caption on the first only, a 'Darllenwch hefyd:' link, 'Rhannu'r erthygl hon' after
each, mutated invented place names); and a Slovenian business site whose masthead is a logo
without text (a four-line market strip with decimal commas and Unicode minus signs, a
standfirst with a full stop, '11. 12. 2025 06:00' with 'Posodobljeno pred 2 urama', 'Čas
branja: 3 min', »...« quotes, 'Preberite še:' and 'Oglas' inside the copy, an author box, the
outlet named only inside an attribution in the copy and in the copyright line). Two pages hold
two or three articles each, the others one. Dates mix absolute dates in several formats with
relative times (alone, or as an update time beside a full date). Outlets, people and places are
invented. Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest.

First measurement: (to be filled in by the lead)

Run ``python tests/layouts_fresh25_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH25 = HERE / "data" / "layouts-fresh25"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH25, label="fresh25 pages"))
