"""Test PDFs written with reportlab: each ``make_*`` writes one file into a directory
and returns its path. The wording is invented; the layouts copy what UK council and
police papers do (repeated table headers, "Page N of M" footers, hanging bullets).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

WIDTH, HEIGHT = A4
LEFT = 72
TOP = HEIGHT - 72
BODY = 10
LEADING = 13

FILLER = (
    "Members considered the quarterly monitoring report and noted the progress made "
    "against each of the priorities in the plan. The officer explained how the figures "
    "had been gathered and which services had contributed to them."
)
TOPICS = ["housing repairs", "street lighting", "library opening hours", "waste collection",
          "school transport", "parking permits", "planning appeals", "leisure centres"]

TABLE_HEADER = ["Ref", "Action", "Owner", "Due date"]


def _lines(canvas: Canvas, lines: list[str], y: float, x: float = LEFT,
           font: str = "Helvetica", size: float = BODY, leading: float = LEADING) -> float:
    """Draw lines top-down from y; return the y below the last one."""
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= leading
    return y


def _wrap(text: str, width: int = 90) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def make_table_pdf(directory: Path, rows: int = 100) -> Path:
    """A paragraph, a gridded table spanning several pages (header repeated), a paragraph."""
    path = Path(directory) / "action_log.pdf"
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    data = [TABLE_HEADER]
    for i in range(1, rows + 1):
        action = f"Review the reorgani-<br/>sation of item {i}" if i == 3 else f"Prepare briefing note {i} for members"
        data.append([f"A{i}", Paragraph(action, cell), f"Officer {i % 7}", f"{(i % 28) + 1} May"])
    table = Table(data, colWidths=[40, 260, 90, 70], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [
        Paragraph("The actions agreed at the meeting are listed below.", styles["BodyText"]),
        Spacer(1, 12),
        table,
        Spacer(1, 12),
        Paragraph("Progress on these actions will be reported to the next meeting.", styles["BodyText"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Action log").build(story)
    return path


def make_running_pdf(directory: Path, pages: int = 4) -> Path:
    """Body text under a running header and a footer carrying "Page N of M"."""
    path = Path(directory) / "running.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        _lines(canvas, [f"Audit Committee – {n + 10} March 2024"], HEIGHT - 36, size=8)
        _lines(canvas, ["Example Borough Council"], 30, size=8)
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(WIDTH - LEFT, 30, f"Page {n} of {pages}")
        topic = TOPICS[(n - 1) % len(TOPICS)]
        y = _lines(canvas, _wrap(f"The report on {topic} was presented by the service lead. " + FILLER), TOP)
        _lines(canvas, _wrap(f"Questions on {topic} were answered. " + FILLER), y - LEADING)
        canvas.showPage()
    canvas.save()
    return path


def make_hyphen_pdf(directory: Path) -> Path:
    """A paragraph whose line ends split words and compounds with a hyphen."""
    path = Path(directory) / "hyphen.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    _lines(canvas, [
        "The committee considered the report on the organi-",
        "sation of services and the cross-",
        "border arrangements agreed for 2016-",
        "17. Members asked for a staff well-",
        "being update at the next meeting.",
    ], TOP)
    canvas.save()
    return path


def make_headings_pdf(directory: Path) -> Path:
    """A title, section headings in a larger bold font, and a bold body-size heading."""
    path = Path(directory) / "headings.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = _lines(canvas, ["Annual Governance Statement"], TOP, font="Helvetica-Bold", size=20)
    y = _lines(canvas, ["Scope of responsibility"], y - 16, font="Helvetica-Bold", size=14)
    y = _lines(canvas, _wrap(FILLER), y - 8)
    y = _lines(canvas, ["Key issues"], y - LEADING, font="Helvetica-Bold")
    y = _lines(canvas, _wrap(FILLER), y - 4)
    y = _lines(canvas, ["Review of effectiveness"], y - 16, font="Helvetica-Bold", size=14)
    _lines(canvas, _wrap(FILLER), y - 8)
    canvas.save()
    return path


def make_bullets_pdf(directory: Path) -> Path:
    """A lead-in, bullets with hanging indents (one wraps twice), a numbered list."""
    path = Path(directory) / "bullets.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = _lines(canvas, ["The panel agreed to:"], TOP)
    items = [
        ["note the report;"],
        ["ask the chief executive to report back on the waiting times for the",
         "housing service, including the figures for each district and the",
         "steps taken to reduce them;"],
        ["publish the minutes."],
    ]
    y -= 4
    for item in items:
        canvas.setFont("Helvetica", BODY)
        canvas.drawString(LEFT, y, "•")
        y = _lines(canvas, item, y, x=LEFT + 12)
    y = _lines(canvas, ["The following decisions were recorded:"], y - LEADING)
    y = _lines(canvas, ["1. The budget was approved without amendment."], y - 4)
    y = _lines(canvas, ["2. The fees and charges schedule was deferred until the next meeting",
                        "so that the consultation responses could be considered."], y)
    _lines(canvas, _wrap("The meeting closed at 8.15pm."), y - LEADING)
    canvas.save()
    return path


def make_two_column_pdf(directory: Path) -> Path:
    """A full-width heading over two columns of text."""
    path = Path(directory) / "columns.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = _lines(canvas, ["Community newsletter"], TOP, font="Helvetica-Bold", size=18)
    left = [f"Left column line {i} about parks." for i in range(1, 9)]
    right = [f"Right column line {i} about roads." for i in range(1, 9)]
    _lines(canvas, left, y - 12, x=LEFT)
    _lines(canvas, right, y - 12, x=WIDTH / 2 + 10)
    canvas.save()
    return path


def _grey_image(size: int) -> pdfdoc.PDFImageXObject:
    """An 8-bit grey gradient image XObject, built without PIL."""
    image = pdfdoc.PDFImageXObject("scan")
    image.width = image.height = size
    image.bitsPerComponent = 8
    image.colorSpace = "DeviceGray"
    image._filters = ("ASCIIHexDecode",)
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(size) for x in range(size))
    image.streamContent = pixels.hex() + ">"
    return image


def make_scanned_pdf(directory: Path, pages: int = 2, typed_first_page: bool = False) -> Path:
    """Pages that are one raster image each and carry no text at all; optionally
    a typed cover page first."""
    path = Path(directory) / ("partly_scanned.pdf" if typed_first_page else "scanned.pdf")
    canvas = Canvas(str(path), pagesize=A4)
    if typed_first_page:
        _lines(canvas, ["Appendix B: signed minutes (scanned)."], TOP)
        canvas.showPage()
    image = _grey_image(64)
    name = canvas._doc.getXObjectName("scan")
    canvas._setXObjects(image)
    canvas._doc.Reference(image, name)
    canvas._doc.addForm("scan", image)
    for _ in range(pages):
        canvas.saveState()
        canvas.translate(LEFT, 200)
        canvas.scale(WIDTH - 2 * LEFT, HEIGHT - 300)
        canvas._code.append(f"/{name} Do")
        canvas.restoreState()
        canvas._formsinuse.append("scan")
        canvas.showPage()
    canvas.save()
    return path


def make_encrypted_pdf(directory: Path) -> Path:
    """A PDF that needs a user password to open."""
    path = Path(directory) / "encrypted.pdf"
    canvas = Canvas(str(path), pagesize=A4, encrypt="letmein")
    _lines(canvas, ["Exempt report: not for publication."], TOP)
    canvas.save()
    return path


def make_long_pdf(directory: Path, pages: int = 200, table_every: int = 10) -> Path:
    """A long report for benchmarks: a heading every few pages, paragraphs, a gridded
    table every ``table_every`` pages and a "Page N of M" footer."""
    path = Path(directory) / f"long_{pages}.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        y = TOP
        if n % 5 == 1:
            y = _lines(canvas, [f"Part {n // 5 + 1}: {TOPICS[n % len(TOPICS)]}"], y, font="Helvetica-Bold", size=14) - 8
        for k in range(3 if n % table_every else 1):
            topic = TOPICS[(n + k) % len(TOPICS)]
            y = _lines(canvas, _wrap(f"Item {n}.{k + 1} covered {topic}. " + FILLER + " " + FILLER), y) - LEADING
        if n % table_every == 0:
            _draw_grid_table(canvas, y, [TABLE_HEADER] + [[f"A{n}.{i}", "Prepare a note", "Clerk", "1 May"]
                                                          for i in range(1, 11)])
        _lines(canvas, [f"Page {n} of {pages}"], 30, size=8)
        canvas.showPage()
    canvas.save()
    return path


def _draw_grid_table(canvas: Canvas, top: float, rows: list[list[str]]) -> None:
    widths, height = [50, 200, 100, 80], 16
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top - i * height for i in range(len(rows) + 1)]
    canvas.setLineWidth(0.5)
    canvas.grid(xs, ys)
    canvas.setFont("Helvetica", 9)
    for row, y in zip(rows, ys):
        for text, x in zip(row, xs):
            canvas.drawString(x + 3, y - 11, text)


def make_attendance_pdf(directory: Path) -> Path:
    """Minutes whose attendance sets names and roles side by side at tab stops."""
    path = Path(directory) / "attendance.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = _lines(canvas, ["Minutes of the meeting held on 4 March 2024"], TOP, font="Helvetica-Bold", size=14)
    y = _lines(canvas, ["Present:"], y - 10, font="Helvetica-Bold")
    people = [("Cllr A Smith (Chair)", "Example County Council"),
              ("Mrs B Jones", "Independent Member"),
              ("Mr C Patel", "Chief Finance Officer, OPCC"),
              ("Ms D Brown", "Head of Community Safety and Partnerships,")]
    canvas.setFont("Helvetica", BODY)
    for name, role in people:
        canvas.drawString(LEFT, y, name)
        canvas.drawString(LEFT + 200, y, role)
        y -= LEADING
    canvas.drawString(LEFT + 200, y, "Example District Council")
    y -= LEADING
    _lines(canvas, _wrap("1. Apologies were received from Cllr E Green. " + FILLER), y - LEADING)
    canvas.save()
    return path


def make_flush_bullets_pdf(directory: Path) -> Path:
    """Dash bullets whose wrapped lines go back to the margin, and a dash inside a sentence."""
    path = Path(directory) / "flush_bullets.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = _lines(canvas, [
        "Members raised the following points:",
        "– the timetable for the review of the community safety partnership",
        "arrangements was too short;",
        "– the budget should be published.",
        "The chair thanked officers for the report and the panel agreed the",
        "– revised – timetable.",
    ], TOP)
    _lines(canvas, ["Next meeting: 9 April 2024."], y - LEADING)
    canvas.save()
    return path
