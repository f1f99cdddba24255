"""Genre evaluation documents: small, invented governance papers in layouts the development set lacks.

Every body, place and person here is fictional (Northshire county, Kingsmere, Eastbrook Borough Council,
Westvale District Council, Riverside City Council ...). One function per document,
``make_<stem>(directory) -> Path``, writes ``<stem>.<ext>``; ``make_all(directory)`` writes them all.
Output is deterministic: fixed dates, no randomness, reportlab in invariant mode and DOCX zip entries
with fixed timestamps. The expected records for each document are hand-written in ``gold/<stem>.jsonl``.

Run as a script to write the documents into a folder: ``python -m tests.genre.make_genre OUT_DIR``.
"""

from __future__ import annotations

import html
import os
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

# Fixed modification time for every generated file (2025-06-01 00:00 UTC).
FIXED_MTIME = 1748736000


def _touch(path: Path) -> Path:
    os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return path


# --------------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# --------------------------------------------------------------------------------------------------

def _pdf_kit():
    from reportlab import rl_config

    rl_config.invariant = 1  # no creation timestamp or random document id: identical bytes every run
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("GTitle", parent=base["Title"], fontSize=16, leading=20, spaceAfter=6),
        "subtitle": ParagraphStyle("GSub", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=11,
                                   leading=14, alignment=TA_CENTER, spaceAfter=8),
        "h1": ParagraphStyle("GH1", parent=base["Heading1"], fontSize=14, leading=17, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("GH2", parent=base["Heading2"], fontSize=12, leading=15, spaceBefore=8, spaceAfter=3),
        "h3": ParagraphStyle("GH3", parent=base["Heading3"], fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
        "body": ParagraphStyle("GBody", parent=base["Normal"], fontSize=10, leading=13, spaceAfter=5),
        "bold": ParagraphStyle("GBold", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=10,
                               leading=13, spaceBefore=6, spaceAfter=3),
        "bullet": ParagraphStyle("GBullet", parent=base["Normal"], fontSize=10, leading=13, leftIndent=14,
                                 bulletIndent=4, spaceAfter=2),
        "cell": ParagraphStyle("GCell", parent=base["Normal"], fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("GCellB", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5),
        "small": ParagraphStyle("GSmall", parent=base["Normal"], fontSize=8, leading=10),
    }

    def numbered_canvas(footer: str):
        class NumberedCanvas(rl_canvas.Canvas):
            """Draws a running footer 'footer ... Page n of N' once the page count is known."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._saved_pages = []

            def showPage(self):
                self._saved_pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._saved_pages)
                for state in self._saved_pages:
                    self.__dict__.update(state)
                    self.setFont("Helvetica", 8)
                    self.setFillColor(colors.grey)
                    self.drawString(20 * mm, 12 * mm, footer)
                    self.drawRightString(190 * mm, 12 * mm, f"Page {self._pageNumber} of {total}")
                    super().showPage()
                super().save()

        return NumberedCanvas

    return {
        "colors": colors, "A4": A4, "mm": mm, "styles": styles, "numbered_canvas": numbered_canvas,
        "PageBreak": PageBreak, "Paragraph": Paragraph, "SimpleDocTemplate": SimpleDocTemplate,
        "Spacer": Spacer, "Table": Table, "TableStyle": TableStyle,
    }


class _Pdf:
    """A small story builder over reportlab platypus."""

    def __init__(self, path: Path, title: str, author: str, footer: str, compact: bool = False):
        self.k = _pdf_kit()
        self.path, self.title, self.author, self.footer = path, title, author, footer
        self.story = []
        self.s = self.k["styles"]
        if compact:  # smaller body text, so that a following table starts low on a page and splits
            for name in ("body", "bullet"):
                self.s[name].fontSize, self.s[name].leading, self.s[name].spaceAfter = 9, 11, 3
            self.s["h3"].spaceBefore = 4
            self.s["h2"].spaceBefore, self.s["h2"].spaceAfter = 4, 2

    def p(self, text: str, style: str = "body"):
        self.story.append(self.k["Paragraph"](escape(text), self.s[style]))

    def rich(self, markup: str, style: str = "body"):
        """A paragraph whose text carries reportlab mini-markup (<b>..</b>); the caller escapes."""
        self.story.append(self.k["Paragraph"](markup, self.s[style]))

    def bullets(self, items, bullet: str = "\u2022"):
        for item in items:
            self.story.append(self.k["Paragraph"](escape(item), self.s["bullet"], bulletText=bullet))

    def space(self, height_mm: float = 3):
        self.story.append(self.k["Spacer"](1, height_mm * self.k["mm"]))

    def page_break(self):
        self.story.append(self.k["PageBreak"]())

    def table(self, rows, widths_mm, header: bool = True, grid: bool = True, repeat: bool = True,
              spans=(), bold_first_col: bool = False, shade_rows=(), split_in_row: bool = False):
        """Rows of plain strings; cells wrap. ``spans`` are row indexes whose first cell spans the row."""
        k, mm = self.k, self.k["mm"]
        data = []
        for r, row in enumerate(rows):
            cells = []
            for c, text in enumerate(row):
                style = "cellb" if (header and r == 0) or (bold_first_col and c == 0) or r in spans else "cell"
                cells.append(k["Paragraph"](escape(text), self.s[style]) if text else "")
            data.append(cells)
        t = k["Table"](data, colWidths=[w * mm for w in widths_mm], repeatRows=1 if (header and repeat) else 0,
                       splitInRow=1 if split_in_row else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, k["colors"].black))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), k["colors"].HexColor("#D9E2F3")))
        for r in spans:
            cmds.append(("SPAN", (0, r), (-1, r)))
            cmds.append(("BACKGROUND", (0, r), (-1, r), k["colors"].HexColor("#EDEDED")))
        for r in shade_rows:
            cmds.append(("BACKGROUND", (0, r), (-1, r), k["colors"].HexColor("#F2F2F2")))
        t.setStyle(k["TableStyle"](cmds))
        self.story.append(t)

    def build(self) -> Path:
        mm = self.k["mm"]
        doc = self.k["SimpleDocTemplate"](
            str(self.path), pagesize=self.k["A4"], title=self.title, author=self.author,
            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=22 * mm)
        doc.build(self.story, canvasmaker=self.k["numbered_canvas"](self.footer))
        return _touch(self.path)


# --------------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# --------------------------------------------------------------------------------------------------

def _docx_new():
    import docx

    return docx.Document()


def _docx_cell_text(cell, text: str, bold: bool = False, style: str | None = None):
    """Replace a cell's first paragraph with text (optionally bold, optionally in a paragraph style)."""
    para = cell.paragraphs[0]
    if style:
        para.style = style
    run = para.add_run(text)
    run.bold = bold
    return para


def _docx_cell_list(cell, items, style: str = "List Bullet"):
    first = True
    for item in items:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        para.style = style
        para.add_run(item)
        first = False


def _docx_save(document, path: Path) -> Path:
    """Save, then rewrite the zip with fixed entry timestamps so the bytes never change between runs."""
    document.save(str(path))
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    return _touch(path)


def _docx_label_table(document, rows, widths_cm=(4.0, 12.0)):
    """A two-column label | content table; content is a string or a list (bulleted)."""
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, content in rows:
        cells = table.add_row().cells
        _docx_cell_text(cells[0], label, bold=True)
        if isinstance(content, (list, tuple)):
            _docx_cell_list(cells[1], content)
        else:
            _docx_cell_text(cells[1], content)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)
    return table


def _docx_grid_table(document, rows, widths_cm=None):
    """A grid table whose first row is a bold header; every cell a plain string."""
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            _docx_cell_text(cells[c], text, bold=(r == 0))
    if widths_cm:
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
    return table


# --------------------------------------------------------------------------------------------------
# HTML helper: a council-style page with cookie banner, header, nav, breadcrumbs and footer around <main>
# --------------------------------------------------------------------------------------------------

def _html_page(path: Path, *, site: str, title: str, nav, breadcrumbs, main: str, aside: str = "",
               footer_links=("Accessibility statement", "Cookies", "Privacy notice", "Contact us"),
               footer_note: str = "") -> Path:
    e = html.escape
    nav_html = "\n".join(f'        <li><a href="/{e(item.lower().replace(" ", "-"))}">{e(item)}</a></li>'
                         for item in nav)
    crumbs = " &rsaquo; ".join(f'<a href="#">{e(c)}</a>' for c in breadcrumbs[:-1])
    crumbs = f'{crumbs} &rsaquo; <span aria-current="page">{e(breadcrumbs[-1])}</span>'
    foot = " | ".join(f'<a href="#">{e(link)}</a>' for link in footer_links)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(site)}</title>
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <div class="cookie-banner" role="region" aria-label="Cookies on {e(site)}">
    <p>We use some essential cookies to make this website work. We would also like to set analytics
    cookies to understand how you use the site.</p>
    <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
    <a href="#">View cookies</a>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/">{e(site)}</a>
    <form class="site-search" action="/search"><label for="q">Search this site</label>
      <input id="q" name="q" type="search"><button type="submit">Search</button></form>
    <nav aria-label="Main menu">
      <ul>
{nav_html}
      </ul>
    </nav>
  </header>
  <div class="breadcrumbs">{crumbs}</div>
  <div class="page">
    <main id="main-content">
{main}
    </main>
    <aside class="related">
      <h2>Related links</h2>
{aside}
      <div class="share"><h2>Share this page</h2>
        <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    </aside>
  </div>
  <footer class="site-footer">
    <p>{foot}</p>
    <p>{e(footer_note)}</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return _touch(path)


