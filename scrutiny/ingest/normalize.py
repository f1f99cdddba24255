"""Text normalisation, applied once to every piece of text a reader yields."""

from __future__ import annotations

import re
import unicodedata

# Cyrillic and Greek letters that print exactly like Latin ones. Scanned-then-typed
# reports and copy-paste from other documents leave them inside English words
# ("Мау" in Cyrillic), which breaks search and date parsing.
_CONFUSABLES = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+")


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x250


def fold_confusables(text: str) -> str:
    """Fold Cyrillic/Greek look-alikes to Latin inside text that is written in Latin.

    A word is folded when it mixes scripts, or when it is made only of look-alikes
    and the text around it is overwhelmingly Latin (so Russian or Greek text is
    left alone).
    """
    if text.isascii():
        return text
    letters = [c for c in text if c.isalpha()]
    latin_share = sum(map(_is_latin_letter, letters)) / max(len(letters), 1)

    def fold(match: re.Match) -> str:
        word = match.group(0)
        if word.isascii() or not any(c in _CONFUSABLES for c in word):
            return word
        has_latin = any(_is_latin_letter(c) for c in word)
        all_confusable = all(c in _CONFUSABLES or _is_latin_letter(c) or not c.isalpha() for c in word)
        if all_confusable and (has_latin or latin_share >= 0.8):
            return word.translate(_CONFUSABLE_TABLE)
        return word

    return _WORD.sub(fold, text)


def normalize_text(text: str) -> str:
    """NFC, invisible characters removed, look-alikes folded, whitespace collapsed.

    Curly quotes and dashes are kept: they are the document's own words.
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = fold_confusables(text)
    return _SPACES.sub(" ", text).strip()
