"""Plain-text and Markdown reader.

Markdown structure is explicit (``#`` headings, list markers, pipe tables). Plain
text, often pasted or converted from PDF or Word, carries structure by habit:
bullet glyphs, tab-separated table rows, short lines standing alone as headings,
one person or label a line. Every pattern here is anchored and bounded, so a
long line costs linear time; a line longer than any paper has (``MAX_LINE_CHARS``)
is refused as not document text, before it is parsed.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import DocumentTooLarge, UnreadableDocument
from .model import MAX_DOCUMENT_CHARS, Document, DocumentBuilder, too_long
from .normalize import normalize_text

MARKDOWN_SUFFIXES = (".md", ".markdown")
TITLE_LIMIT = 200
HEADING_MAX_WORDS = 10  # a standalone line this short may be a heading
# A line of 1.5 million words is a dump or a minified export, not a paper's text.
MAX_LINE_CHARS = 10_000_000

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_RULE = re.compile(r"^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*+][ \t]+|[•·▪●◦‣∙\uf0b7\uf0a7][ \t]*)(?=\S)")
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+(?=\S)")
# A line that starts a new item of its own: "2.1 ...", "a) ...", "(iv) ...", "Present: ...".
_ITEM_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s|\d{1,3}/\d{1,4}\s|[a-z][.)]\s|\(\w{1,4}\)\s"
    r"|[A-Z][\w /&'’()-]{0,40}:(?:\s|$))"
)
_LABEL = re.compile(r"^[^:]{1,40}:\s+\S")
_STRONG_HEADING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|\d{1,3}/\d{1,4})\s+[A-Z]")
_INLINE_TAG = re.compile(
    r"</?(?:u|b|i|em|strong|sup|sub|span|small|mark|ins|s|font|br)\b[^<>\n]{0,200}/?>", re.I
)
_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)")
_STAR_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORES = re.compile(r"(?<!\w)__|__(?!\w)")
# Web-page furniture that survives copy-paste: "Accessibility Settings Skip to main content".
SKIP_LINK = re.compile(
    r"^(?:(?:accessibility settings|skip to (?:the )?(?:main )?content|skip navigation)\s*){1,3}$", re.I
)
_CONTINUES_AFTER = re.compile(r"(?:[,;(&–-]|\b(?:the|of|and|or|to|a|an|in|on|for|with|by|at))$", re.I)


def looks_binary(data: bytes) -> bool:
    """True when the bytes are plainly not text: more than 1% control characters.

    Text has none but tabs, line ends, form feeds and the odd stray; random or
    compressed bytes have about 10% (25 of the 256 byte values)."""
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(sample.count(b) for b in (*range(0, 8), *range(14, 27), *range(28, 32)))
    return controls > len(sample) // 100


def bytes_to_text(data: bytes) -> tuple[str, str, str | None]:
    """Decode text bytes: (text, encoding, warning or None). Raise on binary bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16", None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in data[:65536] or looks_binary(data):
            raise UnreadableDocument("not a text file (binary content)") from None
        # Windows-1252 is what old council text files are; accept it only when every
        # byte is a defined cp1252 character, else the bytes are not text we can trust.
        try:
            return data.decode("cp1252"), "cp1252", "decoded as cp1252: not valid UTF-8"
        except UnicodeDecodeError as e1252:
            raise UnreadableDocument(f"not valid UTF-8 or Windows-1252 text (byte 0x{data[e1252.start]:02x} "
                                     f"at offset {e1252.start})") from None
    if looks_binary(data):
        raise UnreadableDocument("not a text file (binary content)")
    return text, "utf-8", None


def clean_inline(text: str) -> str:
    """Drop emphasis markers, simple HTML tags and link targets; keep the words."""
    if "<" in text:
        text = _INLINE_TAG.sub(lambda m: " " if m.group(0)[1:3].lower() == "br" else "", text)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    text = text.replace("**", "")
    if "__" in text:
        text = _UNDERSCORES.sub("", text)
    if "*" in text:
        text = _STAR_EMPHASIS.sub(r"\1", text)
    return text


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip().strip("|")
    return [clean_inline(c).strip() for c in re.split(r"(?<!\\)\|", inner)]


