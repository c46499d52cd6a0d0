"""Reading files into cleaned `Article` records: formats, encodings, skips with reasons."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Literal, Sequence

from qa.records import Article, Skip

SUPPORTED = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html",
             ".jsonl": "jsonl", ".pdf": "pdf"}
UNSUPPORTED_REASON = "not a text, Markdown, HTML, JSONL or PDF file"
MAX_LINE_REPORTS = 10  # bad JSONL lines reported one by one per file; the rest are counted


class IngestError(Exception):
    """A file cannot be read; the message is the one-line reason shown to the user."""


@dataclass(frozen=True)
class SourceFile:
    """The articles found in one input file."""

    path: str  # as the user named it (relative where possible)
    key: str  # the resolved absolute path: identifies the file across runs
    sha256: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class IngestResult:
    """Everything one ingestion produced."""

    files: tuple[SourceFile, ...] = ()
    skipped: tuple[Skip, ...] = ()  # whole files, and single bad JSONL lines ("feed.jsonl:3")
    unchanged_files: tuple[SourceFile, ...] = field(default=())
    skipped_files: tuple[Skip, ...] = ()  # the whole-file entries of `skipped`


def article_id(title: str, text: str, source: str | None) -> str:
    """A stable content hash: the same article always gets the same id."""
    blob = "\x1f".join([title.strip(), (source or "").strip(), normalise_space(text)])
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def normalise_space(text: str) -> str:
    """Collapse runs of spaces/tabs, trim lines, drop blank-line runs and control characters."""
    text = unicodedata.normalize("NFC", text)
    # Only characters outside printable ASCII can be control/format characters: look at those alone.
    text = _NOT_PLAIN_ASCII.sub(_drop_controls, text)
    text = _SPACE_RUNS.sub(" ", text)
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_NOT_PLAIN_ASCII = re.compile(r"[^\x20-\x7e\n\t]+")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")


def _drop_controls(match: re.Match) -> str:
    return "".join(ch for ch in match.group() if unicodedata.category(ch)[0] != "C")


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Expand files and folders.

    Args:
        paths: files or folders as given by the user.

    Returns:
        An iterator of (display path, resolved path or None, skip reason or None).
    """
    seen: set[Path] = set()
    for raw in paths:
        given = Path(raw).expanduser()
        if not given.exists() and not given.is_symlink():
            yield str(raw), None, "no such file or folder"
            continue
        if given.is_dir():
            for dirpath, dirnames, filenames in os.walk(given, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    yield from _one(Path(dirpath) / name, seen)
        else:
            yield from _one(given, seen)


def _one(path: Path, seen: set[Path]) -> Iterator[tuple[str, Path | None, str | None]]:
    display = _display(path)
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):
        yield display, None, "broken or looping symbolic link"
        return
    if resolved in seen:
        return
    seen.add(resolved)
    if not resolved.is_file():
        yield display, None, "not a regular file"
    elif path.suffix.lower() not in SUPPORTED:
        yield display, None, UNSUPPORTED_REASON
    else:
        yield display, resolved, None


def _display(path: Path) -> str:
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path.absolute())


def check_size(path: Path, max_bytes: int) -> None:
    """IngestError when the file is larger than `max_bytes`."""
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")


def file_sha256(path: Path, max_bytes: int) -> str:
    """Hash a file in blocks (never loads it whole); IngestError if it is over `max_bytes`."""
    check_size(path, max_bytes)
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def read_text(path: Path) -> str:
    """Decode a text file: BOMs first, then UTF-8, then cp1252, then Latin-1.

    Raises IngestError for empty or binary files.
    """
    return decode_text(path.read_bytes())


