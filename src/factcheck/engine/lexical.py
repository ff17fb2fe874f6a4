"""What the engine knows of words: the hand lexicon, and WordNet when it is installed.

A claim word meets a sentence word when they share a key: its stem, a paraphrase group of
the hand lexicon (`factcheck.lexicon`), or, with WordNet, the stem of a synonym of one of
its common senses, of a derived form ("invasion" / "invade") or of a narrower noun
("warship" / "frigate"). Only the claim's words are expanded; a sentence is indexed by its
stems and hand groups, so WordNet costs nothing per sentence.

Opposites come from both: the hand list (`lexicon.opposites`) and WordNet's antonyms.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck import wordnet
from factcheck.lexicon import STAGE_STEMS, concepts
from factcheck.lexicon import opposites as hand_opposites
from factcheck.textnorm import STOPWORDS, Token, compound_parts, stem

# Words too general to stand for another word: WordNet lists "take" among the synonyms of
# "film", "remove" and "lead", and "do" among those of "act".
_GENERIC = STOPWORDS | frozenset(
    "act be become come do get give go have hold keep let make move pass play put run see "
    "set take turn work use get find call bring leave show form place part thing way one "
    "time year day man men people person state case point end good new old".split()
)
# Words that name a nationality: their synonyms ("American" / "America") are kept, their
# hyponyms (every kind of American) are not.
_NO_NARROWER_MIN_LENGTH = 4


def _enabled() -> wordnet.WordNet | None:
    return wordnet.load()


def common_spelling(word: str) -> bool:
    """A word of the language rather than only a name ("Second", "Thoroughly"); False
    without WordNet, which is what can tell."""
    net = _enabled()
    return net is not None and net.is_common_word(word.lower())


def can_be_verb(word: str) -> bool:
    """A word with a verb sense in some form ("declared", "ran"), unlike "summit". False
    without WordNet."""
    net = _enabled()
    return net is not None and net.can_be_verb(word)


def inflected_verb(word: str) -> bool:
    """A verb's inflected form ("became", "visits"), not its base or a noun ("summit")."""
    net = _enabled()
    return net is not None and any(b != word for b in net.verb_bases(word))


@lru_cache(maxsize=65536)
def same_verb(one: str, other: str) -> bool:
    """Two forms of one verb ("model" / "modelled", "win" / "won"), by WordNet's base
    forms. False without WordNet, unless the forms are equal."""
    if one == other:
        return True
    net = _enabled()
    return net is not None and bool(net.verb_bases(one) & net.verb_bases(other))


@lru_cache(maxsize=65536)
def noun_of_verb(verb: str, noun: str) -> bool:
    """`noun` names the deed of `verb` or its doer ("appeared" / "appearances", "wrote" /
    "writer"), by WordNet's derived forms of the verb's first sense. False without
    WordNet."""
    net = _enabled()
    if net is None:
        return False
    verbs = net.verb_bases(verb) or frozenset({verb})
    nouns = {b for b in net.base_forms(noun) if net.has_noun(b)} | {noun}
    return any(nouns & net.verb_nouns(v) for v in verbs)


@lru_cache(maxsize=16384)
def plural_noun(word: str) -> bool:
    """A plural noun: "films", and with WordNet the plurals that end otherwise
    ("servicemen", "criteria"), whose singular is another word."""
    if word.endswith("s"):
        return len(word) > 3 and word.isalpha()
    net = _enabled()
    if net is None or not word.isalpha():
        return False
    base = net.noun_base(word)
    return base is not None and base != word and net.has_noun(base)


def can_be_noun(word: str) -> bool:
    """WordNet has a noun of this very form ("left" is one, "retook" is not). False without
    WordNet."""
    net = _enabled()
    return net is not None and net.has_noun(word)


def names_a_person(word: str) -> bool:
    """A noun whose most common sense is a person ("sister", "envoy"). False without
    WordNet."""
    net = _enabled()
    return net is not None and net.kind(word) == "person"


def broad_kind(word: str) -> str | None:
    """ "person", "place", "organisation" or None: the broad kind of a noun's most common
    sense. None without WordNet."""
    net = _enabled()
    return net.kind(word) if net is not None else None


def kin(word: str) -> bool:
    """A word for a relative ("wife", "brother"): WordNet has "relative" above it. False
    without WordNet."""
    net = _enabled()
    return net is not None and "relative" in net.broader(word)


def made_thing(word: str) -> bool:
    """A noun for a made thing, a structure or a work ("tower", "nave", "album"), by its
    senses' broader words. False without WordNet."""
    net = _enabled()
    return net is not None and net.kind(word) is None and "artifact" in net.broader(word)


