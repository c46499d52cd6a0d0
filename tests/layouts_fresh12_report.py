"""Twelfth blind held-out measurement of page splitting (tests/data/layouts-fresh12).

The eight pages there were written before any change made for them, in the ordinary layouts of
mainstream news sites that users paste most: a national newspaper's article page (menu, section
kicker, headline, standfirst, a photo caption ending 'Photograph: NAME/OUTLET' before the
byline, author name and role on separate lines, 'Tue 25 Nov 2025 19.42 GMT', share row, an
'Advertisement' label and a 'Read more:' link inside the body, topic tags, a 'Related stories'
rail and the legal footer); a public broadcaster's article (network bar above the news site's
own name, a place-name kicker, no standfirst, '2 hours ago' as the only date, 'Image source,'
and 'Image caption,' lines before the copy, a 'Media caption, Watch:' line inside it); a local
weekly's article with a reader comments section ('Published: HH:MM, D Month YYYY | Updated:
...', a '(Picture: NAME)' caption, commenter names, relative ages, Reply and 'Like (N)' lines);
a news agency story syndicated on a web portal's finance section (the agency's name above the
headline, 'Wed, November 26, 2025 at 3:14 AM GMT', a ticker chip, a wire dateline opening the
first paragraph, 'Story continues', a parenthesised reporting/editing credit); a local site's
homepage with three short top stories, each with a kicker, headline, relative time, two-paragraph
summary and 'Read full story'; a monthly magazine's feature ('Words by' / 'Photographs by', a
bare date, an issue line, a subhead and a pull quote inside the body, an author bio after it);
a Spanish provincial newspaper ('Valdeoro | 27/11/2025 - 08:45h', 'Actualizado:', 'Publicidad',
'Lee también:', a 'Foto:' caption after the body); and a Dutch regional site ('27 nov 2025,
16:40', 'Bijgewerkt 2 uur geleden', 'Advertentie', 'Lees ook:', a 'Foto:' caption after the
body). Outlets, people and places are invented. Their gold files were written before the
splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement (the splitter at c893d70, after this session's five layout-independent rules, written
before these pages existed; run once at 788517b): 10 articles of gold, 14 found; title 80.0%, outlet
70.0%, date 90.0%, boundary 28.6%, 14 furniture lines left. The splitter before those rules (21f781d),
on the same pages: the same four rates, 18 furniture lines. Per page at c893d70 (title / outlet /
date / boundary, furniture left): broadcaster_hpb_blackmere_rescue 1/0/1/0, 7;
dutch_lindaalbode_veerpont 1/1/1/1, 1; homepage_ribblemoor_today 1/1/1/0.67, 0;
local_paper_comments_pellworth_gazette 4 found of 1, 1/1/1/0, 3; magazine_feature_fieldnote_ferryman
1/1/1/0, 2; national_broadsheet_severmouth_defences 2 found of 1, 1/1/0/0, 0; spanish_gaceta_valdeoro
0/0/1/0, 0; wire_on_portal_norland_rates 0/0/1/1, 1. (While writing, the helper once ran the fresh3
report with its output discarded; it never ran the splitter on these pages.)

Run ``python tests/layouts_fresh12_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH12 = HERE / "data" / "layouts-fresh12"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH12, label="fresh12 pages"))
