"""Words and word tests the extractor reads sentences with: a small, hand-kept grammar.

No tagger: a few closed word classes (modals, pronouns, conjunctions, prepositions), the
shapes of English verbs ("-ed", irregular pasts, an "-s" word right after a name) and the
project's name reader are enough to cut sentences at their clauses and to tell a report
of what happened from advice and prediction. The lists are of function words, not of any
essay's topics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A word with inner apostrophes, dots and hyphens ("U.S.-Russia", "Moscow's"), or one mark.
_TOKEN = re.compile(r"\w(?:[\w'’.\-]*\w)?|[^\w\s]")


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # offsets in the sentence
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_punct(self) -> bool:
        return not self.text[:1].isalnum() and self.text[:1] != "_"


def words(text: str) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# Modals and semi-modals: a clause whose own verb is one of these advises or predicts.
MODALS = frozenset(
    "should must would could might may can cannot can't will won't shall ought 'll "
    "wouldn't shouldn't couldn't mustn't".split()
)
NEEDS = frozenset("need needs needed".split())
# Hedges and the writer's stance: a clause with one is an opinion.
STANCE = frozenset(
    """undoubtedly certainly probably perhaps surely obviously arguably hopefully
    presumably seems seem seemed appears appear apparently likely unlikely clearly
    tragically unfortunately fortunately sadly""".split()
)
FIRST_PERSON = frozenset("i we i'm we're i've we've i'd we'd".split())
# Verbs that report what someone said: what follows them is a fact about the speaker.
REPORTING = frozenset(
    """said says say told tells announced announces agreed agrees warned warns promised
    promises asserted asserts declared declares stated states claimed claims argued
    argues pledged pledges vowed vows insisted reported reports confirmed confirms
    denied denies admitted admits acknowledged""".split()
)
# The same verbs opening a participle: "..., saying America would go to the Moon".
REPORTING_ING = frozenset(
    """saying telling announcing warning promising asserting declaring stating claiming
    arguing pledging vowing insisting reporting confirming denying admitting""".split()
)
# Clause openers whose clause is the writer's call, not a fact.
IMPERATIVE = frozenset(
    "please let subscribe follow click share donate sign join consider enjoy read".split()
)
CONDITIONAL = frozenset("if unless whether".split())

CLOSING_QUOTES = frozenset("”’\"'»")
COORDINATORS = frozenset("and but yet whereas while".split())
# Fronted clauses: "When Germany invaded, ...", "Although France objected, ...".
SUBORDINATORS = frozenset(
    "when although though while after before since because as with once whereas".split()
)
COMPLEMENTISERS = frozenset("that whether".split())
RELATIVES = frozenset("who which whom whose".split())
# Words that may stand between a coordinator and its verb: "and then signed".
LINK_ADVERBS = frozenset(
    """then later also ultimately eventually soon subsequently thereafter even still
    finally again quickly immediately thus therefore so""".split()
)
# Words that open a sentence without being part of its claim.
DISCOURSE = frozenset(
    """and but so yet however therefore thus moreover furthermore also then first second
    third fourth finally lastly indeed meanwhile still besides""".split()
)
PRONOUNS = frozenset("he she they it this these those that his her their its".split())
PERSON_PRONOUNS = frozenset("he she".split())
DETERMINERS = frozenset("the a an its their his her this that these those our".split())
PREPOSITIONS = frozenset(
    """of in on at by for from to with without into onto over under between among
    through during after before since until till against about around across along
    toward towards upon within via per near beyond behind amid despite regarding like""".split()
)
AUXILIARIES = frozenset(
    """is are was were be been being am has have had having do does did""".split()
)
# Verb forms that do not end in -ed.
IRREGULAR_PAST = frozenset(
    """began begun fell fallen won held led met ran sold said saw seen fought grew grown
    knew known left lost paid rose risen sent spent spoke spoken stood struck taught told
    thought threw thrown wore bought brought built caught chose chosen drew drawn drove
    driven felt flew flown got gotten heard kept meant sought took taken gave given went
    gone came wrote written made fled lay shot became broke broken hid hidden swore sworn
    overthrew overthrown withdrew withdrawn undertook forbade set put cut hit let won
    became sank sunk bore borne beat oversaw overcame split spread""".split()
)
# Words ending in -ed that are not verbs.
_NOT_ED_VERBS = frozenset(
    """need indeed speed seed feed breed deed bleed hundred kindred sacred naked wicked
    beloved red bed shed wed bred fled""".split()
)
# Words ending in -s that are never verbs after a name.
_NOT_S_VERBS = frozenset("is was has does its his this us as".split())

# Nouns of events a date or figure can belong to ("the 2001 attacks", "the 1868 restoration").
EVENT_NOUNS = frozenset(
    """attack attacks war wars revolution election elections summit treaty crisis invasion
    referendum coup uprising protest protests agreement accord independence restoration
    dissolution collapse fall founding signing massacre battle siege annexation ceasefire
    reform reforms merger strike strikes earthquake flood famine pandemic""".split()
)
# Particles of phrasal verbs: "dates back to", "sets out", "gives up".
PARTICLES = frozenset("back up out down off away".split())
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred thousand million billion dozens hundreds thousands millions""".split()
)
# Office titles: "Georgian President X", "X, the foreign minister of Y".
OFFICES = frozenset(
    """president vice-president premier chancellor minister secretary senator
    representative rep rep. governor mayor king queen emperor empress tsar pope
    professor ambassador general admiral commander chairman chairwoman chair director
    spokesman spokeswoman leader justice judge envoy adviser advisor ceo founder
    administrator manager head prime councillor councilor alderman""".split()
)
# Single capitalised words that open a sentence as adverbs, not names ("Tragically,").
ADVERB_SUFFIXES = ("ly",)


