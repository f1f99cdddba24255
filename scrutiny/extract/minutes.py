"""The minutes components: meetings, attendees, items and actions.

The pipeline imports this module by name; importing it registers the four
spaCy factories. The work lives in ``meetings``, ``attendees``, ``items`` and
``actions``, with ``people`` (name and role vocabulary) and ``roles`` (who "the
DCC" is) shared between them and with other components.
"""

from __future__ import annotations

from spacy.language import Language

from .actions import ActionExtractor
from .attendees import AttendeeExtractor
from .items import ItemExtractor
from .meetings import MeetingExtractor
from .roles import People, resolve_person

__all__ = ["ActionExtractor", "AttendeeExtractor", "ItemExtractor", "MeetingExtractor", "People", "resolve_person"]


@Language.factory("scrutiny_meetings")
def make_meeting_extractor(nlp: Language, name: str) -> MeetingExtractor:
    return MeetingExtractor()


@Language.factory("scrutiny_attendees")
def make_attendee_extractor(nlp: Language, name: str) -> AttendeeExtractor:
    return AttendeeExtractor()


@Language.factory("scrutiny_items")
def make_item_extractor(nlp: Language, name: str) -> ItemExtractor:
    return ItemExtractor()


@Language.factory("scrutiny_actions")
def make_action_extractor(nlp: Language, name: str) -> ActionExtractor:
    return ActionExtractor()
