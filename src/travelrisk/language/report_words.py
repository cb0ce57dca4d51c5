"""The memo's and the trip summary's own words, in English: the defaults that each
catalogue's ``[report]``, ``[trip]``, ``[missing]`` and ``[facts]`` tables translate (``rules/i18n/<lang>.toml``).

A key's placeholders (``{date}``, ``{n}``...) are filled by the code that shows it; the loader
refuses a translation whose placeholders differ from the English here. A key a catalogue does
not translate is shown in English. What the profile says of the person (their lists, their
exposure) is said with the interview's own words for the same choices, so those are
translated once, in the catalogue's ``[messages]``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model.checklist import GAP_AFTER, GAP_BEFORE, GAP_OPEN, GAP_UNCONFIRMED, GAP_UNRECORDED
from ..model.country import Outcome
from ..model.instrument import Mechanism

if TYPE_CHECKING:
    from .i18n import Words

#: The memo (``travelrisk report``, the app's export): headings, labels and the fixed text.
REPORT: dict[str, str] = {
    # title and stamp
    "title": "Travel-risk memo: {places}",
    "title_trip": "Travel-risk memo: trip {legs}",
    "made_on": "Made on",
    "as_of": "As of",
    "as_of_note": "{dates} (the travel date the rules were applied on)",
    "rulebook": "Rulebook",
    "rulebook_version": "version {version}, reviewed {reviewed}",
    "content_hash": "Content hash",
    "trip_level": "Trip level",
    "trip_worst_leg": "worst leg {n}",
    "trip_worst_known_leg": "highest established level on leg {n}",
    "could_be": "could be",
    # the disclaimer, and the one note on what stays in its own language
    "not_advice": "This is information, not legal advice.",
    "disclaimer": (
        "It sets out what the travelrisk rulebook holds about the states named here and how its rules "
        "apply to the profile it was given, as of the date stated. Laws, treaties and practice change, "
        "and the rulebook is incomplete: a lawyer should check the sources before anyone relies on this memo."
    ),
    "source_language": (
        "Research notes, the descriptions of precedents and sources are given as the rulebook records them, "
        "in the language they were written in."
    ),
    # the person
    "the_person": "The person",
    "redacted": "Redacted.",
    "citizenship": "Citizenship",
    "residence": "Residence",
    "exposure": "Exposure",
    "listed_by": "Listed by",
    "documents": "Documents",
    "protections": "Protections",
    "pursuing_states": "States that pursue the person",
    "none_given": "none given",
    "not_given": "not given",
    "no_exposure": "none",
    "no_listing": "no known listing",
    "no_pursuer": "none",
    "listing": "{state}: {kind} ({certainty})",
    "document": "{kind} issued by {state}",
    "document_expires": "expires {date}",
    "protection": "{kind} from {state}",
    "protection_since": "since {date}",
    "known": "known",
    "suspected": "suspected",
    "reason_listed": "lists you: {kind} ({certainty})",
    "reason_exposure": "your citizenship, with political exposure: {what}",
    # redaction
    "requesting_state": "requesting state",
    "other_state": "other state",
    "date_withheld": "[date withheld]",
    "redaction_note": (
        "Redacted: the person's citizenships, residence, exposure, lists, documents and protections are left "
        "out. The states that pursue them are called {labels} and their other states 'another state'. The "
        "levels, findings and sources are kept; a cited source or precedent can still show which state's "
        "practice a finding rests on, and a finding appears only where the profile made its rule apply. Open "
        "points about the pursuing states and their treaties are left out. So are the entry rules chosen for "
        "them, and what the research found about each destination, which names the states that pursue people "
        "there."
    ),
    "redaction_one": "'the requesting state'",
    "redaction_many": "'requesting state A', 'B' and so on",
    # summary
    "summary": "Summary",
    "summary_intro": (
        "Level: what the established facts alone give. Ceiling: the worst case, if every open question were "
        "answered against the person. Only a settled low is a sign of safety."
    ),
    "col_number": "No.",
    "col_destination": "Destination",
    "col_leg": "Leg",
    "col_level": "Level",
    "col_ceiling": "Ceiling",
    "col_reason": "What sets the level",
    "worst_leg_mark": "(worst leg)",
    "same_settled": "same (settled)",
    "finding_ref": "{title} (finding {n})",
    "reason_not_researched": "not researched",
    "reason_no_rule": "no rule matched",
    # a destination or a leg
    "section_leg": "Leg {n}",
    "section_as_of": "As of {date}",
    "leg_departure": "departure (exit control)",
    "leg_entry": "entry",
    "leg_transit": "transit (airside, no passport control)",
    "leg_overflight": "overflight",
    "leg_land_crossing": "land crossing",
    "section_not_researched": "not researched: unknown is not safe",
    "section_worst": "the worst leg of the trip",
    "section_research": "research checklist: {answered} of {total} answers for the states that pursue the person",
    "requesters_considered": "States considered as requesters",
    "findings": "Findings, by what they risk",
    "no_rule_matched": "No rule matched.",
    "nothing_known": "Nothing is known about this destination.",
    "open_questions": "Open questions (missing research, not safety)",
    "open_questions_range": "Open questions: what separates {level} from {ceiling} (missing research, not safety)",
    "caveats": "Caveats",
    "caveat_not_formalised": "Not weighed by this check",
    "caveat_data_age": "Data age",
    "caveat_entry": "Entry rules for your passport",
    "caveat_summary": "What the research found",
    "caveat_entry_unconfirmed": "Entry rules for your passport (unconfirmed)",
    # a finding
    "rests_on": "It rests on these facts:",
    "confidence_rule": "Confidence: {confidence}; rule",
    "profile_graded": "{confidence} (rests on the profile; no graded fact)",
    "facts_cite": "(its wording cites no source of its own; the facts above carry the citations)",
    "finding_requester": "requester: {requester}",
    "no_source": (
        "(The rulebook cites no source for this finding: it rests on the profile's own entries and the rule's "
        "reasoning.)"
    ),
    # sources
    "sources": "Sources",
    "no_sources": "No finding cites a source.",
    "sources_intro": (
        "Each source's confidence is that of the facts that cite it (the weakest, where they differ): "
        "established (treaty text, official record, court), reported (credible media or NGO), unverified (a lead "
        "nobody has confirmed). A source cited only by a rule's own wording, by the summary of what the research "
        "found or by an open point is not graded. URLs are given for the reader; travelrisk never fetches them. "
        "A source read in a copy says so and gives the copy's address; state-controlled media and copies whose "
        "original was not found are marked as such."
    ),
    "source_confidence": "Confidence: {confidence}.",
    # how a weak source was read (see rules/README.md, "A source is weak when ...")
    "source_copy": "Read in a copy:",
    "source_state_media": "State-controlled media.",
    "source_mirror": "A copy of another's text; its original was not found.",
    "not_graded": "not graded (cited by a rule's wording, the summary of what the research found or an open point)",
    # about
    "about": "About this memo",
    "about_text": (
        "Each level is the highest level of the findings that raise it; with none, it is low for a researched "
        "destination and unknown otherwise. Each ceiling is the highest level an open question could add (severe "
        "for a destination nobody researched): an empty list of precedents or treaties counts as a fact only where "
        "the rulebook records that someone looked. Every finding names the rule that made it, and every fact its "
        "source. A finding's wording is its rule's explanation, written by the rulebook's authors; where the rule "
        "cites no source of its own, the citations are on the facts it rests on. Caveats and open questions are "
        "what the rulebook does not know or does not encode: they carry no level and are not findings. To "
        "reproduce this memo, run travelrisk with the same profile and travel date against rulebook version "
        "{version} with the content hash above."
    ),
    # the engine's notes, said again in the reader's language (see report_notes)
    "question_raise": "Could raise this to {level}",
    "question_raise_for": "Could raise this to {level} for requests from {requester}",
    "question_apply": "Could apply",
    "question_apply_for": "Could apply for requests from {requester}",
    "depends_on": "Depends on",
    "research_depth": "Research depth: {depth}; reviewed {date}.",
    "depth_basic": "basic",
    "depth_thorough": "thorough",
    "what_searched": "What was searched",
    "not_researched_note": (
        "{country} has not been researched: no precedents, practice or entry rules are known, so its level is "
        "unknown unless a treaty alone raises it."
    ),
    "rulebook_stale": (
        "The rulebook was reviewed on {date}, {days} days before this assessment: facts may have changed."
    ),
}

#: ``travelrisk trip``'s text: the trip's verdict and its legs (the rest is the terminal's).
TRIP: dict[str, str] = {
    "trip": "Trip",
    "worst_unknown": (
        "Worst leg: {n}, {where}, has not been researched: it could be anything up to {ceiling}, and unknown is "
        "not safe."
    ),
    "worst_open": "Worst leg: {n}, {where}: {reason}; it could be {ceiling} (open questions).",
    "worst": "Worst leg: {n}, {where}: {reason}.",
    "highest_known": "Highest established level: {level}, leg {n}, {where}: {reason}.",
    "ties": "Legs {legs} and {last} are all {range}.",
    "worst_mark": "◀ worst leg",
    "not_researched": "Not researched: nothing is known about this country, and unknown is not safe.",
    "open_one": "{n} open question (missing research, not safety); see --detail",
    "open_many": "{n} open questions (missing research, not safety); see --detail",
    "entry_one": "{n} entry rule for your passport (visas, documents, border); see --detail",
    "entry_many": "{n} entry rules for your passport (visas, documents, border); see --detail",
    "leg_in_full": "Leg {n} in full",
    "departure": "departure",
    "entry": "entry",
    "transit": "transit (airside)",
    "overflight": "overflight",
    "land_crossing": "land crossing",
    "reason_not_researched": "not researched",
    "reason_no_rule": "no rule matched",
}

#: What an open question depends on: each fact the engine found missing, as a clause
#: ("Depends on: whether Turkey is a party to the ..."). The engine writes them from these
#: templates, and a memo or the app says them again in the reader's language.
MISSING: dict[str, str] = {
    "party": "whether {state} is a party to the {instrument}",
    "party_lead": "whether {state} is a party to the {instrument} (an unverified lead)",
    "treaty_kind": ("whether {destination} has a treaty with {requester} providing for {kinds} "
                    "(only treaties of other kinds were found)"),
    "stance": "Interpol's stance on requests from {requester} on {date}",
    "stance_lead": "Interpol's stance on {requester} (an unverified lead)",
    "detains_red_notice": "whether {destination} detains on a red notice alone",
    "detains_red_notice_lead": "whether {destination} detains on a red notice alone (an unverified lead)",
    "detains_diffusion": "whether {destination} detains on an Interpol diffusion alone",
    "detains_diffusion_lead": "whether {destination} detains on an Interpol diffusion alone (an unverified lead)",
    "practice": "what {destination} has done with such requests (not researched)",
    "precedent": "whether {who} ({date}) happened as reported (unverified)",
    "renews": "whether {requester} renews passports at its consulates abroad",
    "renews_lead": "whether {requester} renews passports at its consulates abroad (an unverified lead)",
    # a research checklist item's question (its own words are the checklist's), and what a
    # gap adds to it
    "gap_open": GAP_OPEN,
    "gap_unconfirmed": GAP_UNCONFIRMED,
    "gap_after": GAP_AFTER,
    "gap_unrecorded": GAP_UNRECORDED,
    "gap_before": GAP_BEFORE,
    # the kinds of treaty in "treaty_kind", joined by "or"
    "or": "or",
    **{f"kind_{m.value}": m.value.replace("_", " ") for m in Mechanism},
}

#: The facts the engine itself words, as a finding lists them under its text ("China is a
#: party to the ... since 1997-01-10"); a rulebook's own text (a research note, a precedent's
#: description) is put into them as it was researched.
FACTS: dict[str, str] = {
    "party": "{state} is a party to the {instrument}",
    "party_since": "{state} is a party to the {instrument} since {date}",
    "party_since_earliest": "{state} is a party to the {instrument}, since {date} at the earliest",
    "stance": "Interpol's stance on {requester}: {summary}",
    "detains_red_notice": "{destination} detains on a red notice",
    "detains_red_notice_note": "{destination} detains on a red notice: {note}",
    # the destination's practice in general, where nothing is recorded for this requester's notices
    "detains_red_notice_general": "{destination} detains on a red notice, as its practice in general shows: {note}",
    # only a requester's record says people were detained on its notices (the kind unsaid,
    # or a diffusion): a red notice, the more formal request, is taken to be enough
    "detains_red_notice_inferred": "{destination} has detained people {requester} sought through Interpol or an interstate wanted listing, so a red notice is taken to be enough: {note}",
    "detains_diffusion": "{destination} detains on an Interpol diffusion",
    "detains_diffusion_note": "{destination} detains on an Interpol diffusion: {note}",
    "detains_diffusion_general": "{destination} detains on an Interpol diffusion, as its practice in general shows: {note}",
    "passport_expires": "Your passport from {state} expires on {date}",
    "passport_expired": "Your passport from {state} expired on {date}",
    # a precedent: when, who, what happened and at whose hands
    "precedent": "{date}: {who} ({outcome}, {relation})",
    # What happened, in words that do not claim more: "detained pending" read as "still held".
    "outcome_extradited": "extradited",
    "outcome_deported": "deported",
    "outcome_rendered": "handed over without extradition proceedings",
    "outcome_handed_over": "handed over in a form not reported",
    "outcome_detained_released": "detained, then released",
    "outcome_detained_pending": "detained, no decision reported",
    "outcome_extradition_approved": "extradition approved, not known to have been carried out",
    "outcome_extradition_refused": "extradition refused",
    "outcome_request_refused": "request refused, not detained",
    "outcome_refused_custody_unknown": "extradition refused; whether the person was held is not known",
    "outcome_asylum_granted": "asylum granted",
    "outcome_refused_entry": "refused entry",
    "rel_request": "at the request of {state}",
    "rel_sent": "sent to {state}",
    "rel_handed": "handed to {state}",
    "rel_seized": "seized by agents of {state}",
    "rel_by": "by {state}",
    "rel_concerning": "concerning {state}",
}
assert all(f"outcome_{o.value}" in FACTS for o in Outcome), "every outcome needs its words"

TABLES: dict[str, dict[str, str]] = {"report": REPORT, "trip": TRIP, "missing": MISSING, "facts": FACTS}


# --- what the profile says, in the reader's language -----------------------------------------


def choice_label(question: str, value: str, w: "Words") -> str:
    """A profile value (``journalist``, ``wanted``, ``residence_permit``) as the interview
    names it, translated; in English, the value as the memo has always written it. A list's
    certainty is the memo's own word ("known", "suspected")."""
    if w.c is None:
        return value.replace("_", " ")
    if question == "certainty":
        return w.report(value)
    from ..model.interview import STEPS  # deferred: only a profile line needs the interview; a check never loads it

    for step in STEPS.values():
        for q in step.questions:
            for asked in (q, *q.fields):
                if (asked.key == question or f"{q.key}.{asked.key}" == question) and asked.choice(value):
                    return w.message(asked.choice(value).label)  # type: ignore[union-attr]
    return value.replace("_", " ")


_LISTED = re.compile(r"^lists you: (?P<kind>[a-z ]+) \((?P<certainty>known|suspected)\)$")
_EXPOSED = re.compile(r"^your citizenship, with political exposure: (?P<what>[a-z ,]+)$")


def reason(text: str, w: "Words") -> str:
    """Why a state pursues the person (``Profile.requesters`` writes it in English), in the
    reader's language; a reason of another shape is kept as written."""
    if w.c is None:
        return text
    m = _LISTED.match(text)
    if m:
        kind = choice_label("listings.kind", m["kind"].replace(" ", "_"), w)
        return w.report("reason_listed", kind=kind, certainty=choice_label("certainty", m["certainty"], w))
    m = _EXPOSED.match(text)
    if m:
        what = ", ".join(choice_label("exposure", e.strip().replace(" ", "_"), w) for e in m["what"].split(","))
        return w.report("reason_exposure", what=what)
    return text