def is_participle_adjective(ws: list[Word], i: int) -> bool:
    """An -ed word used as an adjective: "the newly appointed minister", "democratically
    oriented Georgian"; not "ultimately came under"."""
    if i == 0:
        return False
    before = ws[i - 1].low
    if before in DETERMINERS:
        return True
    if not before.endswith("ly") or ws[i - 1].capitalised:
        return False
    after = ws[i + 1] if i + 1 < len(ws) else None
    return (
        after is not None
        and not after.is_punct
        and after.low not in PREPOSITIONS
        and after.low not in DETERMINERS
    )


def is_modal(ws: Sequence[Word], i: int) -> bool:
    """A modal verb, not the month of "May 1994" or the name "Will"."""
    word = ws[i]
    if word.low not in MODALS:
        return False
    if not word.capitalised:
        return True
    return i == 0 and not (i + 1 < len(ws) and ws[i + 1].text[:1].isdigit())


def is_first_person(ws: Sequence[Word], i: int) -> bool:
    """ "I" or "we" as the writer, not the "I" of "World War I"."""
    word = ws[i]
    if word.low not in FIRST_PERSON:
        return False
    return word.low != "i" or i == 0 or not ws[i - 1].capitalised


def is_verb(ws: list[Word], i: int) -> bool:
    """Whether word i looks like a finite or participle verb of a clause."""
    word = ws[i]
    low = word.low
    if word.is_punct or (word.capitalised and i > 0):
        return False
    if low in AUXILIARIES or is_modal(ws, i) or low in REPORTING:
        return True
    if low in IRREGULAR_PAST:
        return not is_participle_adjective(ws, i)
    if len(low) > 3 and low.endswith("ed") and low not in _NOT_ED_VERBS:
        return not is_participle_adjective(ws, i)
    if i > 0 and _is_base_verb(ws, i):
        return True
    if i == 0 or not low.endswith("s") or low.endswith(("ss", "'s", "us", "is")):
        return False
    if low in _NOT_S_VERBS or len(low) <= 3:
        return False
    before = ws[i - 1]
    if before.low in NUMBER_WORDS or before.text[:1].isdigit():
        return False  # "Two years later", "14 countries": a count of things
    after_word = ws[i + 1] if i + 1 < len(ws) else None
    if before.low in ("and", "but") and after_word is not None:
        # "... and makes clear that": a verb sharing the subject; not "and tanks rolled",
        # nor the last of a list of plurals ("walls, fences and watchtowers").
        if i >= 3 and ws[i - 3].text == "," and ws[i - 2].low.endswith("s"):
            return False
        follower = after_word.low
        return (
            not after_word.is_punct
            and not after_word.capitalised
            and follower not in AUXILIARIES
            and follower not in MODALS
            and follower not in IRREGULAR_PAST
            and not follower.endswith("ed")
        )
    if before.capitalised:
        # "Kishida attends", "Russia intends"; but "Ukrainian nationalists", "French troops"
        # (a people's adjective, then a noun).
        if before.low in DETERMINERS or before.low in PREPOSITIONS:
            return False  # "The rebels", "In years"
        return not before.low.endswith(("'s", "an", "ese", "ish", "ch")) and (
            i < 2 or not ws[i - 2].capitalised or ws[i - 2].low in DETERMINERS
        )
    # "its deepest point lies 75 metres below": after a singular noun, before what a verb
    # takes (a preposition, an article, a number, "that").
    after = ws[i + 1] if i + 1 < len(ws) else None
    return (
        after is not None
        and not before.low.endswith("s")
        and before.low not in DETERMINERS
        and before.low not in PREPOSITIONS
        and before.low not in AUXILIARIES
        and i >= 2
        and (ws[i - 2].low in DETERMINERS or not ws[i - 2].is_punct)
        and after.low != "of"  # "the consequences of": a noun
        and (
            after.low in PREPOSITIONS
            or after.low in DETERMINERS
            or after.low in ("that", "to")
            or after.low in PARTICLES
            or after.low in NUMBER_WORDS
            or after.text[:1].isdigit()
        )
    )