# ==================================================================================================
# 1. PDF: Police and Crime Panel minutes (Present line, substitutes, two-column "In attendance",
#    numbered minutes 24/31.., RESOLVED, motion moved/seconded/carried, ACTION lines, running footer)
# ==================================================================================================

def make_northshire_pcp_minutes_2024_11(directory: Path) -> Path:
    path = Path(directory) / "northshire_pcp_minutes_2024_11.pdf"
    pdf = _Pdf(path, "Northshire Police and Crime Panel - Minutes 12 November 2024",
               "Northshire County Council", "Northshire Police and Crime Panel \u2013 12 November 2024")
    pdf.p("NORTHSHIRE POLICE AND CRIME PANEL", "title")
    pdf.p("DRAFT MINUTES \u2013 subject to approval at the next meeting", "subtitle")
    pdf.p("Minutes of the meeting held on Tuesday 12 November 2024 at 10.00 am in the Council Chamber, "
          "County Hall, Kingsmere")
    pdf.rich("<b>Present:</b> " + escape(
        "Cllr Margaret Oyelaran OBE (Chair), Cllr Peter Lindqvist (Vice-Chair), Cllr Hamid Rahman, "
        "Cllr Susan Pryce, Cllr Owen Thackeray, Mr Julian Fairweather (Independent Member) and "
        "Mrs Rosalind Achebe JP (Independent Member)"))
    pdf.rich("<b>Substitutes:</b> Cllr Helen Marsh for Cllr Robert Tate")
    pdf.rich("<b>In attendance:</b>")
    pdf.table([
        ["Deborah Okonkwo", "Police and Crime Commissioner"],
        ["Graham Whitfield", "Chief Executive, OPCC"],
        ["Anita Desai", "Chief Finance Officer, OPCC"],
        ["Marcus Hale QPM", "Chief Constable, Northshire Police"],
        ["Lucy Carrow", "Panel Support Officer, Northshire County Council"],
    ], [55, 100], header=False, grid=False)
    pdf.space(2)
    pdf.rich("<b>Apologies:</b> Cllr Robert Tate and Cllr Denise Fairclough")

    def minute(number, title, *paras):
        pdf.p(f"{number} {title}", "bold")
        for text in paras:
            pdf.p(text)

    minute("24/31", "Apologies and Substitutes",
           "Apologies were received from Cllr Robert Tate and Cllr Denise Fairclough. Cllr Helen Marsh "
           "attended as substitute for Cllr Tate.")
    minute("24/32", "Declarations of Interest", "There were no declarations of interest.")
    minute("24/33", "Minutes of the Previous Meeting",
           "RESOLVED that the minutes of the meeting held on 17 September 2024 be approved as a correct "
           "record and signed by the Chair.")
    minute("24/34", "Matters Arising",
           "Cllr Rahman asked whether the Commissioner had written to the Home Office about rural crime "
           "funding, as agreed at the last meeting. The Chief Executive confirmed that the letter had been "
           "sent on 2 October 2024 and that a reply was awaited.")
    minute("24/35", "Mid-Year Budget Monitoring Report 2024/25",
           "The Chief Finance Officer introduced the report, which forecast an underspend of \u00a31.2 million "
           "on the policing budget, largely from police staff vacancies. Cllr Lindqvist asked how the "
           "underspend would be used. The Commissioner said that she intended to transfer \u00a3800,000 to the "
           "capital reserve to fund the replacement of mobile data terminals. The Chief Constable added that "
           "recruitment to the contact centre had improved since September and that vacancies would fall "
           "by March.",
           "Mr Fairweather asked for a breakdown of overtime spend by command area.",
           "ACTION: Anita Desai to provide Panel members with a breakdown of overtime spend by command "
           "area by 13 December 2024.",
           "RESOLVED that the report be noted.")
    minute("24/36", "Police and Crime Plan Performance Report \u2013 Quarter 2",
           "The Commissioner presented the quarter 2 performance report. Burglary had fallen by 9% compared "
           "with the same period last year, but shoplifting had risen by 21%. Cllr Pryce asked what was "
           "being done about repeat shoplifting in Kingsmere town centre. The Chief Constable explained "
           "that a retail crime officer had been appointed in each district. Northshire Police will provide "
           "an update on the Kingsmere Retail Crime Partnership at the next meeting.",
           "Cllr Marsh welcomed the fall in burglary and asked that the Panel's thanks be passed to "
           "neighbourhood teams.",
           "RESOLVED that the report be noted.")
    minute("24/37", "Precept Consultation 2025/26",
           "The Chief Executive outlined the timetable for the precept consultation, which will run from "
           "2 December 2024 to 10 January 2025. Cllr Thackeray moved that the Panel respond formally to the "
           "consultation. Mrs Achebe seconded the motion, noting that the Panel had not responded in 2023. "
           "On being put to the vote the motion was carried.",
           "ACTION: Chair to draft the Panel's response and circulate it to members by 20 December 2024.")
    minute("24/38", "Date of Next Meeting",
           "Tuesday 4 February 2025 at 10.00 am, Council Chamber, County Hall, Kingsmere.")
    pdf.space(4)
    pdf.p("The meeting closed at 12.25 pm.")
    pdf.p("Minutes taken by Lucy Carrow, Panel Support Officer.")
    return pdf.build()


# ==================================================================================================
# 2. PDF: CSP executive minutes (attendee table Name | Role | Organisation with initials, Apologies
#    table, speakers by initials, ACTION lines with and without a year, 2pm, closing action-log table
#    Ref | Action | Owner | Due | Status running over a page break with its header repeated)
# ==================================================================================================

def make_eastbrook_csp_exec_2025_02(directory: Path) -> Path:
    path = Path(directory) / "eastbrook_csp_exec_2025_02.pdf"
    pdf = _Pdf(path, "Eastbrook Community Safety Partnership Executive Group - Minutes",
               "Eastbrook Borough Council", "Eastbrook CSP Executive Group \u2013 Minutes \u2013 OFFICIAL",
               compact=True)
    pdf.p("Eastbrook Community Safety Partnership Executive Group", "title")
    pdf.p("Minutes", "subtitle")
    pdf.table([
        ["Date:", "Wednesday 19 February 2025", "Time:", "2pm"],
        ["Venue:", "Committee Room 2, Eastbrook Civic Centre", "Chair:", "Janet Dunmore"],
        ["Minutes:", "Claire Osei", "", ""],
    ], [20, 75, 18, 57], header=False, grid=False, bold_first_col=True)
    pdf.p("Present", "h2")
    pdf.table([
        ["Name", "Role", "Organisation"],
        ["Janet Dunmore (JD)", "Head of Community Safety", "Eastbrook Borough Council"],
        ["Inspector Raj Bhatt (RB)", "Neighbourhood Policing Inspector", "Northshire Police"],
        ["Claire Osei (CO)", "Community Safety Manager", "Eastbrook Borough Council"],
        ["Daniel Whitmore (DW)", "Station Manager", "Northshire Fire and Rescue Service"],
        ["Sophie Kerr (SK)", "Senior Probation Officer", "Probation Service"],
        ["Aled Hughes (AH)", "Partnerships Officer", "Office of the Police and Crime Commissioner"],
        ["Bernadette Quinn (BQ)", "Tenancy Services Manager", "Eastbrook Homes"],
    ], [50, 55, 65])
    pdf.p("Apologies", "h2")
    pdf.table([
        ["Name", "Role", "Organisation"],
        ["Dr Nikhil Sharma", "Public Health Consultant", "Northshire County Council"],
        ["Cllr Yvonne Pritchard", "Cabinet Member for Communities", "Eastbrook Borough Council"],
    ], [50, 55, 65])

    def item(number, title, *paras):
        pdf.p(f"{number}. {title}", "h3")
        for text in paras:
            if text.startswith("ACTION:"):
                pdf.rich("<b>ACTION:</b>" + escape(text[len("ACTION:"):]))
            else:
                pdf.p(text)

    item(1, "Welcome, Introductions and Apologies",
         "JD welcomed members and introduced BQ, who has joined the group from Eastbrook Homes. Apologies "
         "were noted as above.")
    item(2, "Notes of the Last Meeting and Action Log",
         "The notes of the meeting held on 11 December 2024 were agreed as accurate. The action log was "
         "reviewed and updated (see Action Log below). CO confirmed that action 24/14 is complete.")
    item(3, "Anti-Social Behaviour Hotspots \u2013 Quarter 3",
         "RB reported that ASB incidents in Eastbrook town centre had fallen by 14% since the Public Spaces "
         "Protection Order was introduced in September. BQ said that Eastbrook Homes had seen a rise in "
         "reports of youth nuisance on the Millfield estate.",
         "ACTION: RB to share the Millfield hotspot map with BQ by 7 March 2025.")
    item(4, "Serious Violence Duty \u2013 Strategic Needs Assessment",
         "AH presented the draft strategic needs assessment, which identifies the night-time economy and the "
         "Millfield estate as priority locations. SK asked that probation caseload data be included before "
         "the assessment is finalised.",
         "ACTION: JD to circulate the report by 31 March.",
         "ACTION: SK to provide probation caseload data to AH by 14 March 2025.")
    item(5, "Safe and Well Visits",
         "DW reported that 212 safe and well visits had been completed since October, 40% of them following "
         "partner referrals. It was agreed that partners would use the new online referral form from "
         "1 March 2025.")
    item(6, "Any Other Business",
         "CO reminded members that the Eastbrook Safer Streets event takes place on 22 March 2025.")
    item(7, "Date of Next Meeting", "Wednesday 16 April 2025, 2pm, Committee Room 2, Eastbrook Civic Centre.")
    pdf.p("Action Log \u2013 actions from previous meetings", "h3")
    pdf.table([
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["24/09", "Agree funding for the town centre night marshals scheme", "JD", "30/11/2024", "Complete"],
        ["24/10", "Map locations of knife crime surrender bins", "RB", "31/12/2024", "Complete"],
        ["24/11", "Update the partnership risk register", "CO", "31/01/2025", "Closed"],
        ["24/12", "Produce a communications plan for the Safer Streets event", "CO", "31/01/2025", "Complete"],
        ["24/13", "Review CCTV coverage at Eastbrook bus station", "RB", "28/02/2025", "Ongoing"],
        ["24/14", "Circulate the revised information sharing agreement to all partners", "JD", "20/12/2024",
         "Complete"],
        ["24/15", "Arrange domestic abuse awareness training for housing staff", "BQ", "30/04/2025", "Open"],
        ["24/16", "Confirm fire service representation at the April meeting", "DW", "16/04/2025", "New"],
        ["24/17", "Report on reoffending rates for the integrated offender management cohort", "SK",
         "16/04/2025", "Carried forward"],
    ], [16, 86, 16, 24, 28])
    return pdf.build()


