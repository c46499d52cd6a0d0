"""PDF text extraction in a limited child process (qa/ingest/pdf.py)."""

from __future__ import annotations

import os
import random
import zlib
from pathlib import Path

import pytest

from qa.ingest.pdf import PdfError, extract_pdf_text, reflow


def minimal_pdf(lines: list[str], compress: bool = False) -> bytes:
    """A small valid PDF with a text layer, written by hand (correct xref offsets)."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    extra = b""
    if compress:
        stream, extra = zlib.compress(stream), b" /Filter /FlateDecode"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + extra + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


ARTICLE = ["Harbour bridge reopens after repairs",
           "The harbour bridge reopened on Monday after six weeks of repairs.",
           "Officials said 1,200 vehicles crossed in the first hour."]


def test_hand_written_pdf(tmp_path: Path):
    path = tmp_path / "article.pdf"
    path.write_bytes(minimal_pdf(ARTICLE, compress=True))
    text = extract_pdf_text(path)
    for line in ARTICLE:
        assert line in text


def test_matplotlib_pdf_has_text_layer(tmp_path: Path):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.5, 11))
    for n, line in enumerate(ARTICLE):
        fig.text(0.1, 0.9 - 0.04 * n, line, fontsize=12)
    path = tmp_path / "mpl.pdf"
    fig.savefig(path)
    plt.close(fig)
    text = extract_pdf_text(str(path))
    assert "reopened on Monday after six weeks of repairs." in text


def test_image_only_pdf_has_no_text_layer(tmp_path: Path):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure()
    plt.imshow(np.random.default_rng(0).random((16, 16)))
    plt.axis("off")
    path = tmp_path / "scan.pdf"
    fig.savefig(path)
    plt.close(fig)
    with pytest.raises(PdfError, match=r"^no text layer \(scanned PDF\?\)$"):
        extract_pdf_text(path)


def test_blank_page_pdf_has_no_text_layer(tmp_path: Path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(minimal_pdf([]))
    with pytest.raises(PdfError, match="no text layer"):
        extract_pdf_text(path)


@pytest.mark.parametrize("payload", [os.urandom(4096), b"%PDF-1.4\n" + bytes(random.Random(1).randrange(256) for _ in range(2000)),
                                     minimal_pdf(ARTICLE)[:150], b""])
def test_corrupt_pdf_is_a_clear_error(tmp_path: Path, payload: bytes):
    path = tmp_path / "broken.pdf"
    path.write_bytes(payload)
    with pytest.raises(PdfError) as info:
        extract_pdf_text(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(("corrupt or unreadable PDF", "no text layer"))


def test_time_limit(tmp_path: Path):
    path = tmp_path / "article.pdf"
    path.write_bytes(minimal_pdf(ARTICLE))
    with pytest.raises(PdfError, match=r"^timed out after 0.01s$"):
        extract_pdf_text(path, timeout_s=0.01)


def test_memory_cap(tmp_path: Path):
    path = tmp_path / "article.pdf"
    path.write_bytes(minimal_pdf(ARTICLE))
    with pytest.raises(PdfError, match=r"memory"):
        extract_pdf_text(path, memory_mb=16)


def test_missing_file(tmp_path: Path):
    with pytest.raises(PdfError, match="not found"):
        extract_pdf_text(tmp_path / "nope.pdf")


def test_reflow_joins_wrapped_lines():
    text = "Title of the report\nThe council voted to ex-\ntend the scheme, which\nruns until 2026.\n12\nA new paragraph."
    assert reflow(text) == "Title of the report\nThe council voted to extend the scheme, which runs until 2026.\nA new paragraph."
