"""Hostile files for the ingest tests: each ``make_*`` writes one file into a folder and
returns its path, and its docstring says what real-world failure the file stands for.
Every file is the same bytes on every run (fixed seeds, reportlab's invariant mode),
so a failure reproduces. Big files are written from repeated compressed blocks, so a
3 GiB zip bomb takes a second to make.

``HOSTILE`` files must be refused with a reason, ``READABLE`` ones read in spite of
their shape, and ``LIMITS`` ones are genuinely slow or memory-hungry to read: open
them only under a time or memory limit (``--file-timeout``, ``--max-memory``).

    python -m tests.hostile.make_hostile FOLDER [NAME ...]
"""

from __future__ import annotations

import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

SEED = 6
RANDOM_BYTES = 64 * 1024
DEEP_HTML_LEVELS = 10_000
HUGE_DOM_ELEMENTS = 1_000_000
ONE_LINE_BYTES = 50 * 2**20
ZIP_BOMB_BYTES = 3 * 2**30  # under 4 GiB: no zip64 needed
BALLOON_BYTES = 3 * 2**29  # 1.5 GiB of content stream
SLOW_PDF_PAGES = 150
SLOW_PDF_GLYPHS_PER_PAGE = 20_000
CHUNK = 2**20

WORDS = ("panel", "commissioner", "budget", "precept", "report", "members", "noted", "agreed",
         "police", "crime", "plan", "scrutiny", "minutes", "meeting", "action", "victims")


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _minutes_pdf(path: Path, pages: int, encrypt: str | None = None) -> Path:
    """A small, real, text-layer PDF: the base the broken PDFs are cut from."""
    rng = random.Random(SEED)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for page in range(1, pages + 1):
        text = canvas.beginText(72, A4[1] - 72)
        text.setFont("Helvetica", 10)
        text.textLine(f"Police and Crime Panel minutes, page {page}")
        for _ in range(40):
            text.textLine(_words(rng, 12))
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return path


def make_zero_byte_pdf(folder: Path) -> Path:
    """An empty file: a download or copy that failed before its first byte."""
    path = folder / "zero_byte.pdf"
    path.write_bytes(b"")
    return path