def _is_separator_row(cells: list[str]) -> bool:
    return all(re.fullmatch(r":?-+:?", c) for c in cells if c) and any(cells)


def _is_all_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= 4 and line.upper() == line and len(line.split()) < 15
            and not line.endswith(".") and "\t" not in line)


def _is_heading_candidate(line: str) -> bool:
    words = line.split()
    return (0 < len(words) < HEADING_MAX_WORDS and line[-1] not in ".,;:!?"
            and (line[0].isupper() or line[0].isdigit()) and not _LABEL.match(line)
            and any(c.isalpha() for c in line))


class _Parser:
    """Turns lines into (kind, payload, level) items; headings by habit decided at the end."""

    def __init__(self, markdown: bool):
        self.markdown = markdown
        self.items: list[list] = []  # [kind, text-or-rows, level]
        self.para: list[str] = []
        self.table: list[list[str]] | None = None  # rows of the open tab table

    def parse(self, lines: list[str]) -> list[list]:
        chunk: list[str] = []
        for line in lines:
            if line.strip():
                chunk.append(line)
            elif chunk:
                self._chunk(chunk)
                chunk = []
        if chunk:
            self._chunk(chunk)
        self._resolve_candidates()
        return self.items

    def _chunk(self, chunk: list[str]) -> None:
        first = clean_inline(chunk[0]).strip()
        if SKIP_LINK.match(first) and len(chunk) == 1:
            return
        if (not self.markdown and len(chunk) == 1 and "\t" not in chunk[0]
                and not _ATX.match(first) and not _BULLET.match(first) and _is_heading_candidate(first)):
            self._close_table()
            kind = "heading" if _is_all_caps_heading(first) else "candidate"
            self.items.append([kind, first, 2])
            return
        for index, line in enumerate(chunk):
            self._line(line, index)
        self._flush()  # an open tab table stays open: rows often continue after a blank line
        if self.items and self.items[-1][0] == "list_item":
            self.items[-1][3] = False  # a blank line ends the item

    def _line(self, raw: str, index: int) -> None:
        if self._table_row(raw):
            return
        self._close_table()
        line = clean_inline(raw).strip()
        if not line or SKIP_LINK.match(line):
            return
        if match := _ATX.match(line):
            self._flush()
            self.items.append(["heading", line[match.end():].rstrip("#").strip(), len(match.group(1))])
        elif self.markdown and self.para and _SETEXT.match(line):
            text = " ".join(self.para)
            self.para = []
            self.items.append(["heading", text, 1 if line.startswith("=") else 2])
        elif _RULE.match(line):
            self._flush()
        elif match := _BULLET.match(line):
            self._start_item(line[match.end():])
        elif self.markdown and _NUMBERED.match(line):
            self._start_item(line)
        elif line.startswith(">"):
            self._add_line(line.lstrip("> \t"), raw)
        elif not self.markdown and index == 0 and _is_all_caps_heading(line):
            self._flush()
            self.items.append(["heading", line, 2])
        else:
            self._add_line(line, raw)

    def _add_line(self, line: str, raw: str) -> None:
        open_item = not self.para and self.items and self.items[-1][0] == "list_item" and self.items[-1][3]
        if open_item and (self.markdown or raw[:1] in " \t" or line[:1].islower()):
            self.items[-1][1] += " " + line
        else:
            if open_item:
                self.items[-1][3] = False
            self.para.append(line)

    def _start_item(self, text: str) -> None:
        self._flush()
        self.items.append(["list_item", text, None, True])  # 4th field: may still continue

    def _table_row(self, raw: str) -> bool:
        """Tab rows and pipe rows become table rows; True when the line was taken."""
        stripped = raw.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = _pipe_cells(stripped)
            if not _is_separator_row(cells):
                self._table_rows().append(cells)
            return True
        if "\t" not in stripped:
            return False
        cells = _cells(raw)
        filled = sum(1 for c in cells if c)
        if filled >= 2 or (filled == 1 and self.table is not None):
            self._table_rows().append([clean_inline(c) for c in cells])
            return True
        return False

    def _table_rows(self) -> list[list[str]]:
        if self.table is None:
            self._flush()
            self.table = []
            self.items.append(["table", self.table, None])
        return self.table

    def _close_table(self) -> None:
        self.table = None

    def _flush(self) -> None:
        if not self.para:
            return
        if self.markdown:
            self.items.append(["paragraph", " ".join(self.para), None])
        else:
            paras = _split_paragraph(self.para)
            for text, after in zip(paras, paras[1:] + [""]):
                # In text with no blank lines, a short line before long prose is a heading.
                lead_in = _is_heading_candidate(text) and len(after.split()) >= 12
                self.items.append(["candidate" if lead_in else "paragraph", text, 2])
        self.para = []

    def _resolve_candidates(self) -> None:
        """A lone short line is a heading when numbered or followed by body text."""
        for i, item in enumerate(self.items):
            if item[0] != "candidate":
                continue
            following = self.items[i + 1][0] if i + 1 < len(self.items) else None
            is_heading = _STRONG_HEADING.match(item[1]) or following in ("paragraph", "list_item", "table")
            item[0] = "heading" if is_heading else "paragraph"