# ==================================================================================================
# 3. PDF: quarterly delivery-plan monitoring report to the Panel (cover block From/To/Date/Subject,
#    numbered paragraphs, next steps, appendix table Ref | Commitment | Activity | Progress update |
#    Oversight over two pages, merged theme rows, header repeated, a continuation row at the break)
# ==================================================================================================

def make_northshire_delivery_plan_q2(directory: Path) -> Path:
    path = Path(directory) / "northshire_delivery_plan_q2.pdf"
    pdf = _Pdf(path, "Police and Crime Plan Delivery - Quarter 2 Monitoring Report 2024/25",
               "Office of the Police and Crime Commissioner for Northshire",
               "Northshire Police and Crime Panel \u2013 4 February 2025 \u2013 Agenda item 6")
    pdf.p("NORTHSHIRE POLICE AND CRIME PANEL", "title")
    pdf.table([
        ["From:", "Deborah Okonkwo, Police and Crime Commissioner"],
        ["To:", "Northshire Police and Crime Panel"],
        ["Date:", "4 February 2025"],
        ["Subject:", "Police and Crime Plan Delivery \u2013 Quarter 2 Monitoring Report 2024/25"],
        ["Classification:", "OFFICIAL"],
    ], [35, 135], header=False, bold_first_col=True)
    pdf.p("1. Purpose of the report", "h2")
    pdf.p("1.1 This report provides the Panel with an update on delivery of the Police and Crime Plan during "
          "quarter 2 of 2024/25 (July to September 2024).")
    pdf.p("2. Recommendation", "h2")
    pdf.p("2.1 The Panel is asked to note the progress made against the Police and Crime Plan commitments set "
          "out in Appendix A.")
    pdf.p("3. Background", "h2")
    pdf.p("3.1 The delivery plan sets out the activity that the Commissioner, Northshire Police and partners "
          "will undertake to deliver each commitment. Progress is reviewed monthly by the OPCC and reported to "
          "the Panel each quarter.")
    pdf.p("3.2 Of the eight commitments reported this quarter, six are on track and two are behind schedule. "
          "Rural crime and the new Hollinbridge police station are covered in more detail in Appendix A.")
    pdf.p("4. Next steps", "h2")
    pdf.p("4.1 OPCC to publish the refreshed delivery plan on the Commissioner's website by 31 March 2025.")
    pdf.p("4.2 Northshire Police to report the results of the rural crime survey to the Panel by 30 June 2025.")
    pdf.p("5. Contact", "h2")
    pdf.p("Policy and Performance Team, Office of the Police and Crime Commissioner for Northshire.")
    pdf.space(6)
    pdf.p("Appendix A \u2013 Delivery Plan Monitoring, Quarter 2 2024/25", "h1")
    header = ["Ref", "Commitment", "Activity", "Progress update", "Oversight"]
    widths = [12, 38, 38, 50, 32]
    # As Word lays it out: the table runs over the page break with its header row repeated, and the long
    # 1.3 progress update continues overleaf in a row whose other cells are empty.
    pdf.table([
        header,
        ["Safer Neighbourhoods", "", "", "", ""],
        ["1.1", "Increase the number of neighbourhood officers in every district",
         "Recruit 40 additional neighbourhood officers and PCSOs by March 2025",
         "32 of the 40 posts have been filled. The remaining 8 officers complete their training in "
         "January 2025.", "Performance and Accountability Board"],
        ["1.2", "Tackle anti-social behaviour in town centres and on public transport",
         "Fund an ASB caseworker in each community safety partnership area",
         "Caseworkers are in post in Eastbrook, Westvale and Riverside. The Kingsmere post has been "
         "re-advertised after the first campaign did not appoint.", "Community Safety Partnership chairs' meeting"],
        ["1.3", "Reduce burglary and vehicle crime in rural communities",
         "Expand the Rural Crime Team and roll out Farm Watch across all districts",
         "The Rural Crime Team increased from 6 to 10 officers in July 2024. Farm Watch membership has "
         "grown to 1,140 members, with new schemes launched in Westvale and Hollinbridge.",
         "Rural Crime Strategic Group"],
    ], widths, spans=(1,))
    pdf.page_break()
    pdf.table([
        header,
        ["", "", "", "Theft of agricultural vehicles fell by 18% in the first half of the year. A rural crime "
         "survey will be repeated in spring 2025.", ""],
        ["Supporting Victims", "", "", "", ""],
        ["2.1", "Improve the service victims receive from first contact to the end of the criminal justice "
         "process", "Introduce a Victim Care Hub providing a single point of contact",
         "The Hub launched on 1 October 2024 and contacted 2,310 victims in its first month.",
         "Victims and Witnesses Board"],
        ["2.2", "Commission specialist support for victims of domestic abuse and sexual violence",
         "Re-tender the independent domestic violence advisor (IDVA) service",
         "Contract awarded to Northshire Women's Aid from 1 April 2025.", "Commissioning Board"],
        ["2.3", "Ensure the Victims' Code is complied with across all agencies",
         "Quarterly compliance audit of a sample of 100 crime files",
         "Compliance rose from 78% to 86% between quarters 1 and 2.", "Local Criminal Justice Board"],
        ["An Efficient and Effective Police Service", "", "", "", ""],
        ["3.1", "Reduce the time taken to answer 101 calls", "Introduce call-back and online reporting options",
         "The average 101 answer time has fallen to 4 minutes 10 seconds. Online chat has been live since "
         "August 2024.", "Performance and Accountability Board"],
        ["3.2", "Deliver the estates strategy within budget", "Complete the new Hollinbridge police station",
         "Building work is 60% complete and the station is expected to open in September 2025. This is "
         "three months later than planned.", "Performance and Accountability Board"],
    ], widths, spans=(2, 6))
    return pdf.build()


# ==================================================================================================
# 4. PDF: police and crime plan (foreword "I will", themes, objective headings with "We will:" lists,
#    Outcomes lists, challenges to the Chief Constable, a board section with Membership and Objectives)
# ==================================================================================================