def make_truncated_pdf(folder: Path) -> Path:
    """The first 40% of a five-page PDF, as an interrupted download leaves it: the
    cross-reference table and trailer are gone."""
    full = _minutes_pdf(folder / "truncated.pdf", pages=5)
    data = full.read_bytes()
    full.write_bytes(data[: len(data) * 2 // 5])
    return full


def _random_file(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        """64 KB of random bytes under a document's name: a corrupted disk block, an
        encrypted or compressed blob, a file renamed by mistake."""
        path = folder / name
        path.write_bytes(random.Random(f"{SEED}:{name}").randbytes(RANDOM_BYTES))
        return path
    make.__name__ = f"make_random_{name.replace('.', '_')}"
    return make


def make_encrypted_pdf(folder: Path) -> Path:
    """An exempt report published with a user password: it cannot be opened without it."""
    return _minutes_pdf(folder / "encrypted.pdf", pages=1, encrypt="exempt-item")


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1, 2, ...) with a correct xref; object 1 is the catalogue."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream_object(data: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# Objects 1-4 of every hand-written PDF here; pages follow from object 5.
CATALOG, PAGE_TREE, FONT, CONTENT, FIRST_PAGE = 1, 2, 3, 4, 5


def page_object() -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> "
            b"/MediaBox [0 0 595 842] >>" % (PAGE_TREE, CONTENT, FONT))


def shared_content_pdf(content_object: bytes, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages that all draw the same content stream."""
    kids = b" ".join(b"%d 0 R" % (FIRST_PAGE + n) for n in range(pages))
    return pdf_from_objects([
        b"<< /Type /Catalog /Pages %d 0 R >>" % PAGE_TREE,
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        HELVETICA,
        content_object,
        *[page_object()] * pages,
    ])


def make_page_loop_pdf(folder: Path) -> Path:
    """A PDF whose page tree loops: the root's second kid is a /Pages node listing the root
    again, as a broken incremental save or a crafted file has it. A naive walk never ends."""
    content = b"BT /F1 12 Tf 72 770 Td (Minutes of the Police and Crime Panel) Tj ET"
    path = folder / "page_loop.pdf"
    path.write_bytes(pdf_from_objects([
        b"<< /Type /Catalog /Pages %d 0 R >>" % PAGE_TREE,
        b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>" % (FIRST_PAGE, FIRST_PAGE + 1),
        HELVETICA,
        stream_object(content),
        page_object(),
        b"<< /Type /Pages /Parent %d 0 R /Kids [%d 0 R] /Count 1 >>" % (PAGE_TREE, PAGE_TREE),  # back up
    ]))
    return path


def repeated_deflate(chunk: bytes, times: int) -> bytes:
    """Raw deflate data for ``chunk * times`` without ever holding the whole: a fully
    flushed block resets the compressor, so every repeat compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first * times + compressor.flush()


def make_zip_bomb_docx(folder: Path, name: str = "zip_bomb.docx", declared: int | None = None) -> Path:
    """A zip bomb named .docx: a valid zip (sizes and CRC correct) whose word/document.xml
    inflates from 3 MB to 3 GiB. With ``declared``, the directory states that size instead."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
    chunk = b" " * CHUNK
    times = (ZIP_BOMB_BYTES - len(head)) // CHUNK
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    size = len(head) + times * CHUNK
    deflated = _deflate_prefix(head) + repeated_deflate(chunk, times)
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_zip_info("[Content_Types].xml"), CONTENT_TYPES)
        archive.writestr(_zip_info("_rels/.rels"), RELS)
    _append_raw_member(path, "word/document.xml", deflated, declared or size, crc)
    return path


def make_lying_zip_docx(folder: Path) -> Path:
    """A crafted zip bomb whose directory says document.xml is 1 MB: it passes a size check
    on the directory, and Python's zipfile then inflates up to 2 GiB in one call."""
    return make_zip_bomb_docx(folder, "lying_zip.docx", declared=2**20)


def _deflate_prefix(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _append_raw_member(path: Path, name: str, deflated: bytes, size: int, crc: int) -> None:
    """Add a member whose deflate data is already made, rewriting the central directory."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    data = path.read_bytes()
    body = bytearray(data[:_central_start(data)])  # the local headers and data so far
    entries = [(m.filename.encode(), m.header_offset, m.CRC, m.compress_size, m.file_size) for m in members]
    entries.append((name.encode(), len(body), crc, len(deflated), size))
    body += _local_header(name.encode(), crc, len(deflated), size) + deflated
    central = b"".join(_central_header(*entry) for entry in entries)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(body), 0)
    path.write_bytes(bytes(body) + central + end)


DOS_TIME, DOS_DATE = 0, (2024 - 1980) << 9 | 3 << 5 | 1


def _central_start(data: bytes) -> int:
    end = data.rindex(b"PK\x05\x06")
    return struct.unpack("<L", data[end + 16: end + 20])[0]


def _local_header(name: bytes, crc: int, compressed: int, size: int) -> bytes:
    return struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, DOS_TIME, DOS_DATE,
                       crc, compressed, size, len(name), 0) + name


def _central_header(name: bytes, offset: int, crc: int, compressed: int, size: int) -> bytes:
    return struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, DOS_TIME, DOS_DATE,
                       crc, compressed, size, len(name), 0, 0, 0, 0, 0, offset) + name


def make_deep_html(folder: Path) -> Path:
    """A page whose one paragraph sits inside 10,000 nested elements (machine-generated or
    crafted markup): a recursive tree walker overflows Python's stack on it."""
    depth = DEEP_HTML_LEVELS
    body = "<div>" * depth + "<p>Minutes of the Police and Crime Panel.</p>" + "</div>" * depth
    path = folder / "deep.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Deep</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return path


def make_huge_dom_html(folder: Path) -> Path:
    """An 8 MB page of a million tiny elements (a runaway template loop): a parsed tree of
    it takes over a gigabyte."""
    path = folder / "huge_dom.html"
    path.write_text("<!DOCTYPE html><html><body><p>" + "<b>x</b>" * HUGE_DOM_ELEMENTS + "</p></body></html>",
                    encoding="utf-8")
    return path


def make_one_line_text(folder: Path) -> Path:
    """50 MB of words and no line break: a log dump or a minified export named .txt."""
    rng = random.Random(SEED)
    piece = (_words(rng, 2000) + " ").encode()
    path = folder / "one_line.txt"
    with path.open("wb") as f:
        written = 0
        while written < ONE_LINE_BYTES:
            f.write(piece)
            written += len(piece)
    return path


def make_invalid_utf8_text(folder: Path) -> Path:
    """Text whose bytes are neither UTF-8 nor Windows-1252 (0x81 and 0x8d are unassigned in both)."""
    path = folder / "invalid_utf8.txt"
    path.write_bytes(b"Minutes of the Panel\n\nItem 1 \xc3\x28 closed \x81\x8d\xff\xfe session\n")
    return path


def make_slow_pdf(folder: Path, pages: int = SLOW_PDF_PAGES) -> Path:
    """A PDF whose every glyph is placed by its own operator, as some OCR and typesetting
    tools write them: 150 pages sharing one content stream of 20,000 glyphs. Under 1 MB
    on disk and light on memory (pages are read one at a time), yet every engine has to
    parse, place and group three million glyphs."""
    rng = random.Random(SEED)
    ops = [b"BT /F1 1 Tf"]
    for i in range(SLOW_PDF_GLYPHS_PER_PAGE):
        x, y, glyph = i % 500 + 40, i // 500 * 20 + 20, rng.choice(WORDS)[:1].encode()
        ops.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, y, glyph))
    ops.append(b"ET")
    content = stream_object(zlib.compress(b"\n".join(ops), 9), b"/Filter /FlateDecode")
    path = folder / "slow.pdf"
    path.write_bytes(shared_content_pdf(content, pages))
    return path


def make_balloon_pdf(folder: Path) -> Path:
    """One page whose FlateDecode content stream is 1.5 MB on disk and 1.5 GiB inflated."""
    head = b"BT /F1 12 Tf 72 770 Td (Agenda) Tj ET\n"
    chunk = b" " * CHUNK
    times = BALLOON_BYTES // CHUNK
    adler = zlib.adler32(head)
    for _ in range(times):
        adler = zlib.adler32(chunk, adler)
    deflated = b"\x78\xda" + _deflate_prefix(head) + repeated_deflate(chunk, times) + struct.pack(">L", adler)
    path = folder / "balloon.pdf"
    path.write_bytes(shared_content_pdf(stream_object(deflated, b"/Filter /FlateDecode")))
    return path


# Files that must fail on read, each with the real-world failure it stands for.
HOSTILE: dict[str, Callable[[Path], Path]] = {
    "zero_byte_pdf": make_zero_byte_pdf,
    "truncated_pdf": make_truncated_pdf,
    "random_pdf": _random_file("random.pdf"),
    "random_docx": _random_file("random.docx"),
    "random_html": _random_file("random.html"),
    "encrypted_pdf": make_encrypted_pdf,
    "page_loop_pdf": make_page_loop_pdf,
    "zip_bomb_docx": make_zip_bomb_docx,
    "lying_zip_docx": make_lying_zip_docx,
    "huge_dom_html": make_huge_dom_html,
    "one_line_text": make_one_line_text,
    "invalid_utf8_text": make_invalid_utf8_text,
}
# Hostile markup with real content: it must be read, not refused.
READABLE: dict[str, Callable[[Path], Path]] = {
    "deep_html": make_deep_html,
}
# Files that only a per-file time or memory limit stops.
LIMITS: dict[str, Callable[[Path], Path]] = {
    "slow_pdf": make_slow_pdf,
    "balloon_pdf": make_balloon_pdf,
}


def make_hostile(folder: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the named cases (default: HOSTILE and READABLE) into folder; name -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    makers = {**HOSTILE, **READABLE, **LIMITS}
    return {name: makers[name](folder) for name in (names or [*HOSTILE, *READABLE])}


if __name__ == "__main__":
    for name, path in make_hostile(Path(sys.argv[1]), sys.argv[2:] or None).items():
        print(f"{name}\t{path}\t{path.stat().st_size}")