def _split_paragraph(lines: list[str]) -> list[str]:
    """Join wrapped prose lines; keep one-per-line entries (names, labels) apart."""
    width = max(len(line) for line in lines)
    wrapped = width >= 60 and sum(len(line) >= 0.75 * width for line in lines) * 2 >= len(lines) - 1
    paras = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        if _continues(prev, line, wrapped and len(prev) >= 0.75 * width):
            paras[-1] += " " + line
        else:
            paras.append(line)
    return paras


def _continues(prev: str, line: str, wrapped: bool) -> bool:
    if line[:1].islower():
        return True
    if _ITEM_START.match(line):
        return False
    if _CONTINUES_AFTER.search(prev[-12:]):
        return True
    return wrapped and prev[-1:] not in ".!?:"


def text_to_lines(text: str) -> list[str]:
    """The text's lines, whatever their line ends; refuse a line no document has."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n")
    longest = max(map(len, lines))
    if longest > MAX_LINE_CHARS:
        raise DocumentTooLarge(f"not document text: a line of {longest:,} characters with no line break "
                               f"(limit {MAX_LINE_CHARS:,})")
    return lines


def read_text(path: Path, data: bytes | None = None) -> Document:
    """Read a plain-text or Markdown file."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    text, encoding, warning = bytes_to_text(data)
    if not text or text.isspace():
        raise UnreadableDocument("no text in the file (empty or whitespace only)")
    lines = text_to_lines(text)
    if len(text) > MAX_DOCUMENT_CHARS:  # refused before the parse, not after
        raise too_long(len(text))
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    builder = DocumentBuilder(name=path.stem, format="markdown" if markdown else "text")
    if warning:
        builder.warnings.append(warning)
    for kind, payload, level, *_ in _Parser(markdown).parse(lines):
        if kind == "table":
            builder.add_table(payload)
        else:
            builder.add(kind, payload, level=level)
    return builder.build(title=_title(builder, text), metadata={"encoding": encoding})


def _title(builder: DocumentBuilder, text: str) -> str | None:
    for block in builder.blocks:
        if block.kind == "heading":
            return block.text[:TITLE_LIMIT]
    first = next((line for line in text.split("\n", 50) if line.strip()), "")
    return normalize_text(clean_inline(first.lstrip("#")))[:TITLE_LIMIT] or None
