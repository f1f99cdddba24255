import pytest

from scrutiny.extract import extract_records
from scrutiny.extract.context import ExtractionContext
from scrutiny.extract.pipeline import ExtractionSettings, build_pipeline
from scrutiny.ingest.model import DocumentBuilder


def _doc():
    b = DocumentBuilder("notes", "text")
    b.add("heading", "Minutes of the Riverside Panel")
    b.add("paragraph", "Present: Cllr A Smith (Chair). The Chair welcomed members. Dr B Jones gave apologies.")
    b.add("heading", "Next steps")
    b.add("list_item", "The Clerk to circulate the report")
    return b.build(title="Minutes of the Riverside Panel")


def test_default_pipeline_is_a_blank_english_pipeline_of_named_components():
    nlp = build_pipeline()
    assert nlp.lang == "en"
    assert nlp.pipe_names[:3] == ["scrutiny_block_bounds", "sentencizer", "scrutiny_document"]
    assert not any(name in nlp.pipe_names for name in ("ner", "tagger", "parser"))


def test_sentences_never_cross_a_block_boundary():
    document = _doc()
    nlp = build_pipeline()
    doc = nlp.make_doc(document.text)
    doc._.source, doc._.records = document, []
    for _, component in nlp.pipeline[:2]:
        doc = component(doc)
    ctx = ExtractionContext(doc)
    heading, para, _, item = document.blocks
    assert [s for s, _, _ in ctx.block_sentences(heading)] == ["Minutes of the Riverside Panel"]
    sentences = ctx.block_sentences(para)
    assert [s for s, _, _ in sentences] == ["Present: Cllr A Smith (Chair).", "The Chair welcomed members.",
                                            "Dr B Jones gave apologies."]
    text, start, end = sentences[1]
    assert para.text[start:end] == text
    assert [s for s, _, _ in ctx.block_sentences(item)] == ["The Clerk to circulate the report"]


def test_settings_choose_the_components():
    only_document = ExtractionSettings(components=("scrutiny_block_bounds", "sentencizer", "scrutiny_document"))
    records = extract_records(_doc(), only_document)
    assert [r.type for r in records] == ["document"]
    assert records[0].doc_type == "minutes"
    assert "minutes: title says minutes or notes (+5)" in records[0].evidence
    assert ExtractionSettings.resolve({"components": ("scrutiny_document",)}).components == ("scrutiny_document",)
    with pytest.raises(ValueError, match="'components' cannot be empty"):
        ExtractionSettings(components=())


def test_a_trained_pipeline_that_is_not_installed_falls_back_to_blank():
    nlp = build_pipeline(ExtractionSettings(trained_pipeline="en_core_web_nonexistent"))
    assert "ner" not in nlp.pipe_names
    assert "scrutiny_document" in nlp.pipe_names
