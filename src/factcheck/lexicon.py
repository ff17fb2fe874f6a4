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
    ("invite", "invitation"),
    ("member", "represent", "representative", "seat", "congressman", "congresswoman"),
    ("participate", "participation", "role", "involve", "involvement", "take"),
    ("hold", "held", "host", "convene", "summit"),
    ("begin", "began", "begun", "start", "commence", "outbreak", "initiate", "launch"),
    ("end", "ended", "conclude", "finish", "close", "ceased"),
    ("die", "died", "death", "dead", "kill", "killed", "lost"),
    ("born", "birth"),
    ("elect", "election", "win", "won", "victory"),
    (
        "appoint",
        "appointment",
        "name",
        "named",
        "nominate",
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
)


# Pairs of words that cannot both describe the same thing in the same slot. A claim word
# whose opposite the evidence uses (and which the evidence does not use itself) is a
# disagreement: "began" against "ended", "highly" against "barely".
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("begin", "end"),
    ("began", "ended"),
    ("start", "end"),
    ("start", "finish"),
    ("born", "died"),
    ("birth", "death"),
    ("alive", "dead"),
    ("live", "die"),
    ("win", "lose"),
    ("won", "lost"),
    ("victory", "defeat"),
    ("success", "failure"),
    ("succeed", "fail"),
    ("accept", "reject"),
    ("include", "exclude"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("permit", "prohibit"),
    ("open", "close"),
    ("public", "private"),
    ("increase", "decrease"),
    ("rise", "fall"),
    ("gain", "loss"),
    ("more", "less"),
    ("most", "least"),
    ("best", "worst"),
    ("highest", "lowest"),
    ("high", "low"),
    ("highly", "barely"),
    ("largest", "smallest"),
    ("large", "small"),
    ("big", "small"),
    ("major", "minor"),
    ("older", "younger"),
    ("oldest", "youngest"),
    ("first", "last"),
    ("first", "final"),
    ("earliest", "latest"),
    ("early", "late"),
    ("before", "after"),
    ("north", "south"),
    ("east", "west"),
    ("northern", "southern"),
    ("eastern", "western"),
    ("male", "female"),
    ("man", "woman"),
    ("men", "women"),
    ("husband", "wife"),
    ("son", "daughter"),
    ("father", "mother"),
    ("brother", "sister"),
    ("king", "queen"),
    ("boy", "girl"),
    ("boys", "girls"),
    ("maximum", "minimum"),
    ("positive", "negative"),
    ("legal", "illegal"),
    ("possible", "impossible"),
    ("true", "false"),
    ("real", "fictional"),
    ("fiction", "nonfiction"),
    ("domestic", "foreign"),
    ("internal", "external"),
    ("left", "right"),
    ("upper", "lower"),
    ("inside", "outside"),
    ("import", "export"),
    ("buy", "sell"),
    ("bought", "sold"),
    ("enter", "leave"),
    ("join", "leave"),
    ("arrive", "depart"),
    ("appear", "disappear"),
    ("agree", "disagree"),
    ("like", "dislike"),
    ("love", "hate"),
    ("always", "never"),
    ("everyone", "nobody"),
    ("all", "none"),
    ("ancient", "modern"),
    ("old", "new"),
    ("urban", "rural"),
    ("wet", "dry"),
    ("hot", "cold"),
    ("light", "dark"),
    ("heavy", "light"),
    ("rich", "poor"),
    ("strong", "weak"),
    ("support", "oppose"),
    ("friend", "enemy"),
    ("ally", "enemy"),
    ("comedy", "tragedy"),
    ("comedy", "drama"),
    ("fiction", "documentary"),
    ("democracy", "dictatorship"),
    ("republic", "monarchy"),
    ("president", "king"),
    ("civilian", "military"),
    ("peace", "war"),
    ("ceasefire", "offensive"),
    ("acquitted", "convicted"),
    ("innocent", "guilty"),
    ("married", "divorced"),
    ("hire", "fire"),
    ("rise", "decline"),
    ("expand", "shrink"),
    ("create", "destroy"),
    ("build", "demolish"),
    ("ratify", "reject"),
    ("form", "disband"),
    ("worst", "greatest"),
    ("worst", "finest"),
    ("found", "dissolve"),
    ("establish", "abolish"),
    ("create", "abolish"),
    ("marry", "divorce"),
    ("elect", "defeat"),
    ("arrive", "depart"),
)


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
