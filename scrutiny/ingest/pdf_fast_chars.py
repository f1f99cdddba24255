"""pdfium's characters as *pieces*: what the fast engine lays out as words (see
:mod:`.pdf_fast_words`), measured as pdfminer measures characters.

pdfium gives a page's text in one call and character positions one call each. Calls
cost more than the work, so characters are read in pieces: a run of characters of one
text object, its origin asked at each end, taken as gapless when the distance is the sum
of the characters' advances (learnt once per font, size and character). A run is read
character by character where a piece could differ from its characters: a gap inside it,
an object change, a ligature pdfium splits into its letters.

Coordinates follow pdfminer: x from the character origin and advance, bottom at the
baseline plus the font's descent, top a font size above it, both measured from the top
of the MediaBox. For a standard font that is not embedded pdfminer takes descent and
widths from its AFM metrics, pdfium from its own fonts: those come from the table pdfminer
uses. pdfium keeps a font's widths and descent as whole thousandths of an em where a
file may give fractions, so such fonts can differ by a few hundredths of a point a character.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.utils.text import LIGATURES

# Two widths closer than this are equal: pdfium keeps coordinates as 32-bit floats.
SAME_WIDTH = 0.01
_RUNS = re.compile(r"\S+|\s+")
# pdfium reads the undefined WinAnsi codes 127, 129, 141, 143, 144 and 157 of a standard
# font as bullets, where pdfminer writes "(cid:N)" and gives no width; only the code
# tells them from a real bullet (149), and pdfium does not give codes. ReportLab always
# writes U+2022 as 127 (reportlab.pdfbase.rl_codecs), so its files can be read as pdfminer
# reads them; with any other producer such a page is read by the full engine.
BULLET = "\u2022"
REPORTLAB_BULLET = "(cid:127)"
# pdfium's marks for a hyphen that ends a line, in the text and as a character.
_HYPHEN_MARKS = re.compile("[\ufffe\x02]")
_LIGATURE = re.compile("|".join(LIGATURES))


class FullPageNeeded(Exception):
    """pdfium's view of this page may differ from pdfminer's: read it with pdfplumber."""


def _c_function(name: str, restype, *argtypes):
    """A private prototype of a pdfium function. Taking plain addresses and returning
    ``c_void_p`` makes a call about half as dear and an object handle a plain int."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P, _I = ctypes.c_void_p, ctypes.c_int
_count_chars = _c_function("FPDFText_CountChars", _I, _P)
_get_text = _c_function("FPDFText_GetText", _I, _P, _I, _I, _P)
_text_object = _c_function("FPDFText_GetTextObject", _P, _P, _I)
_is_generated = _c_function("FPDFText_IsGenerated", _I, _P, _I)
_is_hyphen = _c_function("FPDFText_IsHyphen", _I, _P, _I)
_has_map_error = _c_function("FPDFText_HasUnicodeMapError", _I, _P, _I)
_loose_box = _c_function("FPDFText_GetLooseCharBox", _I, _P, _I, _P)
_char_matrix = _c_function("FPDFText_GetMatrix", _I, _P, _I, _P)
_font_size = _c_function("FPDFText_GetFontSize", ctypes.c_double, _P, _I)
_char_origin = _c_function("FPDFText_GetCharOrigin", _I, _P, _I, _P, _P)
_char_box = _c_function("FPDFText_GetCharBox", _I, _P, _I, _P, _P, _P, _P)
_glyph_width = _c_function("FPDFFont_GetGlyphWidth", _I, _P, ctypes.c_uint, ctypes.c_float, _P)
_object_font = _c_function("FPDFTextObj_GetFont", _P, _P)
_font_info = _c_function("FPDFText_GetFontInfo", ctypes.c_ulong, _P, _I, _P, ctypes.c_ulong, _P)
_font_descent = _c_function("FPDFFont_GetDescent", _I, _P, ctypes.c_float, _P)
_font_embedded = _c_function("FPDFFont_GetIsEmbedded", _I, _P)


class Piece:
    """Characters that pdfplumber would put in one word whatever surrounds them."""

    __slots__ = ("text", "x0", "x1", "last_x0", "top", "bottom", "size", "fontname", "order")

    def __init__(self, text: str, x0: float, x1: float, last_x0: float, style: "Style", order: int):
        self.text, self.x0, self.x1, self.last_x0, self.order = text, x0, x1, last_x0, order
        self.size, self.fontname, self.top, self.bottom = style.size, style.fontname, style.top, style.bottom