def read_limited(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, refusing (IngestError) one over `max_bytes` before reading it."""
    check_size(path, max_bytes)
    return path.read_bytes()


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes (see `decode_bytes`); IngestError for empty or binary data."""
    if not data.strip():
        raise IngestError("empty file")
    return decode_bytes(data)


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def sniff_encoding(sample: bytes) -> str | None:
    """The encoding a byte-order mark or NUL pattern at the start of a file announces.

    Args:
        sample: the first bytes of the file (64 KiB is plenty).

    Returns:
        A codec name, or None for "no BOM and no NULs" (UTF-8, else cp1252/Latin-1).
        Raises IngestError when NUL bytes mark the file as binary.
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        # UTF-16 without a BOM: every other byte is NUL for Latin text.
        for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
            if zeros.count(0) > 0.9 * len(zeros):
                return encoding
        raise IngestError("binary file (contains NUL bytes), not text")
    return None


def decode_bytes(data: bytes) -> str:
    """Decode bytes as text, detecting the encoding; IngestError when it is binary."""
    encoding = sniff_encoding(data[:65536])
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if encoding.startswith("utf-16-"):
                raise IngestError("binary file (contains NUL bytes), not text") from None
            raise IngestError(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    text = _decode_8bit(data)
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * max(1, min(len(text), 65536)):
        raise IngestError("binary file (mostly control characters), not text")
    return text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _jsonl_lines(path: Path) -> Iterator[str]:
    """The lines of a JSONL file, streamed (never the whole file in memory)."""
    with open(path, "rb") as fh:
        encoding = sniff_encoding(fh.read(65536))
        fh.seek(0)
        if encoding is None:
            # No BOM: each line is decoded on its own, so one cp1252 line does not spoil the rest.
            for raw in fh:
                yield _decode_8bit(raw)
            return
        # Split on newlines only: JSON strings may hold U+2028 and friends unescaped.
        reader = io.TextIOWrapper(fh, encoding=encoding, newline="")
        try:
            for line in reader:
                yield line.rstrip("\r")
        except UnicodeDecodeError:
            raise IngestError(f"not valid {encoding} text") from None


def read_jsonl(path: Path) -> tuple[list[dict], list[str]]:
    """Read a JSONL file line by line, streaming it.

    Returns:
        (records with at least a non-empty "text", one-line problems for the bad lines).
    """
    records: list[dict] = []
    problems: list[str] = []
    blank = True
    for number, line in enumerate(_jsonl_lines(path), 1):
        if not line.strip():
            continue
        blank = False
        try:
            obj = json.loads(line)
        except ValueError:
            problems.append(f"line {number}: not valid JSON")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            problems.append(f"line {number}: no \"text\" field")
            continue
        if not normalise_space(obj["text"]):
            problems.append(f"line {number}: empty \"text\" field")
            continue
        records.append(obj)
    if blank:
        raise IngestError("empty file")
    return records, problems


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page; hidden elements never reach the text.

    Returns:
        (text, {"title", "source", "date", "url", "datetime"}), values may be None; "datetime" is a
        published or modified date-time with its time of day from the page's meta tags.
    """
    import trafilatura
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        raise IngestError("not parseable as HTML") from None
    for element in tree.xpath(
        "//script|//style|//noscript|//template|//iframe|//object|//embed|//*[@hidden]"
        "|//*[@aria-hidden='true']|//*[contains(translate(@style,' ',''),'display:none')]"
        "|//*[contains(translate(@style,' ',''),'visibility:hidden')]"
    ):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    for comment in tree.xpath("//comment()"):
        parent = comment.getparent()
        if parent is not None:
            parent.remove(comment)
    cleaned = lxml_html.tostring(tree, encoding="unicode")
    meta = {"title": None, "source": None, "date": None, "url": None, "datetime": _html_datetime(tree)}
    doc = trafilatura.bare_extraction(cleaned, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = ""
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = data.get("text") or ""
        meta.update(title=data.get("title"), source=data.get("sitename"), date=data.get("date"), url=data.get("url"))
    if not text.strip():
        text = "\n".join(t.strip() for t in tree.xpath("//body//text()") if t.strip())
    if not text.strip():
        raise IngestError("no readable text in the HTML (only scripts, styles or hidden elements)")
    return text, meta


# Meta tags and attributes that carry a page's publication or update time.
_DATETIME_KEYS = {"article:published_time", "article:modified_time", "og:updated_time", "datepublished",
                  "datemodified", "date", "pubdate", "publishdate", "dc.date", "dcterms.created", "dcterms.modified",
                  "sailthru.date", "parsely-pub-date"}


def _html_datetime(tree) -> str | None:
    """The first date-time (with a time of day) in an HTML page's meta tags or <time datetime>."""
    from qa.ingest.dates import parse_absolute

    values = [m.get("content") for m in tree.xpath("//meta[@content]")
              if (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower() in _DATETIME_KEYS]
    values += tree.xpath("//time/@datetime")
    for value in values:
        moment = parse_absolute(value)
        if moment is not None and moment.has_time:
            return str(value).strip()
    return None


@dataclass(frozen=True)
class FileRead:
    """One input file, read but not yet split into articles.

    `status` says what was found: "page" (text to split into articles, `payload` holds it and
    any HTML metadata), "articles" (a JSONL file's articles), "unchanged" (same hash as already
    indexed) or "skipped" (`skips[0]` says why). `skips` also lists a JSONL file's bad lines.
    """

    display: str
    path: str
    status: Literal["page", "articles", "unchanged", "skipped"]
    sha256: str = ""
    kind: str = "text"  # of a page: "text" or "html"
    payload: dict = field(default_factory=dict)
    articles: tuple[Article, ...] = ()
    skips: tuple[Skip, ...] = ()


def ingest(paths: Iterable[str | os.PathLike], *, max_file_bytes: int, pdf_timeout_s: float = 30.0,
           pdf_memory_mb: int = 1024, known: dict[str, str] | None = None,
           captured_at: str | None = None) -> IngestResult:
    """Read files and folders into articles.

    Args:
        paths: files or folders.
        max_file_bytes: larger files are skipped with a reason.
        pdf_timeout_s: time limit for parsing one PDF.
        pdf_memory_mb: memory cap for parsing one PDF.
        known: resolved path -> sha256 of files already indexed; those come back in
            `unchanged_files` without being parsed.
        captured_at: when the pages were captured (ISO date or date-time), for relative dates
            on pages that give no date of their own (see `qa.ingest.dates`).

    Returns:
        The articles per file and the skipped inputs with reasons.
    """
    return assemble([read_input(display, path, reason, max_file_bytes=max_file_bytes, pdf_timeout_s=pdf_timeout_s,
                                pdf_memory_mb=pdf_memory_mb, known=known, captured_at=captured_at)
                     for display, path, reason in iter_files(paths)])


def read_input(display: str, path: Path | None, reason: str | None = None, *, max_file_bytes: int,
               pdf_timeout_s: float = 30.0, pdf_memory_mb: int = 1024, known: dict[str, str] | None = None,
               captured_at: str | None = None) -> FileRead:
    """Read one input file (as `iter_files` names it): hash, decode, extract; never raises for bad input.

    Args:
        display: the file as the user named it.
        path: its resolved path, or None when `iter_files` could not use it.
        reason: why `iter_files` could not use it.
        max_file_bytes: larger files are skipped with a reason.
        pdf_timeout_s: time limit for parsing one PDF.
        pdf_memory_mb: memory cap for parsing one PDF.
        known: resolved path -> sha256 of files already indexed.
        captured_at: when the file was captured (`index --captured-at`), or None.

    Returns:
        What was read; a page's `payload` also holds "captured_at" and the file's "mtime".
    """
    if path is None:
        return FileRead(display, "", "skipped", skips=(Skip(display, reason or "unreadable"),))
    try:
        kind = SUPPORTED[path.suffix.lower()]
        data = None
        if kind in ("text", "html"):
            # Read once: the same bytes are hashed and decoded.
            data = read_limited(path, max_file_bytes)
            sha = hashlib.sha256(data).hexdigest()
        else:
            sha = file_sha256(path, max_file_bytes)
        if (known or {}).get(str(path)) == sha:
            return FileRead(display, str(path), "unchanged", sha)
        when = {"captured_at": captured_at, "mtime": path.stat().st_mtime}
        if kind == "jsonl":
            records, problems = read_jsonl(path)
            if not records:
                detail = f" ({_count(len(problems), 'bad line')}; {problems[0]})" if problems else ""
                raise IngestError(f"no line with a \"text\" field{detail}")
            lines = [Skip(f"{display}:{problem.split(':')[0].split()[-1]}", problem.split(": ", 1)[1])
                     for problem in problems[:MAX_LINE_REPORTS]]
            if len(problems) > MAX_LINE_REPORTS:
                lines.append(Skip(display, f"{_count(len(problems) - MAX_LINE_REPORTS, 'more bad line')} skipped"))
            articles = tuple(_jsonl_articles(records, display, **when))
            return FileRead(display, str(path), "articles", sha, articles=articles, skips=tuple(lines))
        if kind == "pdf":
            from qa.ingest.pdf import PdfError, extract_pdf_text

            try:
                text = extract_pdf_text(path, timeout_s=pdf_timeout_s, memory_mb=pdf_memory_mb)
            except PdfError as exc:
                raise IngestError(str(exc)) from None
            return FileRead(display, str(path), "page", sha, "text", {"text": text, **when})
        if kind == "html":
            text, meta = html_to_text(decode_text(data))
            return FileRead(display, str(path), "page", sha, "html", {"text": text, **meta, **when})
        return FileRead(display, str(path), "page", sha, "text", {"text": decode_text(data), **when})
    except IngestError as exc:
        return FileRead(display, str(path), "skipped", skips=(Skip(display, str(exc)),))
    except (OSError, MemoryError) as exc:
        why = f"cannot read ({type(exc).__name__}: {exc})".splitlines()[0]
        return FileRead(display, str(path), "skipped", skips=(Skip(display, why),))


def assemble(reads: Sequence[FileRead]) -> IngestResult:
    """Split the pages of files read by `read_input` into articles, all pages together.

    Page furniture is recognised partly by lines repeated across pages, so the pages of one
    ingestion are split in one call, whichever process read them.

    Args:
        reads: one entry per input file, in input order.

    Returns:
        The articles per file and the skipped inputs with reasons.
    """
    from qa.ingest.dates import capture_time, newest_date, resolve_date
    from qa.ingest.pages import split_pages

    skipped: list[Skip] = []
    whole: list[Skip] = []  # files skipped as a whole
    unchanged: list[SourceFile] = []
    structured: list[SourceFile] = []
    pending: list[FileRead] = []
    for read in reads:
        if read.status == "skipped":
            skipped.extend(read.skips)
            whole.extend(read.skips[:1])
        elif read.status == "unchanged":
            unchanged.append(SourceFile(read.display, read.path, read.sha256, ()))
        elif read.status == "articles":
            skipped.extend(read.skips)
            structured.append(SourceFile(read.display, read.path, read.sha256, read.articles))
        else:
            pending.append(read)
    pages = [normalise_space(read.payload["text"]) for read in pending]
    split = split_pages(pages) if pages else []
    files: list[SourceFile] = []
    for read, found in zip(pending, split):
        display, payload = read.display, read.payload
        capture = capture_time([(payload.get("datetime"), "html"), (newest_date(a.date for a in found), "page"),
                                (payload.get("date"), "html"), (payload.get("captured_at"), "captured_at_flag"),
                                (payload.get("mtime"), "file_mtime")])
        articles = []
        for i, page_article in enumerate(found):
            title = page_article.title
            source, date, given = page_article.source, page_article.date, "page"
            if read.kind == "html" and i == 0:
                title = payload.get("title") or title
                source = payload.get("source") or source
                date, given = (payload["date"], "html") if payload.get("date") else (date, given)
            if not page_article.text.strip():
                continue
            resolved = resolve_date(date, page_article.date_text, given, capture)  # type: ignore[arg-type]
            articles.append(Article(
                id=article_id(title, page_article.text, source), title=title or Path(display).stem,
                text=page_article.text, source=source, date=resolved.date, date_text=page_article.date_text,
                path=display, url=payload.get("url") if i == 0 else None, date_source=resolved.source,
            ))
        if not articles:
            reason = Skip(display, "no article text found after removing boilerplate")
            skipped.append(reason)
            whole.append(reason)
            continue
        files.append(SourceFile(display, read.path, read.sha256, tuple(_unique(articles))))
    return IngestResult(files=tuple(structured + files), skipped=tuple(skipped), unchanged_files=tuple(unchanged),
                        skipped_files=tuple(whole))


def _jsonl_articles(records: list[dict], display: str, captured_at: str | None = None,
                    mtime: float | None = None) -> Iterator[Article]:
    from qa.ingest.dates import capture_time, parse_absolute, resolve_date

    for record in records:
        text = normalise_space(record["text"])
        title = str(record.get("title") or "").strip() or _title_from(text)
        source = _opt(record.get("source"))
        date, date_text = _opt(record.get("date")), _opt(record.get("date_text"))
        if date and not date_text and parse_absolute(date) is None:
            date_text = date  # a relative "date" ("3 hours ago") is kept as written
        capture = capture_time([(captured_at, "captured_at_flag"), (_opt(record.get("captured_at")), "captured_at"),
                                (mtime, "file_mtime")])
        resolved = resolve_date(date, date_text, "jsonl", capture)
        yield Article(id=article_id(title, text, source), title=title, text=text, source=source,
                      date=resolved.date, date_text=date_text, path=display, url=_opt(record.get("url")),
                      date_source=resolved.source)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _unique(articles: list[Article]) -> list[Article]:
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out


def _opt(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _title_from(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    words = first.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def read_jsonl_lines(path: Path, field: str) -> list[tuple[int, dict | None, str | None]]:
    """Read a JSONL request file line by line, keeping bad lines as errors instead of raising.

    Blank lines are skipped. A line is bad when it is not JSON, not an object, or lacks a
    `field` string.

    Args:
        path: the JSONL file.
        field: the string field every object needs ("question", "claim").

    Returns:
        (line number, object or None, error or None) for every non-blank line, in order.

    Raises:
        IngestError: the file does not exist.
    """
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    rows: list[tuple[int, dict | None, str | None]] = []
    for number, line in enumerate(decode_bytes(path.read_bytes()).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            rows.append((number, None, "not valid JSON"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get(field), str):
            rows.append((number, None, f"needs a \"{field}\" string"))
        else:
            rows.append((number, obj, None))
    return rows


def read_jsonl_objects(path: Path, field: str) -> list[dict]:
    """Read a JSONL request file (questions, claims, history) where every line needs `field`.

    Args:
        path: the JSONL file.
        field: the string field every object needs.

    Returns:
        The objects of the non-blank lines, in order.

    Raises:
        IngestError: naming the first bad line (see `read_jsonl_lines`).
    """
    items = []
    for number, obj, error in read_jsonl_lines(path, field):
        if error is not None:
            raise IngestError(f"{path} line {number}: {error}")
        items.append(obj)
    return items
