#!/usr/bin/env python3
"""Generate the blind evaluation documents for scrutiny.

usage: make_blind.py [OUTDIR]      (default: docs/ beside this file)

One function per document; each writes <stem>.<ext> into the directory it is given.
All bodies, people and places are fictional (Southmoor, Northwold, Ashfield, Ravensford ...).
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

# ----------------------------------------------------------------------------------------------
# PDF helpers

_SS = getSampleStyleSheet()
_FONT, _FONTB, _FONTI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
try:  # an embedded TrueType font, so bullets and dashes extract as Unicode
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    _D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("Sans", _D + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("Sans-Bold", _D + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Sans-Oblique", _D + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("Sans-BoldOblique", _D + "DejaVuSans-BoldOblique.ttf"))
    addMapping("Sans", 0, 0, "Sans")
    addMapping("Sans", 1, 0, "Sans-Bold")
    addMapping("Sans", 0, 1, "Sans-Oblique")
    addMapping("Sans", 1, 1, "Sans-BoldOblique")
    _FONT, _FONTB, _FONTI = "Sans", "Sans-Bold", "Sans-Oblique"
except Exception:  # pragma: no cover - fonts missing
    pass
BODY = ParagraphStyle("body", parent=_SS["Normal"], fontName=_FONT, fontSize=10, leading=13,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName=_FONTB)
H1 = ParagraphStyle("h1", parent=BODY, fontName=_FONTB, fontSize=15, leading=19, spaceAfter=8)
H1C = ParagraphStyle("h1c", parent=H1, alignment=TA_CENTER)
H2 = ParagraphStyle("h2", parent=BODY, fontName=_FONTB, fontSize=12, leading=15, spaceBefore=8,
                    spaceAfter=5)
H3 = ParagraphStyle("h3", parent=BODY, fontName=_FONTB, fontSize=10.5, leading=13, spaceBefore=6,
                    spaceAfter=3)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3, bulletFontName=_FONT)
IND = ParagraphStyle("ind", parent=BODY, leftIndent=22, firstLineIndent=-22)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL):
    return [Paragraph(t, style, bulletText="\u2022") for t in items]


def _pdf(path, story, header="", footer="", title="", author=""):
    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(_FONT, 8)
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{footer}  Page {doc.page}".strip())
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author=author)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def grid_table(rows, widths, header=True, style=CELL, repeat=1, extra=()):
    data = [[c if not isinstance(c, str) else Paragraph(c, CELLB if (header and i == 0) else style)
             for c in row] for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def plain_table(rows, widths, style=BODY):
    data = [[Paragraph(c, style) if isinstance(c, str) else c for c in row] for row in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


# ----------------------------------------------------------------------------------------------
# DOCX helpers

def _docx_base():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return d


def _set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cell_text(cell, text, bold=False, style=None):
    """Write text (lines separated by \n become paragraphs) into a table cell."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    if style:
        p.style = style
    r = p.add_run(lines[0])
    r.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph(style=style)
        r = p.add_run(line)
        r.bold = bold


# ==============================================================================================
# 1. Police and Crime Panel minutes (PDF)

def doc_pcp_minutes(outdir):
    stem = "blind01_southmoor_pcp_minutes_2024-09"
    s = []
    s.append(P("SOUTHMOOR POLICE AND CRIME PANEL", H1C))
    s.append(P("MINUTES of a meeting of the Southmoor Police and Crime Panel held in the Council Chamber, "
               "County Hall, Ravensford on Tuesday, 17 September 2024 at 10.30 am."))
    s.append(P("<b>Members present:</b>"))
    members = [
        ("Councillor Peter Lydgate (Chair)", "Ashfield District Council"),
        ("Councillor Mrs Janet Orme (Vice-Chair)", "Kestrel Vale Borough Council"),
        ("Councillor Tariq Hussain", "Harrowby City Council"),
        ("Councillor David Penhaligon", "Westcombe District Council"),
        ("Councillor Sue Fairbrother", "Southmoor County Council"),
        ("Councillor Ben Ashcroft", "Southmoor County Council"),
        ("Mrs Elaine Chadwick", "Independent Co-opted Member"),
        ("Mr Robert Kaye", "Independent Co-opted Member"),
    ]
    s.append(plain_table(members, [80 * mm, 80 * mm], SMALL))
    s.append(Spacer(1, 4))
    s.append(P("<b>Also in attendance:</b> Marcus Thornley (Police and Crime Commissioner), Gareth Pryce "
               "(Chief Executive, Office of the Police and Crime Commissioner), Louise Kendrick (Chief Finance "
               "Officer, Office of the Police and Crime Commissioner), Assistant Chief Constable Liam Rees "
               "(Southmoor Police), Claire Moss (Panel Support Officer, Southmoor County Council) and Adam "
               "Fenwick (Democratic Services Officer, Southmoor County Council)."))

    def minute(num, title, paras):
        s.append(P(f"{num}&nbsp;&nbsp;&nbsp;{title}", H3))
        for para in paras:
            s.append(P(para, IND if para.startswith("(") else BODY))

    minute("PCP/24/15", "Chair's announcements", [
        "The Chair welcomed Councillor Ben Ashcroft, attending his first meeting as a substitute member, and "
        "reminded those present that the meeting was being webcast. The Chair also thanked Mrs Chadwick, whose "
        "term as an Independent Co-opted Member would end in December 2024, for her contribution to the work "
        "of the Panel."])
    minute("PCP/24/16", "Apologies for absence and substitutes", [
        "Apologies for absence were received from Councillor Kevin Doyle (Southmoor County Council), for whom "
        "Councillor Ben Ashcroft attended as substitute, and from Councillor Hannah Greaves (Harrowby City "
        "Council). Apologies were also received from Sarah Whitcombe, Chief Constable of Southmoor Police, who "
        "was represented by Assistant Chief Constable Liam Rees."])
    minute("PCP/24/17", "Declarations of interest", [
        "Councillor Penhaligon declared a non-pecuniary interest in minute PCP/24/21 as a member of the "
        "Westcombe Farm Watch steering group. No other declarations were made."])
    minute("PCP/24/18", "Minutes of the meeting held on 9 July 2024", [
        "RESOLVED that the minutes of the meeting held on 9 July 2024 be approved as a correct record and "
        "signed by the Chair.",
        "Matters arising: further to minute PCP/24/11, the Chief Executive confirmed that the breakdown of "
        "Community Safety Fund allocations by district had been circulated to members on 2 August 2024."])
    minute("PCP/24/19", "Public questions", ["No public questions had been received for this meeting."])
    minute("PCP/24/20", "Police and Crime Commissioner's Annual Report 2023/24", [
        "The Commissioner introduced his Annual Report for 2023/24, which set out progress against the four "
        "priorities of the Southmoor Police and Crime Plan 2021-2025. He highlighted the opening of the "
        "Harrowby custody suite, the recruitment of 48 additional PCSOs and the extension of the Safer Streets "
        "programme to two further towns.",
        "Members raised the following points in discussion:",
        "(a)&nbsp;&nbsp;Councillor Hussain asked why victim satisfaction had fallen to 71 per cent. The "
        "Commissioner acknowledged that the figure was disappointing and explained that the fall was "
        "concentrated in cases of vehicle crime where no suspect had been identified. The Commissioner agreed "
        "to provide members with a breakdown of the victim satisfaction figures by district by the end of "
        "October 2024.",
        "(b)&nbsp;&nbsp;Mr Kaye welcomed the report but questioned whether the rural crime pledges had been "
        "delivered, as the report contained little detail on them. Mr Pryce accepted that the section on rural "
        "crime was brief and would be strengthened in future reports.",
        "(c)&nbsp;&nbsp;Councillor Fairbrother asked about the cost of the custody suite. Ms Kendrick confirmed "
        "that the project had been delivered &pound;0.4m under budget.",
        "RESOLVED that:",
        "(1)&nbsp;&nbsp;the Annual Report 2023/24 be noted;",
        "(2)&nbsp;&nbsp;the Panel's comments, as set out above, be forwarded to the Commissioner for inclusion "
        "in the published version of the report; and",
        "(3)&nbsp;&nbsp;the Commissioner be asked to include a section on progress against the rural crime "
        "pledges in his next annual report."])
    minute("PCP/24/21", "Neighbourhood Policing and Rural Crime - Commissioner's update", [
        "Assistant Chief Constable Rees presented the report, which described the new neighbourhood policing "
        "model introduced in April 2024 and the work of the Rural and Wildlife Crime Team. He reported that the "
        "team had recovered stolen farm machinery worth &pound;1.2m during the year and that thefts of quad "
        "bikes had fallen by 22 per cent.",
        "Councillor Penhaligon, having declared an interest, welcomed the work of the team but reported that "
        "residents in Westcombe still felt that response times in rural areas were too long. ACC Rees "
        "explained that response times were monitored through the Commissioner's accountability meetings and "
        "that a rural response pilot would begin in Westcombe in January 2025.",
        "Councillor Orme asked whether the force's rural crime problem profile could be shared with the Panel. "
        "ACC Rees undertook to share the rural crime problem profile with members, subject to any necessary "
        "redactions.",
        "In response to a question from Mrs Chadwick about the new neighbourhood model, it was agreed that the "
        "Panel Support Officer would arrange an informal briefing for members on the model in the new year.",
        "RESOLVED that the update be noted."])
    minute("PCP/24/22", "Complaints against the Commissioner - quarterly update", [
        "Claire Moss, Panel Support Officer, reported that one complaint against the Commissioner had been "
        "received in the quarter to 30 June 2024. It had been considered by the Complaints Sub-Committee on "
        "22 July 2024 and resolved informally. No further complaints had been received.",
        "RESOLVED that the update be noted."])
    minute("PCP/24/23", "Panel Work Programme 2024/25", [
        "The Panel considered its work programme for the remainder of the municipal year. Members noted that "
        "the proposed precept for 2025/26 would be considered at a meeting on 4 February 2025 and asked that "
        "the Democratic Services Officer circulate the dates of the proposed budget workshop to all members.",
        "RESOLVED that the work programme be agreed, subject to the addition of an item on the Commissioner's "
        "Violence Against Women and Girls Strategy at the February 2025 meeting."])
    minute("PCP/24/24", "Date of next meeting", [
        "RESOLVED that the next meeting of the Panel be held on Tuesday 26 November 2024 at 10.30 am in the "
        "Council Chamber, County Hall, Ravensford."])
    s.append(Spacer(1, 10))
    s.append(P("The meeting closed at 12.47 pm."))
    s.append(Spacer(1, 16))
    s.append(P("Chair .......................................................&nbsp;&nbsp;&nbsp;&nbsp;"
               "Date ...................................."))
    _pdf(os.path.join(outdir, stem + ".pdf"), s, header="Southmoor Police and Crime Panel",
         footer="17 September 2024", title="Minutes - Southmoor Police and Crime Panel - 17 September 2024")
    return stem


