"""Checks on a .docx archive before python-docx opens it, so a zip bomb is refused
instead of unpacked.

The sizes in the zip directory are checked first. They can lie: zipfile then
inflates a member in one call of up to 2 GiB before it notices, so every member
is also inflated here in bounded chunks, which stops at the size the directory
claims and checks the CRC.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ..errors import UnreadableDocument

MAX_EXPANDED_BYTES = 200 * 2**20
MAX_RATIO = 100  # compression ratio refused for members larger than RATIO_CHECK_BYTES
RATIO_CHECK_BYTES = 10 * 2**20
INFLATE_CHUNK = 2**20


def check_archive(data: bytes) -> None:
    """Refuse bytes that are not a Word archive, or that would expand to too much."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as e:
        raise UnreadableDocument(f"not a Word document: {e}") from e
    members = archive.infolist()
    total = sum(m.file_size for m in members)
    if total > MAX_EXPANDED_BYTES:
        raise UnreadableDocument(f"refusing to open: archive expands to {total // 2**20} MB")
    for m in members:
        ratio = m.file_size // max(m.compress_size, 1)
        if m.file_size > RATIO_CHECK_BYTES and ratio > MAX_RATIO:
            raise UnreadableDocument(f"refusing to open: {m.filename} expands {ratio:,} times (a zip bomb?)")
    if "word/document.xml" not in archive.namelist():
        raise UnreadableDocument("not a Word document: no word/document.xml in the archive")
    for m in members:
        _inflate(archive, m)


def _inflate(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Read a member through, in bounded chunks; refuse it if it is not what the directory says."""
    try:
        with archive.open(member) as f:
            while f.read(INFLATE_CHUNK):
                pass
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        raise UnreadableDocument(f"corrupt Word document: {e}") from e
    except (NotImplementedError, RuntimeError) as e:  # an unknown compression, an encrypted member
        raise UnreadableDocument(f"not a Word document: {e}") from e
