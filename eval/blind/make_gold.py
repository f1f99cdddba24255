#!/usr/bin/env python3
"""Write the hand-annotated gold records for the blind set to gold/<stem>.jsonl beside this file.

The records below were written by reading each document against spec/RECORDS.md. The only thing
computed is `page` for PDF documents (the page on which the record's evidence text first appears);
`span` is left null, which the contract allows.

usage: make_gold.py [DOCS_DIR] [GOLD_DIR]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
GOLD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "gold")

G = {}  # stem -> list of records


def rec(stem, type_, optional=False, ev=None, **fields):
    r = {"type": type_, "doc": stem}
    r.update(fields)
    if optional:
        r["optional"] = True
    if ev:
        r["_ev"] = ev
    G.setdefault(stem, []).append(r)
    return r


def document(stem, doc_type, title, date, organisation, pages):
    rec(stem, "document", doc_type=doc_type, title=title, date=date, organisation=organisation, pages=pages)


def meeting(stem, body, title, date, time=None, venue=None, chair=None, minutes_by=None, next_meeting=None,
            ev=None):
    rec(stem, "meeting", ev=ev, body=body, title=title, date=date, time=time, venue=venue, chair=chair,
        minutes_by=minutes_by, next_meeting=next_meeting)


def att(stem, name, role, abbreviation, organisation, status, ev=None):
    rec(stem, "attendee", ev=ev, name=name, role=role, abbreviation=abbreviation, organisation=organisation,
        status=status)


def item(stem, number, title, speakers, ev=None):
    rec(stem, "item", ev=ev, number=number, title=title, speakers=speakers)


def action(stem, text, owner, owner_name=None, due=None, status=None, ref=None, optional=False, ev=None):
    rec(stem, "action", optional=optional, ev=ev, text=text, owner=owner, owner_name=owner_name, due=due,
        status=status, ref=ref)


def board(stem, name, abbreviation, purpose, chair, frequency, parent, status=None, optional=False, ev=None):
    rec(stem, "board", optional=optional, ev=ev, name=name, abbreviation=abbreviation, purpose=purpose,
        chair=chair, frequency=frequency, parent=parent, status=status)


def member(stem, board_, member_, kind, role="member", optional=False, ev=None):
    rec(stem, "membership", optional=optional, ev=ev, board=board_, member=member_, member_kind=kind,
        role_on_board=role)


def commitment(stem, text, theme, heading, ref, kind, optional=False, ev=None):
    rec(stem, "commitment", optional=optional, ev=ev, text=text, theme=theme, heading=heading, ref=ref, kind=kind)


def progress(stem, ref, commitment_, activity, update, oversight=None, ev=None):
    rec(stem, "progress", ev=ev, ref=ref, commitment=commitment_, activity=activity, update=update,
        oversight=oversight)


# ==============================================================================================
# 1. Southmoor Police and Crime Panel minutes, 17 September 2024 (PDF)
S = "blind01_southmoor_pcp_minutes_2024-09"
document(S, "minutes", "Minutes of a meeting of the Southmoor Police and Crime Panel", "2024-09-17",
         "Southmoor Police and Crime Panel", 3)
meeting(S, "Southmoor Police and Crime Panel", None, "2024-09-17", "10:30",
        "Council Chamber, County Hall, Ravensford", "Peter Lydgate", None,
        {"date": "2024-11-26", "title": None}, ev="MINUTES of a meeting")
att(S, "Peter Lydgate", "Chair", None, "Ashfield District Council", "present")
att(S, "Janet Orme", "Vice-Chair", None, "Kestrel Vale Borough Council", "present")
att(S, "Tariq Hussain", None, None, "Harrowby City Council", "present")
att(S, "David Penhaligon", None, None, "Westcombe District Council", "present")
att(S, "Sue Fairbrother", None, None, "Southmoor County Council", "present")
att(S, "Ben Ashcroft", None, None, "Southmoor County Council", "present")
att(S, "Elaine Chadwick", "Independent Co-opted Member", None, None, "present")
att(S, "Robert Kaye", "Independent Co-opted Member", None, None, "present")
att(S, "Marcus Thornley", "Police and Crime Commissioner", None, None, "in_attendance")
att(S, "Gareth Pryce", "Chief Executive", None, "Office of the Police and Crime Commissioner", "in_attendance")
att(S, "Louise Kendrick", "Chief Finance Officer", None, "Office of the Police and Crime Commissioner",
    "in_attendance")
att(S, "Liam Rees", "Assistant Chief Constable", "ACC", "Southmoor Police", "in_attendance")
att(S, "Claire Moss", "Panel Support Officer", None, "Southmoor County Council", "in_attendance")
att(S, "Adam Fenwick", "Democratic Services Officer", None, "Southmoor County Council", "in_attendance")
att(S, "Kevin Doyle", None, None, "Southmoor County Council", "apologies")
att(S, "Hannah Greaves", None, None, "Harrowby City Council", "apologies")
att(S, "Sarah Whitcombe", "Chief Constable", None, "Southmoor Police", "apologies")
item(S, "PCP/24/15", "Chair's announcements", ["Peter Lydgate"])
item(S, "PCP/24/16", "Apologies for absence and substitutes", [])
item(S, "PCP/24/17", "Declarations of interest", ["David Penhaligon"])
item(S, "PCP/24/18", "Minutes of the meeting held on 9 July 2024", ["Gareth Pryce"])
item(S, "PCP/24/19", "Public questions", [])
item(S, "PCP/24/20", "Police and Crime Commissioner's Annual Report 2023/24",
     ["Marcus Thornley", "Tariq Hussain", "Robert Kaye", "Gareth Pryce", "Sue Fairbrother", "Louise Kendrick"])
item(S, "PCP/24/21", "Neighbourhood Policing and Rural Crime - Commissioner's update",
     ["Liam Rees", "David Penhaligon", "Janet Orme", "Elaine Chadwick"])
item(S, "PCP/24/22", "Complaints against the Commissioner - quarterly update", ["Claire Moss"])
item(S, "PCP/24/23", "Panel Work Programme 2024/25", [])
item(S, "PCP/24/24", "Date of next meeting", [])
action(S, "The Commissioner agreed to provide members with a breakdown of the victim satisfaction figures by "
          "district by the end of October 2024.", "The Commissioner", "Marcus Thornley", "2024-10-31")
action(S, "the Commissioner be asked to include a section on progress against the rural crime pledges in his next "
          "annual report.", "the Commissioner", "Marcus Thornley")
action(S, "ACC Rees undertook to share the rural crime problem profile with members, subject to any necessary "
          "redactions.", "ACC Rees", "Liam Rees")
action(S, "it was agreed that the Panel Support Officer would arrange an informal briefing for members on the model "
          "in the new year.", "the Panel Support Officer", "Claire Moss")
action(S, "the Democratic Services Officer circulate the dates of the proposed budget workshop to all members.",
       "the Democratic Services Officer", "Adam Fenwick")
# borderline
action(S, "Mr Pryce accepted that the section on rural crime was brief and would be strengthened in future reports.",
       "Mr Pryce", "Gareth Pryce", optional=True)
action(S, "the Panel's comments, as set out above, be forwarded to the Commissioner for inclusion in the published "
          "version of the report", None, optional=True)
action(S, "the Chief Executive confirmed that the breakdown of Community Safety Fund allocations by district had been "
          "circulated to members on 2 August 2024.", "the Chief Executive", "Gareth Pryce", status="complete",
       optional=True)
action(S, "RESOLVED that the work programme be agreed, subject to the addition of an item on the Commissioner's "
          "Violence Against Women and Girls Strategy at the February 2025 meeting.", None, optional=True)
action(S, "a rural response pilot would begin in Westcombe in January 2025.", None, optional=True)

# ==============================================================================================
# 2. OPCC Accountability and Scrutiny Meeting notes, 14/11/24 (DOCX)
S = "blind02_opcc_accountability_notes_nov24"
document(S, "minutes", "Accountability and Scrutiny Meeting - Notes of meeting", "2024-11-14",
         "Office of the Police and Crime Commissioner for Southmoor", None)
meeting(S, "Accountability and Scrutiny Meeting", "Public Contact and Call Handling", "2024-11-14", "14:00",
        "Conference Room 2, Police Headquarters, Cliffe Lane, Ravensford", "Marcus Thornley", "Ruth Ellery",
        {"date": "2024-12-12", "title": "Serious Violence Duty"})
att(S, "Marcus Thornley", "Police and Crime Commissioner", "PCC", "OPCC", "present")
att(S, "Anita Desai", "Deputy Police and Crime Commissioner", "DPCC", "OPCC", "present")
att(S, "Gareth Pryce", "Chief Executive", "CEx", "OPCC", "present")
att(S, "Ruth Ellery", "Governance and Scrutiny Officer", "RE", "OPCC", "present")
att(S, "Sarah Whitcombe", "Chief Constable", "CC", "Southmoor Police", "present")
att(S, "Owen Maddox", "Deputy Chief Constable", "DCC", "Southmoor Police", "present")
att(S, "Karen Lowther", "Head of Contact Management", "KL", "Southmoor Police", "present")
att(S, "Steve Ibbotson", "Contact Centre Performance Manager", "SI", "Southmoor Police", "present")
att(S, "Louise Kendrick", "Chief Finance Officer", "CFO", "OPCC", "apologies")
att(S, "Priya Nandakumar", "Assistant Chief Constable", "ACC", "Southmoor Police", "apologies")
item(S, "1", "Welcome and apologies", ["Marcus Thornley"])
item(S, "2", "Notes and actions from previous meeting (12/09/24)", ["Ruth Ellery"])
item(S, "3", "999 and 101 performance", ["Sarah Whitcombe", "Marcus Thornley", "Karen Lowther", "Anita Desai"])
item(S, "4", "Digital contact and online reporting", ["Steve Ibbotson", "Anita Desai", "Gareth Pryce"])
item(S, "5", "Contact Centre workforce and resilience", ["Owen Maddox", "Marcus Thornley", "Sarah Whitcombe"])
item(S, "6", "Any other business", ["Gareth Pryce"])
item(S, "7", "Date of next meeting", [])
action(S, "DCC to present the Right Care Right Person phase 2 options appraisal by 12/12/24.", "DCC", "Owen Maddox",
       "2024-12-12", "open")
action(S, "The CC agreed to provide a written update on the call-back trial once the evaluation concludes.",
       "The CC", "Sarah Whitcombe")
action(S, "Provide a breakdown of 101 abandonment rates by time of day and day of week by 29/11/24.", "KL",
       "Karen Lowther", "2024-11-29")
action(S, "Share the customer satisfaction survey results for online reporting with the OPCC.", "SI",
       "Steve Ibbotson")
action(S, "Include digital contact measures in the Q3 Police and Crime Plan performance report.", "CEx",
       "Gareth Pryce")
action(S, "Confirm the timetable for the next call handler recruitment cohort.", "DCC", "Owen Maddox")
action(S, "the mental health demand data requested in September had been circulated on 03/10/24 and that action is "
          "closed.", None, status="complete", optional=True)

# ==============================================================================================
# 3. Safer Ashfield Partnership Board minutes, 5 March 2025 (HTML)
S = "blind03_safer_ashfield_board_minutes"
document(S, "minutes", "Safer Ashfield Partnership Board minutes - 5 March 2025", "2025-03-05",
         "Ashfield District Council", None)
meeting(S, "Safer Ashfield Partnership Board", None, "2025-03-05", "14:00",
        "Committee Room 1, Ashfield District Council Offices, Market Street, Ashfield", "Fiona Blackwood",
        "Lucy Tranter", {"date": "2025-06-04", "title": None})
att(S, "Fiona Blackwood", "Chair", None, "Ashfield District Council", "present")
att(S, "Dan Whitaker", "Inspector", None, "Southmoor Police", "present")
att(S, "Joanne Pickering", "Community Safety Manager", None, "Ashfield District Council", "present")
att(S, "Martin Cole", "Station Manager, Prevention", None, "Southmoor Fire and Rescue Service", "present")
att(S, "Aisha Rahman", None, None, "Southmoor Integrated Care Board", "present")
att(S, "Neil Sharrock", "Head of Ashfield and Westcombe PDU", None, "Probation Service", "present")
att(S, "Kerry-Anne Mills", None, None, "Ashfield Homes", "present")
att(S, "Tom Bradshaw", None, None, "Office of the Police and Crime Commissioner", "present")
att(S, "Lucy Tranter", "Democratic Services Officer", None, "Ashfield District Council", "present")
att(S, "Rachel Dunmore", "Chief Inspector", None, "Southmoor Police", "apologies")
att(S, "Simon Yeo", None, None, "Southmoor Youth Justice Service", "apologies")
item(S, "1", "Welcome, introductions and apologies", ["Fiona Blackwood"])
item(S, "2", "Minutes of the last meeting (4 December 2024)", [])
item(S, "3", "Action tracker", ["Aisha Rahman"])
item(S, "4", "Strategic Assessment 2025 \u2013 headline findings", ["Joanne Pickering", "Dan Whitaker"])
item(S, "5", "Serious Violence Duty \u2013 local delivery plan", ["Tom Bradshaw", "Neil Sharrock"])
item(S, "6", "Town centre ASB and the Public Spaces Protection Order", ["Joanne Pickering", "Martin Cole"])
item(S, "7", "Domestic Homicide Reviews \u2013 update", ["Joanne Pickering", "Kerry-Anne Mills"])
item(S, "8", "Community Safety Fund 2025/26", ["Tom Bradshaw"])
item(S, "9", "Any other business", [])
item(S, "10", "Date of next meeting", [])
action(S, "JP to publish the public summary of the Strategic Assessment on the council website by 31 March 2025.",
       "JP", "Joanne Pickering", "2025-03-31")
action(S, "Tom Bradshaw would bring the draft Ashfield delivery plan to the June meeting for sign-off.",
       "Tom Bradshaw", "Tom Bradshaw")
action(S, "JP to circulate the draft PSPO consultation to partners by 21 March 2025.", "JP", "Joanne Pickering",
       "2025-03-21")
action(S, "MC to share the deliberate fire data for Hollins Park with the neighbourhood team.", "MC", "Martin Cole")
action(S, "Share ASB hotspot mapping with registered housing providers", "Insp Whitaker", "Dan Whitaker",
       "2025-01-31", "complete", "23/14")
action(S, "Develop a joint communications plan for the summer night-time economy campaign", "Joanne Pickering",
       "Joanne Pickering", "2025-03-31", "ongoing", "24/02")
action(S, "Confirm ICB representation on the Domestic Abuse Local Partnership Board", "Dr Aisha Rahman",
       "Aisha Rahman", "2025-02-28", "open", "24/05")
action(S, "Report back on take-up of the youth diversion scheme", "Neil Sharrock", "Neil Sharrock", "2025-06-04",
       "open", "24/07")
action(S, "Arrange a DHR learning event for frontline staff", "Joanne Pickering", "Joanne Pickering", "2025-04-30",
       "ongoing", "24/08")
action(S, "The Board agreed that partners should submit proposals for the fund to the Community Safety Manager by "
          "30 April 2025.", "partners", None, "2025-04-30", optional=True)

# ==============================================================================================
# 4. Serious Violence Partnership Delivery Group terms of reference (PDF)
S = "blind04_svpdg_terms_of_reference"
B = "Southmoor Serious Violence Partnership Delivery Group"
document(S, "terms_of_reference", "Southmoor Serious Violence Partnership Delivery Group - Terms of Reference",
         "2025-02-12", None, 2)
board(S, B, "SVPDG",
      "brings together the specified authorities under the Serious Violence Duty to prevent and reduce serious "
      "violence across Southmoor, and to co-ordinate the delivery of the Southmoor Serious Violence Response "
      "Strategy.", "Chief Superintendent, Local Policing", "bi-monthly", "Safer Southmoor Board",
      ev="brings together the specified")
board(S, "Serious Violence Data and Analysis Cell", None,
      "produces the annual strategic needs assessment for the group.", None, "monthly", B)
board(S, "Safer Southmoor Board", None, "the county's strategic community safety partnership", None, None, None,
      optional=True, ev="reports to the Safer Southmoor Board")
for i, m in enumerate([
        "Chief Superintendent, Local Policing (Southmoor Police)",
        "Head of Community Safety, Southmoor County Council",
        "Community Safety Managers of each district council",
        "Head of Service, Southmoor Youth Justice Service",
        "Head of Probation Delivery Unit, Probation Service (Southmoor)",
        "Area Manager (Prevention), Southmoor Fire and Rescue Service",
        "Consultant in Public Health, Southmoor County Council",
        "Designated Nurse for Safeguarding Children, Southmoor Integrated Care Board",
        "Head of Inclusion, Southmoor County Council Education Services",
        "Serious Violence Lead, Office of the Police and Crime Commissioner"]):
    member(S, B, m, "role", "chair" if i == 0 else "member")
member(S, B, "Office of the Police and Crime Commissioner (OPCC)", "organisation", "support",
       ev="Secretariat support")
member(S, B, "Crown Prosecution Service", "organisation", optional=True)
member(S, B, "voluntary and community sector providers", "organisation", optional=True)
for ref, text in [
        ("2.1", "Maintain and refresh the Southmoor serious violence strategic needs assessment on an annual basis."),
        ("2.2", "Oversee delivery of the Southmoor Serious Violence Response Strategy and its action plan."),
        ("2.3", "Agree the allocation of the Serious Violence Duty grant in line with Home Office grant conditions."),
        ("2.4", "Ensure that data and intelligence are shared between the specified authorities in line with the "
                "agreed information sharing protocol."),
        ("2.5", "Monitor and evaluate the impact of commissioned interventions for young people at risk of "
                "involvement in violence.")]:
    commitment(S, text, B, None, ref, "objective")
for text in ["attend meetings regularly or send a nominated deputy;",
             "share data and information in line with the agreed information sharing protocol;",
             "champion the Serious Violence Duty within their own organisation and report back on actions agreed."]:
    commitment(S, text, B, None, None, "objective", optional=True)

# ==============================================================================================
# 5. Northwold PCC web page: governance boards (HTML)
S = "blind05_northwold_governance_boards"
document(S, "web_page", "Governance boards", None, "Northwold Police and Crime Commissioner", None)
SPAB = "Strategic Policing and Accountability Board"
LCJB = "Northwold Local Criminal Justice Board"
board(S, SPAB, "SPAB",
      "the Commissioner's main forum for holding the Chief Constable to account for the performance of Northwold "
      "Police and the delivery of the Police and Crime Plan.", "Police and Crime Commissioner", "monthly", None)
board(S, LCJB, "LCJB",
      "brings together the criminal justice agencies in the county to improve the efficiency and effectiveness of "
      "the local criminal justice system and the experience of victims and witnesses.", "Commissioner",
      "quarterly", None)
board(S, "Reducing Reoffending Board", None,
      "oversees the county's Reducing Reoffending Strategy, including the Integrated Offender Management (IOM) "
      "scheme and the provision of accommodation for prison leavers.",
      "Head of the Northwold Probation Delivery Unit", "every six weeks", LCJB)
board(S, "Northwold Joint Estates Board", None,
      "oversaw the shared estates programme between Northwold Police and Northwold Fire and Rescue Service, "
      "including the joint station at Carrbrook.", None, "bi-monthly", None, "dissolved 2023-03-31")
member(S, SPAB, "Police and Crime Commissioner", "role", "chair")
member(S, SPAB, "Deputy Police and Crime Commissioner", "role")
member(S, SPAB, "Chief Constable", "role")
member(S, SPAB, "Deputy Chief Constable", "role")
member(S, SPAB, "OPCC Chief Executive", "role")
member(S, SPAB, "Chief Finance Officers of the OPCC and the force", "role")
member(S, SPAB, "OPCC Governance Team", "organisation", "support")
member(S, LCJB, "The Commissioner", "role", "chair")
for org in ["Northwold Police", "the Crown Prosecution Service (CPS)", "HM Courts and Tribunals Service (HMCTS)",
            "the Probation Service", "Northwold Youth Justice Service", "HMP Carrbrook", "Victim Support"]:
    member(S, LCJB, org, "organisation")
member(S, "Reducing Reoffending Board", "Head of the Northwold Probation Delivery Unit", "role", "chair")
member(S, "Northwold Joint Estates Board", "the Commissioner", "role")
member(S, "Northwold Joint Estates Board", "the Chief Constable", "role")
member(S, "Northwold Joint Estates Board", "the Chief Fire Officer", "role")

# ==============================================================================================
# 6. Northwold Police and Crime Plan 2025-2029 (PDF)
S = "blind06_northwold_police_crime_plan"
document(S, "plan", "Northwold Police and Crime Plan 2025-2029", None,
         "Office of the Police and Crime Commissioner for Northwold", 6)
T1, T2, T3 = "Safer neighbourhoods", "Protecting vulnerable people", "A police service people trust"
for theme, heading, texts in [
    (T1, "Tackle anti-social behaviour", [
        "Increase the number of neighbourhood officers and PCSOs in every local policing area, and protect them from "
        "being abstracted to other duties.",
        "Work with councils and housing providers to make full use of the powers in the Anti-social Behaviour, Crime "
        "and Policing Act 2014.",
        "Fund youth diversion activities in the areas with the highest levels of anti-social behaviour."]),
    (T1, "Make our roads safer", [
        "Support the Northwold Safer Roads Partnership to reduce the number of people killed or seriously injured on "
        "our roads.",
        "Expand Community Speedwatch to every village that wants it.",
        "Target drivers who use the roads for criminal purposes through a dedicated Roads Crime Unit."]),
    (T2, "Put victims first", [
        "Commission a single victims' hub that offers every victim of crime a needs assessment and tailored support.",
        "Monitor compliance with the Victims' Code and publish the results every quarter.",
        "Give victims of anti-social behaviour access to the Community Trigger through a simple online form."]),
    (T2, "Tackle violence against women and girls", [
        "Fund independent domestic violence and sexual violence advisers in every local authority area.",
        "Invest in perpetrator programmes that challenge and change abusive behaviour.",
        "Work with schools to deliver healthy relationships education to every secondary pupil in Northwold."]),
    (T3, "Improve public contact", [
        "Ensure 101 calls are answered promptly, with a call-back option offered at busy times.",
        "Develop online and webchat reporting so that people can contact the police in the way that suits them."]),
    (T3, "Build trust and confidence", [
        "Establish an independent ethics committee to advise on difficult policing decisions.",
        "Publish stop and search and use of force data, with scrutiny by community panels.",
        "Support the Chief Constable to recruit a workforce that reflects the communities of Northwold."]),
]:
    for text in texts:
        commitment(S, text, theme, heading, None, "pledge")
for text in ["Increase the charge rate for rape and serious sexual offences year on year.",
             "Ensure every high-risk domestic abuse victim is contacted within 24 hours of a report."]:
    commitment(S, text, T2, None, None, "challenge")
for theme, texts in [
    (T1, ["Fewer incidents of anti-social behaviour reported to the police and councils.",
          "Fewer people killed or seriously injured on Northwold's roads.",
          "More residents who say they feel safe in their neighbourhood after dark."]),
    (T2, ["Improved satisfaction among victims of crime.",
          "A higher proportion of domestic abuse and sexual offences resulting in a charge.",
          "Fewer repeat victims of domestic abuse."]),
    (T3, ["Higher public confidence in Northwold Police, as measured by the Crime Survey for England and Wales.",
          "Reduced 101 call abandonment rates."]),
]:
    for text in texts:
        commitment(S, text, theme, None, None, "outcome")
# foreword: "I will" in running prose, not a pledge list
commitment(S, "I will publish an annual report setting out progress against every commitment in this plan",
           None, None, None, "pledge", optional=True)
commitment(S, "I will hold the Chief Constable to account in public", None, None, None, "pledge", optional=True)
board(S, "Strategic Policing and Accountability Board", None, None, "Police and Crime Commissioner", "monthly", None,
      optional=True)

# ==============================================================================================
# 7. Delivery plan monitoring report, Q2 2025/26 (DOCX)
S = "blind07_delivery_plan_q2_monitoring"
document(S, "report", "Police and Crime Plan 2025-2029: Delivery Plan Monitoring Report - Quarter 2 (July to "
                      "September 2025)", "2025-10-21", "Northwold Strategic Policing and Accountability Board", None)
meeting(S, "Northwold Strategic Policing and Accountability Board", None, "2025-10-21")
action(S, "The Chief Constable will provide an exception report on the Victims' Code compliance dashboard to the "
          "Board by 18 November 2025.", "The Chief Constable", None, "2025-11-18")
action(S, "The Board is asked to note progress against the delivery plan and to consider the activities rated red "
          "and amber.", "The Board", optional=True)
DP = [
    (T1, "SN1", "Increase the number of neighbourhood officers and PCSOs in every local policing area",
     "Recruit 40 additional PCSOs and ring-fence neighbourhood posts from abstraction",
     "32 of 40 PCSOs recruited; final cohort starts January 2026. Abstraction rate for neighbourhood officers 6.2% "
     "against a 5% target."),
    (T1, "SN2", "Fund youth diversion activities in the areas with the highest levels of anti-social behaviour",
     "Award Safer Streets Youth Fund grants in Carrbrook, Lowther Bridge and Fellside",
     "Grants awarded to six providers in July 2025. First quarterly monitoring returns received; 412 young people "
     "engaged."),
    (T1, "SN3", "Expand Community Speedwatch to every village that wants it",
     "Recruit and train volunteers; purchase additional speed detection devices",
     "18 new schemes launched. Delay in device procurement; devices now expected November 2025."),
    (T1, "SN4", "Target drivers who use the roads for criminal purposes through a dedicated Roads Crime Unit",
     "Establish the Roads Crime Unit and run ANPR-led operations on the A68 and A591 corridors",
     "Unit operational from 1 May 2025; 143 arrests in Q2."),
    (T2, "PV1", "Commission a single victims' hub that offers every victim of crime a needs assessment and tailored "
                "support",
     "Complete procurement of the Northwold Victims' Hub contract",
     "Contract awarded to Northwold Victim Care; mobilisation began 1 October 2025. Procurement completed on time."),
    (T2, "PV2", "Monitor compliance with the Victims' Code and publish the results every quarter",
     "Develop a Victims' Code compliance dashboard with the force",
     "Dashboard developed but the force data feed is not yet available because of the records system upgrade. First "
     "publication now expected in Q4."),
    (T2, "PV3", "Fund independent domestic violence and sexual violence advisers in every local authority area",
     "Extend IDVA and ISVA contracts to March 2027",
     "Contracts extended. Additional ISVA post funded in Fellside from Ministry of Justice grant."),
    (T2, "PV4", "Invest in perpetrator programmes that challenge and change abusive behaviour",
     "Pilot an intervention programme for high-harm domestic abuse perpetrators",
     "Provider identified; pilot start delayed to January 2026 pending a data-sharing agreement with the county "
     "council."),
    (T2, "PV5", "Work with schools to deliver healthy relationships education to every secondary pupil in Northwold",
     "Deliver healthy relationships sessions in all 31 secondary schools",
     "Sessions delivered in 12 schools in the summer term; remaining schools booked for the autumn and spring terms."),
    (T3, "PT1", "Ensure 101 calls are answered promptly, with a call-back option offered at busy times",
     "Introduce 101 call-back and revise the contact centre shift pattern",
     "Call-back went live in June 2025. Average 101 answer time reduced from 11 minutes to 5 minutes."),
    (T3, "PT2", "Establish an independent ethics committee to advise on difficult policing decisions",
     "Recruit independent members and agree terms of reference",
     "Committee established; first meeting held on 12 June 2025. Action complete."),
    (T3, "PT3", "Publish stop and search and use of force data, with scrutiny by community panels",
     "Launch community scrutiny panels in each local policing area",
     "Panels operating in two of the three areas; recruitment for the Fellside panel under way."),
]
for theme, ref, text, activity, update in DP:
    commitment(S, text, theme, None, ref, "pledge")
for theme, ref, text, activity, update in DP:
    progress(S, ref, text, activity, update, None)

# ==============================================================================================
# 8. Panel report: PEEL inspection - Commissioner's response (PDF)
S = "blind08_pcp_report_peel_response"
document(S, "report", "HMICFRS PEEL Inspection of Southmoor Police 2024 - the Commissioner's response", "2024-11-26",
         "Southmoor Police and Crime Panel", 3)
meeting(S, "Southmoor Police and Crime Panel", None, "2024-11-26", ev="Date of meeting")
action(S, "(c) agrees to receive a further progress report at its meeting in June 2025.", "the Panel")
action(S, "The Commissioner will hold a dedicated Accountability and Scrutiny Meeting on crime data integrity in "
          "January 2025 and will publish the notes of that meeting on his website.", "The Commissioner",
       "Marcus Thornley")
action(S, "The Chief Constable has committed to publishing the improvement plan on the force website by 31 December "
          "2024.", "The Chief Constable", "Sarah Whitcombe", "2024-12-31")
for ref, _afi, text, owner, due, status in [
        ("CoC1", "", "Establish a crime recording audit team and introduce a daily review of incidents with behavioural "
                     "crime indicators", "ACC Local Policing", "2025-03-31", "ongoing"),
        ("AFI1", "", "Introduce a call-back option and a revised shift pattern in the Contact Centre",
         "Head of Contact Management", "2024-11-30", "complete"),
        ("AFI2", "", "Deliver investigative supervision training to all sergeants in the investigation hubs",
         "Head of Crime", "2025-02-28", "ongoing"),
        ("AFI3", "", "Review the Multi-Agency Safeguarding Hub (MASH) referral process with the three local "
                     "authorities", "Detective Superintendent, Public Protection", "2025-01-31", "open"),
        ("AFI4", "", "Pilot a rural response model in Westcombe", "ACC Local Policing", "2025-07-31", "open"),
        ("AFI5", "", "Make wellbeing conversations part of the performance development review process",
         "Director of People", "2025-03-31", "ongoing")]:
    action(S, text, owner, None, due, status, ref, ev=ref)
action(S, "(a) notes the findings of the HMICFRS PEEL inspection of Southmoor Police;", "the Panel", optional=True)
action(S, "(b) notes the Commissioner's response at paragraph 4 and the force improvement plan at Appendix A;",
       "the Panel", optional=True)
action(S, "The Commissioner will monitor delivery of the plan through his Accountability and Scrutiny Meetings.",
       "The Commissioner", "Marcus Thornley", optional=True)
action(S, "The Commissioner has also asked the Joint Audit Committee to include crime data integrity in its 2025/26 "
          "internal audit plan.", "the Joint Audit Committee", optional=True)
action(S, "The Commissioner has agreed to fund two additional crime registrar posts (£96,000 a year) from the OPCC "
          "reserve.", "The Commissioner", "Marcus Thornley", optional=True)

# ==============================================================================================
# 9. Northwold Independent Ethics Committee minutes, copied from a web page (Markdown)
S = "blind09_ethics_committee_minutes_dec"
document(S, "minutes", "Minutes of the Northwold Independent Ethics Committee", "2025-12-04",
         "Office of the Police and Crime Commissioner for Northwold", None)
meeting(S, "Northwold Independent Ethics Committee", None, "2025-12-04", "18:00",
        "Training Suite, Northwold Police Headquarters, Carrbrook", "Margaret Lowe", "Rosa Delgado",
        {"date": "2026-03-05", "title": None})
att(S, "Margaret Lowe", "Chair", None, None, "present")
att(S, "Hamish Dunbar", "Vice-Chair", None, None, "present")
att(S, "Daniel Okafor", None, None, None, "present")
att(S, "Priya Raman", None, None, None, "present")
att(S, "Thomas Hale", None, None, None, "present")
att(S, "Gillian Marsh", None, None, None, "present")
att(S, "Tamsin Reid", None, None, None, "present")
att(S, "Joanna Pike", "Head of Professional Standards", None, "Northwold Police", "in_attendance")
att(S, "Ewan Castle", "Data Protection Officer", None, "Northwold Police", "in_attendance")
att(S, "Farid Haddad", "Inspector", None, "Northwold Police", "in_attendance")
att(S, "Rosa Delgado", "Policy Officer", None, "OPCC", "in_attendance")
att(S, "Felicity Ogunleye", None, None, None, "apologies")
att(S, "Hannah Wrenfield", None, None, None, "apologies")
item(S, "1", "Welcome and apologies", ["Margaret Lowe"])
item(S, "2", "Declarations of interest", ["Daniel Okafor"])
item(S, "3", "Minutes and matters arising", ["Margaret Lowe"])
item(S, "4", "LIVE FACIAL RECOGNITION - PROPOSED DEPLOYMENT AT CARRBROOK CHRISTMAS MARKET",
     ["Farid Haddad", "Priya Raman", "Thomas Hale", "Ewan Castle"])
item(S, "5", "OUT OF COURT RESOLUTIONS - CASE SCRUTINY", ["Gillian Marsh", "Tamsin Reid"])
item(S, "6", "Body worn video in private dwellings", ["Hamish Dunbar"])
item(S, "7", "Any other business", ["Margaret Lowe"])
item(S, "8", "Date of next meeting", [])
action(S, "Ch Supt Pike to provide the Committee with the force's equality impact assessment for live facial "
          "recognition before the March meeting.", "Ch Supt Pike", "Joanna Pike")
action(S, "JP to publish the results of the Christmas Market deployment on the force website by 31 January.", "JP",
       "Joanna Pike", "2026-01-31")
action(S, "RD to circulate the scrutiny panel's full findings to members by 19 December.", "RD", "Rosa Delgado",
       "2025-12-19")
action(S, "Dr Raman and Mr Dunbar would draft the Committee's advice on body worn video for the Chair's approval.",
       "Dr Raman and Mr Dunbar", None)

# ==============================================================================================
# 10. Southmoor Local Criminal Justice Board minutes, 23/01/25 (PDF)
S = "blind10_southmoor_lcjb_minutes_jan25"
document(S, "minutes", "Southmoor Local Criminal Justice Board - Minutes", "2025-01-23", None, 2)
meeting(S, "Southmoor Local Criminal Justice Board", None, "2025-01-23", "10:00", "Microsoft Teams",
        "Marcus Thornley", "Hannah Okonkwo", {"date": "2025-04-24", "title": None}, ev="SOUTHMOOR LOCAL")
att(S, "Marcus Thornley", "Police and Crime Commissioner", "MT", None, "present")
att(S, "Gareth Pryce", "Chief Executive", "GP", "OPCC", "present")
att(S, "Owen Maddox", "Deputy Chief Constable", "DCC", "Southmoor Police", "present")
att(S, "Andrew Bellamy", "Deputy Chief Crown Prosecutor", "AB", "CPS", "present")
att(S, "Alison Brennan", "Head of Probation Delivery Unit", "ABr", "Probation Service", "present")
att(S, "Jasmine Clarke", "Delivery Director", "JC", "HMCTS", "present")
att(S, "Phil Garside", "Witness Service Manager", "PG", "Citizens Advice", "present")
att(S, "Hannah Okonkwo", "LCJB Business Manager", "HO", "OPCC", "present")
att(S, "Sarah Whitcombe", "Chief Constable", None, "Southmoor Police", "apologies")
att(S, "Simon Yeo", "Head of Youth Justice", None, "Southmoor County Council", "apologies")
att(S, "Kate Linford", "Area Manager", None, "Victim Support", "apologies")
att(S, "Richard Amos", "Governor", None, "HMP Ravensford", "apologies")
item(S, "1", "Welcome and apologies", ["Marcus Thornley"])
item(S, "2", "Minutes of the previous meeting (24 October 2024) and action log", ["Andrew Bellamy"])
item(S, "3", "Crown Court backlog and listing", ["Jasmine Clarke", "Owen Maddox", "Phil Garside", "Marcus Thornley"])
item(S, "4", "Victims' Code compliance - quarterly data", ["Hannah Okonkwo", "Alison Brennan"])
item(S, "5", "Out of court resolutions - two-tier framework", ["Owen Maddox", "Andrew Bellamy"])
item(S, "6", "Board development session", ["Gareth Pryce"])
item(S, "7", "Any other business", [])
item(S, "8", "Date of next meeting", [])
action(S, "JC agreed to provide the Board with a quarterly update on the Crown Court caseload.", "JC",
       "Jasmine Clarke")
action(S, "It was agreed that HO would circulate possible dates for the session.", "HO", "Hannah Okonkwo")
for ref, text, owner, owner_name, due, status in [
        ("24/15", "Agree a joint CPS/police file quality standard", "AB", "Andrew Bellamy", "2024-09-30", "open"),
        ("24/19", "Produce a Victims' Code compliance dashboard for partners", "HO", "Hannah Okonkwo", "2024-12-31",
         "complete"),
        ("24/22", "Write to the HMCTS regional delivery director about courtroom availability at Ravensford", "MT",
         "Marcus Thornley", "2024-11-30", "complete"),
        ("25/01", "Share the revised listing plan for Ravensford Crown Court with Board members", "JC",
         "Jasmine Clarke", "2025-02-28", "open"),
        ("25/02", "Provide data on completion rates for diversionary caution conditions, by offence type", "DCC",
         "Owen Maddox", "2025-04-24", "open"),
        ("25/03", "Review the witness care referral pathway with the Witness Service", "PG", "Phil Garside",
         "2025-03-31", "open")]:
    action(S, text, owner, owner_name, due, status, ref, ev=ref + " ")


# ==============================================================================================
# pages for PDF documents, then write

def _squash(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [_squash(p.extract_text() or "") for p in pdf.pages]


def _evidence(r):
    if r.get("_ev"):
        return [r["_ev"]]
    t = r["type"]
    if t in ("document", "meeting"):
        return None
    if t == "attendee":
        return [r["name"]]
    if t == "item":
        return [r["title"]]
    if t in ("action", "commitment"):
        words = r["text"].split()
        return [" ".join(words[:8]), " ".join(words[:4])]
    if t == "board":
        return [r["name"]]
    if t == "membership":
        return [r["member"]]
    if t == "progress":
        return [r["ref"]]
    return None


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, recs in G.items():
        pdf = os.path.join(DOCS, stem + ".pdf")
        pages = _pdf_pages(pdf) if os.path.exists(pdf) else None
        out = []
        for r in recs:
            r = dict(r)
            ev = r.pop("_ev", None)
            page = None
            if pages is not None:
                page = 1
                cands = [ev] if ev else _evidence(r)
                if cands:
                    page = None
                    for c in cands:
                        key = _squash(c)
                        hits = [i + 1 for i, p in enumerate(pages) if key and key in p]
                        if hits:
                            page = hits[0]
                            break
                    if page is None:
                        print(f"warning: {stem}: no page for {r['type']} {cands[0]!r}", file=sys.stderr)
            ordered = {"type": r.pop("type"), "doc": r.pop("doc"), "page": page, "span": None}
            ordered.update(r)
            out.append(ordered)
        with open(os.path.join(GOLD, stem + ".jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{stem}: {len(out)} records")


if __name__ == "__main__":
    main()