def make_northshire_police_crime_plan(directory: Path) -> Path:
    path = Path(directory) / "northshire_police_crime_plan.pdf"
    pdf = _Pdf(path, "Northshire Police and Crime Plan 2025-2029",
               "Office of the Police and Crime Commissioner for Northshire",
               "Northshire Police and Crime Plan 2025\u20132029")
    pdf.p("Northshire Police and Crime Plan 2025\u20132029", "title")
    pdf.p("Safer Streets, Stronger Confidence", "subtitle")
    pdf.p("Foreword from the Police and Crime Commissioner", "h1")
    pdf.p("When I was elected as your Police and Crime Commissioner, I promised to put neighbourhood policing "
          "and victims at the heart of everything I do. This plan sets out how that promise will be kept over "
          "the next four years.")
    pdf.p("I will hold the Chief Constable to account in public for delivering this plan, and I will report "
          "on progress to the Police and Crime Panel every quarter.")
    pdf.p("Deborah Okonkwo, Police and Crime Commissioner for Northshire")
    pdf.p("Our vision", "h2")
    pdf.p("A county where people are safe, and feel safe, in their homes, on their streets and online.")
    pdf.p("Our values", "h2")
    pdf.bullets(["Listening to communities", "Fairness and respect", "Openness"])

    def objective(heading, pledges):
        pdf.p(heading, "h2")
        pdf.rich("<b>We will:</b>")
        pdf.bullets(pledges)

    pdf.p("Safer Streets", "h1")
    pdf.p("Neighbourhood crime and violence cause lasting harm. This priority is about stopping crime before "
          "it happens and bringing offenders to justice.")
    objective("Prevent crime before it happens", [
        "Expand the Safer Streets programme to every town centre in Northshire.",
        "Work with schools to deliver early intervention for young people at risk of exploitation.",
    ])
    objective("Tackle violence against women and girls", [
        "Increase the number of specialist investigators for rape and serious sexual offences.",
        "Fund Ask for Angela training for licensed premises across the county.",
        "Make sure every victim of stalking is offered an independent advocate.",
    ])
    pdf.p("Outcomes", "h2")
    pdf.bullets(["Fewer victims of neighbourhood crime.", "More women and girls feel safe in public spaces."])

    pdf.p("Confidence in Policing", "h1")
    pdf.p("People should be able to reach the police when they need them and trust them to act fairly.")
    objective("Be visible and accessible", [
        "Keep every police front counter in Northshire open at least five days a week.",
        "Publish contact details of the neighbourhood team for every ward.",
    ])
    objective("Treat people fairly", [
        "Set up an independent scrutiny panel for stop and search and use of force.",
        "Resolve complaints about the police within 60 working days.",
    ])
    pdf.p("Outcomes", "h2")
    pdf.bullets(["Increased public confidence in Northshire Police.", "Complaints resolved more quickly."])

    pdf.p("Value for Money", "h1")
    pdf.p("Every pound of the police budget must be spent well. I will ask the Chief Constable to:")
    pdf.bullets(["Reduce sickness absence among police officers and staff.",
                 "Make better use of technology to cut the time officers spend on paperwork."])
    pdf.p("Outcomes", "h2")
    pdf.bullets(["A balanced budget in every year of this plan."])

    pdf.p("Northshire Performance and Accountability Board", "h1")
    pdf.p("The Northshire Performance and Accountability Board (PAB) is the Commissioner's main forum for "
          "holding the Chief Constable to account. It is chaired by the Police and Crime Commissioner, meets "
          "monthly and publishes its minutes on the Commissioner's website.")
    pdf.p("Membership", "h2")
    pdf.bullets(["Police and Crime Commissioner (Chair)", "Chief Constable", "Deputy Chief Constable",
                 "Chief Executive, OPCC", "Chief Finance Officer, OPCC"])
    pdf.p("Objectives", "h2")
    pdf.bullets(["Scrutinise the performance of Northshire Police against this plan.",
                 "Agree the annual budget and the medium-term financial plan.",
                 "Review progress on recommendations from HMICFRS inspections."])
    pdf.p("Working with partners", "h1")
    pdf.p("The Northshire Local Criminal Justice Board (LCJB), chaired by the Police and Crime Commissioner, "
          "brings together criminal justice agencies to improve the experience of victims and witnesses. "
          "It meets quarterly.")
    pdf.p("Contact us", "h2")
    pdf.p("Office of the Police and Crime Commissioner for Northshire, County Hall, Kingsmere.")
    return pdf.build()


# ==================================================================================================
# 5. PDF: terms of reference as numbered headed sections (Purpose, Objectives, Membership with Chair /
#    Vice-chair / Secretariat, Quorum, "meets every six weeks", Reporting to a parent, Sub-groups,
#    document control table that is not a member list)
# ==================================================================================================

def make_westvale_dalpb_tor(directory: Path) -> Path:
    path = Path(directory) / "westvale_dalpb_tor.pdf"
    pdf = _Pdf(path, "Westvale Domestic Abuse Local Partnership Board - Terms of Reference",
               "Westvale District Council", "Westvale DALPB \u2013 Terms of Reference v1.1")
    pdf.p("Westvale Domestic Abuse Local Partnership Board", "title")
    pdf.p("Terms of Reference", "subtitle")
    pdf.p("Approved by the Board on 12 June 2024")
    pdf.p("1. Purpose", "h2")
    pdf.p("The Westvale Domestic Abuse Local Partnership Board (DALPB) leads the multi-agency response to "
          "domestic abuse in Westvale District. It makes sure that victims and their children receive "
          "consistent support and that perpetrators are held to account.")
    pdf.p("2. Objectives", "h2")
    pdf.bullets(["Agree and monitor the Westvale Domestic Abuse Strategy 2024\u20132027.",
                 "Commission and review safe accommodation services.",
                 "Oversee domestic homicide reviews and make sure that lessons are learned."])
    pdf.p("3. Membership", "h2")
    pdf.rich("<b>Chair:</b> Cllr Imogen Fairley, Portfolio Holder for Housing and Communities, Westvale "
             "District Council")
    pdf.rich("<b>Vice-chair:</b> Detective Superintendent Paul Okafor, Northshire Police")
    pdf.rich("<b>Secretariat:</b> Westvale District Council Community Safety Team")
    pdf.rich("<b>Members:</b>")
    pdf.bullets(["Westvale District Council \u2013 Head of Housing",
                 "Northshire County Council \u2013 Head of Children's Safeguarding",
                 "Probation Service",
                 "Northshire Integrated Care Board",
                 "Westvale Women's Refuge",
                 "Office of the Police and Crime Commissioner",
                 "Northshire Fire and Rescue Service"])
    pdf.p("Other agencies may be invited to attend for specific items.")
    pdf.p("4. Quorum", "h2")
    pdf.p("The Board is quorate when the Chair or Vice-chair and at least four member agencies are present.")
    pdf.p("5. Frequency", "h2")
    pdf.p("The Board meets every six weeks. Additional meetings may be called by the Chair.")
    pdf.p("6. Reporting", "h2")
    pdf.p("The Board is accountable to the Westvale Community Safety Partnership and reports to it after each "
          "meeting.")
    pdf.p("7. Sub-groups", "h2")
    pdf.bullets(["Safe Accommodation Working Group \u2013 meets monthly and reports to the Board.",
                 "Domestic Homicide Review Panel \u2013 convened as required to commission and oversee reviews."])
    pdf.p("8. Review", "h2")
    pdf.p("These terms of reference will be reviewed annually. Next review: June 2025.")
    pdf.p("Document control", "h2")
    pdf.table([
        ["Version", "Date", "Author", "Summary of changes"],
        ["1.0", "20/03/2023", "Kirsty Blake", "First version"],
        ["1.1", "12/06/2024", "Kirsty Blake", "Membership updated; frequency changed from quarterly to every "
                                              "six weeks"],
    ], [18, 25, 30, 97])
    return pdf.build()


# ==================================================================================================
# 16. PDF: partnership notes whose attendance is set in two columns side by side (Present | Apologies,
#     no rules), which plain text extraction interleaves line by line; unnumbered headed items; a person
#     named with rank and surname only later ("Insp Denholm", "Ms Whitlock"); "agreed to" actions
# ==================================================================================================

