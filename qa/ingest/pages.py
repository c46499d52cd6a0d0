"""Splitting scraped news pages into articles and stripping page furniture.

A scraped page holds a main article, often followed by teasers of other stories
("Related Articles"), each with its own headline, outlet and time, mixed with app and
site furniture (calls to action, comment widgets, store badges, image alt texts). The
rules here are general shapes, not strings from any one site:

- an article header is a run of short lines holding a time or date line (``3 hours ago``,
  ``Reuters · 3h``, ``date 2025-07-22``), an outlet name next to it, and a headline just
  before or just after it (often printed twice);
- furniture is a short line matching common navigation / call-to-action / widget
  patterns, or a short line repeated across several pages;
- a page with none of these is a plain article and comes through whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class PageArticle:
    """One article found on a page."""

    title: str
    text: str  # cleaned body (no title line, no furniture); paragraphs separated by "\n"
    source: str | None = None  # outlet name, None when the page does not say
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when the page gives one
    date_text: str | None = None  # relative time as written, e.g. "21 hours ago"


# ---------------------------------------------------------------- line patterns

_UNITS = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)")
_REL_LONG = rf"(?:\d+|an?|one)\s*{_UNITS}\s+ago"
_REL_SHORT = r"\d+\s*(?:s|m|min|h|hr|d|w|mo|y)"
_REL_WORD = r"(?:just now|yesterday|today|moments ago|last (?:week|month|year))"
_SEP = r"\s*[·•|,–—/-]\s*"
_NAME_WORD = r"(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|de|la|le|el|al|&)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"

# "3 hours ago", "time2 hours ago" (icon label glued), "Al Jazeera4 days ago", "Reuters · 3h",
# "3h · Reuters", "Updated 5 mins ago".
_TIME_ALONE = re.compile(
    rf"^(?:(?:updated|published|posted|time|clock|schedule)\s*:?\s*)?(?P<rel>{_REL_LONG}|{_REL_WORD})$",
    re.IGNORECASE)
_SRC_TIME = re.compile(rf"^(?:by\s+)?(?P<src>{_NAME}?)(?:{_SEP}|\s*)(?P<rel>{_REL_LONG}|{_REL_WORD})$")
_SRC_SEP_TIME = re.compile(rf"^(?:by\s+)?(?P<src>{_NAME}){_SEP}(?P<rel>{_REL_LONG}|{_REL_WORD}|{_REL_SHORT})$")
_TIME_SEP_SRC = re.compile(rf"^(?P<rel>{_REL_LONG}|{_REL_WORD}|{_REL_SHORT}){_SEP}(?P<src>{_NAME})$")

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LABEL = r"(?:date|published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*"
_DATE_BODY = (rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
              rf"|(?P<dmy>\d{{1,2}})\s+(?P<dmy_m>{_MONTH_RE})\s+(?P<dmy_y>\d{{4}})"
              rf"|(?P<mdy_m>{_MONTH_RE})\s+(?P<mdy>\d{{1,2}}),?\s+(?P<mdy_y>\d{{4}})")
_DATE_TAIL = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?"
# A line that is only a date (optionally labelled, optionally with a time of day).
_DATE_LINE = re.compile(rf"^(?:{_DATE_LABEL})?(?:\w+day,?\s+)?(?:{_DATE_BODY}){_DATE_TAIL}$", re.IGNORECASE)
# A labelled or ISO date that starts a line of text ("date 2025-07-22 Kremlin plays down ...").
_DATE_PREFIX = re.compile(rf"^(?:{_DATE_LABEL}(?:{_DATE_BODY})|(?P<iso2>\d{{4}}-\d{{2}}-\d{{2}}))\s*[:|·–—-]?\s+(?=\S)",
                          re.IGNORECASE)

_BULLET_NAME = re.compile(rf"^[-•·*–—]\s*(?P<src>{_NAME})$")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)

# Furniture: whole short lines (matched case-insensitively against the line with
# surrounding punctuation trimmed).
_FURNITURE_PATTERNS = (
    # comment widgets
    r"^(?:no |\d+ )?comments?(?: \(\d+\))?(?: yet)?$", r"^(?:show|view|load|hide|read|see) (?:all |more )?comments?\b",
    r"^be the first to (?:comment|reply)", r"^(?:leave|post|add|write) a (?:comment|reply)", r"^join the (?:conversation|discussion)",
    # ads
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content)$",
    r"^(?:story|article) continues (?:below|after)", r"^continue reading\b", r"^scroll to continue",
    # teaser and navigation headings
    r"^(?:related|recommended|trending|popular|latest|top|more|similar|suggested|featured)"
    r"(?: \w+)?(?: articles?| stories| news| posts?| reads?| videos?| content| coverage| topics| for you| on \w+)?$",
    r"^most (?:read|popular|viewed|shared|commented|watched)(?: \w+)?$", r"^(?:you|we think you) (?:may|might) also like",
    r"^read (?:more|next|also|this next|the full (?:story|article))\b", r"^see (?:also|more)$", r"^up next$",
    r"^(?:editor'?s|editors'?) picks?$", r"^in (?:other|case you missed)\b", r"^more from\b",
    r"^(?:home|menu|search|skip to (?:main )?content|back to top|close|next|previous|prev|more|less|loading|"
    r"sections?|navigation|toggle navigation|main menu|open menu|close menu|top stories|breaking news|live|"
    r"print|email|e-mail|copy link|link copied|bookmark|save|saved|listen|play|pause|mute|unmute|follow|following)$",
    # sharing
    r"^share(?: this| the)?(?: article| story| post| page| link)?(?: on \w+| via \w+| with \w+)?$",
    r"^(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|instagram|youtube|tiktok)$",
    r"^follow (?:us|\w+) on\b", r"^(?:share|tweet|post) on (?:facebook|twitter|x|whatsapp|linkedin)$",
    # accounts and newsletters
    r"\b(?:sign ?up|signup|subscribe|subscription|newsletters?|log ?in|sign ?in|register now|create (?:an|your|a free) account)\b",
    # apps and stores
    r"\b(?:download|get|install|open)\b.{0,40}\bapp\b", r"\bapp[- ]?store\b", r"\bplay[- ]?store\b", r"\bgoogle[- ]?play\b",
    r"^(?:available|get it|download) on\b",
    # calls to action
    r"^(?:try|explore|discover|unlock|get started|start (?:your|free|now|exploring)|join (?:us|now|today|for free)|"
    r"click|tap|swipe|learn more|find out more|upgrade|go premium|continue with|accept|allow|enable|turn on)\b",
    r"^(?:ready to|want to|don't miss|never miss|stay (?:informed|updated|up to date))\b.{0,80}$",
    # legal
    r"\bcookies?\b.{0,40}\b(?:policy|settings|preferences|consent|accept|use)\b", r"^(?:privacy|cookie) (?:policy|settings|notice)$",
    r"^terms (?:of|and) (?:use|service|conditions)$", r"\ball rights reserved\b", r"^(?:©|\(c\)|copyright)\s*\d{0,4}",
    # image alt texts and icons left in the text
    r"^(?:\w+[ -]){0,2}(?:logo|icon|image|img|photo|picture|thumbnail|avatar|banner|background|badge|placeholder|spinner)s?$",
    # reading-time widgets
    r"^\d+\s*(?:min|mins|minute|minutes) read$", r"^listen to (?:this )?(?:article|story)\b", r"^(?:audio|video) (?:length|duration)\b",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)
# Promotional paragraphs (longer lines) are removed only next to other furniture.
_PROMO = re.compile(
    r"\b(?:download|install|get)\b.{0,60}\bapp\b|\bapp[- ]?store\b|\bplay[- ]?store\b|\bgoogle play\b"
    r"|\bsign ?up\b|\bsubscribe\b|\bnewsletters?\b|\binbox\b|\bcookies\b|\bpremium\b.{0,40}\b(?:access|subscription|member)",
    re.IGNORECASE)

_SENT_END = re.compile(r"[.!?…](?:[\"'’”»)\]]*)$")
_WORD = re.compile(r"\w+", re.UNICODE)
_MD_HEADING = re.compile(r"^#{1,6}\s+")

_BLANK, _PARA, _SHORT, _TIME, _DATE, _BULLET, _FURN = "blank", "para", "short", "time", "date", "bullet", "furn"


@dataclass
class _Line:
    text: str
    kind: str
    source: str | None = None  # outlet carried by the line (glued source, bullet name)
    rel: str | None = None  # relative time as written
    date: str | None = None  # ISO date carried by the line


# ---------------------------------------------------------------- public API


def split_pages(pages: list[str]) -> list[list[PageArticle]]:
    """Split raw scraped pages into their articles, with page furniture removed.

    Args:
        pages: the text of each page (plain text, Markdown, or text extracted from HTML).
            Several pages at once let lines repeated across pages count as furniture.

    Returns:
        For each page, in order, its articles (possibly empty when nothing but furniture
        was found). A page without furniture or article headers is one article, whole.
    """
    parsed = [_parse(page) for page in pages]
    repeated = _repeated_lines(parsed)
    return [_split(lines, repeated) for lines in parsed]


def looks_like_title(line: str) -> bool:
    """Whether a line reads as a headline: short, capitalised, no closing sentence punctuation.

    Args:
        line: one line of text.

    Returns:
        True for headline-like lines.
    """
    line = line.strip()
    if not line or len(line) > 200:
        return False
    words = _WORD.findall(line)
    if not words or len(words) > 25:
        return False
    if re.search(r"[.,;:]$", line) and not re.search(r"\b(?:[A-Z]\.){1,3}$|\b(?:Jr|Sr|St|Inc|Co|Ltd)\.$", line):
        return False
    if line.count("(") != line.count(")") or line.count("[") != line.count("]"):
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def derive_title(text: str, max_words: int = 14) -> str:
    """A short title made from the first sentence of a text.

    Args:
        text: article text.
        max_words: longest title kept whole; a longer first sentence is cut at a clause
            boundary, or at `max_words` words with an ellipsis.

    Returns:
        The title (empty for empty text).
    """
    first = text.strip().split("\n", 1)[0].strip()
    match = re.search(r"^(.+?[.!?])(?:[\"'’”»)]*)(?:\s+[\"'‘“(]*[A-Z0-9]|$)", first)
    sentence = (match.group(1) if match else first).strip()
    sentence = _MD_HEADING.sub("", sentence)
    words = sentence.split()
    if len(words) <= max_words:
        return sentence.rstrip(".;:, ").strip() or sentence
    # Cut at the first clause boundary that leaves a readable headline.
    for cut in re.finditer(r",|;|:|\s[–—-]\s|\s(?:as|after|while|when|because|but|amid|despite|which|who|where|following)\s",
                           sentence):
        head = sentence[:cut.start()].strip()
        if 5 <= len(head.split()) <= max_words:
            return head
    return " ".join(words[:max_words - 2]).rstrip(".;:, ") + "…"


# ---------------------------------------------------------------- parsing lines


def _parse(page: str) -> list[_Line]:
    text = unicodedata.normalize("NFC", page or "").replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    seen_text = False
    for raw in text.split("\n"):
        line = re.sub(r"[\u200b-\u200d\u2060\ufeff]", "", raw)
        line = re.sub(r"[ \t\u00a0\u2000-\u200a\u3000]+", " ", line).strip()
        lines.append(_classify(line, first=not seen_text))
        seen_text = seen_text or bool(line)
    return lines


def _classify(line: str, first: bool = False) -> _Line:
    if not line:
        return _Line("", _BLANK)
    probe = _MD_HEADING.sub("", line).strip()
    words = len(_WORD.findall(probe))
    if words <= 12:
        match = _TIME_ALONE.match(probe)
        if match:
            return _Line(line, _TIME, rel=match.group("rel"))
        for pattern in (_SRC_SEP_TIME, _TIME_SEP_SRC, _SRC_TIME):
            match = pattern.match(probe)
            if match and match.group("src") and _is_name(match.group("src")):
                return _Line(line, _TIME, source=match.group("src").strip(), rel=match.group("rel"))
        match = _DATE_LINE.match(probe)
        if match:
            return _Line(line, _DATE, date=_iso(match))
        match = _BULLET_NAME.match(probe)
        if match and _is_name(match.group("src")):
            return _Line(line, _BULLET, source=match.group("src"))
    if words <= 15 and _is_furniture(probe):
        return _Line(line, _FURN)
    match = _DATE_PREFIX.match(probe) if first else None
    if match:
        rest = probe[match.end():].strip()
        return _Line(rest, _kind_of(rest), date=_iso(match))
    return _Line(line, _kind_of(probe))


def _kind_of(line: str) -> str:
    words = len(_WORD.findall(line))
    if words > 25 or (words >= 4 and _SENT_END.search(line)) or (words >= 12 and not looks_like_title(line)):
        return _PARA
    return _SHORT


def _is_furniture(line: str) -> bool:
    probe = line.strip(" \t-–—•·*|>:.…!?\"'“”‘’()[]")
    if not probe:
        return True  # a line of bullets, rules or punctuation only
    return bool(_FURNITURE.search(probe))


def _is_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 40 or len(text.split()) > 5:
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    return not re.search(r"[,;:!?]", text)


def _iso(match: re.Match) -> str | None:
    groups = match.groupdict()
    iso = groups.get("iso") or groups.get("iso2")
    if iso:
        year, month, day = (int(x) for x in iso.split("-"))
    elif groups.get("dmy"):
        day, month, year = int(groups["dmy"]), _month(groups["dmy_m"]), int(groups["dmy_y"])
    elif groups.get("mdy"):
        day, month, year = int(groups["mdy"]), _month(groups["mdy_m"]), int(groups["mdy_y"])
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 9999):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next((n for full, n in _MONTHS.items() if full.startswith(name[:3])), 0)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _repeated_lines(parsed: list[list[_Line]]) -> set[str]:
    """Short lines that occur on more than one page (site furniture), by normalised key."""
    if len(parsed) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in parsed:
        counts.update({_key(l.text) for l in lines if l.kind in (_SHORT, _FURN) and _key(l.text)})
    return {key for key, n in counts.items() if n >= 2}


# ---------------------------------------------------------------- splitting


@dataclass
class _Header:
    start: int  # first line index of the header (title, outlet or meta)
    end: int  # last line index of the header
    title: str | None
    title_keys: set[str]
    source: str | None
    rel: str | None
    date: str | None


def _split(lines: list[_Line], repeated: set[str]) -> list[PageArticle]:
    kinds = [l.kind for l in lines]
    nonblank = [i for i, k in enumerate(kinds) if k != _BLANK]
    if not nonblank:
        return []
    page_mode = any(k in (_FURN, _TIME, _BULLET) for k in kinds)
    if not page_mode:
        return _plain(lines)
    # Lines repeated on other pages are furniture unless they sit next to a meta line
    # (a headline or outlet teased on two pages is still a headline or outlet).
    for i in nonblank:
        line = lines[i]
        if line.kind == _SHORT and _key(line.text) in repeated and not _near_meta(lines, i) \
                and not _before_body(lines, i):
            line.kind = _FURN
    headers = _headers(lines)
    first_para = next((i for i in nonblank if lines[i].kind == _PARA), None)
    if first_para is None:
        # Only short lines: keep what is not furniture as one plain article when it says something.
        rest = [l for l in lines if l.kind == _SHORT and _key(l.text)]
        if sum(len(_WORD.findall(l.text)) for l in rest) >= 8:
            return _plain(rest)
        return []
    articles: list[PageArticle] = []
    # A leading article that has no header of its own (title, maybe a dateline, body).
    if not headers or headers[0].start > first_para:
        end = headers[0].start if headers else len(lines)
        article = _lead_article(lines, 0, end, trailing_gap=bool(headers))
        if article:
            articles.append(article)
    for n, header in enumerate(headers):
        end = headers[n + 1].start if n + 1 < len(headers) else len(lines)
        body = _body(lines, header.end + 1, end, header.title_keys, trailing_gap=n + 1 < len(headers))
        if not body:
            continue
        title = header.title or derive_title(body)
        date = header.date or next((lines[i].date for i in range(header.end + 1, end)
                                    if lines[i].date and lines[i].kind == _PARA), None)
        articles.append(PageArticle(title=title, text=body, source=header.source, date=date, date_text=header.rel))
    return articles


def _plain(lines: list[_Line]) -> list[PageArticle]:
    """A page without furniture: one article, nothing of the body dropped."""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    date = next((lines[i].date for i in nonblank[:4] if lines[i].date), None)
    # A date alone on one of the first lines is metadata, not body.
    idx = [i for n, i in enumerate(nonblank) if not (lines[i].kind == _DATE and n < 4)] or nonblank
    head = _clean_title(lines[idx[0]].text)
    # A first line that runs on into the next one (a hard-wrapped sentence) is not a title.
    runs_on = len(idx) > 1 and idx[1] == idx[0] + 1 and re.match(r"[^\w\"'‘“(\[]|[a-z0-9]", lines[idx[1]].text)
    if len(idx) > 1 and looks_like_title(head) and lines[idx[0]].kind == _SHORT and not runs_on:
        title, idx = head, idx[1:]
    else:
        title = None
    body = "\n".join(_clean_title(lines[i].text) if lines[i].text.startswith("#") else lines[i].text for i in idx)
    if not body.strip():
        return []
    return [PageArticle(title=title or derive_title(body), text=body, date=date)]


def _before_body(lines: list[_Line], i: int) -> bool:
    """A headline-like line right above a paragraph (a headline seen on two pages stays one)."""
    j = _next_nonblank(lines, i)
    while j is not None and _key(lines[j].text) == _key(lines[i].text):
        j = _next_nonblank(lines, j)
    return j is not None and lines[j].kind == _PARA and looks_like_title(lines[i].text)


def _near_meta(lines: list[_Line], i: int, reach: int = 2) -> bool:
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < reach:
            if lines[j].kind in (_TIME, _DATE, _BULLET):
                return True
            if lines[j].kind != _BLANK:
                if _key(lines[j].text) != _key(lines[i].text):
                    seen += 1
            j += step
    return False


def _headers(lines: list[_Line]) -> list[_Header]:
    """Find article headers: meta lines (time, date, bullet outlet) with their outlet and title."""
    meta = [i for i, l in enumerate(lines) if l.kind in (_TIME, _DATE)]
    clusters: list[list[int]] = []
    for i in meta:
        if clusters and not any(lines[j].kind == _PARA for j in range(clusters[-1][-1] + 1, i)) \
                and sum(1 for j in range(clusters[-1][-1] + 1, i) if lines[j].kind != _BLANK) <= 3:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    headers = []
    for cluster in clusters:
        header = _header(lines, cluster)
        if header and (not headers or header.start > headers[-1].end):
            headers.append(header)
    return headers


def _header(lines: list[_Line], cluster: list[int]) -> _Header | None:
    first, last = cluster[0], cluster[-1]
    # Bullet outlet lines right after the meta belong to the header.
    j = last + 1
    while j < len(lines) and lines[j].kind in (_BLANK, _BULLET, _TIME, _DATE):
        last = j if lines[j].kind != _BLANK else last
        j += 1
    members = [lines[i] for i in range(first, last + 1)]
    source = next((l.source for l in members if l.kind == _TIME and l.source), None)
    rel = next((l.rel for l in members if l.rel), None)
    date = next((l.date for l in members if l.date), None)
    start = first
    # An outlet name on the line just above a bare time line.
    prev = _prev_nonblank(lines, first)
    outlet_line = None
    if source is None and prev is not None and lines[prev].kind == _SHORT and _is_name(lines[prev].text) \
            and lines[first].kind == _TIME:
        outlet_line = prev
    if source is None:
        source = next((l.source for l in members if l.kind == _BULLET), None)
        if source is None and outlet_line is not None:
            source = lines[outlet_line].text
    # The headline: just above the header (only blanks, the outlet or copies of it between),
    # or else just below it.
    above_from = outlet_line if outlet_line is not None else first
    above = _prev_nonblank(lines, above_from)
    while above is not None and lines[above].kind == _SHORT and _BYLINE.match(lines[above].text):
        above = _prev_nonblank(lines, above)
    title_above = None
    if above is not None and lines[above].kind == _SHORT and looks_like_title(lines[above].text):
        title_above = above
    below = _next_nonblank(lines, last)
    while below is not None and lines[below].kind == _FURN:
        below = _next_nonblank(lines, below)
    title_below = None
    if below is not None and lines[below].kind == _SHORT and looks_like_title(lines[below].text) \
            and not _BYLINE.match(lines[below].text):
        title_below = below
    if title_above is None and title_below is None and outlet_line is not None \
            and not any(l.kind == _BULLET for l in members):
        # The "outlet" was the only headline-like line: it is the headline.
        title_above, source, outlet_line = outlet_line, None, None
    title = None
    keys: set[str] = set()
    if title_above is not None:
        title = _clean_title(lines[title_above].text)
        start = title_above
        k = _prev_nonblank(lines, title_above)
        while k is not None and _key(lines[k].text) == _key(title):
            start = k
            k = _prev_nonblank(lines, k)
        if title_below is not None and _key(lines[title_below].text) == _key(title):
            last = title_below
    elif title_below is not None:
        title = _clean_title(lines[title_below].text)
        last = title_below
        start = outlet_line if outlet_line is not None else first
    else:
        start = outlet_line if outlet_line is not None else first
    if title:
        keys.add(_key(title))
        # Further copies of the headline directly below the header are part of it.
        k = _next_nonblank(lines, last)
        while k is not None and _key(lines[k].text) == _key(title):
            last = k
            k = _next_nonblank(lines, k)
    return _Header(start=start, end=last, title=title, title_keys=keys, source=source, rel=rel, date=date)


def _clean_title(text: str) -> str:
    return _MD_HEADING.sub("", text).strip()


def _prev_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lines[j].kind == _BLANK:
        j -= 1
    return j if j >= 0 else None


def _next_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and lines[j].kind == _BLANK:
        j += 1
    return j if j < len(lines) else None


def _lead_article(lines: list[_Line], start: int, end: int, trailing_gap: bool) -> PageArticle | None:
    """The article at the top of a page, before any header: title from its first lines."""
    idx = [i for i in range(start, end) if lines[i].kind != _BLANK]
    first_para = next((i for i in idx if lines[i].kind == _PARA), None)
    if first_para is None:
        return None
    head = [i for i in idx if i < first_para and lines[i].kind == _SHORT]
    title_idx = None
    counts = Counter(_key(lines[i].text) for i in head)
    doubled = [i for i in head if counts[_key(lines[i].text)] > 1 and looks_like_title(lines[i].text)]
    if doubled:
        title_idx = doubled[0]
    else:
        title_idx = next((i for i in head if looks_like_title(_clean_title(lines[i].text))), None)
    keys: set[str] = set()
    body_from = start
    title = None
    if title_idx is not None:
        title = _clean_title(lines[title_idx].text)
        keys.add(_key(title))
        body_from = title_idx + 1
    date = next((lines[i].date for i in idx if lines[i].date and i <= first_para), None)
    body = _body(lines, body_from, end, keys, trailing_gap=trailing_gap)
    if not body:
        return None
    return PageArticle(title=title or derive_title(body), text=body, date=date)


def _body(lines: list[_Line], start: int, end: int, title_keys: set[str], trailing_gap: bool) -> str:
    """Body lines between two headers, furniture and headline copies removed."""
    idx = [i for i in range(start, end) if lines[i].kind != _BLANK]
    keep: list[int] = []
    for pos, i in enumerate(idx):
        line = lines[i]
        if line.kind in (_FURN, _TIME, _DATE) or (_key(line.text) in title_keys and line.kind != _PARA):
            continue
        if line.kind == _PARA and _PROMO.search(line.text) and len(_WORD.findall(line.text)) <= 80:
            neighbours = [idx[p] for p in (pos - 1, pos + 1) if 0 <= p < len(idx)]
            if any(lines[n].kind == _FURN for n in neighbours) or pos == len(idx) - 1:
                continue
        keep.append(i)
    paras = [i for i in keep if lines[i].kind == _PARA]
    if not paras:
        return ""
    last_para = paras[-1]
    # Short lines after the last paragraph are the gap before the next header, or
    # trailing furniture when they come with other furniture.
    tail = [i for i in keep if i > last_para]
    if tail and (trailing_gap or any(lines[i].kind == _FURN for i in idx if i > last_para)):
        keep = [i for i in keep if i <= last_para]
    return "\n".join(_clean_title(lines[i].text) if lines[i].text.startswith("#") else lines[i].text for i in keep)
