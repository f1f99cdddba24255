"""The fast PDF engine (pdfium) and the full one (pdfplumber) give the same documents.

Every PDF of the sample corpus, the genre set (tests/genre), the blind set (eval/blind),
the test-document generators (tests/docs/make_pdf.py) and a few layouts written here to
reach the fast engine's special cases is read with both engines; the blocks (kind, text,
page, level, table rows), the title, page count, dates, metadata and warnings, and the
records extracted from the document must be equal. Broken files fail with the same one
line; a page tree that loops does too, and neither hangs nor crashes either engine.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from scrutiny.errors import NoTextLayer, UnreadableDocument
from scrutiny.extract import extract_records
from scrutiny.ingest import PDF_ENGINES, read_document
from scrutiny.ingest.pdf import WORD_OPTIONS, fast_engine, find_page_tables, page_needs_table_finding, read_pdf
from scrutiny.ingest.pdf_fast import FastPDF, page_reader, page_tables, page_words, read_fast, reader_words
from scrutiny.ingest.pdf_fast_tables import page_edges
from scrutiny.ingest.pdf_fast_chars import FullPageNeeded
from tests.docs import make_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# PDFs from other producers (pdfTeX: ligatures, kerning, unmapped symbols) where a
# system has them; the group is skipped where it does not.
SYSTEM_PDFS = [Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
               Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")]


def _load(name: str, path: Path):
    """A generator module loaded by path, so no other ``tests`` package can shadow it."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Hand-written PDFs


def pdf_from_objects(objects: list[bytes], info: bytes | None = None) -> bytes:
    """A PDF of the given objects (object 1 the catalogue) with a correct xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objects) + 1) + (b" /Info %s" % info if info else b"")
    return out + b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)


def one_page_pdf(content: bytes, pages: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 media_box: bytes = b"[0 0 595 842]", producer: bytes = b"Hand written") -> bytes:
    """Page 3 shows ``content`` in Helvetica (WinAnsi), object 2 is the page tree."""
    return pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>" % media_box,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",  # used by the looping trees
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Producer (%s) /Title (Hand written) >>" % producer,
    ], info=b"8 0 R")


MINUTES = (b"BT /F2 14 Tf 72 760 Td (Minutes of the panel) Tj ET\n"
           b"BT /F1 10 Tf 72 730 Td (The panel noted the report and agreed the actions below.) Tj ET\n")
# A real bullet (149) and an undefined code (127) that pdfium also reads as a bullet.
BULLETS = MINUTES + (b"BT /F1 10 Tf 72 700 Td (\\225 Reduce crime in town centres;) Tj ET\n"
                     b"BT /F1 10 Tf 72 686 Td (\\177 Support victims of crime.) Tj ET\n"
                     b"BT /F1 10 Tf 72 672 Td (Item \\225 in the middle and \\177 here.) Tj ET\n")
# What ReportLab writes for U+2022 in a standard font: always 127.
REPORTLAB_BULLETS = BULLETS.replace(b"\\225", b"\\177")


def write_edge_cases(directory: Path) -> list[Path]:
    """Layouts that take the fast engine off its common path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    directory.mkdir(parents=True, exist_ok=True)
    made = []

    def canvas(name: str) -> Canvas:
        made.append(directory / f"{name}.pdf")
        return Canvas(str(made[-1]), pagesize=A4)

    c = canvas("rotated_page")  # /Rotate 90: read by pdfplumber
    c.setPageRotation(90)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 760, "Quarterly report")
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "The board received the quarterly report on performance.")
    c.showPage()
    c.setPageRotation(0)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "A second page, upright, read by pdfium.")
    c.save()

    c = canvas("rotated_text")  # a slanted stamp over ordinary text
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "The committee approved the minutes of the last meeting.")
    c.saveState()
    c.translate(300, 400)
    c.rotate(35)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(0, 0, "DRAFT")
    c.restoreState()
    c.save()

    c = canvas("spacing")  # letter spacing, horizontal scaling, a superscript and a bold run
    text = c.beginText(72, 760)
    text.setFont("Helvetica-Bold", 14)
    text.setCharSpace(4)
    text.textLine("S P A C E D  HEADING")
    text.setCharSpace(0)
    text.setFont("Helvetica", 10)
    text.setHorizScale(80)
    text.textLine("Condensed text set at eighty per cent of its width across the line.")
    text.setHorizScale(100)
    text.textOut("The 1")
    text.setRise(4)
    text.setFont("Helvetica", 7)
    text.textOut("st")
    text.setRise(0)
    text.setFont("Helvetica", 10)
    text.textOut(" meeting was chaired by ")
    text.setFont("Helvetica-Bold", 10)
    text.textOut("Cllr Smith")
    text.setFont("Helvetica", 10)
    text.textLine(", who welcomed members.")
    c.drawText(text)
    c.save()

    c = canvas("form_table")  # a ruled table drawn inside a form XObject, scaled
    c.beginForm("grid")
    c.setFont("Helvetica", 9)
    xs, ys = [72, 132, 332, 432], [700, 684, 668, 652]
    c.grid(xs, ys)
    for row, y in zip([("Ref", "Action", "Owner"), ("A1", "Publish the plan", "Clerk"),
                       ("A2", "Review the budget", "Treasurer")], ys):
        for cell, x in zip(row, xs):
            c.drawString(x + 3, y - 11, cell)
    c.endForm()
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Actions agreed at the meeting:")
    c.saveState()
    c.translate(0, -40)
    c.scale(1.1, 1.0)
    c.doForm("grid")
    c.restoreState()
    c.drawString(72, 560, "Progress will be reported at the next meeting.")
    c.save()

    c = canvas("form_text")  # text inside a form XObject, and text scaled by the CTM
    c.beginForm("note")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 700, "Decision notice")
    c.setFont("Helvetica", 10)
    c.drawString(72, 684, "The Commissioner approved the grant to the victims service.")
    c.endForm()
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Decisions taken since the last meeting:")
    c.saveState()
    c.translate(20, -100)
    c.scale(1.2, 1.2)
    c.doForm("note")
    c.restoreState()
    c.saveState()
    c.scale(1.5, 1.5)
    c.setFont("Helvetica", 8)
    c.drawString(48, 300, "The next meeting is on 4 March.")
    c.restoreState()
    c.save()

    c = canvas("one_box")  # a single rectangle round a paragraph: no table to look for
    c.rect(66, 700, 460, 40)
    c.setFont("Helvetica", 10)
    c.drawString(72, 725, "Exempt item: the press and public were excluded.")
    c.save()

    for name, data in [
        ("offset_media_box", one_page_pdf(MINUTES, media_box=b"[50 100 645 942]")),
        ("bullets_other_producer", one_page_pdf(BULLETS)),
        ("bullets_reportlab_producer", one_page_pdf(REPORTLAB_BULLETS,
                                                    producer=b"ReportLab PDF Library - www.reportlab.com")),
    ]:
        made.append(directory / f"{name}.pdf")
        made[-1].write_bytes(data)
    return made


