"""Whoosh's codec with its commit made cheaper, used by every writer scrutiny opens.

A commit files each posting of the new segment through several layers of pure Python,
and three of them cost more than the work: for every posting Whoosh reads the field's
length in the document back from the lengths column file (a seek and a read), stats a
lengths file that does not exist for fields without one (ids, keywords, dates), and
checks the types of what it wrote itself. The reader and field writer here read each
lengths column once, remember which fields have none, and file postings into Whoosh's
own posting blocks without the checks; the writer's pool takes postings without checking them either. The segments written are Whoosh's, byte for byte
(tests/test_search_codec.py compares them).
"""

from __future__ import annotations

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3FieldWriter, W3PerDocReader, _lenfield
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter


class RememberingPerDocReader(W3PerDocReader):
    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._has_column: dict[str, bool] = {}
        self._lengths: dict[str, list | None] = {}

    def has_column(self, fieldname):
        known = self._has_column.get(fieldname)
        if known is None:
            known = self._has_column[fieldname] = super().has_column(fieldname)
        return known

    def field_lengths(self, fieldname) -> list | None:
        """Every document's length of a field (None for a document without terms in it, as
        Whoosh gives); None when the field keeps no lengths."""
        if fieldname not in self._lengths:
            reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            self._lengths[fieldname] = None if reader is None else \
                [byte_to_length(b) if b else None for b in reader]
        return self._lengths[fieldname]

    def doc_field_length(self, docnum, fieldname, default=0):
        if docnum > self._doccount:
            raise IndexError("Asked for docnum %r of %d" % (docnum, self._doccount))
        lengths = self.field_lengths(fieldname)
        return default if lengths is None else lengths[docnum]


class FilingFieldWriter(W3FieldWriter):
    """Files a sorted stream of postings as Whoosh's FieldWriter.add_postings does."""

    def add_postings(self, schema, lengths, items):
        field_lengths = lengths.field_lengths if isinstance(lengths, RememberingPerDocReader) else None
        lastfn = lasttext = None
        doc_lengths = writer = None
        for fieldname, btext, docnum, weight, value in items:
            if fieldname != lastfn:
                if lastfn is not None and fieldname < lastfn:
                    raise OutOfOrderError("Field %r .. %r" % (lastfn, fieldname))
                if lasttext is not None:
                    self.finish_term()
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn, lasttext = fieldname, None
                if field_lengths is not None:
                    doc_lengths = field_lengths(fieldname)
            if docnum == -1:  # a spelling word: Whoosh skips these here too
                continue
            if btext != lasttext:
                if lasttext is not None:
                    if btext < lasttext:
                        raise OutOfOrderError("Term %s:%r .. %s:%r" % (lastfn, lasttext, fieldname, btext))
                    self.finish_term()
                self.start_term(btext)
                lasttext = btext
                writer = self._postwriter
            if field_lengths is None:
                length = lengths.doc_field_length(docnum, fieldname) if lengths else 0
            else:
                length = doc_lengths[docnum] if doc_lengths is not None else 0
            # W3PostingsWriter.add_posting, without its type checks
            if len(writer._ids) >= writer._blocklimit:
                writer._write_block()
            writer._ids.append(docnum)
            writer._weights.append(weight)
            if weight > writer._maxweight:
                writer._maxweight = weight
            if value:
                writer._values.append(value)
            if length:
                if writer._minlength is None or length < writer._minlength:
                    writer._minlength = length
                if length > writer._maxlength:
                    writer._maxlength = length
        if lasttext is not None:
            self.finish_term()
        if lastfn is not None:
            self.finish_field()


class WriteCodec(W3Codec):
    def per_document_reader(self, storage, segment):
        return RememberingPerDocReader(storage, segment)

    def field_writer(self, storage, segment):
        return FilingFieldWriter(self, storage, segment)


class FilingPostingPool(PostingPool):
    """Whoosh's pool of postings, taking them without type checks (the sizes counted as Whoosh's)."""

    def add(self, item):
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)


class FilingSegmentWriter(SegmentWriter):
    """Whoosh's segment writer with the pool and codec above."""

    def __init__(self, ix, limitmb: int = 128, **kwargs):
        kwargs.setdefault("codec", WriteCodec())
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = FilingPostingPool(self._tempstorage, self.newsegment, limitmb=limitmb)
