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
    ("found", "establish", "create", "form", "launch", "inaugurate", "founding"),
    ("sign", "signing", "conclude", "signatory", "signatories"),
    (
        "join",
        "accession",
        "accede",
        "admit",
        "admission",
        "enlargement",
        "membership",
        "member",
        "accept",
        "integrate",
    ),
    ("member", "represent", "representative", "seat", "congressman", "congresswoman"),
    ("participate", "participation", "role", "involve", "involvement", "take"),
    ("hold", "held", "host", "convene", "summit", "organise", "organize"),
    ("begin", "began", "begun", "start", "commence", "outbreak", "initiate", "launch"),
    ("end", "ended", "conclude", "finish", "close", "ceased"),
    (
        "die",
        "died",
        "death",
        "dead",
        "kill",
        "killed",
        "lost",
        "murder",
        "assassinate",
        "assassination",
        "slay",
        "slain",
    ),
    ("elect", "election", "win", "won", "victory"),
    (
        "appoint",
        "appointment",
        "name",
        "named",
        "designate",
        "choose",
        "chose",
        "chosen",
        "pick",
        "select",
    ),
    (
        "oust",
        "ousting",
        "overthrow",
        "overthrew",
        "overthrown",
        "remove",
        "removal",
        "depose",
        "topple",
        "flee",
        "fled",
        "fall",
        "fell",
        "collapse",
    ),
    ("annex", "annexation", "annexe"),
    ("invade", "invasion", "incursion", "offensive", "attack"),
    ("war", "conflict", "fighting", "hostilities"),
    ("lecture", "talk", "speech", "address", "spoke", "speak", "deliver"),
    (
        "president",
        "presidency",
        "presidential",
        "office",
        "inaugurate",
        "inauguration",
        "sworn",
        "incumbent",
    ),
    ("minister", "ministry"),
    ("referendum", "vote", "plebiscite"),
    ("treaty", "agreement", "accord", "pact", "protocol", "act"),
    ("propose", "proposal", "advocate", "call", "suggest", "put", "vision"),
    (
        "collapse",
        "disintegrate",
        "disintegration",
        "breakup",
        "dissolve",
        "dissolution",
        "fall",
        "end",
        "disband",
        "split",
    ),
    ("film", "filming", "shoot", "shooting", "shot", "movie", "picture"),
    ("revolution", "uprising", "protest", "euromaidan", "maidan"),
    ("warn", "warning", "threat", "threaten"),
    ("oppose", "opposition", "object", "objection", "reject", "resist"),
    ("population", "inhabitant", "resident", "people", "populace"),
    ("soviet", "ussr"),
    ("american", "u.s", "us", "united"),
    ("british", "britain", "uk"),
    ("czech", "czechia"),
    ("passport", "citizenship", "citizen"),
    ("expand", "expansion", "enlarge", "enlargement", "eastward"),
    ("sanction", "sanctions", "embargo"),
    ("budget", "spending", "expenditure"),
    (
        "ratify",
        "ratification",
        "approve",
        "approval",
        "pass",
        "adopt",
        "adoption",
        "endorse",
        "endorsement",
        "enact",
    ),
    ("relation", "relations", "contact", "contacts", "ties", "tie"),
    # Where a place is: WordNet's "locate" is first to find, and "lie" to recline.
    ("located", "situated", "lies", "lie", "sits", "stands"),
)


# Words of nationality WordNet does not tag as such (it has "Irish" as a language and a
# people only), with the common ones (engine/kinds.py demonym).
DEMONYMS = frozenset(
    "american british english scottish welsh irish french german italian spanish portuguese "
    "dutch russian ukrainian georgian polish czech hungarian chinese japanese korean indian "
    "canadian australian mexican brazilian".split()
)