@pytest.fixture(scope="session")
def engine_pdfs(tmp_path_factory) -> dict[str, list[Path]]:
    """Every PDF the engines are compared on, by where it comes from."""
    base = tmp_path_factory.mktemp("engine-pdfs")
    genre = _load("engine_make_genre", ROOT / "tests" / "genre" / "make_genre.py")
    blind = _load("engine_make_blind", ROOT / "eval" / "blind" / "make_blind.py")
    generated = base / "generated"
    generated.mkdir()
    makers = [make_pdf.make_table_pdf, make_pdf.make_running_pdf, make_pdf.make_hyphen_pdf,
              make_pdf.make_headings_pdf, make_pdf.make_bullets_pdf, make_pdf.make_two_column_pdf,
              make_pdf.make_attendance_pdf, make_pdf.make_flush_bullets_pdf,
              lambda d: make_pdf.make_scanned_pdf(d, typed_first_page=True),
              lambda d: make_pdf.make_long_pdf(d, pages=12, table_every=4)]
    return {
        "samples": sorted(SAMPLES.glob("*.pdf")),
        "genre": [p for p in genre.make_all(base / "genre") if p.suffix == ".pdf"],
        "blind": [base / "blind" / f"{stem}.pdf" for stem in blind.make_all(str(base / "blind"))
                  if (base / "blind" / f"{stem}.pdf").exists()],
        "generated": [make(generated) for make in makers],
        "edge cases": write_edge_cases(base / "edge"),
        "other producers": [p for p in SYSTEM_PDFS if p.exists()],
    }


