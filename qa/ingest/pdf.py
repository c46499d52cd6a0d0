"""Text from PDF files, parsed with pypdf in a child process with time and memory limits.

PDFs are hostile input (endless loops, decompression bombs), so the parent never parses
one itself: a child Python process runs this module as a script, with an address-space
cap (RLIMIT_AS) and a CPU-time cap, and prints one JSON object; the parent kills it when
the wall-clock limit passes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

_MAX_OUTPUT_CHARS = 50_000_000


class PdfError(Exception):
    """A PDF cannot be turned into text; the message is a one-line plain reason."""


def extract_pdf_text(path: str | os.PathLike, timeout_s: float = 30.0, memory_mb: int = 1024) -> str:
    """The text layer of a PDF, pages separated by blank lines.

    Args:
        path: the PDF file.
        timeout_s: wall-clock limit for parsing, in seconds.
        memory_mb: address-space cap for the parsing process, in MiB.

    Returns:
        The text, hard-wrapped lines joined back into paragraphs where that is safe.

    Raises:
        PdfError: "no text layer (scanned PDF?)", "corrupt or unreadable PDF: ...",
            "encrypted PDF (needs a password)", "timed out after Ns",
            "needs more than N MB of memory to parse", "not found" and the like.
    """
    file = Path(path)
    if not file.is_file():
        raise PdfError(f"not found: {file}")
    limit_bytes = int(memory_mb) * 1024 * 1024
    cpu_s = max(1, int(timeout_s) + 1)

    def limits() -> None:  # runs in the child before exec
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError):
            pass

    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "SYSTEMROOT")}
    env.update(PYTHONIOENCODING="utf-8", OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    # Running the file as a script keeps the child from importing the qa package (and torch).
    cmd = [sys.executable, "-E", "-s", os.path.abspath(__file__), str(file.resolve())]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout_s, env=env,
                              preexec_fn=limits if os.name == "posix" else None, check=False)
    except subprocess.TimeoutExpired:
        raise PdfError(f"timed out after {timeout_s:g}s") from None
    except OSError as exc:
        raise PdfError(f"cannot start the PDF parser ({exc})".splitlines()[0]) from None
    out = proc.stdout.decode("utf-8", "replace").strip()
    result = None
    if out:
        try:
            result = json.loads(out.splitlines()[-1])
        except ValueError:
            result = None
    if not isinstance(result, dict):
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode < 0:
            import signal

            sig = -proc.returncode
            if sig in (signal.SIGXCPU, signal.SIGKILL):
                raise PdfError(f"timed out after {timeout_s:g}s")
            raise PdfError(f"PDF parser crashed ({signal.Signals(sig).name})")
        if "MemoryError" in err:
            raise PdfError(f"needs more than {memory_mb} MB of memory to parse")
        last = next((line for line in reversed(err.strip().splitlines()) if line.strip()), "no output")
        raise PdfError(f"corrupt or unreadable PDF: {last[:200]}")
    if "error" in result:
        if str(result["error"]).startswith("needs more memory"):
            raise PdfError(f"needs more than {memory_mb} MB of memory to parse")
        raise PdfError(str(result["error"]).splitlines()[0][:300])
    text = str(result.get("text", ""))
    if not text.strip():
        raise PdfError("no text layer (scanned PDF?)")
    return text


def reflow(text: str) -> str:
    """Join hard-wrapped PDF lines back into paragraphs.

    Args:
        text: text of one page as pypdf gives it (one line per printed line).

    Returns:
        Text where a line that runs on (no closing punctuation, next line starts in lower
        case) is joined to the next, hyphenated breaks are mended, and bare page numbers dropped.
    """
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if not re.fullmatch(r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?", line, re.I)]
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line:
            prev = out[-1]
            if re.search(r"[a-z]-$", prev) and line[:1].islower():
                out[-1] = prev[:-1] + line
                continue
            if not re.search(r"[.!?:;\"'’”)]$", prev) and (line[:1].islower() or line[:1] in "(,;"):
                out[-1] = prev + " " + line
                continue
        out.append(line)
    return "\n".join(out).strip()


def _child(path: str) -> dict:
    """Parse in the child process; returns the JSON-ready result."""
    import logging

    logging.disable(logging.CRITICAL)
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except MemoryError:
        return {"error": "needs more memory than allowed to parse"}
    except ImportError:
        import importlib.util

        if importlib.util.find_spec("pypdf") is not None:
            return {"error": "needs more memory than allowed to parse"}
        return {"error": "pypdf is not installed"}
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return {"error": "encrypted PDF (needs a password)"}
            except Exception:  # noqa: BLE001 - pypdf raises several types for unsupported encryption
                return {"error": "encrypted PDF (needs a password)"}
        pages = []
        for page in reader.pages:
            pages.append(reflow(page.extract_text() or ""))
            if sum(len(p) for p in pages) > _MAX_OUTPUT_CHARS:
                break
    except FileNotDecryptedError:
        return {"error": "encrypted PDF (needs a password)"}
    except MemoryError:
        return {"error": "needs more memory than allowed to parse"}
    except RecursionError:
        return {"error": "corrupt or unreadable PDF: nesting too deep"}
    except PdfReadError as exc:
        return {"error": f"corrupt or unreadable PDF: {exc}"}
    except Exception as exc:  # noqa: BLE001 - any parser failure is a reason to skip the file
        return {"error": f"corrupt or unreadable PDF: {type(exc).__name__}: {exc}"}
    return {"text": "\n\n".join(p for p in pages if p), "pages": len(reader.pages)}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(json.dumps({"error": "usage: pdf.py FILE.pdf"}))
        sys.exit(2)
    sys.setrecursionlimit(5000)
    try:
        result = _child(sys.argv[1])
    except MemoryError:
        result = {"error": "needs more memory than allowed to parse"}
    sys.stdout.write(json.dumps(result, ensure_ascii=True) + "\n")
