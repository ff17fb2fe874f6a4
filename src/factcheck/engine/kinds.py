"""What kind of thing a claim says its subject is, against what the sentence says it is.

Only two attributes are compared, because only their values exclude each other: the kind
of thing ("a film" is not "a novel", "a town" is not "a song") and the nationality given
to it ("an American film" is not "a German film"). Descriptive words in general ("the
caretaker government" / "the first government") are not compared: two of them can both
be true.

Both sides must be copular ("<subject> is a ... <kind>"), the sentence must be about the
claim's subject, and the claim's word must occur nowhere in the article (an article that
says "novel" anywhere may be about the novel *and* its film).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck import wordnet
from factcheck.engine.lexical import can_be_noun, inflected_verb, kin, token_keys
from factcheck.engine.structure import ROLE_WORDS
from factcheck.lexicon import DEMONYMS
from factcheck.matching import VERBS, ClaimWord, Unit, title_tokens
from factcheck.textnorm import STOPWORDS, Token, compound_parts, tokens

if TYPE_CHECKING:
    from factcheck.engine.context import SentenceContext

# Exclusive values of "what kind of thing is it". Each value lists the head nouns that
# name it; values of one family exclude each other, and so do families.
_KINDS: dict[str, dict[str, frozenset[str]]] = {
    "work": {
        "film": frozenset("film movie documentary feature".split()),
        "television series": frozenset(
            "series sitcom serial miniseries programme program telenovela".split()
        ),
        "book": frozenset("novel novella book memoir biography autobiography".split()),
        "album": frozenset("album ep mixtape soundtrack".split()),
        "song": frozenset("song single ballad anthem tune".split()),
        "painting": frozenset("painting portrait fresco mural".split()),
        "video game": frozenset("videogame".split()),
        "video": frozenset("video".split()),
        "poem": frozenset("poem sonnet villanelle".split()),
        "sculpture": frozenset("sculpture statue".split()),
    },
    "place": {
        "settlement": frozenset("city town village hamlet capital municipality".split()),
        "island": frozenset("island archipelago".split()),
        "river": frozenset("river stream creek".split()),
        "mountain": frozenset("mountain peak volcano".split()),
    },
    "outlet": {
        "website": frozenset("website".split()),
        "broadcaster": frozenset("channel network broadcaster station".split()),
        "periodical": frozenset("newspaper magazine journal tabloid".split()),
    },
    "organisation": {
        "band": frozenset("band".split()),
        "company": frozenset("company corporation firm manufacturer retailer".split()),
        "team": frozenset("team club".split()),
        "party": frozenset("party".split()),
        "university": frozenset("university college".split()),
    },
    "person": {
        "person": frozenset(
            "actor actress singer musician rapper politician writer author novelist poet "
            "painter player footballer director producer model president senator lawyer "
            "journalist businessman businesswoman scientist comedian dancer composer "
            "songwriter".split()
        ),
    },
    "animal": {
        "animal": frozenset("animal species mammal bird fish reptile insect dog cat".split()),
    },
}
_WHERE: dict[str, tuple[str, str]] = {
    word: (family, value)
    for family, values in _KINDS.items()
    for value, words in values.items()
    for word in words
}
# Families whose values do not exclude each other: a person is an actor *and* a director;
# Singapore is an island *and* a city.
_OPEN_FAMILIES = frozenset({"person", "animal", "place"})
# Families that can name one thing: a television network is a company too.
_OVERLAPPING = frozenset({frozenset({"outlet", "organisation"}), frozenset({"outlet", "work"})})

COPULAS = frozenset({"is", "was", "are", "were"})
_HEDGES = frozenset(
    "not also now currently only solely exclusively just entirely mainly primarily still".split()
)
_DETERMINERS = frozenset({"a", "an", "the", "one"})
_NP_END = (
    STOPWORDS - {"a", "an", "the"}
    | frozenset(VERBS)
    | frozenset(
        {
            "that",
            "which",
            "who",
            "whose",
            "where",
            "when",
            "with",
            "by",
            "from",
            "in",
            "on",
            "of",
            "for",
            "about",
            "based",
            "starring",
            "directed",
            "written",
            "produced",
            "released",
            "located",
            "created",
            "known",
            "set",
            "featuring",
        }
    )
)


def kind_of(word: Token) -> tuple[str, str] | None:
    """(family, value) of a head noun: from the table, else WordNet's broad kind of its most
    common sense ("murderer" is a person), whose value is then the word itself."""
    hit = _WHERE.get(word.norm) or _WHERE.get(word.stem)
    if hit is not None:
        return hit
    net = wordnet.load()
    broad = net.kind(word.norm) if net is not None else None
    return (broad, "") if broad is not None else None


def _may_be(word: Token, family: str) -> bool:
    """WordNet's most common sense of the word is of that family, whatever the table says:
    a "broadcaster" is an outlet in the table, and a person first in WordNet ("a British
    broadcaster and writer"). Asked only across families: within one, the table's values
    (a band, a company) still exclude each other."""
    net = wordnet.load()
    return net is not None and net.kind(word.norm) == family


def _exclusive(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two kinds that cannot name one thing: different families, or different values of a
    closed family (a film is not a novel; an actor may be a director)."""
    if a[0] != b[0]:
        return frozenset({a[0], b[0]}) not in _OVERLAPPING
    if a[0] in _OPEN_FAMILIES or not a[1] or not b[1]:
        return False
    return a[1] != b[1]


def _predicate(
    toks: Sequence[Token], text: str, start: int, determiner: bool = False
) -> tuple[list[Token], Token] | None:
    """After a copula at `start`: the noun phrase's words before its head, and its head;
    with `determiner`, only a phrase opened by "a", "an", "the" or "one" ("is a film", not
    "is notable for its tone")."""
    i = start + 1
    determined = False
    while i < len(toks) and toks[i].norm in _DETERMINERS | _HEDGES:
        determined = determined or toks[i].norm in _DETERMINERS
        i += 1
    if determiner and not determined:
        return None
    words: list[Token] = []
    while i < len(toks):
        tok = toks[i]
        gap = text[toks[i - 1].end : tok.start]
        if words and any(c in gap for c in ",;:()"):
            break
        if tok.norm in ("and", "or") and words and i + 1 < len(toks):
            # "a cable and satellite television network": modifiers joined, one head.
            nxt = toks[i + 1]
            if (
                not nxt.capitalised
                and nxt.norm not in _NP_END
                and nxt.norm not in _DETERMINERS
                and _noun_goes_on(toks, text, i + 1)
            ):
                i += 1
                continue
            break
        if (
            tok.norm in _NP_END
            or tok.norm in ROLE_WORDS
            or (_participle(tok) and not (determined and _modifies(toks, i, bool(words))))
            or (tok.norm.isdigit() and words)
        ):
            break
        words.append(tok)
        i += 1
    if not words:
        return None
    return words[:-1], words[-1]


def _participle(tok: Token) -> bool:
    return tok.norm.endswith("ed") and len(tok.norm) > 4 and not tok.capitalised


def _modifies(toks: Sequence[Token], i: int, after_words: bool) -> bool:
    """A participle inside the noun phrase, before the noun it describes ("a trained
    military dog", "an American animated film"), not the verb of a phrase after it ("a film
    directed by", "a band formed in 2004"). Right after the article any following word but
    a small one will do; after other words the next must be a noun WordNet knows. (With no
    article at all, "was ranked" is a verb: the caller asks only after one.)"""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if (
        (nxt.capitalised and not demonym(nxt))
        or nxt.norm in _NP_END
        or nxt.norm in ROLE_WORDS
        or _participle(nxt)
    ):
        return False
    return not after_words or can_be_noun(nxt.norm)


def _noun_goes_on(toks: Sequence[Token], text: str, at: int) -> bool:
    """A word follows the one at `at` inside the noun phrase: "cable and satellite
    television network" joins two modifiers of one head, where "actor and broadcaster"
    names two heads, the first of which is the phrase's."""
    if at + 1 >= len(toks):
        return False
    gap = text[toks[at].end : toks[at + 1].start]
    nxt = toks[at + 1]
    return not any(c in gap for c in ",;:()") and nxt.norm not in _NP_END


def _copula_after(toks: Sequence[Token], text: str, after: int) -> int | None:
    """Index of the first copula at or after token `after`, outside parentheses."""
    depth_at = 0
    for i in range(after, len(toks)):
        depth_at = text.count("(", 0, toks[i].start) - text.count(")", 0, toks[i].start)
        if toks[i].norm in COPULAS and depth_at <= 0:
            return i
    return None


def _claim_determined(ctx: SentenceContext) -> bool:
    """The claim's copula opens its noun phrase with "a", "an", "the" or "one"."""
    toks = list(ctx.facts.claim.tokens)
    at = _copula_after(toks, ctx.facts.text, 1)
    if at is None:
        return False
    return _predicate(toks, ctx.facts.text, at, determiner=True) is not None


def claim_predicate(ctx: SentenceContext) -> tuple[list[Token], Token] | None:
    """ "<subject> is a ... <head>": the claim's copula must follow its subject (names,
    small words) directly."""
    toks = list(ctx.facts.claim.tokens)
    at = _copula_after(toks, ctx.facts.text, 1)
    if at is None or at > 8:
        return None
    if any(not (t.capitalised or t.norm in STOPWORDS or len(t.norm) < 2) for t in toks[:at]):
        return None  # "Policies implemented by Thatcher were ...": not a plain subject
    return _predicate(toks, ctx.facts.text, at)


def _sentence_predicate(ctx: SentenceContext) -> tuple[list[Token], Token] | None:
    toks = ctx.own
    text = ctx.unit.text
    names = [w.norm for n in ctx.facts.subject_names for w in n.words]
    start = 0
    if names:
        mentions = [i for i, t in enumerate(toks) if t.norm in names]
        if mentions:
            start = mentions[0]
    at = _copula_after(toks, text, start)
    if at is None or at > start + 12:
        return None
    if ctx.facts.subject_pronoun and _names_claim_word(ctx, toks[start:at]):
        # "It is the nearest station to the old town of Casablanca" against "Casablanca is
        # Morocco's chief port": the sentence's subject is a name the claim gives another
        # role; the claim's "It" is something else.
        return None
    return _predicate(toks, text, at)


# Where a copular predicate's list of nouns ends: a clause or phrase of its own begins.
_PREDICATE_END = frozenset(
    "who whom which that whose where when while with in at from by for on of to since after "
    "before during until as than".split()
)


def predicate_list(ctx: SentenceContext) -> list[Token]:
    """The words the sentence gives its subject by its copula, through a list ("was an
    American actress, singer, dancer and author"), up to a clause or phrase of another
    thing ("a lawyer who worked with a writer", "the daughter of a drummer"). Empty when
    the sentence has no copula after its subject."""
    toks = ctx.own
    text = ctx.unit.text
    names = [w.norm for n in ctx.facts.subject_names for w in n.words]
    start = 0
    if names:
        mentions = [i for i, t in enumerate(toks) if t.norm in names]
        if mentions:
            start = mentions[0]
    out: list[Token] = []
    at = _copula_after(toks, text, start)
    starts = [at] if at is not None and at <= start + 12 else []
    # What the subject came to be: "to become ... the first woman to lead", "made him a
    # folk hero".
    for i, tok in enumerate(toks):
        if tok.norm in _BECOMING:
            after = i + 1 if i + 1 < len(toks) and toks[i + 1].norm in _OBJECTS else i
            starts.append(after)
    for begin in starts:
        taken: list[Token] = []
        for i in range(begin + 1, len(toks)):
            tok = toks[i]
            if taken and ";" in text[taken[-1].end : tok.start]:
                break
            if tok.norm in _PREDICATE_END or (_participle(tok) and not _modifies(toks, i, True)):
                break
            taken.append(tok)
        out += taken
    return out


_BECOMING = frozenset("become became becomes becoming made make makes making".split())
_OBJECTS = frozenset("him her them it himself herself themselves itself".split())


def _names_claim_word(ctx: SentenceContext, subject: Sequence[Token]) -> bool:
    named = {w.norm for n in ctx.facts.names for w in n.words}
    return any(t.capitalised and t.norm in named for t in subject)


# Genres of films, series, books and music: exclusive values of one attribute unless the
# article names both. Words that often stand beside a genre rather than for one ("epic",
# "historical", "psychological", "political", "independent") are left out.
GENRES = frozenset(
    "action adventure animated biographical comedy comic crime documentary drama fantasy "
    "horror musical mystery noir romance romantic satirical satire fiction thriller war "
    "western superhero spy slasher disaster pornographic erotic sitcom medical legal procedural "
    "rock pop blues jazz country folk metal punk soul funk reggae rap hip electronic disco "
    "techno gospel classical grunge ska".split()
)
GENRE_FORMS = (
    frozenset({"romantic", "romance"}),
    frozenset({"comedy", "comic", "comedic", "sitcom"}),
    frozenset({"satire", "satirical"}),
    frozenset({"drama", "dramatic"}),
    frozenset({"pornographic", "porn", "pornography", "erotic", "adult"}),
    frozenset({"animated", "animation", "cartoon"}),
    frozenset({"rap", "hip"}),
    frozenset({"fiction", "sci"}),
    frozenset({"metal", "heavy"}),
)

# Nationalities WordNet does not tie to a country (its "Chinese" and "British" pertain to
# no noun).


def demonym(tok: Token) -> bool:
    """A word of nationality: "American", "German" (WordNet: an adjective pertaining to a
    country)."""
    if not tok.capitalised:
        return False
    if tok.norm in DEMONYMS:
        return True
    net = wordnet.load()
    return net is not None and net.is_nationality(tok.norm)


def kind_conflict(ctx: SentenceContext) -> tuple[str, str] | None:
    """(the claim's word, the sentence's word) when they name exclusive kinds or
    nationalities of the subject."""
    claimed = claim_predicate(ctx)
    if claimed is not None and not demonym(claimed[1]) and not _claim_determined(ctx):
        return None  # "is notable for its tone" names no kind; "was English" a nationality
    if claimed is None:
        return None
    said = _sentence_predicate(ctx)
    if said is None:
        return None
    c_mods, c_head = claimed
    e_mods, e_head = said
    vocabulary = ctx.vocabulary
    # Kinds.
    c_kind, e_kind = kind_of(c_head), kind_of(e_head)
    if (
        c_kind is not None
        and e_kind is not None
        and _exclusive(c_kind, e_kind)
        and c_head.norm not in vocabulary
        and c_head.stem not in {t.stem for t in ctx.own}
        and not _part_said(c_head, ctx)
        and not _related(c_head.norm, e_head.norm)
        and not (
            c_kind[0] != e_kind[0] and (_may_be(e_head, c_kind[0]) or _may_be(c_head, e_kind[0]))
        )
    ):
        return c_head.text, e_head.text
    # "X is (only) American": the nationality is the predicate itself.
    if demonym(c_head):
        said_nat = [t for t in (*e_mods, e_head) if demonym(t)]
        unsaid = said_nat and c_head.norm not in {t.norm for t in said_nat}
        if (
            unsaid
            and c_head.norm not in vocabulary
            and not _part_said(c_head, ctx)
            and not any(_nested(c_head, t) for t in said_nat)
        ):
            return c_head.text, " ".join(t.text for t in said_nat)
        return None
    genres = _genre_conflict(ctx, claimed, said, c_kind, e_kind)
    if genres is not None:
        return genres
    # Nationalities of the same kind of thing. One of the claim's said is enough: a
    # "Georgian and Ukrainian director" may be called a "Georgian director".
    c_nat = [t for t in c_mods if demonym(t)]
    e_nat = [t for t in e_mods if demonym(t)]
    if (
        c_nat
        and e_nat
        and (c_head.stem == e_head.stem or (c_kind is not None and c_kind == e_kind))
    ):
        said_norms = {t.norm for t in e_nat}
        if said_norms & {t.norm for t in c_nat}:
            return None
        for tok in c_nat:
            if (
                tok.norm not in vocabulary
                and not _part_said(tok, ctx)
                and not any(_nested(tok, t) for t in e_nat)
            ):
                return tok.text, " ".join(t.text for t in e_nat)
    return None


def _part_said(word: Token, ctx: SentenceContext) -> bool:
    """The word stands in the sentence as part of a hyphenated one ("Canadian-born",
    "American-Canadian", "city-state"): it is said."""
    return any(word.norm in t.norm.split("-") for t in ctx.own if "-" in t.norm)


def _nested(one: Token, other: Token) -> bool:
    """Two nationalities of which one lies within the other ("English", "British";
    "Texan", "American"), by WordNet's places."""
    net = wordnet.load()
    if net is None:
        return False
    return any(
        a.compatible(b)
        for a in net.nationality_places(one.norm)
        for b in net.nationality_places(other.norm)
    )


def _genres(words: Sequence[Token]) -> list[Token]:
    return [t for t in words if t.norm in GENRES or t.stem in GENRES]


def _genre_conflict(
    ctx: SentenceContext,
    claimed: tuple[list[Token], Token],
    said: tuple[list[Token], Token],
    c_kind: tuple[str, str] | None,
    e_kind: tuple[str, str] | None,
) -> tuple[str, str] | None:
    """Genres of the same kind of work ("a romantic film" / "a psychological thriller
    film"): a conflict when the sentence names the work's genre and none of the claim's
    genres is among its words or anywhere in the article. A work may have several genres,
    but an article that never names one of them does not give it that genre."""
    c_mods, c_head = claimed
    e_mods, e_head = said
    same_thing = c_head.stem == e_head.stem or (
        c_kind is not None and c_kind == e_kind and c_kind[0] not in _OPEN_FAMILIES
    )
    if not same_thing:
        return None
    c_genres, e_genres = _genres(c_mods), _genres(e_mods)
    if not c_genres or not e_genres:
        return None
    # Each part of a compound genre too: a "comedy-drama" is a drama.
    said_keys = {k for t in ctx.own for k in (t.norm, t.stem, *compound_parts(t))}
    said_keys |= set(ctx.vocabulary)
    if any(_genre_keys(t) & said_keys for t in c_genres):
        return None
    return " ".join(t.text for t in c_genres), " ".join(t.text for t in e_genres)


def _genre_keys(tok: Token) -> set[str]:
    """A genre word and the forms that name the same genre ("romantic", "romance")."""
    keys = {tok.norm, tok.stem}
    for group in GENRE_FORMS:
        if keys & group:
            keys |= group
    return keys


def modifier_elsewhere(ctx: SentenceContext) -> bool:
    """The claim says its subject is a "<word> <kind>" ("a football player"), and the
    sentence names the kind but not with that word before it: "a rugby player and a
    football coach" says both words, of two different things."""
    claimed = claim_predicate(ctx)
    if claimed is None:
        return False
    mods, head = claimed
    # Only the words of the head's own phrase: "among the first shows available" has none
    # of "available" before it but "first shows", which modify no "available".
    cut = [k for k, m in enumerate(mods) if m.norm in _PREPOSITIONS]
    if cut:
        mods = mods[cut[-1] + 1 :]
    # A nationality counts as well ("a French actress" is not "a Belgian actress who works
    # in French cinema").
    mods = [m for m in mods if (not m.capitalised or demonym(m)) and m.norm not in STOPWORDS]
    if not mods:
        return False
    words = {id(w.token): w for w in ctx.facts.claim.words}
    head_word = words.get(id(head))
    if head_word is None:
        return False
    own = ctx.own
    text = ctx.unit.text
    # The kind is said by the word, not by a word of a name ("Arts & Entertainment
    # Network"), or by another word for the same kind ("channel" for "network").
    heads = [i for i, t in enumerate(own) if _says(head_word, t) and (i == 0 or not t.capitalised)]
    said_kind = _sentence_predicate(ctx)
    kind = kind_of(head)
    if said_kind is not None and kind is not None and kind[1] and kind_of(said_kind[1]) == kind:
        heads += [i for i, t in enumerate(own) if t is said_kind[1]]
    if not heads:
        return False
    for mod in mods:
        word = words.get(id(mod))
        if word is None:
            continue
        said = [i for i, t in enumerate(own) if _says(word, t)]
        if not said:
            continue  # unsaid: the support rules weigh that
        if not any(
            0 < h - m <= _MODIFIER_REACH and not _gap_between(own, text, m, h)
            for h in heads
            for m in said
        ):
            return True
    return False


def _says(word: ClaimWord, tok: Token) -> bool:
    keys = token_keys(tok)
    return bool((word.keys | word.narrow | word.loose) & keys)


_PREPOSITIONS = frozenset(
    "of in on at by for from to with without into over under between among through during "
    "after before since until against about around across along toward upon within".split()
)
# How many words may stand between a modifier and its noun ("a cable and satellite
# television channel").
_MODIFIER_REACH = 4


def _gap_between(toks: Sequence[Token], text: str, a: int, b: int) -> bool:
    """Punctuation, an article or a preposition stands between tokens a and b: another
    phrase ("a tennis player and a football coach"). Joined modifiers ("football and
    tennis player") share their noun."""
    if any(c in text[toks[a].end : toks[b].start] for c in ",;:()"):
        return True
    return any(t.norm in _DETERMINERS or t.norm in _NP_END - {"and", "or"} for t in toks[a + 1 : b])


def kind_mismatch(ctx: SentenceContext) -> bool:
    """The sentence says what its subject is, and it is a kind that excludes the claim's
    ("a 1999 film ..., based on her novel" does not say it is a novel). Such a sentence
    supports no copular claim, whatever words it shares."""
    claimed = claim_predicate(ctx)
    if claimed is None:
        return False
    said = _sentence_predicate(ctx)
    if said is None:
        return False
    c_kind, e_kind = kind_of(claimed[1]), kind_of(said[1])
    if c_kind is not None and c_kind[1] and c_kind == e_kind:
        return False  # one value of the table ("network" / "channel"), wherever it is named
    if _head_only_in_a_name(ctx, claimed[1], said[1]):
        return True
    return (
        c_kind is not None
        and e_kind is not None
        and _exclusive(c_kind, e_kind)
        and not _related(claimed[1].norm, said[1].norm)
    )


def article_kinds(unit: Unit) -> tuple[frozenset[str], frozenset[str]]:
    """What the article's subject is, as (head nouns, every word of their phrases): the
    word its title is set apart by ("Hush (2016 film)") and the noun phrase its first
    sentence gives it ("Lisk Road is an American drama film directed by ..."). Empty when
    neither says."""
    heads: set[str] = set()
    words: set[str] = set()
    if unit.title.endswith(")") and "(" in unit.title:
        inside = tokens(unit.title[unit.title.rfind("(") + 1 : -1])
        if inside:
            heads.add(inside[-1].norm)
            words.update(t.norm for t in inside)
    toks, text = list(unit.lead), unit.lead_text
    at = _copula_after(toks, text, 1) if toks and text else None
    title = {t.norm for t in title_tokens(unit.title)} - STOPWORDS
    if at is not None and at <= 12 and any(t.norm in title for t in toks[:at]):
        found = _predicate(toks, text, at, determiner=True)
        if found is not None:
            if found[1].norm not in GENRES:  # "a 1995 romantic comedy" is a film, or a play
                heads.add(found[1].norm)
            words.update(t.norm for t in (*found[0], found[1]))
    return frozenset(heads), frozenset(words)


def may_name(head: Token, kinds: frozenset[str], words: frozenset[str]) -> bool:
    """ "The <head>" may name a subject of one of these kinds: a word of its description,
    the same kind in the table ("the city" for a town), a synonym or narrower word ("the
    movie"), a role of a person, another word for an organisation, or a broader word ("the
    group" for a band; not for a place, which lies inside broader places: "the district"
    around a town is another)."""
    if not kinds or head.norm in words or head.stem in words:
        return True
    net = wordnet.load()
    if net is None:
        return True  # nothing to tell kinds apart by
    mine = _WHERE.get(head.norm) or _WHERE.get(head.stem)
    broad = mine[0] if mine is not None else net.kind(head.norm)
    for kind in kinds:
        table = _WHERE.get(kind)
        if mine is not None and mine == table:
            return True
        if head.norm in net.same(kind, "n") or head.norm in net.narrower(kind, "n"):
            return True  # "the movie" for a film, "the pitcher" for a player
        if (
            broad in ("person", "organisation")
            and broad == (table[0] if table is not None else net.kind(kind))
            and not (broad == "person" and kin(head.norm))
        ):
            # A person by any of their roles ("the singer"), not by a relative's ("The
            # painter's wife"); an organisation by another word ("the school").
            return True
        place = (table is not None and table[0] == "place") or net.kind(kind) == "place"
        if not place and head.norm in net.broader(kind):
            return True
    return False


def _head_only_in_a_name(ctx: SentenceContext, head: Token, said: Token) -> bool:
    """The claim's kind is met only as a word of a name ("Prescott is a county" against "a
    city in Yavapai County"), and the sentence says its subject is something else."""
    if head.capitalised or _related(head.norm, said.norm):
        return False
    own = ctx.own
    hits = [i for i, t in enumerate(own) if t.stem == head.stem]
    return bool(hits) and all(i > 0 and own[i].capitalised for i in hits)


def _related(a: str, b: str) -> bool:
    """One word is the other, a synonym, or a kind of it (WordNet), so they cannot exclude."""
    if a == b:
        return True
    net = wordnet.load()
    if net is None:
        return False
    return b in net.same(a) or a in net.same(b) or a in net.broader(b) or b in net.broader(a)


# Prepositions that put a nationality on another thing than the sentence's subject.
_OTHER_THING_LEADS = frozenset(
    "by of against with from to for on in at into over under between among".split()
)


def nationality_of_another(ctx: SentenceContext) -> bool:
    """The claim gives its subject a nationality alone ("Ragnar was English"), and the
    sentence says the word only of another thing: not after a copula ("was an English
    poet"), in an apposition to the subject ("Nora Hale, an English poet,") or before its
    name ("English poet Nora Hale"), but on an object ("attacked the English king",
    "defeated by superior English forces") or inside a name ("the English Channel")."""
    claimed = claim_predicate(ctx)
    if claimed is None:
        return False
    mods, head = claimed
    if any(m.norm not in STOPWORDS for m in mods) or not demonym(head):
        return False
    own = ctx.own
    text = ctx.unit.text
    subject = {w.norm for n in ctx.facts.subject_names for w in n.words}
    hits = [i for i, t in enumerate(own) if t.norm == head.norm]
    if not hits:
        return False
    for i in hits:
        nxt = own[i + 1] if i + 1 < len(own) else None
        if nxt is None or nxt.norm in STOPWORDS:
            return False  # "... was English", "English and Danish": said of the subject
        if any(t.norm in subject for t in own[i + 1 : i + 4]):
            return False  # "English poet Nora Hale"
        # Back over the rest of the noun phrase ("an Irish-born", "a leading").
        j = i - 1
        while j >= 0 and i - j <= 4 and own[j].norm not in COPULAS:
            tok = own[j]
            if tok.norm in _OTHER_THING_LEADS or "," in text[tok.end : own[j + 1].start]:
                break
            if tok.norm in _DETERMINERS:
                j -= 1
                continue
            if tok.norm in STOPWORDS or (
                inflected_verb(tok.norm) and not (j > 0 and own[j - 1].norm in _DETERMINERS)
            ):
                break  # "attacked the English king"; not "a leading English poet"
            j -= 1
        if j >= 0 and own[j].norm in COPULAS:
            return False
        if j >= 0 and own[j].norm in subject and "," in text[own[j].end : own[j + 1].start]:
            return False  # "Nora Hale, an English poet,"
    return True


# Words before a noun that make it another thing than the subject: a preposition ("adapted
# into a film", "flows through the city"), a possessive ("its capital is Kell").
_ANOTHER_THING_LEADS = _OTHER_THING_LEADS | frozenset(
    {"through", "across", "near", "beside", "its", "his", "her", "their", "whose"}
)


def kind_said_of_another(ctx: SentenceContext) -> bool:
    """The claim says what its subject is ("Tarn is a city"), and the sentence names the
    kind only of something else: after a preposition ("a river that flows through the city
    of Lisk", "a novel ... adapted into a film") or a possessive ("its capital is Kell")."""
    claimed = claim_predicate(ctx)
    if claimed is None:
        return False
    _mods, head = claimed
    head_word = next((w for w in ctx.facts.claim.words if w.token is head), None)
    if head.capitalised or head_word is None:
        return False
    own = ctx.own
    # Where the word is a phrase's head: not "her music career", "the singing competition".
    hits = [
        i
        for i, t in enumerate(own)
        if _says(head_word, t)
        and not t.capitalised
        and not (
            i + 1 < len(own)
            and not own[i + 1].capitalised
            and own[i + 1].norm not in STOPWORDS
            and not verb_form(own[i + 1])
            and not any(c in ctx.unit.text[t.end : own[i + 1].start] for c in ",;:()")
        )
    ]
    if not hits:
        return False
    for i in hits:
        j = i - 1
        # Back over the noun phrase's determiners and describing words.
        while (
            j >= 0
            and i - j <= 3
            and (
                own[j].norm in _DETERMINERS
                or (
                    not own[j].capitalised
                    and own[j].norm not in STOPWORDS
                    and not verb_form(own[j])
                )
            )
        ):
            j -= 1
        if j < 0 or own[j].norm not in _ANOTHER_THING_LEADS:
            return False  # "Tarn is a city", "Tarn, a city in Lisk,": said of the subject
    return True


def verb_form(tok: Token) -> bool:
    """An inflected verb that is no noun ("flows", "adapted"), which ends a noun phrase."""
    return inflected_verb(tok.norm) and not can_be_noun(tok.norm)