def document_view(doc) -> dict:
    return {
        "blocks": [(b.kind, b.text, b.page, b.level, b.rows) for b in doc.blocks],
        "title": doc.title,
        "pages": doc.pages,
        "file_date": doc.file_date,
        "metadata": doc.metadata,
        "warnings": doc.warnings,
    }


def first_difference(full: dict, fast: dict) -> str:
    for key in full:
        if full[key] != fast[key]:
            if key != "blocks":
                return f"{key}: {full[key]!r} != {fast[key]!r}"
            pairs = zip(full[key] + [None], fast[key] + [None])
            return next(f"block {i}: {a!r} != {b!r}" for i, (a, b) in enumerate(pairs) if a != b)
    return ""


@pytest.mark.parametrize("source", ["samples", "genre", "blind", "generated", "edge cases", "other producers"])
def test_fast_engine_gives_the_full_engines_document_and_records(engine_pdfs, source):
    paths = engine_pdfs[source]
    if not paths and source == "other producers":
        pytest.skip("no PDFs of other producers on this system")
    assert paths, f"no PDFs in {source}"
    differences = []
    for path in paths:
        full = read_pdf(path, engine="full")
        fast = read_pdf(path, engine="fast")
        if (diff := first_difference(document_view(full), document_view(fast))):
            differences.append(f"{path.name}: {diff}")
            continue
        assert full.text == fast.text, path.name
        full_records = [r.to_dict() for r in extract_records(full)]
        fast_records = [r.to_dict() for r in extract_records(fast)]
        if full_records != fast_records:
            differences.append(f"{path.name}: records differ")
    assert not differences, "\n".join(differences)


def test_edge_cases_reach_the_paths_they_are_written_for(engine_pdfs, monkeypatch):
    """The edge cases are read partly by pdfplumber (rotated pages, a bullet pdfium
    cannot tell from code 127), the rest by pdfium alone: tables, in a form too, need
    no pdfplumber page."""
    opened = []
    original = FastPDF.plumber_page
    monkeypatch.setattr(FastPDF, "plumber_page", lambda self, i: opened.append(i) or original(self, i))
    by_name = {p.stem: p for p in engine_pdfs["edge cases"]}
    expected = {"rotated_page": [0], "rotated_text": [0], "form_table": [], "one_box": [],
                "spacing": [], "form_text": [], "offset_media_box": [], "bullets_other_producer": [0],
                "bullets_reportlab_producer": []}
    for name, pages in expected.items():
        opened.clear()
        read_pdf(by_name[name], engine="fast")
        assert opened == pages, name


def test_form_table_is_found_by_both_engines(engine_pdfs):
    path = next(p for p in engine_pdfs["edge cases"] if p.stem == "form_table")
    doc = read_pdf(path, engine="fast")
    assert [t.rows for t in doc.tables] == [(("Ref", "Action", "Owner"), ("A1", "Publish the plan", "Clerk"),
                                             ("A2", "Review the budget", "Treasurer"))]


@pytest.mark.parametrize(("name", "middle"), [("bullets_other_producer", "Item • in the middle and here."),
                                              ("bullets_reportlab_producer", "Item in the middle and here.")])
def test_bullet_codes_read_as_pdfminer_reads_them(engine_pdfs, name, middle):
    """Code 149 is a bullet, code 127 has no character in WinAnsi: pdfminer writes
    "(cid:127)", which the layout treats as a bullet too and drops from the text."""
    path = next(p for p in engine_pdfs["edge cases"] if p.stem == name)
    doc = read_pdf(path, engine="fast")
    assert [(b.kind, b.text) for b in doc.blocks][-3:] == [
        ("list_item", "Reduce crime in town centres;"),
        ("list_item", "Support victims of crime."),
        ("paragraph", middle),
    ]


def unmatched_words(words: list[dict], expected: list[dict]) -> list[dict]:
    """The expected words no word matches in text, font and box (to 0.01 pt), and the
    words left over; order is not compared: the layout sorts words itself."""
    keys = ("x0", "x1", "top", "bottom", "size")
    left = {}
    for word in words:
        left.setdefault((word["text"], word["fontname"]), []).append(word)
    missing = []
    for want in expected:
        candidates = left.get((want["text"], want["fontname"]), [])
        match = next((w for w in candidates if all(abs(w[k] - want[k]) <= 0.01 for k in keys)), None)
        if match is None:
            missing.append(want)
        else:
            candidates.remove(match)
    return missing + [w for ws in left.values() for w in ws]


