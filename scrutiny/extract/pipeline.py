"""The extraction pipeline: a spaCy ``Language`` assembled from named components.

A blank English pipeline with rules by default, so nothing is downloaded. The
components and their order come from :class:`ExtractionSettings`; a trained
pipeline (e.g. ``en_core_web_sm``) is used only when the settings name one and
it is installed, and then its entities are there for the components to use.
"""

from __future__ import annotations

import importlib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.model import MAX_DOCUMENT_CHARS, Document, too_long
from .context import ExtractionContext, RecordExtractor
from .document import complete_document_record, extract_document_record
from .records import DocumentRecord, Record

# Modules whose import registers scrutiny's component factories.
COMPONENT_MODULES = (
    "scrutiny.extract.minutes",
    "scrutiny.extract.boards",
    "scrutiny.extract.commitments",
)

DEFAULT_COMPONENTS = (
    "scrutiny_block_bounds",
    "sentencizer",
    "scrutiny_document",
    "scrutiny_meetings",
    "scrutiny_attendees",
    "scrutiny_items",
    "scrutiny_actions",
    "scrutiny_boards",
    "scrutiny_commitments",
    "scrutiny_progress",
)


@dataclass(frozen=True)
class ExtractionSettings:
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    trained_pipeline: str | None = None  # e.g. "en_core_web_sm", used only if installed

    def __post_init__(self):
        if not self.components:
            raise ValueError("'components' cannot be empty")

    @classmethod
    def resolve(cls, settings: "ExtractionSettings | dict | None") -> "ExtractionSettings":
        if settings is None:
            return cls()
        if isinstance(settings, dict):
            return cls(**settings)
        return settings


@Language.component("scrutiny_block_bounds")
def mark_block_bounds(doc: Doc) -> Doc:
    """Start a sentence at every block, so no sentence runs from a heading into a paragraph."""
    source = doc._.source
    if source is None or not len(doc):
        return doc
    # Only the block starts are set; the sentencizer (overwrite=False) decides the rest.
    # Set through arrays: Token.is_sent_start= scans the whole doc on every call.
    offsets = doc.to_array(IDX).tolist()
    sent_starts = doc.to_array(SENT_START)
    for block in source.blocks:
        i = bisect_left(offsets, block.start)
        if i < len(offsets) and offsets[i] == block.start:
            sent_starts[i] = 1
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
    return doc


class DocumentExtractor(RecordExtractor):
    """The document record: type (with the cues that fired), title, date, organisation."""

    def extract(self, ctx: ExtractionContext):
        return [extract_document_record(ctx.document)]


@Language.factory("scrutiny_document")
def make_document_extractor(nlp: Language, name: str) -> DocumentExtractor:
    return DocumentExtractor()


def _import_components() -> None:
    for module in COMPONENT_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise


def _base_pipeline(settings: ExtractionSettings) -> Language:
    if settings.trained_pipeline and spacy.util.is_package(settings.trained_pipeline):
        nlp = spacy.load(settings.trained_pipeline, exclude=["lemmatizer", "textcat"])
        nlp.disable_pipes(*[p for p in nlp.pipe_names if p not in ("ner", "tok2vec", "transformer")])
        return nlp
    return spacy.blank("en")


@lru_cache(maxsize=4)
def build_pipeline(settings: ExtractionSettings = ExtractionSettings()) -> Language:
    """A pipeline with the settings' components, in order, missing ones skipped."""
    _import_components()
    nlp = _base_pipeline(settings)
    nlp.max_length = MAX_DOCUMENT_CHARS  # readers refuse longer text; spaCy's own error is no reason
    for name in settings.components:
        if name in nlp.pipe_names:
            continue
        if name == "sentencizer" or Language.has_factory(name):
            nlp.add_pipe(name, config={"overwrite": False} if name == "sentencizer" else {})
    return nlp


def run_pipeline(document: Document, settings: ExtractionSettings | dict | None = None) -> list[Record]:
    nlp = build_pipeline(ExtractionSettings.resolve(settings))
    if len(document.text) > nlp.max_length:  # a Document built by hand, or stored before the limit
        raise too_long(len(document.text))
    doc = nlp.make_doc(document.text)
    doc._.source = document
    doc._.records = []
    for _, component in nlp.pipeline:
        doc = component(doc)
    records = sorted(doc._.records, key=lambda r: 0 if isinstance(r, DocumentRecord) else 1)
    return complete_document_record(records)
