"""The best passages holding every word of a plain query, read straight from Whoosh's postings.

Whoosh's collector intersects posting lists one posting at a time in Python (``skip_to``
steps through each 128-posting block) and cannot skip blocks here: its block bound (the
block's highest term frequency with its shortest passage) is loose for passages of similar
length, so two common words over 100,000 passages meant scoring ~34,000 of them that way,
each block's positions unpickled on the way. Here each term's blocks are read in bulk —
only their docnums and weights, never the positions (see _deltas_and_weights), and for all
but the rarest word only the blocks that can hold one of its documents — the document sets
intersected with set operations, and each passage left scored from a table of BM25F scores
by (term weight, length byte) that Whoosh's own scorer fills: the same scores and the same
order as ``searcher.search`` (tests/test_search_every_word.py checks), several times faster.

Whoosh 2.7's W3 posting blocks are read through the matcher's private attributes; any other
posting reader is walked posting by posting, which is slower but gives the same answer."""

from __future__ import annotations

import heapq
import zlib
from bisect import bisect_right
from itertools import accumulate, repeat
from operator import add
from pickle import loads

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, Term
from whoosh.scoring import WeightLengthScorer
from whoosh.util.numeric import byte_to_length


def term_texts(q) -> tuple[str, list[str]] | None:
    """The field and words of a query that is one term or an AND of plain terms in one field, else None."""
    terms = q.subqueries if isinstance(q, And) else [q]
    if not terms or not all(type(t) is Term and t.boost == 1.0 for t in terms) \
            or len({t.fieldname for t in terms}) != 1:
        return None
    return terms[0].fieldname, [t.text for t in terms]


def top_every_word(searcher, fieldname: str, texts: list[str], limit: int,
                   allowed: set[int] | None = None) -> tuple[list[tuple[float, int]], int] | None:
    """The ``limit`` best (score, docnum) of the documents holding every text, best first
    (ties: lower docnum first, as Whoosh), and how many documents hold them all.

    ``allowed`` (top-level docnums) keeps only those documents. None when the searcher's
    weighting is not one this can reproduce: the caller then asks Whoosh.
    """
    weighting = searcher.weighting
    if weighting.use_final:
        return None
    best: list[tuple[float, int]] = []
    total = 0
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if not all((fieldname, text) in reader for text in texts):
            continue
        scorers = [weighting.scorer(sub, fieldname, text) for text in texts]
        if not all(isinstance(s, WeightLengthScorer) for s in scorers):
            return None
        # The rarest word first: the others' blocks that hold none of its documents stay undecoded.
        order = sorted(range(len(texts)), key=lambda i: reader.doc_frequency(fieldname, texts[i]))
        postings: list[dict[int, float]] = [{}] * len(texts)
        postings[order[0]] = rarest = _weights_by_doc(reader, fieldname, texts[order[0]])
        docs = set(rarest)
        if reader.has_deletions():
            docs -= reader.deleted_docs_set
        if allowed is not None:
            docs &= {d - offset for d in allowed if offset <= d < offset + reader.doc_count_all()}
        near = list(rarest) if len(docs) == len(rarest) else [d for d in rarest if d in docs]  # in order
        for i in order[1:]:
            if not docs:
                break
            postings[i] = _weights_by_doc(reader, fieldname, texts[i], near)
            docs &= postings[i].keys()
        if not docs:
            continue
        total += len(docs)
        docs = list(docs)
        lengths = _length_bytes(reader, fieldname)
        columns = [_scores(docs, weights, lengths, _ScoreRows(scorer))
                   for weights, scorer in zip(postings, scorers)]
        scores = columns[0] if len(columns) == 1 else list(map(add, *columns)) if len(columns) == 2 \
            else list(map(sum, zip(*columns)))
        best += _best(scores, docs, offset, limit)
    best = heapq.nlargest(limit, best)
    return [(score, -negdoc) for score, negdoc in best], total


def _best(scores: list[float], docs: list[int], offset: int, limit: int) -> list[tuple[float, int]]:
    """The ``limit`` best (score, -docnum): the highest score first and, on a tie, the lower docnum,
    as Whoosh ranks. (The limit-th score first, over bare floats: twice as fast as ranking pairs.)"""
    least = heapq.nlargest(limit, scores)[-1] if len(scores) > limit else float("-inf")
    pairs = [(score, -(d + offset)) for score, d in zip(scores, docs) if score >= least]
    pairs.sort(reverse=True)
    return pairs[:limit]