def test_fast_words_are_pdfplumbers_words_in_standard_fonts(engine_pdfs):
    """Stricter than the blocks: in the standard fonts of the samples and generated
    documents every word has pdfplumber's text, font, size and box to 0.01 pt.
    (Embedded fonts whose widths have fractions can drift further: see pdf_fast_chars.)"""
    compared = 0
    for path in engine_pdfs["samples"] + engine_pdfs["generated"]:
        doc = FastPDF(path.read_bytes())
        with pdfplumber.open(path) as plumber:
            for index, plumber_page in enumerate(plumber.pages):
                page = doc.pdf[index]
                _, bottom, _, top = page.get_mediabox()
                try:
                    words, _ = page_words(doc, page, top - bottom)
                except FullPageNeeded:
                    continue
                finally:
                    page.close()
                expected = plumber_page.extract_words(**WORD_OPTIONS)
                assert not unmatched_words(words, expected), (path.name, index + 1)
                compared += len(words)
        doc.close()
    assert compared > 10_000


def _same_edges(mine: list[dict], theirs: list[dict]) -> bool:
    """Equal kinds and orientations, positions within 0.01 pt (pdfium keeps float32)."""
    return len(mine) == len(theirs) and all(
        a["orientation"] == b["orientation"] and a["object_type"] == b["object_type"]
        and all(abs(a[k] - b[k]) < 0.01 for k in ("x0", "x1", "top", "bottom"))
        for a, b in zip(mine, theirs))


def _table_key(table) -> tuple:
    return (table.rows, *(round(v, 2) for v in (table.x0, table.top, table.x1, table.bottom)))


def test_edges_and_tables_from_pdfium_paths_are_pdfplumbers(engine_pdfs):
    """The fast engine rebuilds pdfplumber's edges from pdfium's paths and finds tables
    on them with pieces for characters: on every page both must equal what pdfplumber
    gives after parsing the page, edge for edge (in order) and table for table."""
    paths = [p for group in ("samples", "genre", "blind", "generated", "edge cases", "other producers")
             for p in engine_pdfs[group]]
    pages = tables = 0
    for path in paths:
        doc = FastPDF(path.read_bytes())
        with pdfplumber.open(path) as plumber:
            for index, plumber_page in enumerate(plumber.pages):
                page = doc.pdf[index]
                _, bottom, _, top = page.get_mediabox()
                height = top - bottom
                if page.get_rotation():
                    page.close()
                    continue
                where = f"{path.name} page {index + 1}"
                edges = page_edges(page, height)
                assert _same_edges(edges, plumber_page.edges), where
                expected = find_page_tables(plumber_page) if page_needs_table_finding(plumber_page) else []
                textpage = page.get_textpage()
                try:
                    reader = page_reader(doc, textpage, height)
                    found = page_tables(page, height, reader, reader_words(reader)[1])
                except FullPageNeeded:
                    continue
                finally:
                    textpage.close()
                    page.close()
                assert [_table_key(t) for t in found] == [_table_key(t) for t in expected], where
                pages += 1
                tables += len(found)
        doc.close()
    assert pages >= 100 and tables >= 20


def test_a_piece_across_a_cell_side_is_read_character_by_character(tmp_path):
    """Text set across a table's rule in one run: pdfplumber puts each character in the
    cell that holds its centre, so the fast engine must too."""
    rules = b"".join(b"72 %d m 372 %d l S " % (y, y) for y in (700, 680, 660))
    rules += b"".join(b"%d 660 m %d 700 l S " % (x, x) for x in (72, 200, 372))
    content = (rules + b"BT /F1 10 Tf 80 686 Td (Chair) Tj ET "
               b"BT /F1 10 Tf 180 666 Td (Crossingover) Tj ET "
               b"BT /F1 10 Tf 210 686 Td (Commissioner) Tj ET")
    path = tmp_path / "straddle.pdf"
    path.write_bytes(one_page_pdf(content))
    fast = read_pdf(path, engine="fast")
    full = read_pdf(path, engine="full")
    assert document_view(fast) == document_view(full)
    rows = next(b.rows for b in fast.blocks if b.kind == "table")
    assert rows[1][0] != "" and rows[1][1] != ""  # the word's characters went to both cells