# ==============================================================================================
# 2. OPCC Accountability and Scrutiny Meeting notes (DOCX)

def doc_opcc_notes(outdir):
    stem = "blind02_opcc_accountability_notes_nov24"
    d = _docx_base()
    p = d.add_paragraph()
    r = p.add_run("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SOUTHMOOR")
    r.bold = True
    d.add_heading("Accountability and Scrutiny Meeting", level=1)
    d.add_paragraph("Notes of meeting")
    info = [("Date:", "14/11/24"), ("Time:", "14:00pm"),
            ("Venue:", "Conference Room 2, Police Headquarters, Cliffe Lane, Ravensford"),
            ("Chair:", "PCC Marcus Thornley"),
            ("Notes:", "Ruth Ellery, Governance and Scrutiny Officer, OPCC"),
            ("Theme:", "Public Contact and Call Handling")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row()
        _cell_text(row.cells[0], k, bold=True)
        _cell_text(row.cells[1], v)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Attendees").bold = True
    lines = [
        ("OPCC", True),
        ("Marcus Thornley \u2013 Police and Crime Commissioner (PCC)", False),
        ("Anita Desai \u2013 Deputy Police and Crime Commissioner (DPCC)", False),
        ("Gareth Pryce \u2013 Chief Executive (CEx)", False),
        ("Ruth Ellery \u2013 Governance and Scrutiny Officer (RE)", False),
        ("Southmoor Police", True),
        ("Sarah Whitcombe \u2013 Chief Constable (CC)", False),
        ("Owen Maddox \u2013 Deputy Chief Constable (DCC)", False),
        ("Ch Supt Karen Lowther \u2013 Head of Contact Management (KL)", False),
        ("Steve Ibbotson \u2013 Contact Centre Performance Manager (SI)", False),
        ("Apologies", True),
        ("Louise Kendrick \u2013 Chief Finance Officer, OPCC (CFO)", False),
        ("Priya Nandakumar \u2013 Assistant Chief Constable, Southmoor Police (ACC)", False),
    ]
    for text, bold in lines:
        p = d.add_paragraph()
        p.add_run(text).bold = bold
    d.add_paragraph()

    rows = [
        ("Welcome and apologies",
         "The PCC welcomed everyone to the meeting and apologies were noted. The PCC explained that the theme "
         "for the session was public contact, following concerns raised by the Police and Crime Panel about "
         "101 waiting times.",
         "None"),
        ("Notes and actions from previous meeting (12/09/24)",
         "The notes of the previous meeting were agreed. RE updated on the action log: the mental health demand "
         "data requested in September had been circulated on 03/10/24 and that action is closed. The Right Care "
         "Right Person phase 2 options appraisal has not yet been completed and is carried forward.",
         "Carried forward: DCC to present the Right Care Right Person phase 2 options appraisal by 12/12/24.\n"
         "Owner: DCC"),
        ("999 and 101 performance",
         "The CC presented the latest performance. 999 calls answered within 10 seconds stood at 91% in October "
         "against the national target of 90%. The 101 average answer time had improved from 14 minutes in June "
         "to 6 minutes 40 seconds in October, but abandonment remained at 18%.\n"
         "The PCC asked whether the improvement was sustainable over the winter period. KL explained that the "
         "improvement followed the introduction of a call-back option and a revised shift pattern, and that "
         "winter demand modelling had been completed. The DPCC asked how the force knew which callers abandoned "
         "and why. KL said that a sample of abandoned callers were being contacted.\n"
         "The CC agreed to provide a written update on the call-back trial once the evaluation concludes.",
         "Provide a breakdown of 101 abandonment rates by time of day and day of week by 29/11/24.\n"
         "Owner: KL"),
        ("Digital contact and online reporting",
         "SI reported that 27% of non-emergency contact now came through the online reporting portal and "
         "webchat. Satisfaction with online reporting was lower than for telephone contact. The DPCC noted that "
         "residents without internet access must not be disadvantaged. The CEx suggested that digital contact "
         "measures should be included in the quarterly Police and Crime Plan performance report.",
         "Share the customer satisfaction survey results for online reporting with the OPCC.\nOwner: SI\n"
         "Include digital contact measures in the Q3 Police and Crime Plan performance report.\nOwner: CEx"),
        ("Contact Centre workforce and resilience",
         "The DCC outlined vacancy levels in the Contact Centre: 22 call handler posts were vacant at the end of "
         "October and sickness absence averaged 7.1%. A new recruitment cohort was planned for early 2025. The "
         "PCC asked for assurance that the wellbeing of call handlers was being supported. The CC described the "
         "trauma risk management (TRiM) support now available to contact staff.",
         "Confirm the timetable for the next call handler recruitment cohort.\nOwner: DCC"),
        ("Any other business",
         "The CEx reminded the Force that the Police and Crime Panel budget workshop would take place on "
         "9 January 2025.",
         "None"),
        ("Date of next meeting",
         "Thursday 12 December 2024, 10:00, Police Headquarters. Theme: Serious Violence Duty.",
         ""),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Agenda item", "Discussion", "Action/Owner")):
        _cell_text(t.rows[0].cells[i], h, bold=True)
    _set_repeat_header(t.rows[0])
    for item, disc, act in rows:
        cells = t.add_row().cells
        _cell_text(cells[0], item, style="List Number")   # Word numbering: "1." is not in the text
        _cell_text(cells[1], disc)
        _cell_text(cells[2], act)
    d.core_properties.title = "Accountability and Scrutiny Meeting - notes - 14 November 2024"
    d.save(os.path.join(outdir, stem + ".docx"))
    return stem


# ==============================================================================================
# 3. Community Safety Partnership board minutes (HTML)

CSP_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Safer Ashfield Partnership Board minutes - 5 March 2025 | Ashfield District Council</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>We use cookies to make this website work and to understand how you use it.
  <a href="/cookies">Cookie settings</a> <button>Accept all cookies</button> <button>Reject optional cookies</button></p>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Ashfield District Council</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/planning">Planning</a></li>
      <li><a href="/democracy">Council and democracy</a></li>
      <li><a href="/community-safety">Community safety</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="text" name="q" placeholder="Search this site"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &gt; <a href="/democracy">Council and democracy</a> &gt; <a href="/community-safety/partnership">Safer Ashfield Partnership</a> &gt; Minutes
</nav>
<main id="main">
<article>
<h1>Safer Ashfield Partnership Board</h1>
<p class="lead">Minutes of the meeting held on Wednesday 5 March 2025 at 2.00pm in Committee Room 1, Ashfield District Council Offices, Market Street, Ashfield</p>

<h2>Attendance</h2>
<table class="attendance">
<thead><tr><th>Name</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Cllr Fiona Blackwood (Chair)</td><td>Ashfield District Council</td></tr>
<tr><td>Inspector Dan Whitaker</td><td>Southmoor Police</td></tr>
<tr><td>Joanne Pickering</td><td>Ashfield District Council &ndash; Community Safety Manager</td></tr>
<tr><td>Martin Cole</td><td>Southmoor Fire and Rescue Service &ndash; Station Manager, Prevention</td></tr>
<tr><td>Dr Aisha Rahman</td><td>Southmoor Integrated Care Board</td></tr>
<tr><td>Neil Sharrock</td><td>Probation Service &ndash; Head of Ashfield and Westcombe PDU</td></tr>
<tr><td>Kerry-Anne Mills</td><td>Ashfield Homes</td></tr>
<tr><td>Tom Bradshaw</td><td>Office of the Police and Crime Commissioner</td></tr>
<tr><td>Lucy Tranter (minutes)</td><td>Ashfield District Council &ndash; Democratic Services Officer</td></tr>
<tr><th colspan="2">Apologies</th></tr>
<tr><td>Chief Inspector Rachel Dunmore</td><td>Southmoor Police</td></tr>
<tr><td>Simon Yeo</td><td>Southmoor Youth Justice Service</td></tr>
</tbody>
</table>

<h3>1. Welcome, introductions and apologies</h3>
<p>The Chair welcomed members and introductions were made. Apologies were noted as above. Kerry-Anne Mills was welcomed to her first meeting as the representative of Ashfield Homes.</p>

<h3>2. Minutes of the last meeting (4 December 2024)</h3>
<p>The minutes were agreed as an accurate record.</p>

<h3>3. Action tracker</h3>
<p>The Board reviewed the action tracker; updates are recorded in the tracker at the end of these minutes. Dr Rahman apologised that action 24/05 was overdue and explained that the ICB safeguarding team was being restructured.</p>

<h3>4. Strategic Assessment 2025 &ndash; headline findings</h3>
<p>Joanne Pickering presented the headline findings of the 2025 Strategic Assessment. Recorded crime in Ashfield fell by 4% in 2024, but shoplifting rose by 31% and violence in the night-time economy remained concentrated in the Market Street area. The assessment recommended that the Partnership retain its three priorities: anti-social behaviour, violence against women and girls, and serious violence.</p>
<p>Inspector Whitaker reported that the neighbourhood team had seen similar shoplifting trends and was working with the Business Crime Reduction Partnership. The Board agreed the three priorities for 2025/26.</p>
<p><strong>ACTION:</strong> JP to publish the public summary of the Strategic Assessment on the council website by 31 March 2025.</p>

<h3>5. Serious Violence Duty &ndash; local delivery plan</h3>
<p>Tom Bradshaw updated the Board on the county-wide Serious Violence Response Strategy and the grant allocated to Ashfield for 2025/26 (&pound;38,500). Neil Sharrock asked that the local plan include interventions for young adults aged 18 to 25 as well as under-18s. It was agreed that Tom Bradshaw would bring the draft Ashfield delivery plan to the June meeting for sign-off.</p>

<p><strong>6. Town centre ASB and the Public Spaces Protection Order</strong> Joanne Pickering reported that the current PSPO covering the town centre expires in August 2025 and must be reviewed and consulted on before it can be extended. Martin Cole reported that deliberate fires in the Hollins Park area had doubled since the autumn and offered fire service youth engagement sessions.<br>
<strong>ACTION:</strong> JP to circulate the draft PSPO consultation to partners by 21 March 2025.<br>
<strong>ACTION:</strong> MC to share the deliberate fire data for Hollins Park with the neighbourhood team.</p>

<p><strong>7. Domestic Homicide Reviews &ndash; update</strong> Joanne Pickering reported that DHR &lsquo;Adult A&rsquo; had been submitted to the Home Office Quality Assurance Panel in January. DHR &lsquo;Adult B&rsquo; was at the draft report stage. Kerry-Anne Mills noted that housing staff would welcome the learning from both reviews.</p>

<p><strong>8. Community Safety Fund 2025/26</strong> Tom Bradshaw confirmed that the Commissioner&rsquo;s Community Safety Fund allocation to Ashfield for 2025/26 would be &pound;62,000, unchanged from 2024/25. The Board agreed that partners should submit proposals for the fund to the Community Safety Manager by 30 April 2025.</p>

<p><strong>9. Any other business</strong> None.</p>

<p><strong>10. Date of next meeting</strong> Wednesday 4 June 2025 at 2.00pm, Ashfield Community Fire Station.</p>

<h2>Action tracker (as at 5 March 2025)</h2>
<table class="actions">
<thead><tr><th>No.</th><th>Action</th><th>Lead</th><th>Deadline</th><th>Update/Status</th></tr></thead>
<tbody>
<tr><td>23/14</td><td>Share ASB hotspot mapping with registered housing providers</td><td>Insp Whitaker</td><td>31/01/2025</td><td>GREEN &ndash; Complete. Mapping shared with housing providers on 14 January.</td></tr>
<tr><td>24/02</td><td>Develop a joint communications plan for the summer night-time economy campaign</td><td>Joanne Pickering</td><td>31/03/2025</td><td>AMBER &ndash; In progress. Draft plan circulated for comment; final version due at June meeting.</td></tr>
<tr><td>24/05</td><td>Confirm ICB representation on the Domestic Abuse Local Partnership Board</td><td>Dr Aisha Rahman</td><td>28/02/2025</td><td>RED &ndash; Overdue. ICB safeguarding team being restructured.</td></tr>
<tr><td>24/07</td><td>Report back on take-up of the youth diversion scheme</td><td>Neil Sharrock</td><td>04/06/2025</td><td>Not yet due.</td></tr>
<tr><td>24/08</td><td>Arrange a DHR learning event for frontline staff</td><td>Joanne Pickering</td><td>30/04/2025</td><td>GREEN &ndash; On track. Venue booked for 10 April.</td></tr>
</tbody>
</table>
</article>
<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/community-safety/report">Report anti-social behaviour</a></li>
    <li><a href="/community-safety/pspo">Public Spaces Protection Orders</a></li>
    <li><a href="/community-safety/dhr">Domestic Homicide Reviews</a></li>
  </ul>
</aside>
<div class="share">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="feedback">Was this page helpful? <button>Yes</button> <button>No</button></div>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>&copy; Ashfield District Council, Council Offices, Market Street, Ashfield AS1 1AA</p>
</footer>
</body>
</html>
"""


def doc_csp_minutes(outdir):
    stem = "blind03_safer_ashfield_board_minutes"
    with open(os.path.join(outdir, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(CSP_HTML)
    return stem


# ==============================================================================================
# 4. Terms of reference (PDF)

TOR_OBJECTIVES = [
    ("2.1", "Maintain and refresh the Southmoor serious violence strategic needs assessment on an annual basis."),
    ("2.2", "Oversee delivery of the Southmoor Serious Violence Response Strategy and its action plan."),
    ("2.3", "Agree the allocation of the Serious Violence Duty grant in line with Home Office grant conditions."),
    ("2.4", "Ensure that data and intelligence are shared between the specified authorities in line with the "
            "agreed information sharing protocol."),
    ("2.5", "Monitor and evaluate the impact of commissioned interventions for young people at risk of "
            "involvement in violence."),
]
TOR_MEMBERS = [
    "Chief Superintendent, Local Policing (Southmoor Police)",
    "Head of Community Safety, Southmoor County Council",
    "Community Safety Managers of each district council",
    "Head of Service, Southmoor Youth Justice Service",
    "Head of Probation Delivery Unit, Probation Service (Southmoor)",
    "Area Manager (Prevention), Southmoor Fire and Rescue Service",
    "Consultant in Public Health, Southmoor County Council",
    "Designated Nurse for Safeguarding Children, Southmoor Integrated Care Board",
    "Head of Inclusion, Southmoor County Council Education Services",
    "Serious Violence Lead, Office of the Police and Crime Commissioner",
]
TOR_DUTIES = [
    "attend meetings regularly or send a nominated deputy;",
    "share data and information in line with the agreed information sharing protocol;",
    "champion the Serious Violence Duty within their own organisation and report back on actions agreed.",
]


def doc_tor(outdir):
    stem = "blind04_svpdg_terms_of_reference"
    s = []
    s.append(P("Southmoor Serious Violence Partnership Delivery Group", H1C))
    s.append(P("<b>TERMS OF REFERENCE</b>", ParagraphStyle("c", parent=BODY, alignment=TA_CENTER)))
    s.append(P("Version 1.3 &nbsp;|&nbsp; Date approved: 12 February 2025 &nbsp;|&nbsp; Approved by: Safer "
               "Southmoor Board", ParagraphStyle("c2", parent=SMALL, alignment=TA_CENTER)))
    s.append(Spacer(1, 8))
    s.append(P("1. Purpose", H2))
    s.append(P("1.1&nbsp;&nbsp;The Southmoor Serious Violence Partnership Delivery Group (SVPDG) brings together "
               "the specified authorities under the Serious Violence Duty to prevent and reduce serious violence "
               "across Southmoor, and to co-ordinate the delivery of the Southmoor Serious Violence Response "
               "Strategy.", IND))
    s.append(P("1.2&nbsp;&nbsp;The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts "
               "Act 2022, requires the specified authorities for a local government area to work together to "
               "plan, share data and intelligence, and put in place a strategy to prevent and reduce serious "
               "violence.", IND))
    s.append(P("2. Objectives", H2))
    s.append(P("The objectives of the group are to:"))
    for ref, text in TOR_OBJECTIVES:
        s.append(P(f"{ref}&nbsp;&nbsp;{text}", IND))
    s.append(P("3. Membership", H2))
    s.append(P("3.1&nbsp;&nbsp;The core membership of the group is:", IND))
    s.extend(bullets(TOR_MEMBERS, ParagraphStyle("b2", parent=BUL, leftIndent=36, bulletIndent=26)))
    s.append(P("3.2&nbsp;&nbsp;Members should nominate a deputy of sufficient seniority to attend when they are "
               "unable to do so.", IND))
    s.append(P("3.3&nbsp;&nbsp;Other partners, including the Crown Prosecution Service and voluntary and community "
               "sector providers, may be invited to attend for specific items.", IND))
    s.append(P("3.4&nbsp;&nbsp;Members are expected to:", IND))
    s.extend(bullets(TOR_DUTIES, ParagraphStyle("b3", parent=BUL, leftIndent=36, bulletIndent=26)))
    s.append(P("4. Chair and Vice Chair", H2))
    s.append(P("4.1&nbsp;&nbsp;The group will be chaired by the Chief Superintendent, Local Policing. The Vice "
               "Chair will be the Head of Community Safety, Southmoor County Council.", IND))
    s.append(P("4.2&nbsp;&nbsp;The Chair and Vice Chair will be reviewed annually by the group.", IND))
    s.append(P("4.3&nbsp;&nbsp;Secretariat support, including agendas, minutes and the action log, will be provided "
               "by the Office of the Police and Crime Commissioner (OPCC).", IND))
    s.append(P("5. Quorum", H2))
    s.append(P("5.1&nbsp;&nbsp;The group will be quorate when at least five members are present, including the "
               "Chair or Vice Chair and representatives of at least three of the specified authorities.", IND))
    s.append(P("6. Frequency", H2))
    s.append(P("6.1&nbsp;&nbsp;The group will meet bi-monthly. Extraordinary meetings may be called by the Chair "
               "where required.", IND))
    s.append(P("7. Governance", H2))
    s.append(P("7.1&nbsp;&nbsp;The group reports to the Safer Southmoor Board, the county's strategic community "
               "safety partnership, and will provide it with a highlight report after each meeting.", IND))
    s.append(P("7.2&nbsp;&nbsp;The Serious Violence Data and Analysis Cell is a sub group of the SVPDG. It meets "
               "monthly and produces the annual strategic needs assessment for the group.", IND))
    s.append(P("7.3&nbsp;&nbsp;An annual report on the Serious Violence Duty will be presented to the Southmoor "
               "Police and Crime Panel.", IND))
    s.append(P("8. Review", H2))
    s.append(P("8.1&nbsp;&nbsp;These terms of reference will be reviewed annually. Next review due: February 2026.",
               IND))
    s.append(Spacer(1, 10))
    s.append(P("<b>Document control</b>"))
    s.append(grid_table([
        ["Version", "Date", "Author", "Summary of changes"],
        ["1.0", "14/03/2023", "H. Okonkwo, OPCC", "First version"],
        ["1.2", "08/02/2024", "H. Okonkwo, OPCC", "Membership updated to include the ICB"],
        ["1.3", "12/02/2025", "J. Bream, OPCC", "Data and Analysis Cell added; quorum revised"],
    ], [20 * mm, 28 * mm, 40 * mm, 80 * mm]))
    _pdf(os.path.join(outdir, stem + ".pdf"), s, header="SVPDG Terms of Reference v1.3",
         footer="OFFICIAL", title="SVPDG Terms of Reference")
    return stem


# ==============================================================================================
# 5. PCC web page: governance boards (HTML)

GOV_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Governance boards - Northwold Police and Crime Commissioner</title>
</head>
<body class="page-template-default">
<div class="cookie-notice" role="dialog">
  <h2>Cookies on this site</h2>
  <p>We use essential cookies to make this site work. We would also like to set analytics cookies to help us improve it.</p>
  <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookie-policy/">View cookies</a>
</div>
<div class="topbar"><a href="#content">Skip to content</a> | <a href="/accessibility/">Accessibility</a> | <a href="/contact/">Contact the Commissioner</a></div>
<header>
  <div class="site-title">Northwold Police and Crime Commissioner</div>
  <nav id="primary">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about/">About the Commissioner</a></li>
      <li><a href="/plan/">Police and Crime Plan</a></li>
      <li><a href="/transparency/">Transparency</a></li>
      <li><a href="/victims/">Support for victims</a></li>
      <li><a href="/news/">News</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs">Home &rsaquo; Transparency &rsaquo; Holding the Chief Constable to account &rsaquo; Governance boards</div>
<div id="content" class="container">
<main class="entry-content">
<h1>Governance boards</h1>
<p>The Police and Crime Commissioner is responsible for holding the Chief Constable to account for the policing of Northwold and for working with partners to make the criminal justice system more effective. Much of this work takes place through the boards described below. Agendas and minutes are published on the <a href="/meetings/">meetings page</a>.</p>

<h2>Strategic Policing and Accountability Board</h2>
<p>The Strategic Policing and Accountability Board (SPAB) is the Commissioner's main forum for holding the Chief Constable to account for the performance of Northwold Police and the delivery of the Police and Crime Plan. It is chaired by the Police and Crime Commissioner and meets monthly, with the meetings in March, June, September and December held in public.</p>
<p>The other members of the board are the Deputy Police and Crime Commissioner, the Chief Constable, the Deputy Chief Constable, the OPCC Chief Executive, and the Chief Finance Officers of the OPCC and the force. The OPCC Governance Team provides the secretariat.</p>

<h2>Northwold Local Criminal Justice Board</h2>
<p>The Northwold Local Criminal Justice Board (LCJB) brings together the criminal justice agencies in the county to improve the efficiency and effectiveness of the local criminal justice system and the experience of victims and witnesses. The Commissioner chairs the board, which meets quarterly.</p>
<p>Its members are:</p>
<ul>
  <li>Northwold Police</li>
  <li>the Crown Prosecution Service (CPS)</li>
  <li>HM Courts and Tribunals Service (HMCTS)</li>
  <li>the Probation Service</li>
  <li>Northwold Youth Justice Service</li>
  <li>HMP Carrbrook</li>
  <li>Victim Support</li>
</ul>

<h2>Reducing Reoffending Board</h2>
<p>The Reducing Reoffending Board is a sub group of the LCJB. It oversees the county's Reducing Reoffending Strategy, including the Integrated Offender Management (IOM) scheme and the provision of accommodation for prison leavers. It is chaired by the Head of the Northwold Probation Delivery Unit and meets every six weeks.</p>

<h2>Previous boards</h2>
<p>The Northwold Joint Estates Board oversaw the shared estates programme between Northwold Police and Northwold Fire and Rescue Service, including the joint station at Carrbrook. Its members were the Commissioner, the Chief Constable and the Chief Fire Officer, and it met bi-monthly. The board was dissolved on 31 March 2023, when its responsibilities passed to the Strategic Policing and Accountability Board.</p>

<div class="share-this">Share this page <a href="#">Facebook</a> <a href="#">X (Twitter)</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</main>
<aside class="sidebar">
  <h3>In this section</h3>
  <ul>
    <li><a href="/transparency/decisions/">Decisions log</a></li>
    <li><a href="/transparency/audit-committee/">Joint Independent Audit Committee</a></li>
    <li><a href="/transparency/panel/">Northwold Police and Crime Panel</a></li>
    <li><a href="/transparency/complaints/">Complaints about the Chief Constable</a></li>
  </ul>
  <h3>Latest news</h3>
  <ul><li><a href="/news/speedwatch/">Commissioner funds 18 new Community Speedwatch schemes</a></li></ul>
</aside>
</div>
<footer>
  <p>Office of the Police and Crime Commissioner for Northwold, Fellgate House, Carrbrook NW2 4QT</p>
  <p><a href="/privacy/">Privacy notice</a> | <a href="/foi/">Freedom of information</a> | <a href="/sitemap/">Sitemap</a></p>
  <p>&copy; 2024 Northwold OPCC. All rights reserved.</p>
</footer>
</body>
</html>
"""


def doc_governance_page(outdir):
    stem = "blind05_northwold_governance_boards"
    with open(os.path.join(outdir, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(GOV_HTML)
    return stem


# ==============================================================================================
# 6. Police and crime plan extract (PDF)

PLAN = [
    ("Safer neighbourhoods",
     "People tell me that anti-social behaviour, speeding and a lack of visible policing are what most affect "
     "their quality of life. This priority is about putting that right.",
     [("Tackle anti-social behaviour", [
         "Increase the number of neighbourhood officers and PCSOs in every local policing area, and protect them "
         "from being abstracted to other duties.",
         "Work with councils and housing providers to make full use of the powers in the Anti-social Behaviour, "
         "Crime and Policing Act 2014.",
         "Fund youth diversion activities in the areas with the highest levels of anti-social behaviour."]),
      ("Make our roads safer", [
          "Support the Northwold Safer Roads Partnership to reduce the number of people killed or seriously "
          "injured on our roads.",
          "Expand Community Speedwatch to every village that wants it.",
          "Target drivers who use the roads for criminal purposes through a dedicated Roads Crime Unit."])],
     None,
     ["Fewer incidents of anti-social behaviour reported to the police and councils.",
      "Fewer people killed or seriously injured on Northwold's roads.",
      "More residents who say they feel safe in their neighbourhood after dark."]),
    ("Protecting vulnerable people",
     "Too many victims still tell us they felt let down after reporting a crime, and violence against women "
     "and girls remains far too common. Victims must be at the centre of everything we do.",
     [("Put victims first", [
         "Commission a single victims' hub that offers every victim of crime a needs assessment and tailored "
         "support.",
         "Monitor compliance with the Victims' Code and publish the results every quarter.",
         "Give victims of anti-social behaviour access to the Community Trigger through a simple online form."]),
      ("Tackle violence against women and girls", [
          "Fund independent domestic violence and sexual violence advisers in every local authority area.",
          "Invest in perpetrator programmes that challenge and change abusive behaviour.",
          "Work with schools to deliver healthy relationships education to every secondary pupil in Northwold."])],
     ["Increase the charge rate for rape and serious sexual offences year on year.",
      "Ensure every high-risk domestic abuse victim is contacted within 24 hours of a report."],
     ["Improved satisfaction among victims of crime.",
      "A higher proportion of domestic abuse and sexual offences resulting in a charge.",
      "Fewer repeat victims of domestic abuse."]),
    ("A police service people trust",
     "Trust in policing has been damaged nationally. Northwold Police must earn the confidence of every "
     "community it serves, and be easy to contact when people need it.",
     [("Improve public contact", [
         "Ensure 101 calls are answered promptly, with a call-back option offered at busy times.",
         "Develop online and webchat reporting so that people can contact the police in the way that suits "
         "them."]),
      ("Build trust and confidence", [
          "Establish an independent ethics committee to advise on difficult policing decisions.",
          "Publish stop and search and use of force data, with scrutiny by community panels.",
          "Support the Chief Constable to recruit a workforce that reflects the communities of Northwold."])],
     None,
     ["Higher public confidence in Northwold Police, as measured by the Crime Survey for England and Wales.",
      "Reduced 101 call abandonment rates."]),
]


def doc_plan(outdir):
    stem = "blind06_northwold_police_crime_plan"
    s = []
    s.append(Spacer(1, 60))
    s.append(P("Northwold Police and Crime Plan 2025-2029", H1C))
    s.append(P("Safe, Supported, Trusted", ParagraphStyle("sub", parent=H2, alignment=TA_CENTER)))
    s.append(Spacer(1, 30))
    s.append(P("Rhys Pemberton, Police and Crime Commissioner for Northwold",
               ParagraphStyle("c", parent=BODY, alignment=TA_CENTER)))
    s.append(PageBreak())
    s.append(P("Contents", H2))
    toc = [("Foreword", "2"), ("Our priorities at a glance", "2"), ("Priority 1: Safer neighbourhoods", "3"),
           ("Priority 2: Protecting vulnerable people", "4"), ("Priority 3: A police service people trust", "5"),
           ("Delivering the plan", "6")]
    s.append(plain_table(toc, [120 * mm, 20 * mm]))
    s.append(Spacer(1, 12))
    s.append(P("Foreword", H2))
    s.append(P("When I was elected in May 2024 I promised to put neighbourhood policing back at the heart of "
               "Northwold. This plan sets out how I will do that, and how I will support victims and build trust "
               "in a police service that too many people feel has drifted away from them."))
    s.append(P("It has been shaped by more than 3,400 responses to my public consultation and by conversations "
               "with councils, community groups and officers across the county. I will publish an annual report "
               "setting out progress against every commitment in this plan, and I will hold the Chief Constable "
               "to account in public."))
    s.append(P("<i>Rhys Pemberton</i>"))
    s.append(P("Our priorities at a glance", H2))
    s.extend(bullets(["Safer neighbourhoods", "Protecting vulnerable people", "A police service people trust"]))
    for n, (theme, intro, objectives, challenges, outcomes) in enumerate(PLAN, 1):
        s.append(PageBreak())
        s.append(P(f"Priority {n}: {theme}", H1))
        s.append(P(intro))
        for heading, pledges in objectives:
            s.append(P(heading, H2))
            s.append(P("<b>We will:</b>"))
            s.extend(bullets(pledges))
        if challenges:
            box = [P("<b>My challenge to the Chief Constable</b>"), P("I will expect the Chief Constable to:")]
            box += bullets(challenges)
            t = Table([[box]], colWidths=[165 * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#2d5f8b")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8"))]))
            s.append(Spacer(1, 6))
            s.append(t)
        s.append(P("How we will measure success", H3))
        s.extend(bullets(outcomes))
    s.append(PageBreak())
    s.append(P("Delivering the plan", H1))
    s.append(P("An annual delivery plan will set out the activity that sits behind each commitment, with a lead "
               "officer and timescale for each. Progress will be reported every quarter to the Strategic Policing "
               "and Accountability Board, which I chair and which meets monthly, and the Northwold Police and Crime "
               "Panel will scrutinise my performance against the plan."))
    s.append(P("The plan will be refreshed in 2027 to take account of changes in crime and demand."))
    _pdf(os.path.join(outdir, stem + ".pdf"), s, header="Northwold Police and Crime Plan 2025-2029",
         footer="Northwold OPCC", title="Northwold Police and Crime Plan 2025-2029",
         author="Office of the Police and Crime Commissioner for Northwold")
    return stem


# ==============================================================================================
# 7. Delivery plan monitoring report (DOCX)

DP_ROWS = [
    ("Priority 1: Safer neighbourhoods", [
        ("SN1", "Increase the number of neighbourhood officers and PCSOs in every local policing area",
         "Recruit 40 additional PCSOs and ring-fence neighbourhood posts from abstraction",
         "Chief Superintendent, Neighbourhood Policing",
         "32 of 40 PCSOs recruited; final cohort starts January 2026. Abstraction rate for neighbourhood officers "
         "6.2% against a 5% target.", "Amber"),
        ("SN2", "Fund youth diversion activities in the areas with the highest levels of anti-social behaviour",
         "Award Safer Streets Youth Fund grants in Carrbrook, Lowther Bridge and Fellside",
         "OPCC Commissioning Manager",
         "Grants awarded to six providers in July 2025. First quarterly monitoring returns received; 412 young "
         "people engaged.", "Green"),
        ("SN3", "Expand Community Speedwatch to every village that wants it",
         "Recruit and train volunteers; purchase additional speed detection devices",
         "Roads Policing Inspector",
         "18 new schemes launched. Delay in device procurement; devices now expected November 2025.", "Amber"),
        ("SN4", "Target drivers who use the roads for criminal purposes through a dedicated Roads Crime Unit",
         "Establish the Roads Crime Unit and run ANPR-led operations on the A68 and A591 corridors",
         "Superintendent, Operations",
         "Unit operational from 1 May 2025; 143 arrests in Q2.", "Green"),
    ]),
    ("Priority 2: Protecting vulnerable people", [
        ("PV1", "Commission a single victims' hub that offers every victim of crime a needs assessment and "
                "tailored support",
         "Complete procurement of the Northwold Victims' Hub contract",
         "OPCC Head of Commissioning",
         "Contract awarded to Northwold Victim Care; mobilisation began 1 October 2025. Procurement completed on "
         "time.", "Blue"),
        ("PV2", "Monitor compliance with the Victims' Code and publish the results every quarter",
         "Develop a Victims' Code compliance dashboard with the force",
         "OPCC Performance Analyst",
         "Dashboard developed but the force data feed is not yet available because of the records system "
         "upgrade. First publication now expected in Q4.", "Red"),
        ("PV3", "Fund independent domestic violence and sexual violence advisers in every local authority area",
         "Extend IDVA and ISVA contracts to March 2027",
         "OPCC Head of Commissioning",
         "Contracts extended. Additional ISVA post funded in Fellside from Ministry of Justice grant.", "Green"),
    ]),
    None,  # page break: the table continues on the next page, header row repeated
    ("Priority 2: Protecting vulnerable people (continued)", [
        ("PV4", "Invest in perpetrator programmes that challenge and change abusive behaviour",
         "Pilot an intervention programme for high-harm domestic abuse perpetrators",
         "Detective Superintendent, Public Protection",
         "Provider identified; pilot start delayed to January 2026 pending a data-sharing agreement with the "
         "county council.", "Amber"),
        ("PV5", "Work with schools to deliver healthy relationships education to every secondary pupil in "
                "Northwold",
         "Deliver healthy relationships sessions in all 31 secondary schools",
         "OPCC Partnerships Officer",
         "Sessions delivered in 12 schools in the summer term; remaining schools booked for the autumn and "
         "spring terms.", "Green"),
    ]),
    ("Priority 3: A police service people trust", [
        ("PT1", "Ensure 101 calls are answered promptly, with a call-back option offered at busy times",
         "Introduce 101 call-back and revise the contact centre shift pattern",
         "Head of Contact Management",
         "Call-back went live in June 2025. Average 101 answer time reduced from 11 minutes to 5 minutes.",
         "Green"),
        ("PT2", "Establish an independent ethics committee to advise on difficult policing decisions",
         "Recruit independent members and agree terms of reference",
         "OPCC Chief Executive",
         "Committee established; first meeting held on 12 June 2025. Action complete.", "Blue"),
        ("PT3", "Publish stop and search and use of force data, with scrutiny by community panels",
         "Launch community scrutiny panels in each local policing area",
         "Superintendent, Citizens in Policing",
         "Panels operating in two of the three areas; recruitment for the Fellside panel under way.", "Amber"),
    ]),
]


def doc_delivery_monitoring(outdir):
    stem = "blind07_delivery_plan_q2_monitoring"
    d = _docx_base()
    p = d.add_paragraph()
    p.add_run("NORTHWOLD STRATEGIC POLICING AND ACCOUNTABILITY BOARD").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Date of meeting", "21 October 2025"), ("Agenda item", "6"),
                 ("Report title", "Police and Crime Plan 2025-2029: Delivery Plan Monitoring Report - Quarter 2 "
                                  "(July to September 2025)"),
                 ("Report of", "Head of Strategy and Performance, OPCC"),
                 ("Status", "Public")]:
        row = t.add_row()
        _cell_text(row.cells[0], k, bold=True)
        _cell_text(row.cells[1], v)
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph("1.1 This report provides the Board with an update on the delivery plan for the Police and "
                    "Crime Plan 2025-2029 for quarter 2 of 2025/26.")
    d.add_heading("2. Recommendation", level=2)
    d.add_paragraph("2.1 The Board is asked to note progress against the delivery plan and to consider the "
                    "activities rated red and amber.")
    d.add_heading("3. Summary", level=2)
    d.add_paragraph("3.1 Of the 12 activities in the delivery plan, 2 are complete (blue), 5 are on track "
                    "(green), 4 are experiencing some slippage (amber) and 1 is at significant risk (red).")
    d.add_paragraph("3.2 The Chief Constable will provide an exception report on the Victims' Code compliance "
                    "dashboard to the Board by 18 November 2025.")
    d.add_paragraph("RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some slippage, recovery "
                    "plan in place; Red \u2013 significant risk to delivery.")
    d.add_heading("Appendix A \u2013 Delivery plan monitoring, Quarter 2 2025/26", level=2)

    header = ("Ref", "Priority/Commitment", "Key activity", "Lead", "Update", "RAG")

    def new_table():
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(header):
            _cell_text(tb.rows[0].cells[i], h, bold=True)
        _set_repeat_header(tb.rows[0])
        return tb

    tb = new_table()
    for block in DP_ROWS:
        if block is None:
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            tb = new_table()
            continue
        theme, rows = block
        r = tb.add_row()
        merged = r.cells[0].merge(r.cells[5])
        _cell_text(merged, theme, bold=True)
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                _cell_text(cells[i], v)
    d.add_paragraph()
    d.add_paragraph("Contact: Strategy and Performance Team, Office of the Police and Crime Commissioner for "
                    "Northwold.")
    d.core_properties.title = "Delivery Plan Monitoring Report Q2 2025/26"
    d.save(os.path.join(outdir, stem + ".docx"))
    return stem


# ==============================================================================================
# 8. Panel report with cover sheet (PDF)

PEEL_PLAN = [
    ("CoC1", "The force should improve the accuracy of its crime recording for behavioural crimes, including "
             "stalking and harassment",
     "Establish a crime recording audit team and introduce a daily review of incidents with behavioural crime "
     "indicators", "ACC Local Policing", "31/03/2025", "In progress"),
    ("AFI1", "The force should answer 101 calls more promptly and reduce abandonment",
     "Introduce a call-back option and a revised shift pattern in the Contact Centre",
     "Head of Contact Management", "30/11/2024", "Complete"),
    ("AFI2", "The force should ensure that investigation plans are recorded and supervised",
     "Deliver investigative supervision training to all sergeants in the investigation hubs",
     "Head of Crime", "28/02/2025", "In progress"),
    ("AFI3", "The force should improve how it shares safeguarding referrals with partners",
     "Review the Multi-Agency Safeguarding Hub (MASH) referral process with the three local authorities",
     "Detective Superintendent, Public Protection", "31/01/2025", "Open"),
    ("AFI4", "The force should improve the timeliness of its response to emergency calls in rural areas",
     "Pilot a rural response model in Westcombe", "ACC Local Policing", "31/07/2025", "Not started"),
    ("AFI5", "The force should make sure that all officers and staff have regular wellbeing conversations",
     "Make wellbeing conversations part of the performance development review process", "Director of People",
     "31/03/2025", "In progress"),
]


def doc_panel_report(outdir):
    stem = "blind08_pcp_report_peel_response"
    s = []
    s.append(P("SOUTHMOOR POLICE AND CRIME PANEL", H1C))
    s.append(Spacer(1, 6))
    cover = [
        ["Report of:", "Marcus Thornley, Police and Crime Commissioner for Southmoor"],
        ["Date of meeting:", "26 November 2024"],
        ["Subject:", "HMICFRS PEEL Inspection of Southmoor Police 2024 - the Commissioner's response"],
        ["Contact officer:", "Gareth Pryce, Chief Executive, OPCC (tel. 01632 960418)"],
        ["Classification:", "Open"],
        ["Recommendation:", "That the Panel:<br/>(a) notes the findings of the HMICFRS PEEL inspection of "
                            "Southmoor Police;<br/>(b) notes the Commissioner's response at paragraph 4 and the "
                            "force improvement plan at Appendix A; and<br/>(c) agrees to receive a further progress "
                            "report at its meeting in June 2025."],
    ]
    s.append(grid_table(cover, [40 * mm, 130 * mm], header=False, style=SMALL))
    s.append(Spacer(1, 10))

    def sec(title, paras):
        s.append(P(title, H2))
        for para in paras:
            s.append(P(para, IND))

    sec("1. Purpose of the report", [
        "1.1&nbsp;&nbsp;This report informs the Panel of the findings of His Majesty's Inspectorate of "
        "Constabulary and Fire &amp; Rescue Services (HMICFRS) PEEL (police effectiveness, efficiency and "
        "legitimacy) inspection of Southmoor Police, published on 3 October 2024, and sets out the Commissioner's "
        "response."])
    sec("2. Background", [
        "2.1&nbsp;&nbsp;HMICFRS inspects all 43 police forces in England and Wales under the PEEL programme. Forces "
        "are graded on a five-point scale from outstanding to inadequate across nine areas of policing.",
        "2.2&nbsp;&nbsp;Under section 55 of the Police Act 1996 the Commissioner must publish comments on an "
        "inspection report within 56 days of its publication. The Commissioner's response was published on "
        "28 October 2024."])
    s.append(P("3. Summary of findings", H2))
    s.append(P("3.1&nbsp;&nbsp;Southmoor Police was graded as follows:", IND))
    s.append(grid_table([["Area of policing", "Grade"],
                         ["Recording data about crime", "Requires improvement"],
                         ["Treatment of the public", "Good"], ["Preventing crime", "Good"],
                         ["Responding to the public", "Requires improvement"], ["Investigating crime", "Adequate"],
                         ["Protecting vulnerable people", "Adequate"], ["Managing offenders", "Good"],
                         ["Developing a positive workplace", "Adequate"],
                         ["Leadership and force management", "Good"]], [90 * mm, 50 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("3.2&nbsp;&nbsp;The inspectorate identified one cause of concern, relating to the accuracy of crime "
               "recording for behavioural crimes such as stalking and harassment, and five areas for improvement.",
               IND))
    sec("4. The Commissioner's response", [
        "4.1&nbsp;&nbsp;The Commissioner welcomed the force's good grades for preventing crime and managing "
        "offenders, but has made clear to the Chief Constable, Sarah Whitcombe, that the grades for recording data "
        "about crime and responding to the public are not acceptable.",
        "4.2&nbsp;&nbsp;The Chief Constable has produced an improvement plan that addresses the cause of concern "
        "and each area for improvement (Appendix A). The Commissioner will monitor delivery of the plan through "
        "his Accountability and Scrutiny Meetings.",
        "4.3&nbsp;&nbsp;The Commissioner will hold a dedicated Accountability and Scrutiny Meeting on crime data "
        "integrity in January 2025 and will publish the notes of that meeting on his website.",
        "4.4&nbsp;&nbsp;The Chief Constable has committed to publishing the improvement plan on the force website "
        "by 31 December 2024.",
        "4.5&nbsp;&nbsp;The Commissioner has also asked the Joint Audit Committee to include crime data integrity "
        "in its 2025/26 internal audit plan."])
    sec("5. Financial implications", [
        "5.1&nbsp;&nbsp;The improvement plan will be delivered within existing force budgets. The Commissioner has "
        "agreed to fund two additional crime registrar posts (&pound;96,000 a year) from the OPCC reserve."])
    sec("6. Legal implications", ["6.1&nbsp;&nbsp;There are no legal implications arising directly from this "
                                  "report."])
    sec("7. Equality implications", [
        "7.1&nbsp;&nbsp;The inspection found that the force's use of stop and search was fair and proportionate."])
    s.append(P("<b>Background papers:</b> HMICFRS, PEEL 2023-25: Police effectiveness, efficiency and legitimacy - "
               "An inspection of Southmoor Police (October 2024)."))
    s.append(PageBreak())
    s.append(P("Appendix A - Southmoor Police PEEL improvement plan (as at 12 November 2024)", H2))
    rows = [["Ref", "Area for improvement", "Action", "Owner", "Target date", "Status"]]
    rows += [list(r) for r in PEEL_PLAN]
    s.append(grid_table(rows, [14 * mm, 40 * mm, 42 * mm, 31 * mm, 22 * mm, 21 * mm]))
    _pdf(os.path.join(outdir, stem + ".pdf"), s, header="Southmoor Police and Crime Panel - 26 November 2024",
         footer="Agenda item 7", title="PEEL Inspection 2024 - Commissioner's response")
    return stem


# ==============================================================================================
# 9. Minutes copied from a web page (Markdown)

ETHICS_MD = """Skip to main content
Menu
Search

Home / About the Commissioner / Independent Ethics Committee / Meetings

# Independent Ethics Committee - minutes

Print this page | Share

## Minutes of the Northwold Independent Ethics Committee

**Thursday 4 December, 6.00pm, Training Suite, Northwold Police Headquarters, Carrbrook**

**Present:** Professor Margaret Lowe OBE (Chair), Mr Hamish Dunbar QPM (Vice-Chair), Mr Daniel Okafor JP, Dr Priya Raman, Revd Canon Thomas Hale, Mrs Gillian Marsh MBE DL, Ms Tamsin Reid

**In attendance:** Chief Superintendent Joanna Pike (Head of Professional Standards, Northwold Police), Mr Ewan Castle (Data Protection Officer, Northwold Police), Inspector Farid Haddad (Northwold Police, for item 4), Ms Rosa Delgado (Policy Officer, OPCC - minutes)

**Apologies:** Dr Felicity Ogunleye, Ms Hannah Wrenfield

1. Welcome and apologies The Chair welcomed members, in particular Ms Reid, who was attending her first meeting. Apologies were noted.

2. Declarations of interest Mr Okafor declared that, as a serving magistrate, he would take no part in the discussion of item 5.

3. Minutes and matters arising The minutes of the meeting held on 11 September were agreed as a correct record. The Chair reported that the Committee's advice on the use of drones at public events had been accepted in full by the Chief Constable.

4. LIVE FACIAL RECOGNITION - PROPOSED DEPLOYMENT AT CARRBROOK CHRISTMAS MARKET

Inspector Haddad presented the force's proposal (dilemma 25/04) to deploy live facial recognition (LFR) vans at the Carrbrook Christmas Market on two weekends in December. The watchlist would be limited to people wanted on warrant for serious offences and high-risk missing persons.

Dr Raman questioned whether the watchlist criteria were sufficiently precise, and Revd Canon Hale asked how the public would be informed. Mr Castle confirmed that a data protection impact assessment had been completed. The Committee advised that the deployment was ethically justifiable provided that signage was prominent and that the results were published afterwards.

ACTION: Ch Supt Pike to provide the Committee with the force's equality impact assessment for live facial recognition before the March meeting.

ACTION: JP to publish the results of the Christmas Market deployment on the force website by 31 January.

5. OUT OF COURT RESOLUTIONS - CASE SCRUTINY

Mrs Marsh reported on the scrutiny panel's review of 30 out of court resolutions for domestic-related and hate offences. The panel had found 27 to be appropriate and 3 inappropriate, all three involving repeat offenders. Ms Reid asked whether victims' views had been recorded; Mrs Marsh said that they had been recorded in 24 of the 30 cases.

ACTION: RD to circulate the scrutiny panel's full findings to members by 19 December.

6. Body worn video in private dwellings Mr Dunbar introduced a dilemma submitted by a response officer about continuing to record on body worn video in private homes after an incident has ended. Members discussed the balance between transparency and the privacy of other occupants, including children. It was agreed that Dr Raman and Mr Dunbar would draft the Committee's advice on body worn video for the Chair's approval.

7. Any other business The Chair reminded members that the Committee's annual report would be presented to the Strategic Policing and Accountability Board in April.

8. Date of next meeting Thursday 5 March 2026, 6.00pm, Training Suite, Northwold Police Headquarters.

---

Was this page useful? Yes / No

[Accessibility](/accessibility) | [Cookies](/cookies) | [Privacy](/privacy)

(c) Office of the Police and Crime Commissioner for Northwold
"""


def doc_ethics_md(outdir):
    stem = "blind09_ethics_committee_minutes_dec"
    with open(os.path.join(outdir, stem + ".md"), "w", encoding="utf-8") as f:
        f.write(ETHICS_MD)
    return stem


# ==============================================================================================
# 10. Local Criminal Justice Board minutes (PDF): present | apologies side by side, action log

LCJB_PRESENT = [
    "Marcus Thornley (MT) \u2013 Police and Crime Commissioner, Chair",
    "Gareth Pryce (GP) \u2013 Chief Executive, OPCC",
    "Owen Maddox \u2013 Deputy Chief Constable, Southmoor Police (DCC)",
    "Andrew Bellamy (AB) \u2013 Deputy Chief Crown Prosecutor, CPS",
    "Alison Brennan (ABr) \u2013 Head of Probation Delivery Unit, Probation Service",
    "Jasmine Clarke (JC) \u2013 Delivery Director, HMCTS",
    "Phil Garside (PG) \u2013 Witness Service Manager, Citizens Advice",
    "Hannah Okonkwo (HO) \u2013 LCJB Business Manager, OPCC (minutes)",
]
LCJB_APOLOGIES = [
    "Sarah Whitcombe \u2013 Chief Constable, Southmoor Police",
    "Simon Yeo \u2013 Head of Youth Justice, Southmoor County Council",
    "Kate Linford \u2013 Area Manager, Victim Support",
    "Richard Amos \u2013 Governor, HMP Ravensford",
]
LCJB_LOG = [
    ("24/15", "5", "Agree a joint CPS/police file quality standard", "AB", "30/09/24", "Carried forward"),
    ("24/19", "4", "Produce a Victims' Code compliance dashboard for partners", "HO", "31/12/24", "Complete"),
    ("24/22", "3", "Write to the HMCTS regional delivery director about courtroom availability at Ravensford",
     "MT", "30/11/24", "Closed"),
    ("25/01", "3", "Share the revised listing plan for Ravensford Crown Court with Board members", "JC",
     "28/02/25", "New"),
    ("25/02", "5", "Provide data on completion rates for diversionary caution conditions, by offence type", "DCC",
     "24/04/25", "New"),
    ("25/03", "3", "Review the witness care referral pathway with the Witness Service", "PG", "31/03/25", "New"),
]


def doc_lcjb_minutes(outdir):
    stem = "blind10_southmoor_lcjb_minutes_jan25"
    s = []
    s.append(P("SOUTHMOOR LOCAL CRIMINAL JUSTICE BOARD", H1))
    s.append(P("<b>MINUTES</b>"))
    s.append(P("<b>Date:</b> 23/01/25 &nbsp;&nbsp;&nbsp;&nbsp; <b>Time:</b> 10:00am &nbsp;&nbsp;&nbsp;&nbsp; "
               "<b>Venue:</b> Microsoft Teams"))
    left = [P("<b>Present</b>", SMALL)] + [P(x, SMALL) for x in LCJB_PRESENT]
    right = [P("<b>Apologies</b>", SMALL)] + [P(x, SMALL) for x in LCJB_APOLOGIES]
    t = Table([[left, right]], colWidths=[88 * mm, 80 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 8))

    def item(num, title, paras):
        s.append(P(f"{num}. {title}", H3))
        for para in paras:
            s.append(P(para))

    item("1", "Welcome and apologies", [
        "MT welcomed members and noted apologies. Richard Amos had sent a written update on prison releases, which "
        "was circulated with the papers."])
    item("2", "Minutes of the previous meeting (24 October 2024) and action log", [
        "The minutes were agreed. Updates to the action log are recorded in the table at the end of these minutes. "
        "AB reported that the joint CPS/police file quality standard (action 24/15) had been delayed by the "
        "national changes to disclosure guidance."])
    item("3", "Crown Court backlog and listing", [
        "JC reported that the outstanding Crown Court caseload at Ravensford stood at 1,184 cases, an increase of "
        "6% since October. Two additional sitting days per week had been allocated from February.",
        "The DCC asked whether trials involving vulnerable witnesses would be prioritised. JC confirmed that they "
        "would be listed first where possible. PG noted that witness attrition was highest where trials were "
        "listed more than 12 months after charge.",
        "MT thanked JC for the update. JC agreed to provide the Board with a quarterly update on the Crown Court "
        "caseload."])
    item("4", "Victims' Code compliance - quarterly data", [
        "HO presented the Q3 Victims' Code compliance dashboard. Compliance with the right to be referred to "
        "support services had risen to 88%, but only 61% of victims had been offered the opportunity to make a "
        "Victim Personal Statement. ABr noted that probation's Victim Contact Scheme had cleared its backlog. KL "
        "had provided a written update indicating increased demand for the hate crime service."])
    item("5", "Out of court resolutions - two-tier framework", [
        "The DCC presented an update on the adult two-tier framework introduced in April 2024: 2,310 outcomes had "
        "been issued, of which 74% were community resolutions. AB asked about completion rates for the conditions "
        "attached to diversionary cautions. The DCC said that the data were not yet reliable and agreed to bring "
        "a fuller analysis to the next meeting (see action 25/02)."])
    item("6", "Board development session", [
        "GP proposed a half-day development session in the spring to review the Board's priorities and terms of "
        "reference. Members agreed. It was agreed that HO would circulate possible dates for the session."])
    item("7", "Any other business", ["None."])
    item("8", "Date of next meeting", ["Thursday 24 April 2025, 10:00am, Microsoft Teams."])
    s.append(Spacer(1, 8))
    s.append(P("<b>Action log</b>", H2))
    rows = [["Ref", "Item", "Action", "Owner", "Due", "Status"]] + [list(r) for r in LCJB_LOG]
    s.append(grid_table(rows, [15 * mm, 13 * mm, 80 * mm, 16 * mm, 20 * mm, 28 * mm]))
    _pdf(os.path.join(outdir, stem + ".pdf"), s, header="Southmoor LCJB - minutes 23/01/25",
         footer="OFFICIAL", title="LCJB minutes")
    return stem


ALL = [doc_pcp_minutes, doc_opcc_notes, doc_csp_minutes, doc_tor, doc_governance_page, doc_plan,
       doc_delivery_monitoring, doc_panel_report, doc_ethics_md, doc_lcjb_minutes]


def make_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    return [fn(outdir) for fn in ALL]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
    for stem in make_all(out):
        print(stem)
