"""Score extracted records against gold records, by the rules of the records contract.

Per document and record type, predicted records are paired one-to-one with gold
records, most similar pair first; a pair must pass the type's matching rule.
Precision, recall and F1 are summed over documents; matched pairs then have
their other fields compared for an accuracy per field. Gold records marked
``"optional": true`` count neither as misses nor, when found, as false positives.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

RECORD_ORDER = ["document", "meeting", "attendee", "item", "action", "board", "membership", "commitment", "progress"]

# Fields compared on matched pairs (the key fields that pair records are not repeated).
SCORED_FIELDS = {
    "document": ["doc_type", "date"],
    "meeting": ["body", "title", "date", "time", "venue", "chair", "minutes_by", "next_meeting"],
    "attendee": ["role", "abbreviation", "organisation", "status"],
    "item": ["number", "title", "speakers"],
    "action": ["owner", "owner_name", "due", "status", "ref"],
    "board": ["abbreviation", "chair", "frequency", "parent", "status"],
    "membership": ["member_kind", "role_on_board"],
    "commitment": ["theme", "heading", "ref", "kind"],
    "progress": ["ref"],
}

NAME_PREFIXES = {"mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "sir", "dame", "prof", "professor",
                 "rev", "revd", "reverend", "lord", "lady", "baroness", "baron", "the", "rt", "hon", "deputy",
                 "sgt", "sergeant", "insp", "inspector", "supt", "superintendent", "ch", "chief", "pc", "pcso",
                 "dc", "ds", "di", "dci", "dsupt", "alderman"}
NAME_SUFFIXES = {"obe", "mbe", "cbe", "kbe", "dbe", "qpm", "jp", "dl", "mp", "qc", "kc", "frsa", "phd", "freng",
                 "fbcs", "frs", "fba", "fmedsci", "cpfa", "fca", "bem", "kpm", "msc", "ba", "bsc", "ma"}


def words(text) -> list[str]:
    return re.findall(r"[a-z0-9]+", str(text or "").lower())


def dice(a, b) -> float:
    x, y = set(words(a)), set(words(b))
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def contains_all(a, b, min_words: int = 1) -> bool:
    x, y = set(words(a)), set(words(b))
    short, long_ = sorted((x, y), key=len)
    return len(short) >= min_words and bool(short) and short <= long_


def person_key(name) -> str:
    w = words(name)
    while w and w[0] in NAME_PREFIXES:
        w = w[1:]
    while w and w[-1] in NAME_SUFFIXES:
        w = w[:-1]
    return " ".join(w)


def folded(value):
    if isinstance(value, (list, tuple)):
        return sorted(folded(v) for v in value)
    if isinstance(value, dict):
        return {k: folded(v) for k, v in sorted(value.items())}
    if isinstance(value, str):
        return " ".join(words(value)) or None
    return value


def _by_ref_or_text(text_field: str) -> Callable[[dict, dict], float]:
    def similarity(g: dict, p: dict) -> float:
        if g.get("ref") and p.get("ref"):
            return 1.0 if folded(g["ref"]) == folded(p["ref"]) else 0.0
        s = dice(g.get(text_field), p.get(text_field))
        return s if s >= 0.6 else 0.0
    return similarity


def _board(g: dict, p: dict) -> float:
    s = dice(g.get("name"), p.get("name"))
    if s >= 0.8 or contains_all(g.get("name"), p.get("name")):
        return max(s, 0.8)
    if g.get("abbreviation") and folded(g.get("abbreviation")) == folded(p.get("abbreviation")):
        return 0.8
    return 0.0


def _membership(g: dict, p: dict) -> float:
    b = dice(g.get("board"), p.get("board"))
    if b < 0.6 and not contains_all(g.get("board"), p.get("board")):
        return 0.0
    m = dice(g.get("member"), p.get("member"))
    if m >= 0.6:
        return m
    return 0.6 if contains_all(g.get("member"), p.get("member"), min_words=2) else 0.0


def _text(field_name: str, threshold: float = 0.6) -> Callable[[dict, dict], float]:
    def similarity(g: dict, p: dict) -> float:
        s = dice(g.get(field_name), p.get(field_name))
        return s if s >= threshold else 0.0
    return similarity


SIMILARITY: dict[str, Callable[[dict, dict], float]] = {
    "attendee": lambda g, p: 1.0 if person_key(g.get("name")) and person_key(g.get("name")) == person_key(p.get("name")) else 0.0,
    "item": _text("title"),
    "action": _text("text"),
    "board": _board,
    "membership": _membership,
    "commitment": _by_ref_or_text("text"),
    "progress": _by_ref_or_text("commitment"),
}


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Score:
    types: dict[str, TypeScore] = field(default_factory=dict)
    fields: dict[str, dict[str, FieldScore]] = field(default_factory=dict)
    misses: list[tuple[str, dict]] = field(default_factory=list)  # ("missed"|"extra", record)

    def to_dict(self) -> dict:
        return {t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                    "fields": {f: fs.accuracy for f, fs in self.fields.get(t, {}).items()}}
                for t, s in self.types.items()}


def _pair(record_type: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    if record_type in ("document", "meeting"):
        return [(0, 0)] if gold and pred else []
    similarity = SIMILARITY[record_type]
    scored = sorted(((similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                    key=lambda t: -t[0])
    used_g, used_p, pairs = set(), set(), []
    for s, i, j in scored:
        if s <= 0:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), pairs.append((i, j))
    return pairs


def _score_group(score: Score, record_type: str, gold: list[dict], pred: list[dict]) -> None:
    ts = score.types.setdefault(record_type, TypeScore())
    pairs = _pair(record_type, gold, pred)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if g.get("optional"):
            continue
        ts.tp += 1
        for name in SCORED_FIELDS[record_type]:
            if name in g:
                fs = score.fields.setdefault(record_type, {}).setdefault(name, FieldScore())
                fs.total += 1
                fs.correct += folded(g.get(name)) == folded(p.get(name))
    for i, g in enumerate(gold):
        if i not in matched_g and not g.get("optional"):
            ts.fn += 1
            score.misses.append(("missed", g))
    extra = [p for j, p in enumerate(pred) if j not in matched_p]
    if record_type == "meeting" and not gold:
        extra = []  # a meeting for a document whose gold has none is not penalised
    ts.fp += len(extra)
    score.misses.extend(("extra", p) for p in extra)


def score_records(gold: list[dict], predicted: list[dict]) -> Score:
    """Score predicted records against gold, over the documents that have gold."""
    docs = {g["doc"] for g in gold}
    groups: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for g in gold:
        groups[(g["doc"], g["type"])][0].append(g)
    for p in predicted:
        if p.get("doc") in docs and p.get("type") in SCORED_FIELDS:
            groups[(p["doc"], p["type"])][1].append(p)
    score = Score()
    for (_, record_type), (g, p) in sorted(groups.items()):
        _score_group(score, record_type, g, p)
    score.types = {t: score.types[t] for t in RECORD_ORDER if t in score.types}
    return score


def load_gold(directory: str | Path) -> list[dict]:
    """Every record of every ``*.jsonl`` gold file in a directory."""
    out = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out