# Broken files


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BROKEN = {
    "truncated": lambda d: (truncated(make_pdf.make_running_pdf(d).read_bytes()),
                            "corrupt PDF: unexpected end of file (truncated?)"),
    "random bytes": lambda d: (bytes(range(256)) * 16, "corrupt PDF: no %PDF header"),
    "random bytes after the header": lambda d: (b"%PDF-1.7\n" + bytes(range(256)) * 16,
                                                "corrupt PDF: no document catalogue (/Root)"),
    "encrypted": lambda d: (make_pdf.make_encrypted_pdf(d).read_bytes(), "encrypted PDF (password required)"),
    "scanned": lambda d: (make_pdf.make_scanned_pdf(d).read_bytes(),
                          "scanned PDF with no text layer (2 pages; OCR needed)"),
    "no pages": lambda d: (pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>",
                                             b"<< /Type /Pages /Kids [] /Count 0 >>"]),
                           "corrupt PDF: no pages"),
}


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_pdf_gives_the_same_reason_with_both_engines(kind, engine, tmp_path):
    data, reason = BROKEN[kind](tmp_path)
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(tmp_path / "broken.pdf", data, engine=engine)
    assert str(e.value) == reason
    assert isinstance(e.value, NoTextLayer) == (kind == "scanned")


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_empty_file_reason(engine, tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument) as e:
        read_document(path, pdf_engine=engine)
    assert str(e.value) == "empty file (0 bytes)"


LOOP = "failed: corrupt PDF: page tree loops back on itself"
PAGE_TREES = {
    # a kid that is the root again, through an intermediate node
    "kid points to an ancestor": (b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>", LOOP),
    # the root lists itself among its kids
    "kid points to itself": (b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", LOOP),
    # a loop whose /Count is right: pdfium shows no sign of it
    "loop with a true count": (b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 1 >>", LOOP),
    # no loop: one page listed twice is read once, as pdfminer does
    "page listed twice": (b"<< /Type /Pages /Kids [3 0 R 3 0 R] /Count 2 >>",
                          "read: 1 ['Minutes of the panel', 'The panel noted the report and agreed the actions below.']"),
}
READ_IN_CHILD = """
import sys
from pathlib import Path
from scrutiny.errors import UnreadableDocument
from scrutiny.ingest.pdf import read_pdf
try:
    doc = read_pdf(Path(sys.argv[1]), engine=sys.argv[2])
except UnreadableDocument as e:
    print("failed:", e)
else:
    print("read:", doc.pages, [b.text for b in doc.blocks])
"""


@pytest.mark.parametrize("tree", list(PAGE_TREES))
def test_broken_page_tree_gives_one_line_and_neither_hangs_nor_crashes(tree, tmp_path):
    """In a child process with a time limit, so a hang or a crash in C fails the test
    instead of the run; both engines must give the same one line."""
    pages, expected = PAGE_TREES[tree]
    path = tmp_path / "tree.pdf"
    path.write_bytes(one_page_pdf(MINUTES, pages=pages))
    for engine in PDF_ENGINES:
        child = subprocess.run([sys.executable, "-c", READ_IN_CHILD, str(path), engine], cwd=ROOT,
                               capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.returncode == 0, child.stderr[-2000:]
        assert child.stdout.strip() == expected, engine


# The engine choice


def test_read_document_passes_the_engine_for_pdfs_only(monkeypatch):
    seen = []
    monkeypatch.setattr("scrutiny.ingest.pdf.read_pdf", lambda path, data, engine: seen.append(engine) or "doc")
    assert read_document(SAMPLES / "004_5b78c666c7dc23dc.pdf", pdf_engine="full") == "doc"
    assert seen == ["full"]
    assert read_document(SAMPLES / "003_76dc0b55ebc94c68.docx", pdf_engine="full").format == "docx"


@pytest.mark.parametrize("call", [lambda: read_document(SAMPLES / "004_5b78c666c7dc23dc.pdf", pdf_engine="quick"),
                                  lambda: read_pdf(SAMPLES / "004_5b78c666c7dc23dc.pdf", engine="quick")])
def test_unknown_engine_is_refused(call):
    with pytest.raises(ValueError, match="fast, full"):
        call()


def test_fast_engine_is_available():
    """Without it "fast" quietly means "full", and the comparisons above prove nothing."""
    assert fast_engine() is read_fast


def test_fast_engine_hands_truncated_files_to_the_full_engine(tmp_path):
    data = truncated(make_pdf.make_running_pdf(tmp_path).read_bytes())
    assert read_fast(data, []) is None