class _ScoreRows(dict):
    """weight -> length byte -> the scorer's score, each worked out when first asked for."""

    def __init__(self, scorer: WeightLengthScorer):
        super().__init__()
        self.scorer = scorer

    def __missing__(self, weight: float) -> dict[int, float]:
        row = self[weight] = _ScoreRow(self.scorer, weight)
        return row


class _ScoreRow(dict):
    def __init__(self, scorer: WeightLengthScorer, weight: float):
        super().__init__()
        self.scorer, self.weight = scorer, weight

    def __missing__(self, length_byte: int) -> float:
        # (Length byte 0 is a document without the field, which cannot hold the term.)
        score = self[length_byte] = self.scorer._score(self.weight, byte_to_length(length_byte) or 1)
        return score


def _scores(docs: list[int], weights: dict[int, float], lengths: bytes, rows: _ScoreRows) -> list[float]:
    """The term's score in each document: a table lookup by its weight and length there."""
    return [rows[weights[d]][lengths[d]] for d in docs]


def _weights_by_doc(reader, fieldname: str, text: str, near: list[int] | None = None) -> dict[int, float]:
    """docnum -> the term's weight (its frequency, times any boost) for the postings of the term:
    all of them, or at least those of the documents in ``near`` (ascending docnums)."""
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):  # deletions: the caller takes them out
        matcher = matcher.child
    out: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):
        for ids, weights in _w3_blocks(matcher, near):
            out.update(zip(ids, weights))
    else:
        while matcher.is_active():
            out[matcher.id()] = matcher.weight()
            matcher.next()
    return out


def _w3_blocks(m: W3LeafMatcher, near: list[int] | None = None):
    """Iterables of the docnums and weights of each block (see W3PostingsWriter._write_block); with
    ``near``, only the blocks whose docnums span one of those (a block's header has its last)."""
    after = -1  # the last docnum of the block before
    while m.is_active():
        if near is not None:
            i = bisect_right(near, after)
            if i == len(near):
                return
            after = m._maxid
            if near[i] > after:
                m._next_block()
                continue
        data = m._postfile.get(m._dataoffset, m._nextoffset - m._dataoffset)
        deltas, weights = _deltas_and_weights(data, m._compression, m._blocklength)
        if weights is None:  # every weight 1.0
            weights = repeat(1.0)
        elif isinstance(weights, float):  # every weight the same
            weights = repeat(weights)
        yield accumulate(deltas), weights
        m._next_block()


# A block's data is pickle.dumps((id deltas, weights, values), 2), zlib-compressed. The values
# (each posting's positions, pickled as a string built by a function call) take three quarters
# of the unpickling, and come last: with four or more postings the deltas are MARK ... TUPLE
# then BINPUT 0 ("tq\x00"), then the weights are None (all 1.0), one float (all the same) or
# MARK, a float ("G" and 8 bytes) each, TUPLE. So the two come from a prefix of the data.
_DELTAS_END = b"tq\x00"
_FLOAT = 9


def _deltas_and_weights(data: bytes, compressed: bool, count: int) -> tuple:
    """A block's id deltas and weights, decoding its values only when its layout is not the one above."""
    if count >= 4:
        head = zlib.decompressobj().decompress(data, 16 + 14 * count) if compressed else data
        at = head.find(_DELTAS_END, 2) + len(_DELTAS_END)
        end = _weights_end(head, at, count) if at >= len(_DELTAS_END) else 0
        if end:
            try:
                deltas, weights = loads(head[:end] + b"\x86.")  # TUPLE2, STOP
            except Exception:  # not the layout after all
                deltas = weights = ()
            if len(deltas) == count and (not isinstance(weights, tuple) or len(weights) == count):
                return deltas, weights
    return loads(zlib.decompress(data) if compressed else data)[:2]


def _weights_end(head: bytes, at: int, count: int) -> int:
    """Where the weights pickled at ``at`` end; 0 when they are not in a layout described above."""
    if head[at:at + 1] == b"N":
        return at + 1
    if head[at:at + 1] == b"G":
        return at + _FLOAT
    end = at + 2 + _FLOAT * count
    return end if head[at:at + 2] == b"(G" and head[end - 1:end] == b"t" else 0


def _length_bytes(reader, fieldname: str) -> bytes:
    """The field's length byte of every document of a segment, in one read (0 for none)."""
    column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    if column is None:
        return bytes(reader.doc_count_all())
    raw = column._dbfile.get(column._basepos, column._count)
    return raw + bytes(reader.doc_count_all() - len(raw))