class Font:
    """A font of the document: its name, pdfminer's descent (per 1 pt) and, for a
    standard font pdfium does not embed, the AFM widths pdfminer lays it out with."""

    __slots__ = ("name", "descent", "afm")

    def __init__(self, handle: int, textpage: int, index: int):
        # The base font name without its subset tag ("ABCDEF+"), from the character: an
        # older call than FPDFFont_GetBaseFontName, in every pypdfium2 the project allows.
        size = _font_info(textpage, index, None, 0, None)
        buffer = ctypes.create_string_buffer(max(size, 1))
        _font_info(textpage, index, buffer, size, None)
        self.name = buffer.value.decode("utf-8", "replace")
        metrics = FONT_METRICS.get(self.name)
        self.afm = metrics[1] if metrics and not _font_embedded(handle) else None
        if self.afm is not None:
            self.descent = (metrics[0].get("Descent") or 0) / 1000
        else:
            descent = ctypes.c_float()
            if not _font_descent(handle, 1000.0, ctypes.addressof(descent)):
                raise FullPageNeeded("font without metrics")
            self.descent = -abs(descent.value) / 1000  # pdfminer makes a positive descent negative


class Metrics:
    """What is learnt of a font at one size and scale, shared by the document's pages:
    each character's advance as pdfium places it and as pdfminer would, and the text
    pdfminer gives the characters it cannot map ("(cid:N)")."""

    __slots__ = ("advances", "renamed")

    def __init__(self):
        self.advances: dict[str, tuple[float, float]] = {}
        self.renamed: dict[str, str] = {}


class Style:
    """How a text object's characters are measured: pdfminer's size, top and bottom,
    and the font's :class:`Metrics`."""

    __slots__ = ("size", "fontname", "top", "bottom", "handle", "font_size", "scale", "afm", "advances", "renamed")

    def __init__(self, font: Font, handle: int, font_size: float, matrix, height: float, metrics: Metrics):
        self.size = font_size * matrix.d
        self.fontname, self.afm, self.handle = font.name, font.afm, handle
        self.font_size, self.scale = font_size, matrix.a
        bottom = matrix.f + font.descent * self.size
        self.top, self.bottom = height - bottom - self.size, height - bottom
        self.advances, self.renamed = metrics.advances, metrics.renamed


