"""Where: a claim that puts its subject, or its event, in one place, against a sentence that
puts the same in another ("a state in Mexico" / "a state in ... the United States";
"originated in Jamaica" / "originating from Australia").

Two places conflict only when WordNet knows both as places and neither lies within the
other (New Mexico and Montana are both in the United States, and neither in the other;
Los Angeles is in California). The claim's place must occur nowhere in the article: an
event that happened in several places is named with all of them somewhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck import gazetteer, wordnet
from factcheck.names import extract_names, name_run_before
from factcheck.textnorm import STOPWORDS, Token
from factcheck.values.lexicon import MONTH_WORDS

if TYPE_CHECKING:
    from factcheck.engine.context import SentenceContext

_PLACE_PREPOSITIONS = frozenset({"in", "from", "at"})
# How far after the shared word the evidence's place may stand ("a state in the
# southwestern region of the United States").
PLACE_WINDOW = 10


def _place_after(toks: Sequence[Token], text: str, at: int) -> tuple[str, int] | None:
    """The last place named in the prepositional phrase starting at token `at` ("in the
    southwestern region of the United States" -> United States), and its end."""
    if at >= len(toks) or toks[at].norm not in _PLACE_PREPOSITIONS:
        return None
    stop = len(toks)
    for k in range(at + 1, min(len(toks), at + PLACE_WINDOW)):
        gap = text[toks[k - 1].end : toks[k].start]
        if any(c in gap for c in ",;:()") or toks[k].norm in ("and", "or", "where", "which"):
            stop = k
            break
    else:
        stop = min(len(toks), at + PLACE_WINDOW)
    if stop <= at + 1:
        return None
    start, end = toks[at + 1].start, toks[stop - 1].end
    names = list(extract_names(text[start:end]))
    if stop < len(toks) and toks[stop].capitalised and not text[end : toks[stop].start].strip():
        # The window cut a name ("... at the Brookings" of "the Brookings Institution"): its
        # first words are no place.
        names = [n for n in names if start + n.end < end]
    if not names:
        return None
    # The last place named ("in Bonn for talks with Chancellor Helmut Kohl" -> Bonn), else
    # the last name.
    placed = next((n for n in reversed(names) if known_place(n.text) is not None), None)
    if (
        placed is None
        and stop < len(toks)
        and text[toks[stop - 1].end : toks[stop].start].strip() == ","
    ):
        # "in Cecil County, Maryland": a place WordNet does not know, then the one it lies in.
        run = [toks[stop]]
        for tok in toks[stop + 1 : stop + 4]:
            if not tok.capitalised or text[run[-1].end : tok.start].strip():
                break
            run.append(tok)
        region = text[run[0].start : run[-1].end]
        if toks[stop].capitalised and known_place(region) is not None:
            return region, stop + len(run)
    return (placed or names[-1]).text, stop


_DATE_WORDS = MONTH_WORDS | frozenset({"on", "the", "of"})


# Deeds done in one place only: a person is born, dies, is buried once.
_ONCE = frozenset({"born", "die", "died", "buri", "bury"})


def _after_verb(own: Sequence[Token], words: set[str], verb_stem: str) -> bool:
    """The place's words stand in the sentence right after the same verb ("born in
    Milan"), within three words."""
    for k, tok in enumerate(own):
        if tok.stem != verb_stem:
            continue
        if any(t.norm in words for t in own[k + 1 : k + 5]):
            return True
    return False


def _place_starts(toks: Sequence[Token], k: int) -> list[int]:
    """Where the place after the word at `k` may start: right after it, one word on ("shot
    only in Montana"), or after a date ("born on April 12, 1876 in Cecil County")."""
    starts = [k + 1, k + 2]
    for j in range(k + 1, min(len(toks), k + 8)):
        tok = toks[j]
        if tok.norm in _PLACE_PREPOSITIONS:
            if j not in starts:
                starts.append(j)
            break
        if not (tok.norm in _DATE_WORDS or tok.norm.isdigit()):
            break
    return starts


COPULAS = frozenset({"is", "are", "was", "were"})
# Words that end the noun phrase a copula opens: another clause begins.
_PHRASE_ENDS = frozenset({"which", "who", "where", "that", "when", "while", "and", "but"})


def _copula_place_starts(toks: Sequence[Token], text: str, k: int) -> list[int]:
    """The first place preposition in the noun phrase after the copula at `k` ("is a city
    in France", "is the largest port in southern Spain"), before a comma or a new clause;
    none when the copula is the sentence's second ("..., which is in Paris")."""
    if any(t.norm in COPULAS for t in toks[:k]):
        return []
    for j in range(k + 1, min(len(toks), k + PLACE_WINDOW)):
        gap = text[toks[j - 1].end : toks[j].start]
        if any(c in gap for c in ",;:()") or toks[j].norm in _PHRASE_ENDS:
            return []
        if toks[j].norm in _PLACE_PREPOSITIONS:
            return [j]
    return []


# Continents (as WordNet names them) of a country WordNet does not know, by GeoNames code.
_CONTINENTS_BY_CODE = {
    "EU": frozenset({"europe.n.01", "eurasia.n.01"}),
    "AS": frozenset({"asia.n.01", "eurasia.n.01"}),
    "AF": frozenset({"africa.n.01"}),
    "NA": frozenset({"north_america.n.01"}),
    "SA": frozenset({"south_america.n.01"}),
    "OC": frozenset({"australia.n.02"}),
    "AN": frozenset({"antarctica.n.01"}),
}


# Words between "where" and its verb: its subject and an adverb ("where he currently lives").
_WHERE_GAP = 4


def _place_where(toks: Sequence[Token], text: str, k: int) -> str | None:
    """The place a ", where" clause hangs on, when the verb at `k` is that clause's ("fled
    to India, where he currently lives" -> India)."""
    for j in range(k - 1, max(-1, k - _WHERE_GAP - 2), -1):
        if toks[j].norm != "where":
            continue
        if j == 0 or text[toks[j - 1].end : toks[j].start].strip() != ",":
            return None
        between = toks[j + 1 : k + 1]
        if any(t.norm in ("and", "but", "or", "then") for t in between) or any(
            c in text[a.end : b.start]
            for a, b in zip(toks[j:k], between, strict=True)
            for c in ",;:()"
        ):
            return None  # "where she met Tom, and died": the verb is another clause's
        run, _before = name_run_before(toks, text, j - 1)
        return " ".join(t.text for t in run) or None
    return None


def known_place(name: str) -> wordnet.Place | None:
    """What WordNet knows of a place by its name, with where the gazetteer's cities of that
    name lie; a city only the gazetteer knows, placed in its countries ("Trieste"); None
    without WordNet or for a name neither knows."""
    net = wordnet.load()
    if net is None:
        return None
    found = net.place(name)
    places = gazetteer.load()
    if places is None or not name[:1].isupper():
        return found
    if found is None and (len(name) < 3 or name.lower() in STOPWORDS or net.knows(name)):
        # A city's name that is also a word or a name WordNet knows ("Liberty", "Hayes",
        # "Berber") is read as that, not as the city.
        return None
    cities = places.cities(name)
    if not cities:
        return found
    if found is not None:
        # Only the cities in a country WordNet puts the place in: "Tuscany" is also a
        # district of Calgary.
        ours = [
            c
            for c in cities
            if (state := net.place(places.country_name(c.country))) is not None
            and state.own & (found.own | found.within)
        ]
        points = frozenset((c.latitude, c.longitude) for c in ours)
        return dataclasses.replace(found, points=points) if points else found
    points = frozenset((c.latitude, c.longitude) for c in cities)
    country: set[str] = set()
    within: set[str] = set()
    for code in {c.country for c in cities}:
        state = net.place(places.country_name(code))
        if state is not None and not state.historical:
            country |= state.own
            within |= state.own | state.within
        else:
            country.add(f"geonames:{code}")
            within |= {f"geonames:{code}"} | _CONTINENTS_BY_CODE.get(
                places.continent_code(code), set()
            )
    # A United States city lies in its state, and in none of the others.
    beside: set[str] = set()
    states = {c.region for c in cities if c.region}
    if states and all(c.region for c in cities):
        for name in places.states:
            state = net.place(name)
            if state is None:
                continue
            if name in states:
                within |= state.own
            else:
                beside |= state.own
    own = frozenset(f"geonames:{c.geonameid}" for c in cities)
    return wordnet.Place(
        own,
        frozenset(within),
        points=points,
        country=frozenset(country),
        beside=frozenset(beside - within),
    )


def place_conflict(ctx: SentenceContext) -> tuple[str, str] | None:
    """(the claim's place, the sentence's place) when they cannot both hold. A claim that
    says only where its subject is ("Valencia is in Spain") is met by what the sentence
    says its subject is ("Valencia is a city in France")."""
    claim = list(ctx.facts.claim.tokens)
    text = ctx.facts.text
    own = ctx.own
    said = {t.norm for t in own}
    subjects = {n.text.lower() for n in ctx.facts.subject_names}
    for i, tok in enumerate(claim[:-1]):
        found = _place_after(claim, text, i + 1)
        copular = tok.norm in COPULAS and i > 0
        if found is None or (tok.norm in STOPWORDS and not copular):
            continue
        place, _end = found
        words = {w.lower() for w in place.split()}
        if words & said and not (tok.stem in _ONCE and not _after_verb(own, words, tok.stem)):
            continue  # "born in Naples and raised in Milan" names Milan for another deed
        if words & ctx.vocabulary and not words & said and tok.stem not in _ONCE:
            continue  # the article names it: the deed may have been done in both
        mine = known_place(place)
        if mine is None:
            continue
        keys = set(COPULAS) if copular else {tok.stem}
        for k, ev in enumerate(own[:-1]):
            if ev.norm not in keys and ev.stem not in keys:
                continue
            if copular and k == 0:
                continue  # "Is ..." opens a question, not a statement of where
            where = None if copular else _place_where(own, ctx.unit.text, k)
            if where is not None and where.lower() not in subjects:
                theirs = known_place(where)
                if theirs is not None and not mine.compatible(theirs):
                    return place, where
            # "originating from Australia", "a state in the ... United States", allowing one
            # word between ("shot only in Montana"); after a copula, anywhere in the noun
            # phrase it opens ("is the third largest city in Spain").
            starts = _copula_place_starts(own, ctx.unit.text, k) if copular else None
            for at in starts if starts is not None else _place_starts(own, k):
                theirs_found = _place_after(own, ctx.unit.text, at)
                if theirs_found is None:
                    continue
                theirs_name = theirs_found[0]
                # The subject itself is no other place for the subject ("Casablanca is a
                # city in Egypt" / "a city founded in ... Casablanca").
                if theirs_name.lower() in subjects:
                    continue
                theirs = known_place(theirs_name)
                if theirs is not None and not mine.compatible(theirs):
                    return place, theirs_name
    return None