def make_kingsmere_town_centre_notes(directory: Path) -> Path:
    path = Path(directory) / "kingsmere_town_centre_notes.pdf"
    pdf = _Pdf(path, "Kingsmere Town Centre Safety Partnership - Notes 16 January 2025",
               "Kingsmere Town Centre Safety Partnership", "Kingsmere Town Centre Safety Partnership \u2013 Notes")
    k = pdf.k
    pdf.p("Kingsmere Town Centre Safety Partnership", "title")
    pdf.p("Notes of the meeting held on Thursday 16 January 2025 at 9.30 am in the Mayor's Parlour, "
          "Kingsmere Guildhall")
    small = pdf.s["body"]
    present = ["Cllr Rachel Ibbotson \u2013 Chair, Kingsmere Town Council",
               "Insp Mark Denholm \u2013 Town Centre Inspector, Northshire Police",
               "Zara Whitlock \u2013 BID Manager, Kingsmere Business Improvement District",
               "Tom Ashdown \u2013 Licensing Officer, Kingsmere Borough Council",
               "Grace Mensah \u2013 Coordinator, Kingsmere Street Pastors"]
    apologies = ["Paul Reyes \u2013 Kingsmere Shopping Centre",
                 "Dr Hannah Boyd \u2013 Emergency Consultant, Kingsmere General Hospital"]
    left = [k["Paragraph"]("<b>Present</b>", small)] + [k["Paragraph"](escape(t), small) for t in present]
    right = [k["Paragraph"]("<b>Apologies</b>", small)] + [k["Paragraph"](escape(t), small) for t in apologies]
    columns = k["Table"]([[left, right]], colWidths=[100 * k["mm"], 70 * k["mm"]])
    columns.setStyle(k["TableStyle"]([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    pdf.story.append(columns)
    pdf.space(3)
    pdf.p("Night-time economy", "h2")
    pdf.p("Insp Denholm reported that violent crime in the town centre between 10pm and 4am fell by 12% over "
          "Christmas and New Year. Grace Mensah said that Street Pastors had helped 64 vulnerable people in "
          "December. Tom Ashdown reported that two licence reviews are pending.")
    pdf.p("Shop theft", "h2")
    pdf.p("Ms Whitlock said that BID members reported 310 thefts in December, most of them by a small number "
          "of repeat offenders. Insp Denholm agreed to target the repeat offenders through the prolific "
          "offender scheme.")
    pdf.rich("<b>Action:</b> Insp Denholm to share shop theft hotspot data with the BID by 31 January.")
    pdf.p("Christmas review", "h2")
    pdf.p("The Chair thanked partners for their work over the festive period. It was agreed that Tom Ashdown "
          "will circulate a short review of the Christmas operation to all partners.")
    pdf.p("Any other business", "h2")
    pdf.p("None.")
    pdf.space(3)
    pdf.p("Next meeting: Thursday 20 March 2025, 9.30 am, Mayor's Parlour, Kingsmere Guildhall.")
    return pdf.build()


# ==================================================================================================
# 6. DOCX: terms of reference as one two-column label | content table (bulleted Objectives and
#    Membership inside cells, Chair / Vice-chair / Secretariat rows, "Monthly", parent board) plus a
#    document control table
# ==================================================================================================

def make_riverside_asb_group_tor(directory: Path) -> Path:
    path = Path(directory) / "riverside_asb_group_tor.docx"
    d = _docx_new()
    d.core_properties.title = "Anti-Social Behaviour Tactical Group - Terms of Reference"
    d.add_heading("Riverside Community Safety Partnership", level=1)
    d.add_heading("Anti-Social Behaviour Tactical Group \u2013 Terms of Reference", level=2)
    _docx_label_table(d, [
        ("Name of group", "Anti-Social Behaviour Tactical Group (ASBTG)"),
        ("Date agreed", "3 April 2025"),
        ("Purpose", "To coordinate the partnership response to persistent anti-social behaviour in Riverside, "
                    "agree action plans for high-risk cases and identify places that need joint action."),
        ("Objectives", ["Review every high-risk ASB case referred by partners.",
                        "Agree a lead agency and an action plan for each case.",
                        "Monitor the use of ASB tools and powers, including Community Protection Notices."]),
        ("Chair", "Sgt Leah Marriott, Riverside Neighbourhood Policing Team"),
        ("Vice-chair", "Housing Enforcement Manager, Riverside City Council"),
        ("Secretariat", "Riverside CSP Support Officer"),
        ("Membership", ["Riverside City Council \u2013 ASB Team Leader",
                        "Riverside City Council \u2013 Environmental Health Officer",
                        "Northshire Police \u2013 Riverside Neighbourhood Inspector",
                        "Riverside Housing Association",
                        "Northshire Fire and Rescue Service",
                        "Riverside Youth Justice Service",
                        "Victim Support"]),
        ("Quorum", "The Chair or Vice-chair and three member agencies."),
        ("Frequency", "Monthly, on the second Tuesday of the month."),
        ("Reporting", "Reports to the Riverside Community Safety Partnership Board each quarter."),
        ("Information sharing", "Under the Riverside Information Sharing Agreement (2023)."),
        ("Review date", "April 2026"),
    ])
    d.add_heading("Document control", level=2)
    _docx_grid_table(d, [
        ["Version", "Date", "Author", "Approved by"],
        ["1.0", "03/04/2025", "Mark Osborne", "Riverside CSP Board"],
    ])
    return _docx_save(d, path)


# ==================================================================================================
# 7. DOCX: terms of reference as headed sections (Heading styles, Word auto-numbered list of functions,
#    bulleted membership, "meets quarterly", sub-group of a parent group, review date but no issue date)
# ==================================================================================================

def make_eastbrook_hate_crime_forum_tor(directory: Path) -> Path:
    path = Path(directory) / "eastbrook_hate_crime_forum_tor.docx"
    d = _docx_new()
    d.core_properties.title = "Eastbrook Hate Crime Partnership Forum - Terms of Reference"
    d.add_heading("Eastbrook Hate Crime Partnership Forum", level=1)
    d.add_paragraph("Terms of Reference")
    d.add_heading("1. Aim", level=2)
    d.add_paragraph("To reduce hate crime in Eastbrook and to increase the confidence of victims and witnesses "
                    "to report it.")
    d.add_heading("2. Functions", level=2)
    d.add_paragraph("The Forum will:")
    for text in ["Share information on hate incidents and community tensions.",
                 "Promote third-party reporting centres across the borough.",
                 "Coordinate partner activity for National Hate Crime Awareness Week."]:
        d.add_paragraph(text, style="List Number")
    d.add_heading("3. Membership", level=2)
    for label, text in [("Chair: ", "Cllr Yvonne Pritchard, Cabinet Member for Communities"),
                        ("Vice-chair: ", "Rabbi Daniel Cohen, Eastbrook Interfaith Network"),
                        ("Secretariat: ", "Eastbrook Borough Council Community Safety Team")]:
        para = d.add_paragraph()
        para.add_run(label).bold = True
        para.add_run(text)
    d.add_paragraph("Members:")
    for text in ["Northshire Police \u2013 Hate Crime Coordinator",
                 "Eastbrook Borough Council \u2013 Equalities Officer",
                 "Stop Hate Northshire",
                 "Eastbrook College",
                 "Eastbrook Homes",
                 "Northshire Pride",
                 "Victim Support"]:
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("4. Quorum", level=2)
    d.add_paragraph("Five members, including the Chair or Vice-chair.")
    d.add_heading("5. Frequency of meetings", level=2)
    d.add_paragraph("The Forum meets quarterly. Extraordinary meetings may be called by the Chair following a "
                    "critical incident.")
    d.add_heading("6. Reporting", level=2)
    d.add_paragraph("The Forum is a sub-group of the Eastbrook Community Safety Partnership Executive Group and "
                    "reports to it twice a year.")
    d.add_heading("7. Review", level=2)
    d.add_paragraph("Review date: September 2025")
    return _docx_save(d, path)


# ==================================================================================================
# 8. DOCX: notes with an Item | Discussion | Action table (item numbers only in Word's automatic
#    numbering, initials in the Action column), attendance one person a line "Name (XX) Role, Org",
#    a header date without a year (the year comes from "Date of next meeting"), "2pm"
# ==================================================================================================

def make_westvale_tasking_notes(directory: Path) -> Path:
    path = Path(directory) / "westvale_tasking_notes.docx"
    d = _docx_new()
    d.core_properties.title = "Westvale Tasking and Coordination Group - Notes"
    d.add_heading("Westvale Tasking and Coordination Group", level=1)
    d.add_paragraph("Notes of meeting")
    for label, text in [("Date: ", "Thursday 6 March"), ("Time: ", "2pm"), ("Venue: ", "Microsoft Teams"),
                        ("Chair: ", "Kirsty Blake"), ("Notes: ", "Hannah Price")]:
        para = d.add_paragraph()
        para.add_run(label).bold = True
        para.add_run(text)
    d.add_heading("Present", level=2)
    for line in ["Kirsty Blake (KB) Community Safety Manager, Westvale District Council",
                 "Sgt Gareth Lloyd (GL) Neighbourhood Sergeant, Northshire Police",
                 "Hannah Price (HP) Anti-Social Behaviour Officer, Westvale District Council",
                 "Marek Nowak (MN) Youth Justice Practitioner, Northshire Youth Justice Service",
                 "Ellen Forsyth (EF) Neighbourhood Manager, Westvale Housing Trust",
                 "Colin Adebayo (CA) Community Safety Officer, Northshire Fire and Rescue Service"]:
        d.add_paragraph(line)
    d.add_heading("Apologies", level=2)
    d.add_paragraph("Jo Fenwick (JF) Licensing Manager, Westvale District Council")
    d.add_heading("Notes", level=2)
    from docx.shared import Cm

    rows = [
        ("Welcome and apologies", "KB welcomed everyone. Apologies were received from JF.", ""),
        ("Notes and actions from 23 January",
         "The notes were agreed. GL confirmed that the request for a CCTV camera on Station Road has been "
         "approved.", ""),
        ("Hotspot review \u2013 Westvale town centre",
         "GL reported a rise in youth-related ASB around the bus station on Friday evenings. MN said that two "
         "of the young people involved are known to the Youth Justice Service and will be offered diversionary "
         "activities. Agreed: GL to arrange joint patrols with HP on Friday evenings.", "GL"),
        ("Fly-tipping at Mill Lane",
         "EF reported repeated fly-tipping behind the Mill Lane flats. It was agreed that HP would check whether "
         "a Community Protection Warning can be issued to the landlord and report back by 20 March.", "HP"),
        ("Deliberate fires",
         "CA reported 14 deliberate grass fires in February, mostly on the Brookfield estate. The group agreed "
         "that CA will deliver fire safety sessions at Westvale Academy before the Easter holidays.", "CA"),
        ("Any other business", "None.", ""),
        ("Date of next meeting", "Thursday 17 April 2025, 2pm, Microsoft Teams.", ""),
    ]
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Item", "Discussion", "Action"]):
        _docx_cell_text(cell, text, bold=True)
    for title, discussion, action in rows:
        cells = table.add_row().cells
        _docx_cell_text(cells[0], title, style="List Number")  # the number lives only in numbering.xml
        _docx_cell_text(cells[1], discussion)
        if action:
            _docx_cell_text(cells[2], action, bold=True)
    for row in table.rows:
        for cell, width in zip(row.cells, (4.5, 10.0, 2.0)):
            cell.width = Cm(width)
    return _docx_save(d, path)


# ==================================================================================================
# 9. DOCX: report to the Panel with a cover block table (From / To / Date / Subject / Classification /
#    Recommendation), numbered paragraphs, "Next steps", and an appendix glossary table
#    Name | Purpose | Meets describing boards (one dissolved, one a sub group of another)
# ==================================================================================================

def make_northshire_governance_report(directory: Path) -> Path:
    path = Path(directory) / "northshire_governance_report.docx"
    d = _docx_new()
    d.core_properties.title = "Commissioner's Governance and Accountability Arrangements"
    d.add_paragraph("NORTHSHIRE POLICE AND CRIME PANEL").runs[0].bold = True
    _docx_label_table(d, [
        ("From", "Graham Whitfield, Chief Executive, Office of the Police and Crime Commissioner"),
        ("To", "Northshire Police and Crime Panel"),
        ("Date", "17 September 2024"),
        ("Subject", "Commissioner's Governance and Accountability Arrangements"),
        ("Classification", "OFFICIAL"),
        ("Recommendation", "The Panel is asked to note the governance arrangements set out in this report."),
    ])
    d.add_heading("Commissioner's Governance and Accountability Arrangements", level=1)
    d.add_heading("Introduction", level=2)
    d.add_paragraph("1. This report describes how the Police and Crime Commissioner holds the Chief Constable "
                    "to account and how the Commissioner's own decisions are scrutinised.")
    d.add_paragraph("2. The Commissioner published a revised Governance Framework in July 2024 following a "
                    "review by the OPCC.")
    d.add_heading("Meetings and boards", level=2)
    d.add_paragraph("3. The Commissioner's formal meetings and boards are summarised in the glossary at "
                    "Appendix A.")
    d.add_paragraph("4. Following the review, the Estates Board was dissolved on 31 July 2024 and its work "
                    "transferred to the Performance and Accountability Board.")
    d.add_heading("Next steps", level=2)
    d.add_paragraph("5. The OPCC Governance Manager will complete a review of the Joint Audit Committee terms "
                    "of reference by 31 December 2024.")
    d.add_heading("Appendix A \u2013 Glossary of meetings", level=1)
    _docx_grid_table(d, [
        ["Name", "Purpose", "Meets"],
        ["Performance and Accountability Board (PAB)",
         "The Commissioner's main meeting for holding the Chief Constable to account for force performance "
         "and delivery of the Police and Crime Plan. Chaired by the Commissioner.", "Monthly"],
        ["Joint Audit Committee (JAC)",
         "Independent committee advising the Commissioner and the Chief Constable on risk management, internal "
         "control and audit.", "Quarterly"],
        ["Northshire Local Criminal Justice Board (LCJB)",
         "Brings together criminal justice agencies to improve the efficiency of the local criminal justice "
         "system and the experience of victims and witnesses.", "Quarterly"],
        ["Victims and Witnesses Board",
         "A sub group of the LCJB focusing on compliance with the Victims' Code.", "Every two months"],
        ["Commissioning Board", "Approves grants and contracts funded by the Commissioner.", "Six times a year"],
        ["Estates Board", "Oversaw the force estates strategy until it was dissolved.", "Monthly (until July 2024)"],
        ["Weekly Commissioner and Chief Constable meeting", "Informal meeting to discuss current issues.",
         "Weekly"],
        ["Rural Crime Strategic Group", "Coordinates the partnership response to rural and wildlife crime.",
         "As required"],
    ], widths_cm=(5.0, 9.0, 3.0))
    return _docx_save(d, path)


# ==================================================================================================
# 15. DOCX: delivery-plan update to a CSP executive (landscape section, one wide table
#     Theme | Ref | Commitment | Action | Lead | Progress update | RAG | Oversight whose Theme cells are
#     merged vertically over their rows)
# ==================================================================================================

def make_eastbrook_csp_delivery_update(directory: Path) -> Path:
    path = Path(directory) / "eastbrook_csp_delivery_update.docx"
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = _docx_new()
    d.core_properties.title = "Partnership Plan Delivery Update - Quarter 3 2024/25"
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
    d.add_heading("Eastbrook Community Safety Partnership", level=1)
    d.add_heading("Partnership Plan 2024\u20132027: Delivery Plan Update \u2013 Quarter 3 2024/25", level=2)
    _docx_label_table(d, [
        ("Report to", "Eastbrook Community Safety Partnership Executive Group"),
        ("Date", "19 February 2025"),
        ("Author", "Claire Osei, Community Safety Manager"),
        ("Recommendation", "That the Executive Group notes progress against the delivery plan."),
    ], widths_cm=(4.0, 20.0))
    d.add_paragraph("")
    d.add_paragraph("The table below reports progress on each action in the partnership plan to the end of "
                    "December 2024. RAG ratings: Green on track, Amber at risk, Red off track.")
    themes = [
        ("Reducing anti-social behaviour", [
            ("ESP1.1", "Reduce repeat ASB victimisation",
             "Introduce a risk assessment for every ASB victim at first contact", "Claire Osei",
             "The risk assessment has been used by the council and police since November 2024. 87 high-risk "
             "victims have been referred for a case plan.", "Green", "CSP Executive Group"),
            ("ESP1.2", "Tackle youth nuisance on the Millfield estate",
             "Fund detached youth work on Friday and Saturday evenings", "Eastbrook Homes",
             "Youth workers started in January 2025. Reports of youth nuisance fell by 9% in January.", "Amber",
             "Millfield Neighbourhood Action Group"),
            ("ESP1.3", "Make Eastbrook town centre safer at night",
             "Extend the night marshals scheme to Sunday nights", "Janet Dunmore",
             "Funding was agreed in November 2024 and Sunday patrols begin in April 2025.", "Amber",
             "CSP Executive Group"),
        ]),
        ("Tackling domestic abuse", [
            ("ESP2.1", "Improve early identification of domestic abuse",
             "Train 200 front-line housing and council staff in domestic abuse awareness", "Bernadette Quinn",
             "134 staff have been trained. Further sessions are booked for March 2025.", "Amber",
             "Eastbrook Domestic Abuse Forum"),
            ("ESP2.2", "Provide safe accommodation for victims and their children",
             "Commission four additional units of dispersed safe accommodation", "Eastbrook Borough Council",
             "Two units are open. The remaining two will open by June 2025, six months later than planned.", "Red",
             "Eastbrook Domestic Abuse Forum"),
        ]),
        ("Reducing serious violence", [
            ("ESP3.1", "Deliver the Serious Violence Duty locally",
             "Complete the strategic needs assessment and response strategy", "Aled Hughes",
             "The draft needs assessment was presented to the Executive Group in February 2025.", "Green",
             "Northshire Violence Reduction Partnership"),
            ("ESP3.2", "Reduce knife crime among young people",
             "Deliver knife crime education sessions in every secondary school", "Northshire Police",
             "Sessions have been delivered in 6 of the 8 secondary schools.", "Green", "CSP Executive Group"),
        ]),
    ]
    header = ["Theme", "Ref", "Commitment", "Action", "Lead", "Progress update", "RAG", "Oversight"]
    widths = (2.6, 1.6, 3.6, 3.8, 2.6, 6.2, 1.4, 3.0)
    table = d.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        _docx_cell_text(cell, text, bold=True)
    for theme, rows in themes:
        first = len(table.rows)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells[1:], row):
                _docx_cell_text(cell, text)
        merged = table.cell(first, 0).merge(table.cell(len(table.rows) - 1, 0))
        _docx_cell_text(merged, theme, bold=True)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    return _docx_save(d, path)


# ==================================================================================================
# 10. HTML: a CSP web page describing its boards in prose (chaired by, sub group of, meets quarterly /
#     every two months, was dissolved on ...) with a member list, inside full site chrome
# ==================================================================================================

def make_riverside_csp_governance(directory: Path) -> Path:
    path = Path(directory) / "riverside_csp_governance.html"
    main = """      <h1>How the partnership is governed</h1>
      <p>Riverside Community Safety Partnership (CSP) brings together the organisations that have a legal duty
      to work together to reduce crime and disorder in Riverside.</p>
      <h2>Riverside Community Safety Partnership Board</h2>
      <p>The Board sets the partnership&#8217;s three-year strategy and agrees an annual plan. It is chaired by
      the Leader of Riverside City Council and meets quarterly. Its members are:</p>
      <ul>
        <li>Riverside City Council</li>
        <li>Northshire Police</li>
        <li>Northshire Fire and Rescue Service</li>
        <li>Northshire Integrated Care Board</li>
        <li>Probation Service &#8211; Riverside Delivery Unit</li>
        <li>Office of the Police and Crime Commissioner</li>
      </ul>
      <h2>Riverside Serious Violence Group</h2>
      <p>The Riverside Serious Violence Group is a sub group of the Community Safety Partnership Board. It was
      set up in January 2023 to deliver the Serious Violence Duty in Riverside. The group is chaired by
      Detective Chief Inspector Amy Thornton of Northshire Police and meets every two months. Its members
      include the Riverside Youth Justice Service, Riverside City Council Public Health and Riverside
      College.</p>
      <h2>Reducing Reoffending Group</h2>
      <p>The Reducing Reoffending Group met monthly from 2019 to oversee integrated offender management in
      Riverside. It was dissolved on 31 March 2024 and its work now sits with the Northshire Reducing
      Reoffending Board.</p>
      <h2>Meeting papers</h2>
      <p>Agendas and minutes of Board meetings are published on our <a href="/meetings">meetings page</a>.</p>"""
    aside = """      <ul>
        <li><a href="#">Riverside Community Safety Strategy 2024&#8211;2027</a></li>
        <li><a href="#">Report anti-social behaviour</a></li>
        <li><a href="#">Domestic abuse support</a></li>
      </ul>"""
    return _html_page(path, site="Riverside Community Safety Partnership", title="How the partnership is governed",
                      nav=["Home", "About us", "Our priorities", "Meetings", "Get help", "Contact"],
                      breadcrumbs=["Home", "About us", "Governance"], main=main, aside=aside,
                      footer_note="\u00a9 Riverside Community Safety Partnership 2025. Hosted by Riverside City "
                                  "Council, Town Hall, Riverside.")


# ==================================================================================================
# 11. HTML: council committee minutes: "Present: Councillors A, B (Vice-Chairman) ...", "Also present",
#     "Officers", numbered minutes 25/12.. whose headings run into their paragraphs, RESOLVED, a motion
#     moved / seconded / carried, 7.00 pm
# ==================================================================================================

def make_eastbrook_scrutiny_minutes(directory: Path) -> Path:
    path = Path(directory) / "eastbrook_scrutiny_minutes.html"
    minutes = [
        ("25/12", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor Kate Moreno."]),
        ("25/13", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        ("25/14", "MINUTES", ["RESOLVED: That the minutes of the meeting held on 9 January 2025 be approved as a "
                              "correct record and signed by the Chairman."]),
        ("25/15", "MATTERS ARISING", ["The Democratic Services Officer reported that the response from Eastbrook "
                                      "Homes about CCTV in communal areas had been circulated to members on "
                                      "3 February 2025."]),
        ("25/16", "POLICE AND CRIME COMMISSIONER \u2013 CRIME AND DISORDER SCRUTINY", [
            "The Commissioner gave a presentation on the Police and Crime Plan 2025\u20132029 and what it would "
            "mean for Eastbrook.",
            "Councillor Siddiqui asked how the Victim Care Hub would reach residents who do not speak English. "
            "The Commissioner said that the Hub offered interpreting in 40 languages.",
            "Superintendent Harlow reported that neighbourhood crime in Eastbrook had fallen by 7% over the year "
            "and that the front counter at Eastbrook police station would stay open on weekdays.",
            "Councillor O'Rourke moved that the Committee write to the Commissioner supporting the retention of "
            "the Eastbrook police front counter. Councillor Llewellyn seconded the motion, saying that it was the "
            "only police front counter left in the borough. On being put to the vote, the motion was carried "
            "unanimously.",
            "RESOLVED: (1) That the presentation be noted. (2) That the Chairman write to the Commissioner "
            "supporting the retention of the Eastbrook police front counter."]),
        ("25/17", "COMMUNITY SAFETY PARTNERSHIP ANNUAL REPORT 2024", [
            "The Community Safety Manager presented the partnership's annual report. Councillor Gill asked that "
            "future reports include crime data by ward. The Community Safety Manager will include ward-level "
            "data in the next annual report.",
            "RESOLVED: That the annual report be noted."]),
        ("25/18", "WORK PROGRAMME", ["RESOLVED: That the work programme for 2025/26 be agreed, with an item on "
                                     "e-scooters added for the July meeting."]),
    ]
    e = html.escape
    body = []
    for number, title, paras in minutes:
        # The heading runs into the first paragraph, as on many council minute pages.
        body.append(f"      <p><strong>{e(number)} {e(title)}</strong> {e(paras[0])}</p>")
        body.extend(f"      <p>{e(text)}</p>" for text in paras[1:])
    main = f"""      <h1>Community and Scrutiny Committee</h1>
      <p>Minutes of a meeting held at the Civic Centre, Eastbrook on Monday 10 February 2025 at 7.00 pm</p>
      <p><strong>Present:</strong> Councillors Ian Baxter (Chairman), Farah Siddiqui (Vice-Chairman),
      Tom O&#x27;Rourke, Gwen Llewellyn MBE and Sandeep Gill.</p>
      <p><strong>Also present:</strong> Deborah Okonkwo (Police and Crime Commissioner for Northshire) and
      Superintendent Nadia Harlow (Eastbrook Local Policing Commander, Northshire Police).</p>
      <p><strong>Officers:</strong> Claire Osei (Community Safety Manager) and Martin Greaves (Democratic
      Services Officer).</p>
{chr(10).join(body)}
      <p>Date of next meeting: Monday 14 April 2025 at 7.00 pm.</p>
      <p>The meeting ended at 8.40 pm.</p>
      <p>Chairman</p>"""
    aside = """      <ul>
        <li><a href="#">Agenda and reports pack (PDF)</a></li>
        <li><a href="#">Committee membership</a></li>
        <li><a href="#">Watch the webcast</a></li>
      </ul>"""
    return _html_page(path, site="Eastbrook Borough Council",
                      title="Minutes - Community and Scrutiny Committee, Monday 10 February 2025",
                      nav=["Bins and recycling", "Council tax", "Housing", "Planning", "Councillors and committees"],
                      breadcrumbs=["Home", "Councillors and committees", "Meetings", "Community and Scrutiny "
                                   "Committee", "10 February 2025"],
                      main=main, aside=aside, footer_note="Eastbrook Borough Council, Civic Centre, Eastbrook. "
                                                          "Telephone 01632 960000.")


# ==================================================================================================
# 12. HTML: a Commissioner's holding-to-account meeting: header lines "Date: 14/01/25 Time: 14:00pm",
#     theme line, attendance one person a line "Name – Role (ABBR)", speakers by role abbreviation
#     ("The DCC said"), "The Force will provide an update at the next meeting", "ACTION:" line,
#     "It was agreed that the Secretariat would ...", next meeting with a theme
# ==================================================================================================

def make_northshire_pab_minutes_2025_01(directory: Path) -> Path:
    path = Path(directory) / "northshire_pab_minutes_2025_01.html"
    main = """      <h1>Performance and Accountability Board</h1>
      <p><strong>Theme:</strong> Serious Violence and Knife Crime</p>
      <p>Date: 14/01/25 &nbsp; Time: 14:00pm</p>
      <p>Venue: Northshire Police Headquarters, Kingsmere</p>
      <p>Chair: Deborah Okonkwo, Police and Crime Commissioner</p>
      <p>Minutes: Priya Shah, Governance Officer, OPCC</p>
      <h2>Attendees</h2>
      <ul>
        <li>Deborah Okonkwo &#8211; Police and Crime Commissioner (PCC)</li>
        <li>Graham Whitfield &#8211; Chief Executive, OPCC (CEO)</li>
        <li>Priya Shah &#8211; Governance Officer, OPCC</li>
        <li>Marcus Hale &#8211; Chief Constable (CC)</li>
        <li>Fiona Brennan &#8211; Deputy Chief Constable (DCC)</li>
        <li>Tom Ridley &#8211; Assistant Chief Constable (ACC)</li>
        <li>Carl Jennings &#8211; Head of Serious Violence Reduction, Northshire Police</li>
      </ul>
      <h2>Apologies</h2>
      <ul>
        <li>Anita Desai &#8211; Chief Finance Officer, OPCC (CFO)</li>
      </ul>
      <h2>1. Welcome and apologies</h2>
      <p>The PCC welcomed attendees. Apologies were received from the CFO.</p>
      <h2>2. Actions from the previous meeting</h2>
      <p>All actions from the meeting on 10 December 2024 were confirmed as complete.</p>
      <h2>3. Serious violence and knife crime</h2>
      <p>The CC introduced the force&#8217;s serious violence report. Knife crime offences had fallen by 11% in
      the year to December 2024.</p>
      <p>The PCC asked how the force was using its Serious Violence Duty funding. The DCC said that most of the
      funding had been used for hospital-based youth workers at Kingsmere General Hospital. Carl Jennings added
      that 46 young people had been referred to the programme since September.</p>
      <p>The PCC asked for evidence that the programme was reducing repeat attendance at A&amp;E. The Force will
      provide an update at the next meeting on the evaluation of the hospital youth worker programme.</p>
      <h2>4. Stop and search</h2>
      <p>The ACC reported that 38% of searches in the last quarter had found an item or led to an arrest. The
      CEO asked whether body-worn video was reviewed for every search of a young person. The ACC confirmed that
      a 10% sample of searches is reviewed each month.</p>
      <p><strong>ACTION:</strong> ACC to circulate the stop and search dip-sample results to the OPCC by
      31 January.</p>
      <p>It was agreed that the Secretariat would invite the chair of the Independent Scrutiny Panel to the next
      stop and search item.</p>
      <h2>5. Any other business</h2>
      <p>The CC informed the PCC that HMICFRS will inspect the force&#8217;s response to serious violence in
      May 2025.</p>
      <h2>6. Date of next meeting</h2>
      <p>11/02/25, 14:00, Northshire Police Headquarters &#8211; Theme: Neighbourhood Policing</p>"""
    aside = """      <ul>
        <li><a href="#">Performance and Accountability Board papers</a></li>
        <li><a href="#">Police and Crime Plan 2025&#8211;2029</a></li>
        <li><a href="#">Decisions log</a></li>
      </ul>"""
    return _html_page(path, site="Northshire Police and Crime Commissioner",
                      title="Performance and Accountability Board - 14 January 2025",
                      nav=["Home", "About the Commissioner", "Police and Crime Plan", "Transparency",
                           "Meetings and decisions", "Get involved"],
                      breadcrumbs=["Home", "Transparency", "Meetings and decisions",
                                   "Performance and Accountability Board 14 January 2025"],
                      main=main, aside=aside,
                      footer_note="Office of the Police and Crime Commissioner for Northshire, Northshire Police "
                                  "Headquarters, Kingsmere. In an emergency always call 999.")


# ==================================================================================================
# 13. Markdown: partnership steering group notes with pipe tables Name | Role | Organisation under
#     Present / Virtual / In attendance / Apologies, honorifics (Professor, Dr, Dame), "the DCC" used
#     without being defined, "**Action:**" lines, "It was agreed that the Programme Manager will ..."
# ==================================================================================================

NORTHSHIRE_VRP_NOTES = """# Northshire Violence Reduction Partnership \u2013 Steering Group

**Notes of meeting:** Wednesday 22 January 2025, 9.30 am, Room 4, Kingsmere Fire Station

**Chair:** Professor Alan Mercer

## Attendance

### Present

| Name | Role | Organisation |
|------|------|--------------|
| Professor Alan Mercer | Independent Chair | Northshire Violence Reduction Partnership |
| Fiona Brennan | Deputy Chief Constable | Northshire Police |
| Dr Ruth Okafor | Director of Public Health | Northshire County Council |
| Sean Gallagher | Head of Youth Justice | Northshire Youth Justice Service |
| Lisa Tran | Head of Community Safety | Riverside City Council |

### Virtual

| Name | Role | Organisation |
|------|------|--------------|
| Mohammed Iqbal | Assistant Director, Education | Northshire County Council |

### In attendance

| Name | Role | Organisation |
|------|------|--------------|
| Beth Holloway | VRP Programme Manager | Office of the Police and Crime Commissioner |
| Jacob Reid | Data Analyst | Office of the Police and Crime Commissioner |

### Apologies

| Name | Role | Organisation |
|------|------|--------------|
| Dame Patricia Wong | Chief Executive | Northshire Integrated Care Board |
| Simon Akhtar | Regional Head of Probation | Probation Service |

## 1. Welcome and introductions

The Chair welcomed Mohammed Iqbal, who was attending for the first time.

## 2. Response strategy refresh

Beth Holloway presented the draft Response Strategy 2025\u20132028. Dr Okafor asked that alcohol-related
violence in the night-time economy be added as a priority. The DCC supported this and noted that 31% of
violent offences in Kingsmere town centre happen between 10pm and 3am.

**Action:** Beth Holloway to add night-time economy violence to the strategy and recirculate it by
14 February 2025.

## 3. Data sharing

Jacob Reid reported that A&E attendance data from Kingsmere General Hospital is now received weekly.
Mohammed Iqbal said that school exclusion data could be shared once a data sharing agreement is in place.

**Action:** Jacob Reid to draft an education data sharing agreement with Mohammed Iqbal by 31 March 2025.

## 4. Funding 2025/26

The Chair reported that the Home Office grant for 2025/26 is \u00a31.38 million, a reduction of 4%. Sean
Gallagher asked that youth diversion funding be protected. It was agreed that the Programme Manager will
bring options for a reduced budget to the February meeting.

## 5. Date of next meeting

Wednesday 26 February 2025, 9.30 am, Room 4, Kingsmere Fire Station.
"""


def make_northshire_vrp_steering_notes(directory: Path) -> Path:
    path = Path(directory) / "northshire_vrp_steering_notes.md"
    path.write_text(NORTHSHIRE_VRP_NOTES, encoding="utf-8")
    return _touch(path)


# ==================================================================================================
# 14. Plain text: audit committee minutes with tab-separated attendance (Name<TAB>Role<TAB>Organisation),
#     post-nominals (FCA), upper-case numbered headings, "Action – Clerk" lines after the text they
#     refer to, "Action – Chief Executive to ..." lines, "It was agreed that ... would ..."
# ==================================================================================================

NORTHSHIRE_JAC_MINUTES = """NORTHSHIRE JOINT AUDIT COMMITTEE

MINUTES OF THE MEETING HELD ON THURSDAY 5 DECEMBER 2024

Time: 14:00
Venue: Committee Room 1, Northshire Police Headquarters, Kingsmere
Minute taker: Martha Quill

MEMBERS PRESENT
Richard Ashworth FCA\tChair
Gillian Moss\tIndependent Member
Dr Kwame Asante\tIndependent Member

IN ATTENDANCE
Anita Desai\tChief Finance Officer\tOffice of the Police and Crime Commissioner
Graham Whitfield\tChief Executive\tOffice of the Police and Crime Commissioner
Helen Strachan\tDirector of Finance\tNorthshire Police
Owen Pike\tInternal Audit Manager\tSouthern Shires Audit Partnership
Nicola Hart\tEngagement Lead\tBrightwater Audit LLP
Martha Quill\tClerk to the Committee\tOffice of the Police and Crime Commissioner

APOLOGIES
Sarah Lindgren\tIndependent Member

1. APOLOGIES AND DECLARATIONS OF INTEREST
Apologies were received from Sarah Lindgren. No interests were declared.

2. MINUTES OF THE MEETING HELD ON 19 SEPTEMBER 2024
The minutes were approved as a correct record. The approved minutes will be published on the OPCC website.
Action \u2013 Clerk

3. INTERNAL AUDIT PROGRESS REPORT
Owen Pike presented the progress report. Four of the eleven planned audits for 2024/25 were complete, and
the audit of vehicle fleet management had received limited assurance. Dr Asante asked why the fleet audit
had not been escalated sooner. The Director of Finance explained that the fleet management system was being
replaced in 2025. It was agreed that the Director of Finance would present the fleet management action plan
to the March meeting.
Action \u2013 Director of Finance

4. EXTERNAL AUDIT ANNUAL REPORT 2023/24
Nicola Hart reported that Brightwater Audit expected to issue unqualified opinions on the 2023/24
statements of accounts of both the Commissioner and the Chief Constable. The Chief Finance Officer thanked
the finance teams for meeting the publication deadline.

5. STRATEGIC RISK REGISTERS
The Chief Executive presented the OPCC strategic risk register. The Chair asked that the risk on the
precept referendum limit be rated red.
Action \u2013 Chief Executive to update the risk rating and recirculate the register by 20 December 2024

6. DATE OF NEXT MEETING
Thursday 13 March 2025 at 14:00.
"""


def make_northshire_jac_minutes_2024_12(directory: Path) -> Path:
    path = Path(directory) / "northshire_jac_minutes_2024_12.txt"
    path.write_text(NORTHSHIRE_JAC_MINUTES, encoding="utf-8")
    return _touch(path)


# --------------------------------------------------------------------------------------------------

MAKERS = [
    make_northshire_pcp_minutes_2024_11,
    make_eastbrook_csp_exec_2025_02,
    make_northshire_delivery_plan_q2,
    make_northshire_police_crime_plan,
    make_westvale_dalpb_tor,
    make_riverside_asb_group_tor,
    make_eastbrook_hate_crime_forum_tor,
    make_westvale_tasking_notes,
    make_northshire_governance_report,
    make_riverside_csp_governance,
    make_eastbrook_scrutiny_minutes,
    make_northshire_pab_minutes_2025_01,
    make_northshire_vrp_steering_notes,
    make_northshire_jac_minutes_2024_12,
    make_eastbrook_csp_delivery_update,
    make_kingsmere_town_centre_notes,
]


def make_all(directory) -> list[Path]:
    """Write every genre document into ``directory`` (created if missing); return their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    return [make(directory) for make in MAKERS]


if __name__ == "__main__":  # pragma: no cover
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "genre-docs")
    for p in make_all(out):
        print(p)