def degree_word(word: str, following: str | None = None) -> bool:
    """A kind of academic degree ("doctorate", "PhD"), alone or with the next word
    ("master's degree"); not "degree" itself, which names none. False without WordNet."""
    net = _enabled()
    # "with honours" tells how one graduated, not which degree.
    if net is None or word in STOPWORDS or word in {"honours", "honors", "degree"}:
        return False
    lemmas = [word]
    if following == "degree" and word.endswith("'s"):
        lemmas.append(f"{word}_degree")
    return any("degree" in net.broader(lemma) for lemma in lemmas)


def made_or_body(word: str) -> bool:
    """A noun for a made thing or a group of people ("team", "division", "academy"), by its
    senses' broader words. False without WordNet."""
    net = _enabled()
    if net is None:
        return False
    broader = net.broader(word)
    return "artifact" in broader or "organization" in broader or "social_group" in broader


def plain_word(word: str) -> bool:
    """A word of the language that is never a name ("Speeches", "Polar"): capitalised at
    the head of a sentence only. False without WordNet."""
    net = _enabled()
    low = word.lower()
    return net is not None and net.is_common_word(low) and not net.is_proper_noun(low)


def token_keys(tok: Token) -> frozenset[str]:
    """A sentence word's keys: its stem and the hand lexicon's groups of it (of each word
    of a compound: textnorm.compound_parts)."""
    # "found" as a sentence writes it is the past of "find" ("a jury found him guilty");
    # "to found" a school is rare beside "founded", whose stem is "found" too.
    keys = stem_keys("find" if tok.norm == "found" else tok.stem)
    for part in compound_parts(tok):
        keys |= stem_keys(stem(part))
    return keys


def plainly_narrower(word: str, other: str) -> bool:
    """`other` is a kind of `word` (WordNet hyponym of a common noun sense) and has no other
    sense: "playwright" is a writer, but "player" is not always a musician. False without
    WordNet."""
    net = _enabled()
    return net is not None and other in net.narrower(word, "n") and net.one_sense(other)


# Words of a definition that say who, not what they do.
_GLOSS_FILLER = frozenset(
    "someone somebody person people one who whom whose something thing things able "
    "especially usually often professionally pay like".split()
)


# Endings of nouns for one who does something ("drummer", "novelist", "playwright"):
# other person nouns ("Tatars", "territorial" as a noun) are defined by who they are.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "wright")


@lru_cache(maxsize=16384)
def agent_keys(norm: str) -> frozenset[str]:
    """Stems of what an agent noun's definition says its person does ("drummer": play,
    drum): "X is a drummer" says "X plays drums". The stems alone, not the hand lexicon's
    groups: a definition's words are loose enough. Empty for other words, and without
    WordNet."""
    net = _enabled()
    if net is None:
        return frozenset()
    single = norm[:-1] if norm.endswith("s") and not norm.endswith("ss") else norm
    if not single.endswith(_AGENT_ENDINGS):
        return frozenset()
    words = net.agent_gloss(single) - STOPWORDS - _GLOSS_FILLER
    return frozenset(stem(word) for word in words)


def stem_keys(word_stem: str) -> frozenset[str]:
    return concepts(word_stem) | {word_stem}


@lru_cache(maxsize=65536)
def word_keys(
    norm: str, word_stem: str, capitalised: bool = False, pos: str | None = None
) -> frozenset[str]:
    """Keys under which a claim word meets sentence words (see the module docstring), in
    the part of speech `pos` when the claim tells it (see guess_pos)."""
    keys = set(concepts(word_stem))
    net = _enabled()
    if net is None or len(norm) < 3 or norm in _GENERIC:
        return frozenset(keys)
    related: set[str] = set()
    for base in {norm, *net.base_forms(norm)}:
        related |= net.same(base, pos)
        if not capitalised and len(base) >= _NO_NARROWER_MIN_LENGTH and pos in (None, "n"):
            related |= net.narrower(base, pos)
    for word in related:
        if word in _GENERIC or len(word) < 3:
            continue
        key = stem(word)
        if not _another_stage(key, word_stem):
            keys.add(key)
    return frozenset(keys)


def _another_stage(key: str, word_stem: str) -> bool:
    """Both are steps of one process, and not the same step ("nominated" is not "appointed",
    though WordNet lists "nominate" in the first sense of "appoint"; see lexicon._STAGES).
    A step's noun and verb are one step ("nomination" / "nominate")."""
    return key in STAGE_STEMS and word_stem in STAGE_STEMS and key[:5] != word_stem[:5]


@lru_cache(maxsize=65536)
def narrow_keys(norm: str, pos: str | None = None) -> frozenset[str]:
    """Stems of kinds of the word (WordNet's narrower nouns: "frigate" for "warship")."""
    net = _enabled()
    if net is None or len(norm) < _NO_NARROWER_MIN_LENGTH or norm in _GENERIC:
        return frozenset()
    if pos not in (None, "n"):
        return frozenset()
    out: set[str] = set()
    for base in {norm, *net.base_forms(norm)}:
        out |= {stem(w) for w in net.narrower(base, pos) if w not in _GENERIC and len(w) >= 3}
    return frozenset(out)