# Adverbs that come between a subject and its verb: "ships now cross".
_MID_ADVERBS = frozenset(
    "now often also still usually never always rarely sometimes already generally".split()
)
_FUNCTION = (
    DETERMINERS
    | PREPOSITIONS
    | AUXILIARIES
    | MODALS
    | frozenset(
        """and or but not no than then so very more most less each every all both some many
        few several any""".split()
    )
)


def _is_base_verb(ws: Sequence[Word], i: int) -> bool:
    """A plain present verb: "ships now cross each year", "workers build the"."""
    word, before = ws[i], ws[i - 1]
    low = word.low
    if word.capitalised or word.is_punct or low in _FUNCTION or not low.isalpha():
        return False
    if low.endswith("ly") or (low.endswith("s") and not low.endswith("ss")):
        return False
    if before.low in _MID_ADVERBS:
        return i >= 2 and not ws[i - 2].is_punct and ws[i - 2].low not in _FUNCTION
    after = ws[i + 1] if i + 1 < len(ws) else None
    plural_subject = (
        not before.capitalised
        and before.low.endswith("s")
        and not before.low.endswith(("ss", "'s", "us", "is"))
        and before.low not in _FUNCTION
        and before.low not in _NOT_S_VERBS
    )
    # "... kilometres long that encircled the city": "that" before a past form opens a
    # relative clause, so the word before it is no verb taking "that" as determiner.
    relative_next = (
        after is not None
        and after.low == "that"
        and i + 2 < len(ws)
        and (ws[i + 2].low in IRREGULAR_PAST or ws[i + 2].low.endswith("ed"))
    )
    return (
        plural_subject
        and after is not None
        and not relative_next
        and (after.low in DETERMINERS or after.low in ("each", "every") or after.text.isdigit())
    )


# -ing words that work as prepositions: ", according to", ", including".
_ING_PREPOSITIONS = frozenset(
    "according including following regarding concerning excluding notwithstanding".split()
)


def is_ing(word: Word) -> bool:
    low = word.low
    return (
        len(low) > 4
        and low.endswith("ing")
        and not word.capitalised
        and low not in _ING_PREPOSITIONS
    )
