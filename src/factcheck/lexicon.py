"""Words that say the same thing in the claims this tool checks.

A claim written "the Warsaw Pact was abolished" must find "the pact was dissolved"; an
article that says "took office" speaks to "became president". Each group is a set of
stems (see textnorm.stem) that count as one word when sentences are matched. The groups
are general English, not answers: nothing here knows any claim.
"""

from __future__ import annotations

from factcheck.textnorm import fold, stem

_GROUPS: tuple[tuple[str, ...], ...] = (
    ("dissolve", "dissolution", "abolish", "abolition", "disband", "dismantle", "terminate"),
    ("found", "establish", "create", "form", "set", "launch", "inaugurate", "founding"),
    ("sign", "signing", "conclude", "signatory", "signatories"),
    ("join", "accession", "accede", "admit", "admission", "enlargement", "membership",
     "member", "accept", "integrate"),
    ("invite", "invitation"),
    ("hold", "held", "host", "convene", "take", "meet", "meeting", "summit"),
    ("begin", "began", "begun", "start", "commence", "outbreak", "initiate", "launch"),
    ("end", "ended", "conclude", "finish", "close", "ceased"),
    ("die", "died", "death", "dead", "kill", "killed", "lost"),
    ("born", "birth"),
    ("elect", "election", "win", "won", "victory"),
    ("appoint", "appointment", "name", "named", "nominate", "designate", "choose", "chose",
     "chosen", "pick", "select"),
    ("oust", "ousting", "overthrow", "overthrew", "overthrown", "remove", "removal",
     "depose", "topple", "flee", "fled", "fall", "fell", "collapse"),
    ("annex", "annexation", "annexe"),
    ("invade", "invasion", "incursion", "offensive", "attack"),
    ("war", "conflict", "fighting", "hostilities"),
    ("lecture", "talk", "speech", "address", "spoke", "speak", "deliver"),
    ("president", "presidency", "presidential"),
    ("minister", "ministry"),
    ("referendum", "vote", "plebiscite"),
    ("treaty", "agreement", "accord", "pact", "protocol", "act"),
    ("propose", "proposal", "advocate", "call", "suggest", "put", "vision"),
    ("collapse", "disintegrate", "disintegration", "breakup", "dissolve", "dissolution", "fall"),
    ("revolution", "uprising", "protest", "euromaidan", "maidan"),
    ("warn", "warning", "threat", "threaten"),
    ("oppose", "opposition", "object", "objection", "reject", "resist"),
    ("population", "inhabitant", "resident", "people", "populace"),
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("georgian", "georgia"),
    ("soviet", "ussr"),
    ("american", "u.s", "us", "united"),
    ("japanese", "japan"),
    ("chinese", "china"),
    ("british", "britain", "uk"),
    ("french", "france"),
    ("german", "germany"),
    ("polish", "poland"),
    ("hungarian", "hungary"),
    ("czech", "czechia"),
    ("passport", "citizenship", "citizen"),
    ("expand", "expansion", "enlarge", "enlargement", "eastward"),
    ("sanction", "sanctions", "embargo"),
    ("budget", "spending", "expenditure"),
    ("ratify", "ratification", "approve", "approval", "pass", "adopt", "adoption"),
)


def _build() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, group in enumerate(_GROUPS):
        for word in group:
            table.setdefault(stem(fold(word)), number)
    return table


_TABLE = _build()


def concept(word_stem: str) -> str:
    """A key shared by all the stems of one group; the stem itself otherwise."""
    number = _TABLE.get(word_stem)
    return f"#{number}" if number is not None else word_stem
