"""What every extractor component sees: the document, its spaCy Doc and the records so far.

Components are spaCy pipeline components (see ``pipeline.py``). The spaCy
``Doc`` is made from the document's full text, so a block's span is also a
character span of the Doc; ``Doc._.source`` holds the scrutiny Document and
``Doc._.records`` the records components have added, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, TypeVar

from spacy.tokens import Doc, Span

from ..ingest.model import Block, Document
from .records import DocumentRecord, Record

for _name, _default in (("source", None), ("records", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

R = TypeVar("R", bound=Record)


@dataclass
class ExtractionContext:
    doc: Doc

    @property
    def document(self) -> Document:
        return self.doc._.source

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.document.blocks

    @property
    def records(self) -> list[Record]:
        return self.doc._.records

    @property
    def doc_type(self) -> str:
        first = next((r for r in self.records if isinstance(r, DocumentRecord)), None)
        return first.doc_type if first else "other"

    def of_type(self, cls: type[R]) -> list[R]:
        return [r for r in self.records if isinstance(r, cls)]

    def add(self, records: Iterable[Record]) -> None:
        self.records.extend(records)

    def cite(self, block: Block, start: int | None = None, end: int | None = None) -> dict:
        """Provenance keyword arguments for a record whose evidence is (part of) a block.

        ``start``/``end`` are offsets inside the block's text; by default the whole block.
        """
        s = block.start + (start or 0)
        e = block.start + (end if end is not None else len(block.text))
        return {"doc": self.document.name, "page": block.page, "span": (s, e)}

    def span_of(self, block: Block) -> Span | None:
        return self.doc.char_span(block.start, block.end, alignment_mode="expand")

    def sentences(self, block: Block) -> list[Span]:
        """The block's sentences (the pipeline's sentencizer never crosses a block boundary)."""
        span = self.span_of(block)
        return list(span.sents) if span is not None and len(span) else []

    def block_sentences(self, block: Block) -> list[tuple[str, int, int]]:
        """(text, start, end) of each sentence, offsets inside the block's text."""
        out = []
        for sent in self.sentences(block):
            start, end = max(sent.start_char, block.start), min(sent.end_char, block.end)
            text = self.document.text[start:end].strip()
            if text:
                out.append((text, start - block.start, start - block.start + len(text)))
        return out


class RecordExtractor:
    """Base of scrutiny's components: ``__call__(doc)`` adds ``extract(ctx)``'s records."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = ExtractionContext(doc)
        ctx.add(self.extract(ctx))
        return doc

    def extract(self, ctx: ExtractionContext) -> Iterable[Record]:  # pragma: no cover - abstract
        raise NotImplementedError