# Particles that make a phrasal verb with the verb before them ("passed away", "set up").
_PARTICLES = frozenset("away up down off out over on in back".split())


@lru_cache(maxsize=65536)
def phrasal_keys(verb: str, particle: str) -> frozenset[str]:
    """Stems of a phrasal verb's one-word synonyms: "passed away" says "died", "set up"
    says "established". Not their hand-lexicon groups, which are broad ("forced out" is
    "deposed", not "fled"). Empty without WordNet or such a verb."""
    net = _enabled()
    if net is None or particle not in _PARTICLES:
        return frozenset()
    out: set[str] = set()
    for word in net.phrasal(verb, particle):
        if len(word) >= 3 and word not in _GENERIC:
            out.add(stem(word))
    return frozenset(out)


def compound_noun(first: str, second: str) -> str | None:
    """WordNet's lemma for two words that name one thing ("football_player"), if any."""
    net = _enabled()
    if net is None or first in STOPWORDS or not first.isalpha():
        return None
    lemma = f"{first}_{second}"
    return lemma if net.has_noun(lemma) or net.noun_form(lemma) else None


def compound_keys(lemma: str) -> frozenset[str]:
    """Stems of the compound's synonyms ("footballer" for "football_player")."""
    net = _enabled()
    if net is None:
        return frozenset()
    return frozenset(stem(w) for w in net.same(lemma, "n") if "_" not in w and len(w) >= 3)


@lru_cache(maxsize=65536)
def close_keys(norm: str, word_stem: str, pos: str | None = None) -> frozenset[str]:
    """The word's stem and its WordNet synonyms' and derived forms' stems, of its most
    common sense: what stands for the very same thing, without the hand lexicon's broad
    groups or narrower words."""
    keys = {word_stem}
    net = _enabled()
    if net is not None and norm not in _GENERIC:
        for base in {norm, *net.base_forms(norm)}:
            keys |= {stem(w) for w in net.closest(base, pos) if w not in _GENERIC and len(w) >= 3}
    return frozenset(k for k in keys if not _another_stage(k, word_stem))


_DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some any no every each "
    "several many few".split()
)
_NOUN_BEFORE = _DETERMINERS | frozenset(
    "from of in on at with by for about into onto over under between among through".split()
)
_VERB_BEFORE = frozenset("to will would can could should may might must did does do".split())


def guess_pos(previous: str | None, word: str) -> str | None:
    """A light guess of a claim word's part of speech from the word before it: a noun after
    a determiner, a preposition or a superlative ("made from lead", "the tallest building"),
    a verb after "to" or a modal, a verb for a past form in -ed; None when it cannot tell."""
    if previous in _NOUN_BEFORE or (previous is not None and _superlative(previous)):
        return "n"
    if previous in _VERB_BEFORE:
        return "v"
    if word.endswith("ed") and len(word) > 4:
        return "v"
    return None


def _superlative(word: str) -> bool:
    """A superlative adjective ("tallest"): a noun follows it ("the tallest building" is an
    edifice, not the act of building, which WordNet ties to "establish")."""
    if not word.endswith("est"):
        return False
    net = _enabled()
    base = net.adjective_base(word) if net is not None else None
    return base is not None and base != word


@lru_cache(maxsize=65536)
def opposite_stems(norm: str, word_stem: str) -> frozenset[str]:
    """Stems of words that cannot stand where this word stands ("began" / "ended")."""
    out = set(hand_opposites(word_stem))
    net = _enabled()
    if net is not None and norm not in _GENERIC:
        for base in {norm, *net.base_forms(norm)}:
            out |= {stem(w) for w in net.opposites(base) if w not in _GENERIC}
        head, dash, tail = norm.partition("-")
        if dash and head and tail and head not in _GENERIC:
            # "best-selling" / "worst-selling", "left-wing" / "right-wing": the same compound
            # with the opposite first part.
            for base in {head, *net.base_forms(head)}:
                out |= {stem(f"{w}-{tail}") for w in net.opposites(base) if w not in _GENERIC}
    out.discard(word_stem)
    return frozenset(out)


@lru_cache(maxsize=65536)
def broader_words(norm: str) -> frozenset[str]:
    """Every noun above this one in WordNet ("frigate" -> warship, ship, vessel, ...)."""
    net = _enabled()
    if net is None:
        return frozenset()
    out: set[str] = set()
    for base in {norm, *net.base_forms(norm)}:
        out |= net.broader(base)
    return frozenset(out)


def lexicon_name() -> str:
    return wordnet.lexicon_name()


def reset() -> None:
    """Forget every answer (tests switch WordNet on and off)."""
    word_keys.cache_clear()
    close_keys.cache_clear()
    narrow_keys.cache_clear()
    opposite_stems.cache_clear()
    broader_words.cache_clear()
    wordnet.reset()