class PageReader:
    """Pieces of one pdfium text page, in content order.

    ``drift`` is how far pdfminer has placed the current character right of pdfium:
    inside a text object each character moves the next one by its own advance, so
    where the two disagree on a width (AFM against pdfium's built-in metrics) the
    difference carries to the end of the object.
    """

    def __init__(self, textpage: int, height: float, fonts: dict, metrics: dict, reportlab: bool = False):
        self.page, self.height, self.fonts, self.metrics = textpage, height, fonts, metrics
        self.reportlab = reportlab  # the producer's bullets in standard fonts are code 127
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.xy = (ctypes.addressof(self.x), ctypes.addressof(self.y))
        self.rect = pdfium_c.FS_RECTF()
        self.box = [ctypes.c_double() for _ in range(4)]
        self.styles: dict[int, Style] = {}
        self.pieces: list[Piece] = []
        self.text = ""
        self.count = 0
        self.drift = 0.0
        self.drift_object: int | None = None

    def read_text(self) -> str:
        count = self.count = _count_chars(self.page)
        if count <= 0:
            return ""
        buffer = (ctypes.c_uint16 * (2 * count + 1))()
        written = _get_text(self.page, 0, count, ctypes.addressof(buffer))
        text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", "surrogatepass")
        if len(text) != count or "\x00" in text:
            raise FullPageNeeded("characters pdfium cannot map one to one")
        # pdfium marks a hyphen ending a line U+0002 (U+FFFE in text); it was a "-".
        for match in _HYPHEN_MARKS.finditer(text):
            if _is_hyphen(self.page, match.start()):
                text = text[: match.start()] + "-" + text[match.end():]
        return text

    def style(self, obj: int, index: int) -> Style:
        style = self.styles.get(obj)
        if style is None:
            matrix = pdfium_c.FS_MATRIX()
            _char_matrix(self.page, index, ctypes.addressof(matrix))
            if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
                raise FullPageNeeded("rotated, skewed or mirrored text")
            handle = _object_font(obj)
            font = self.fonts.get(handle) or self.fonts.setdefault(handle, Font(handle, self.page, index))
            font_size = _font_size(self.page, index)
            metrics = self.metrics.setdefault((handle, font_size, matrix.a), Metrics())
            style = self.styles[obj] = Style(font, handle, font_size, matrix, self.height, metrics)
        return style

    def origin(self, index: int) -> float:
        _char_origin(self.page, index, *self.xy)
        return self.x.value

    def advance(self, style: Style, char: str, index: int) -> tuple[float, float]:
        """(pdfium, pdfminer) advance of a character, learnt once per font, size and char."""
        advance = style.advances.get(char)
        if advance is None:
            advance = self.measure(style, char, index)
            # A letter of a glyph pdfium splits (a ligature) shares its origin with a
            # neighbour and has the whole glyph's box: not the letter's advance.
            x = self.origin(index)
            if not any(0 <= i < self.count and self.origin(i) == x for i in (index - 1, index + 1)):
                style.advances[char] = advance
                if (renamed := self.pdfminer_text(style, char, index)) is not None:
                    style.renamed[char] = renamed
        return advance

    def pdfminer_text(self, style: Style, char: str, index: int) -> str | None:
        """What pdfminer writes for a glyph it cannot map, where pdfium writes a character:
        pdfium falls back to the glyph's code, pdfminer to "(cid:N)"."""
        if _has_map_error(self.page, index):
            return f"(cid:{ord(char)})"
        if style.afm is not None and char == BULLET:
            if not self.reportlab:
                raise FullPageNeeded("a bullet pdfminer may not map")
            return REPORTLAB_BULLET
        if style.afm is not None and ord(char) < 32:  # no character in WinAnsi
            return f"(cid:{ord(char)})"
        return None

    def measure(self, style: Style, char: str, index: int, ligature: bool = False) -> tuple[float, float]:
        """pdfium's loose box ends at the advance unless the glyph overhangs it (italics),
        when it is the glyph's box: then ask the font for the width. The font knows no
        width for a ligature's letters together: such a page goes to the full engine."""
        x = self.origin(index)
        _loose_box(self.page, index, ctypes.addressof(self.rect))
        _char_box(self.page, index, *map(ctypes.addressof, self.box))
        if abs(self.rect.right - self.box[1].value) > 1e-4:
            pdfium = self.rect.right - x
        elif ligature:
            raise FullPageNeeded("a ligature overhanging its advance")
        else:
            width = ctypes.c_float()
            _glyph_width(style.handle, ord(char), style.font_size, ctypes.addressof(width))
            pdfium = width.value * style.scale
        if style.afm is None:
            return pdfium, pdfium
        # pdfminer gives a code it cannot map (the bullet here) no width.
        return pdfium, style.afm.get(char, 0) * style.font_size * style.scale / 1000 if char != BULLET else 0

    def read(self, atomic: bool = False) -> list[Piece]:
        """Pieces of the page; ``atomic`` makes every character its own piece."""
        text = self.text = self.read_text()
        self.pieces = []
        self.drift_object = None
        current = None  # the text object of the last real character read
        for match in _RUNS.finditer(text):
            start, end = match.span()
            if atomic or end - start > 1 or not text[start].isspace():
                if atomic or text[start].isspace():
                    self.add_characters(text, start, end, merge=False)
                else:
                    current = self.add_run(text, start, end, current)
                continue
            # A lone space, the commonest piece: inlined. pdfium adds spaces of its own
            # where it sees a gap, some inside a text object; pdfplumber judges gaps itself.
            if _is_generated(self.page, start):
                continue
            obj = _text_object(self.page, start)
            if obj is None:
                continue
            style = self.styles.get(obj) or self.style(obj, start)
            char = text[start]
            pdfium, pdfminer = style.advances.get(char) or self.advance(style, char, start)
            current = obj
            if char in style.renamed:  # an unmapped glyph pdfium gave a space's code
                self.place(obj, style, char, self.origin(start), [(pdfium, pdfminer)], start)
                continue
            if obj != self.drift_object:
                self.drift_object, self.drift = obj, 0.0
            x0 = self.origin(start) + self.drift
            self.drift += pdfminer - pdfium
            self.pieces.append(Piece(char, x0, x0 + pdfminer, x0, style, start))
        return self.pieces

    def add_run(self, text: str, start: int, end: int, current: int | None) -> int | None:
        """Characters start..end-1, none a space: one piece when they share the text
        object (content order keeps an object's characters together, so its last one
        matching the object before settles it) and sit one advance apart."""
        last = end - 1
        obj = _text_object(self.page, last)
        if obj is None or (obj != current and _text_object(self.page, start) != obj):
            self.add_characters(text, start, end)
            return obj
        style = self.styles.get(obj) or self.style(obj, start)
        chars = text[start:end]
        known = style.advances
        try:
            advances = [known[c] for c in chars]
        except KeyError:
            advances = [self.advance(style, c, start + k) for k, c in enumerate(chars)]
        x = self.origin(start)
        if last > start:
            width = 0.0
            for advance in advances[:-1]:
                width += advance[0]
            if abs(self.origin(last) - x - width) > SAME_WIDTH:
                self.add_characters(text, start, end)
                return obj
        self.place(obj, style, chars, x, advances, start)
        return obj

    def add_characters(self, text: str, start: int, end: int, merge: bool = True) -> None:
        """One call or more per character; touching characters of one object make one
        piece unless ``merge`` is off. pdfium's own characters are left out: pdfplumber
        decides those gaps by geometry. Letters at the origin of a glyph with width are
        that glyph: a ligature pdfium splits into "f", "i" and pdfminer keeps whole."""
        glyphs: list[list] = []  # [text, advances] of the piece being built
        obj_of_run = x_of_run = last_obj = last_x = last_index = None
        order = expected = 0
        for index in range(start, end):
            obj = _text_object(self.page, index)
            if obj is None or (text[index].isspace() and _is_generated(self.page, index)):
                continue
            x = self.origin(index)
            if glyphs and obj == last_obj and x == last_x and glyphs[-1][1][0] > 0:
                if len(glyphs[-1][0]) == 1:  # the glyph's own width, not its first letter's
                    glyphs[-1][1] = self.measure(self.styles[obj], glyphs[-1][0], last_index, ligature=True)
                    expected = x + glyphs[-1][1][0]
                glyphs[-1][0] += text[index]
                continue
            style = self.styles.get(obj) or self.style(obj, index)
            advance = self.advance(style, text[index], index)
            if glyphs and (not merge or obj != obj_of_run or abs(x - expected) > SAME_WIDTH):
                self.place_glyphs(obj_of_run, glyphs, x_of_run, order)
                glyphs = []
            if not glyphs:
                obj_of_run, x_of_run, order = obj, x, index
            glyphs.append([text[index], advance])
            expected, last_obj, last_x, last_index = x + advance[0], obj, x, index
        if glyphs:
            self.place_glyphs(obj_of_run, glyphs, x_of_run, order)

    def place_glyphs(self, obj: int, glyphs: list[list], x: float, order: int) -> None:
        self.place(obj, self.styles[obj], "".join(g[0] for g in glyphs), x, [g[1] for g in glyphs], order)

    def place(self, obj: int, style: Style, chars: str, x: float, advances, order: int) -> None:
        """Add a piece at pdfium's x, moved to where pdfminer puts it."""
        if obj != self.drift_object:
            self.drift_object, self.drift = obj, 0.0
        x0 = x + self.drift
        last_x0 = x0
        if style.afm is None:  # pdfium and pdfminer agree on every width
            for advance in advances[:-1]:
                last_x0 += advance[0]
        else:
            for advance in advances[:-1]:
                last_x0 += advance[1]
                self.drift += advance[1] - advance[0]
            self.drift += advances[-1][1] - advances[-1][0]
        if style.renamed:
            chars = "".join([style.renamed.get(c, c) for c in chars])
        if not chars.isascii():
            chars = _LIGATURE.sub(lambda m: LIGATURES[m.group()], chars)
        self.pieces.append(Piece(chars, x0, last_x0 + advances[-1][1], last_x0, style, order))
