"""Word's list numbering, rebuilt from numbering.xml: python-docx gives paragraph text
without the automatic numbers, and minute numbers and refs often exist only there."""

from __future__ import annotations

import re
from typing import NamedTuple

from docx.oxml.ns import qn

VAL = qn("w:val")


def is_on(element) -> bool:
    """A Word on/off property: present and not switched off."""
    return element is not None and element.get(VAL) not in ("0", "false", "off")


def xml_val(parent, tag: str, default: str | None = None) -> str | None:
    """The w:val of parent's child `tag`, or default."""
    el = parent.find(qn(tag)) if parent is not None else None
    value = el.get(VAL) if el is not None else None
    return default if value is None else value


class _Level:
    """One level of a list definition: start value, number format, label pattern."""

    def __init__(self, lvl):
        start = xml_val(lvl, "w:start", "1")
        self.start = int(start) if start.isdigit() else 1
        self.format = xml_val(lvl, "w:numFmt", "decimal")
        self.text = xml_val(lvl, "w:lvlText", "")
        self.style = xml_val(lvl, "w:pStyle")
        self.legal = is_on(lvl.find(qn("w:isLgl")))


class _Num(NamedTuple):
    abstract_id: str | None
    starts: dict[int, int]  # startOverride per level
    levels: dict[int, _Level]  # whole levels overridden


class Numbering:
    """Word's list counters, rebuilt from numbering.xml as Word renders them.

    Counters belong to the abstract list, so separate num instances of one list
    continue each other unless an instance restarts a level (startOverride).
    """

    def __init__(self, numbering_element, styles):
        self._abstract: dict[str | None, dict[int, _Level]] = {}
        links: dict[str, str] = {}
        for abstract in numbering_element.iter(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            self._abstract[aid] = {_ilvl(lvl): _Level(lvl) for lvl in abstract.iter(qn("w:lvl"))}
            if (link := xml_val(abstract, "w:numStyleLink")) is not None:
                links[aid] = link
        self._nums = {num.get(qn("w:numId")): _read_num(num) for num in numbering_element.iter(qn("w:num"))}
        for aid, style_id in links.items():  # a list defined through a numbering style
            linked = self._nums.get(styles.get(style_id).num[0])
            if linked and not self._abstract.get(aid):
                self._abstract[aid] = self._abstract.get(linked.abstract_id, {})
        self._counters: dict[str | None, dict[int, int]] = {}
        self._started: set[str] = set()

    def level(self, num_id: str | None, ilvl: int) -> _Level | None:
        num = self._nums.get(num_id)
        return num and (num.levels.get(ilvl) or self._abstract.get(num.abstract_id, {}).get(ilvl))

    def next_label(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return its label ("2.3", "a)"), None for bullets."""
        if num_id not in self._nums or (lvl := self.level(num_id, ilvl)) is None:
            return None
        num = self._nums[num_id]
        counts = self._counters.setdefault(num.abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for level, start in num.starts.items():
                counts[level] = start - 1
        counts[ilvl] = counts.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if lvl.format in ("bullet", "none") or not lvl.text:
            return None

        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            other = self.level(num_id, k)
            value = counts.get(k, other.start if other else 1)
            return format_number(value, "decimal" if lvl.legal or other is None else other.format)

        return re.sub(r"%([1-9])", number, lvl.text).strip() or None


def _ilvl(element) -> int:
    value = element.get(qn("w:ilvl"), "0")
    return int(value) if value.isdigit() else 0


def _read_num(num) -> _Num:
    starts, levels = {}, {}
    for override in num.iter(qn("w:lvlOverride")):
        ilvl = _ilvl(override)
        if (start := xml_val(override, "w:startOverride", "")).isdigit():
            starts[ilvl] = int(start)
        if (lvl := override.find(qn("w:lvl"))) is not None:
            levels[ilvl] = _Level(lvl)
    return _Num(xml_val(num, "w:abstractNumId"), starts, levels)


def format_number(n: int, fmt: str) -> str:
    """A list counter in a Word number format (decimal, lowerLetter, upperRoman…)."""
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        label = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return label.upper() if fmt == "upperLetter" else label
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        label = _roman(n)
        return label if fmt == "upperRoman" else label.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += numeral * count
    return out
