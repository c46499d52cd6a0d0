"""Files handed over by a user (browser uploads): checked, then copied into the library's own folder."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from qa.ingest.files import SUPPORTED, UNSUPPORTED_REASON


class UploadError(Exception):
    """An upload cannot be taken; the message is the one-line reason shown to the user."""


def store_upload(uploads: Path, src: Path, max_bytes: int) -> Path:
    """Check an upload and copy it into `uploads`; identical content keeps its one stored path.

    Args:
        uploads: the library's uploads folder (created when needed).
        src: the uploaded file (e.g. in the web server's temp folder).
        max_bytes: the largest file accepted.

    Returns:
        The stored copy's path.
    """
    if src.suffix.lower() not in SUPPORTED:
        raise UploadError(UNSUPPORTED_REASON)
    if not src.is_file():
        raise UploadError("the upload did not arrive")
    if src.stat().st_size > max_bytes:
        raise UploadError(f"larger than {max_bytes // 2**20} MB")
    data_hash = hashlib.sha256(src.read_bytes()).hexdigest()
    name = re.sub(r"[^A-Za-z0-9._ -]+", "_", src.name).strip(" .") or "upload"
    target = uploads / name
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != data_hash:
        target = uploads / f"{Path(name).stem}-{data_hash[:8]}{Path(name).suffix}"
    if not target.exists():
        uploads.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    return target
