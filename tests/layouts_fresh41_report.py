"""Forty-first blind held-out measurement of page splitting (tests/data/layouts-fresh41).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Vanuatu kava
growers' co-operative's 'Co-op Bulletin' page printing three items of one monthly bulletin under
one dated header ('Skip to content', the co-operative's name over a founding tagline, a depot price
strip with vatu amounts and middle dots, 'Home › News › Co-op Bulletin', 'Issue 27 | Monday, 2
March 2026' as the only date of all three items, a two-sentence welcome note, all-caps item labels
'DEPOT NEWS', 'QUALITY', 'THE BOARD', no bylines, the first item's photo caption after its last
paragraph ending '(Co-op photo)', 'nakamal' and 'tudei kava' in the copy, 'Previous bulletins',
the registered name and address, the co-operative's name in the copyright line); a Shetland arts
trust's news story on its own grants (a logo without text, so the page opens with a box-office bar
with a middle dot, a menu ending 'Basket (0)', 'Search', the heading 'News', a standfirst without a
full stop, 'Posted Tue 3 Mar 2026', 'Photo: NAME', one subhead, a two-sentence note on the writer
after the body, 'More news' over abbreviated dates, a monthly e-newsletter box, a charity-number
line, the trust named only in the footer and the copyright line, and a cookie notice pasted last);
a Nunavut wildlife management board's 'News Releases' page printing its two newest releases (a
four-language switch first with the Inuktitut name in syllabics, the board's name over a mandate
line, 'Home » News Releases', 'Showing the 2 most recent releases', 'March 4, 2026' and 'For
immediate release' above each headline, an all-caps dateline repeating the date in brackets
('RANKIN INLET, Nunavut (March 4, 2026) – ...'), '- 30 -' and the same 'For more information:'
contact block after each release, 'Older releases »'); a Cook Islands business council's news post
on its members' survey (a members' notice opening 'Kia orana!' first, 'Member login' / 'Join the
Council', the council's name over a tagline, 'Advocacy · 5 March 2026' above the headline, 'By
NAME, Chief Executive' after it, one subhead, a 'You might also like: ...' link inside the copy, a
two-sentence author bio naming the council, '2 comments', 'Upcoming events' over en-dashed event
lines, the incorporated name in the footer); a Scottish Gaelic news site's community story from
Skye ('Guth an Eilein' over a tagline, 'Diardaoin, 5 Màrt 2026', a 'Gàidhlig' / 'English' switch,
'Dachaigh / Coimhearsnachd', 'Le NAME' above the headline, 'o chionn 3 uairean a thìde' as the
only date, 'Dealbh: NAME', curly quotes introduced by 'Thuirt cathraiche an urrais, NAME:', a
'Leugh cuideachd: ...' link and a 'Sanas' label inside the copy, 'Tagaichean:', 'Beachdan (2)',
'Naidheachdan eile' over 'o chionn 5 uairean a thìde' and 'an-dè'); a Māori-language news site's
environment story from Te Tairāwhiti ('Rāmere, 6 Poutūterangi 2026', a 'Te Reo Māori' / 'English'
switch, 'Kāinga | Taiao', an all-caps kicker 'TAIAO', 'Nā NAME' after the headline, 'I tāngia: 5
Poutūterangi 2026, 4:45 i te ahiahi · Kua whakahoutia: 6 Poutūterangi 2026, 9:10 i te ata',
'Whakaahua: NAME', curly quotes closed by ', te kī a NAME, ...', a 'Pānuitia hoki: ...' link and a
'Pānui Hokohoko' label inside the copy, 'Ngā whakaaro (4)', 'Ētahi atu kōrero' over Māori dates);
a Tetum-language news site's front page printing two full stories ('Kinta, 05 Marsu 2026' with a
zero-padded day, a Tetun / Português / English switch, 'Reportajen: NAME' and 'Editór: NAME' after
the first headline, '05 Marsu 2026, 09:40', 'Foto: Lian Lorosa'e/NAME', an all-caps dateline with
the outlet in brackets ('BAUCAU, 05 Marsu 2026 (Lian Lorosa'e) – ...'), curly quotes closed by ',
dehan Xefe Suku Bahu, NAME.', a 'Lee mós: ...' link and an 'Anúnsiu' label inside the copy,
'Komentáriu (2)', the second story under 'Edukasaun' with no byline and 'oras 2 liu ba' as its only
date, 'Notísia seluk' over 'oras 4 liu ba' and 'horiseik'); and a Montenegrin regional portal's
economy story in the ijekavian standard (the portal's name over a tagline, a weather line, no page
date line, an all-caps kicker 'EKONOMIJA', a lead without a full stop, 'Vesna Šćekić | petak, 6.
mart 2026. | 12:15' with no label, '(Foto: NAME)', low-high quotes closed by ', rekao je
predsjednik Opštine ... NAME.', a 'Pročitajte još: ...' link and a 'REKLAMA' label inside the copy,
'Oznake:', '7 komentara', 'Najčitanije' over 'prije 3 sata' and 'prije 5 sati'). Three pages hold
two or three articles each (one three, two two), the others one. Dates mix absolute dates in
several formats and languages (a British long date with a weekday and a comma on an issue line, an
abbreviated weekday and month, US-style dates repeated in bracketed datelines, a British long date
with a middle dot after a category, Māori published and updated dates with times in words, a
zero-padded Tetum date with a comma and a clock time, a dotted Montenegrin date with a spelled
month between pipes) with relative times ('o chionn 3 uairean a thìde', 'oras 2 liu ba') beside a
date line that fixes the day they were read, and items that take their bulletin's date. The outlet
is named in mastheads, photo credits, datelines, the copy, contact blocks, an author bio, footers
and copyright lines (one page naming it only in its footer). Outlets, people and places are
invented. Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models of c1676e5: the rules of c1676e5 with the learned line tagger and site-name chooser
trained on the tuning corpus, fresh3 to fresh39 and the seeds, and the article filter refitted at c1676e5; run once,
before any change for these pages): 12 articles of gold, 12 found; title 100.0%, outlet 75.0%, date 58.3%, boundary
83.3%, 3 furniture lines left. Without the article filter: 14 found; title 100.0%, outlet 75.0%, date 58.3%, boundary
71.4%, 7 furniture lines left. The rules alone: 14 found; title 66.7%, outlet 0.0%, date 58.3%, boundary 50.0%, 15
furniture lines left. Per page with all parts (title / outlet / date / boundary, furniture left): the Cook Islands
council 1/1/1/0, 1; the Maori site 1/1/0/1, 1; the Montenegrin portal 1/1/1/0, 0; the Nunavut board 2/0/1/2, 0; the
Scottish Gaelic site 1/1/0/1, 0; the Shetland arts trust 1/0/1/1, 0; the Tetum site 2/2/0/2, 1; the Vanuatu bulletin
3/3/3/3, 0. Misses (left for the next session): Maori and Tetum dates and the Scottish Gaelic and Tetum relative
times not read; the Nunavut board's language switch in syllabics read as its outlet and its second release dated by
the page; an outlet named only in the footer not found; a two-sentence note on the author whose second sentence is
long, a Montenegrin lead and Maori and Tetum advertisement labels.

Run ``python tests/layouts_fresh41_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH41 = HERE / "data" / "layouts-fresh41"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH41, label="fresh41 pages"))