# Pairs of words that cannot both describe the same thing in the same slot. A claim word
# whose opposite the evidence uses (and which the evidence does not use itself) is a
# disagreement: "began" against "ended", "highly" against "barely". With WordNet installed
# its antonyms come too (engine/lexical.py); this list keeps only the pairs WordNet 3.0 does
# not have. Measured on 2026-12-03: of 118 pairs, 70 were WordNet antonyms (after stemming)
# and were dropped; dropped too were pairs that can both be true ("comedy" / "drama": a
# comedy-drama; "president" / "king"; "ceasefire" / "offensive"; "worst" / "greatest") or
# that WordNet reaches through its base forms ("men" / "women").
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("start", "end"),
    ("born", "died"),
    ("live", "die"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("permit", "prohibit"),
    ("highest", "lowest"),
    ("highly", "barely"),
    ("largest", "smallest"),
    ("older", "younger"),
    ("oldest", "youngest"),
    ("first", "final"),
    ("earliest", "latest"),
    ("before", "after"),
    ("real", "fictional"),
    ("fiction", "nonfiction"),
    ("upper", "lower"),
    ("enter", "leave"),
    ("join", "leave"),
    ("arrive", "depart"),
    ("always", "never"),
    ("everyone", "nobody"),
    ("all", "none"),
    ("ancient", "modern"),
    ("support", "oppose"),
    ("support", "condemn"),
    ("praise", "condemn"),
    ("friend", "enemy"),
    ("ally", "enemy"),
    ("democracy", "dictatorship"),
    ("republic", "monarchy"),
    ("married", "divorced"),
    ("rise", "decline"),
    ("expand", "shrink"),
    ("create", "destroy"),
    ("build", "demolish"),
    ("form", "disband"),
    ("found", "dissolve"),
    ("create", "abolish"),
    ("marry", "divorce"),
)


# Steps of one process, each a deed of its own at its own date: a nomination comes before
# the appointment, the election before the swearing-in. WordNet makes some of them
# synonyms ("nominate" in its sense of "appoint"); no step stands for another.
_STAGES: tuple[str, ...] = (
    "nominate",
    "nomination",
    "appoint",
    "appointment",
    "confirm",
    "confirmation",
    "inaugurate",
    "inauguration",
)
STAGE_STEMS = frozenset(stem(fold(w)) for w in _STAGES)


def _build() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for number, group in enumerate(_GROUPS):
        for word in group:
            key = stem(fold(word))
            # A word may belong to several groups ("fall" is both a collapse and an ousting).
            table.setdefault(key, {key}).add(f"#{number}")
    return {k: frozenset(v) for k, v in table.items()}


_TABLE = _build()


def _build_opposites() -> dict[str, frozenset[str]]:
    # By stem, not by paraphrase group: "accept" is the opposite of "reject", but "join"
    # (in accept's group) is not the opposite of "object" (in reject's).
    table: dict[str, set[str]] = {}
    for a, b in _OPPOSITES:
        sa, sb = stem(fold(a)), stem(fold(b))
        if sa != sb:
            table.setdefault(sa, set()).add(sb)
            table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}


def opposites(word_stem: str) -> frozenset[str]:
    """Stems of words that cannot stand where `word_stem` stands (see _OPPOSITES)."""
    return _OPPOSITE_TABLE.get(word_stem, frozenset())


def concepts(word_stem: str) -> frozenset[str]:
    """Keys under which a stem matches: itself and each paraphrase group it belongs to."""
    return _TABLE.get(word_stem) or frozenset((word_stem,))


_OPPOSITE_TABLE = _build_opposites()


def _build_members() -> dict[str, frozenset[str]]:
    members: dict[str, set[str]] = {}
    for word_stem, keys in _TABLE.items():
        for key in keys:
            members.setdefault(key, set()).add(word_stem)
    return {k: frozenset(v) for k, v in members.items()}


_MEMBERS = _build_members()


def stems_under(key: str) -> frozenset[str]:
    """Every stem whose concepts include `key` (the inverse of `concepts`)."""
    return _MEMBERS.get(key, frozenset()) | {key}
