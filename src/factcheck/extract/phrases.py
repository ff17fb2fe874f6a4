"""Claims inside a sentence besides its clauses: the phrase around a date or figure, a
clause in brackets, a relative clause about a name.

* A value's phrase runs from the value to the nearest verb, mark, conjunction or other
  value on each side (taking in the one past verb the value dates: "concluded the Founding
  Act in May 1997"), when it names something or its clause holds other values to tell it
  from: "the Meiji Restoration of 1868", "a cost of about $5.25 billion".
* A bracketed clause with a name or value and a verb: "(later reports said he was in
  Moscow)".
* A relative clause after a name: "NATO, which was to counter the Warsaw Pact" says "NATO
  was to counter the Warsaw Pact"; "the Treaties, which Carter and Torrijos had signed in
  1977" says "Carter and Torrijos had signed the Treaties in 1977"; "The French effort,
  led by X," says "The French effort was led by X".
* A participle after the subject ("Apollo 8, launched on 21 December 1968, ...").
* A subordinate clause set off by commas after a fronted phrase ("On 25 May 1961, shortly
  after Alan Shepard had become ..., Kennedy stood").
* A list of people after a verb or "with" ("carried X, Y and Z into orbit").

Spans are offsets in the sentence; each finding carries the text of its claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract.opinion import is_opinion
from factcheck.extract.statement import lower_article, sentence_case
from factcheck.extract.words import (
    AUXILIARIES,
    COMPLEMENTISERS,
    COORDINATORS,
    DETERMINERS,
    EVENT_NOUNS,
    FIRST_PERSON,
    IRREGULAR_PAST,
    LINK_ADVERBS,
    MODALS,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    STANCE,
    Word,
    is_ing,
    is_modal,
    is_verb,
    words,
)
from factcheck.names import Name
from factcheck.values import DateValue, NumberValue

# A phrase with fewer words than this besides its value says too little to check.
MIN_PHRASE_WORDS = 3


@dataclass(frozen=True)
class Found:
    start: int  # in the sentence
    end: int
    text: str  # the claim's text
    review: str = ""
    names: tuple[str, ...] = ()  # the names it is about, when they are known here


_PHRASE_STOP = STANCE | FIRST_PERSON | COMPLEMENTISERS | RELATIVES | COORDINATORS


def _stops(ws: Sequence[Word], i: int) -> bool:
    word = ws[i]
    if word.is_punct:
        if word.text == "–" and 0 < i < len(ws) - 1:
            return not (ws[i - 1].capitalised and ws[i + 1].capitalised)  # "Torrijos–Carter"
        return word.text not in ("’", "'", "-", "%", "$", "€", "£")
    return word.low in _PHRASE_STOP or is_modal(ws, i) or is_verb(list(ws), i) or is_ing(word)


def value_phrase(
    sentence: str,
    value: DateValue | NumberValue,
    names: Sequence[Name],
    others: Sequence[DateValue | NumberValue] = (),
) -> tuple[int, int] | None:
    """The words around a value up to the nearest verb, mark, conjunction or other value,
    if they name something ("the Meiji Restoration of 1868") or the clause holds other
    values the phrase must be told from ("inaugurated in June 2016 at a cost of $5
    billion": "a cost of $5 billion")."""
    if _is_ordinal(value):
        return None  # "a third set of locks": no figure to check
    ws = words(sentence)
    spans = [v.span for v in others if v is not value and not _is_ordinal(v)]

    def other(i: int) -> bool:
        return any(lo <= ws[i].start < hi for lo, hi in spans)

    first = next((i for i, w in enumerate(ws) if w.end > value.span[0]), None)
    last = next((i for i in range(len(ws) - 1, -1, -1) if ws[i].start < value.span[1]), None)
    if first is None or last is None:
        return None
    lo = first
    took_verb = False
    while lo > 0 and not other(lo - 1):
        if not _stops(ws, lo - 1):
            lo -= 1
        elif not took_verb and is_past_form(ws[lo - 1]):
            # "concluded the Founding Act in May 1997", "the Protocol ... signed in 2014":
            # the verb the value dates belongs to the phrase.
            took_verb = True
            lo -= 1
        else:
            break
    while lo < first and ws[lo].low in PREPOSITIONS:
        lo += 1
    if lo >= 2 and ws[lo - 1].low in COORDINATORS and ws[lo - 2].capitalised:
        return None  # "Britain and France in 1986": the value dates more than this name
    hi = last + 1
    # "In 1967 the World Health Organization launched": "the" after the value opens the
    # clause's subject, which the date does not name.
    subject_next = hi < len(ws) and ws[hi].low in DETERMINERS
    while hi < len(ws) and not subject_next and not _stops(ws, hi) and not other(hi):
        if ws[hi].low in LINK_ADVERBS:
            break  # "The 2014 revolution then brought": the phrase ends before "then"
        hi += 1
    if hi < len(ws) and other(hi):
        # "in June 2016 at a cost of $5 billion": the phrase ends before "at a cost of".
        cut = next((k for k in range(last + 1, hi) if ws[k].low in PREPOSITIONS), None)
        if cut is not None:
            hi = cut
    outside = sum(
        1 for k in range(lo, hi) if ws[k].end <= value.span[0] or ws[k].start >= value.span[1]
    )
    if outside < MIN_PHRASE_WORDS:
        return None
    start, end = ws[lo].start, ws[hi - 1].end
    named = (
        any(start <= n.start < end for n in names)
        or any(ws[i].low in EVENT_NOUNS for i in range(lo, hi))
        or len(spans) > 0
    )
    return (start, end) if named else None


def _is_ordinal(value: DateValue | NumberValue) -> bool:
    return isinstance(value, NumberValue) and value.ordinal and value.unit is None


def is_past_form(word: Word) -> bool:
    low = word.low
    if low in AUXILIARIES or low in MODALS or low in REPORTING or word.capitalised:
        return False
    return low in IRREGULAR_PAST or (len(low) > 3 and low.endswith("ed"))


# -- a participle after the subject ------------------------------------------------------------

# How many words a sentence's subject may have before its participle: "The new harbour tunnel,".
_SUBJECT_WORDS = 5
_OPENERS = frozenset("the a an its their his her".split())


def subject_participles(
    sentence: str, values: Sequence[DateValue | NumberValue], names: Sequence[Name] = ()
) -> Iterator[Found]:
    """'The tunnel, estimated to cost 2.4 billion euros, will link ...': a participle set
    off by commas after the sentence's subject, holding a date or figure, is a claim about
    that subject ("The tunnel was estimated to cost 2.4 billion euros"), even in a
    sentence that predicts; so is one after a subject that is a name ("Apollo 8, launched
    on 21 December 1968, carried ..."). One with "by" is a relative's (see `relatives`)."""
    ws = words(sentence)
    if len(ws) < 6:
        return
    comma = next((i for i in range(2, min(len(ws), 2 + _SUBJECT_WORDS)) if ws[i].text == ","), None)
    if comma is None or any(w.is_punct or is_verb(ws, i) for i, w in enumerate(ws[:comma])):
        return
    # A name of capitalised words and numbers only: "Apollo 8", "The Saturn V".
    named = any(n.start == ws[0].start for n in names) and all(
        w.capitalised or w.text.isdigit() for w in ws[:comma]
    )
    if ws[0].low not in _OPENERS and not named:
        return
    at = comma + 1
    if at + 1 >= len(ws) or not is_past_form(ws[at]) or ws[at + 1].low == "by":
        return
    spans = [v.span for v in values]
    close = next(
        (
            k
            for k in range(at + 1, len(ws))
            if ws[k].text in ",;" and not any(lo <= ws[k].start < hi for lo, hi in spans)
        ),
        None,
    )
    if close is None or ws[close].text != ",":
        return
    start, stop = ws[at].start, ws[close - 1].end
    if not any(start <= lo < stop for lo, _ in spans):
        return
    text = f"{sentence[ws[0].start : ws[comma - 1].end]} was {sentence[start:stop]}"
    yield Found(ws[0].start, stop, sentence_case(text))


# -- a subordinate clause set off by commas -------------------------------------------------

_SET_OFF = frozenset("after before when while although though because since until once".split())
# Adverbs that may come before the subordinator: "..., shortly after X had ...".
_DEGREE = frozenset("soon just long even only right".split())


def set_off_subordinates(
    sentence: str, names: Sequence[Name], values: Sequence[DateValue | NumberValue]
) -> Iterator[Found]:
    """'On 25 May 1961, shortly after Alan Shepard had become the first American in space,
    John F. Kennedy stood ...': a subordinate clause set off by commas between a fronted
    phrase with no verb and the main clause is a claim of its own when it names something
    or holds a value ("Alan Shepard had become the first American in space")."""
    ws = words(sentence)
    spans = [v.span for v in values]

    def in_value(word: Word) -> bool:
        return any(lo <= word.start < hi for lo, hi in spans)

    for i in range(1, len(ws) - 3):
        if ws[i - 1].text != "," or in_value(ws[i - 1]):
            continue
        at = i
        if ws[at].low in _DEGREE or (ws[at].low.endswith("ly") and len(ws[at].low) > 3):
            at += 1
        if ws[at].low not in _SET_OFF:
            continue
        if any(is_verb(ws, k) or is_ing(ws[k]) for k in range(i - 1)):
            return  # after a verb it is cut off already (see `clauses`)
        close = next(
            (k for k in range(at + 1, len(ws)) if ws[k].text in ",;" and not in_value(ws[k])),
            None,
        )
        if close is None or ws[close].text != ",":
            return
        if not any(is_verb(ws, k) for k in range(at + 1, close)) or not any(
            is_verb(ws, k) for k in range(close + 1, len(ws))
        ):
            return
        start, end = ws[at + 1].start, ws[close - 1].end
        if not any(start <= n.start < end for n in names) and not any(
            start <= lo < end for lo, _ in spans
        ):
            return
        yield Found(ws[i].start, end, sentence_case(sentence[start:end]))
        return


# -- parentheses ------------------------------------------------------------------------------

_PARENTHESIS = re.compile(r"\(([^()]{8,300})\)")


def bracketed(
    sentence: str,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
    include_opinion: bool,
) -> Iterator[Found]:
    """A clause in brackets ("(later reports said he was in Moscow)") is a claim apart."""
    for match in _PARENTHESIS.finditer(sentence):
        start, end = match.span(1)
        ws = words(match.group(1))
        named = any(start <= n.start < end for n in names)
        inside = any(start <= v.span[0] < end for v in values)
        # A verb after the first word: "(later reports said he was in Moscow)", not
        # "(Updated Monday 12/9)".
        if not (named or inside) or not any(is_verb(ws, i) for i in range(1, len(ws))):
            continue
        if is_opinion(ws) and not include_opinion:
            continue
        review = '"he" or "it" inside: name who is meant' if _has_pronoun(ws) else ""
        yield Found(start, end, sentence_case(match.group(1)), review)


def _has_pronoun(ws: Sequence[Word]) -> bool:
    return any(w.low in ("he", "she", "it", "they") for w in ws)


# -- relative clauses ---------------------------------------------------------------------------

# How many words may stand between "which" and its verb ("which Carter and Torrijos had
# signed").
_RELATIVE_SUBJECT_WORDS = 6
# A relative clause says one thing about its name; it ends at the first of these.
_RELATIVE_END = frozenset(",;:()")


def relatives(
    sentence: str,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
) -> Iterator[Found]:
    """'NATO, which was to counter the Warsaw Pact', 'X who guided Y's policy': a claim
    about the name, the relative pronoun left out of its text."""
    ws = words(sentence)
    value_spans = [v.span for v in values]

    def in_value(word: Word) -> bool:
        return any(lo <= word.start < hi for lo, hi in value_spans)

    for name in names:
        at = next((i for i, w in enumerate(ws) if w.start >= name.end), None)
        if at is None:
            continue
        head = at  # "East European countries, which": up to two nouns after the name
        while at < len(ws) and at - head < 2 and not _stops(ws, at) and not ws[at].capitalised:
            at += 1
        noun_end = ws[at - 1].end if at > head else name.end
        comma = at < len(ws) and ws[at].text == ","
        if comma:
            at += 1
        if at + 1 >= len(ws):
            continue
        participle = comma and is_past_form(ws[at]) and ws[at + 1].low == "by"
        verb_at: int | None = at
        if not participle:
            if ws[at].low not in ("who", "which"):
                continue
            verb_at = next(
                (
                    k
                    for k in range(at + 1, min(len(ws), at + 1 + _RELATIVE_SUBJECT_WORDS))
                    if is_verb(ws, k)
                ),
                None,
            )
            if verb_at is None or any(w.is_punct for w in ws[at + 1 : verb_at]):
                continue
        end = at + 1
        while end < len(ws):
            word = ws[end]
            # "... policy and Yevgeny Primakov" ends it; "dual Russian and Ukrainian" not.
            joins_name = (
                word.low in COORDINATORS
                and end + 1 < len(ws)
                and ws[end + 1].capitalised
                and not ws[end - 1].capitalised
            )
            if not in_value(word) and (word.text in _RELATIVE_END or joins_name):
                break
            end += 1
        if end - at < 3 or verb_at is None:
            continue
        # The name with the words that qualify it: "about 650,000 ethnic Russians".
        lo = next(i for i, w in enumerate(ws) if w.start >= name.start)
        while lo > 0 and (in_value(ws[lo - 1]) or not _stops(ws, lo - 1)):
            if ws[lo - 1].low in PREPOSITIONS:
                break
            lo -= 1
        start = ws[lo].start
        stop = ws[end - 1].end
        subject = sentence[start:noun_end]
        if participle:
            # "The French effort, led by X," says "The French effort was led by X".
            text = f"{subject} was {sentence[ws[at].start : stop]}"
        elif verb_at > at + 1:
            # "the Treaties, which Carter and Torrijos had signed in 1977": the name is the
            # object, put after the verbs.
            after = verb_at + 1
            while after < end and (is_verb(ws, after) or is_past_form(ws[after])):
                after += 1
            opening = sentence[ws[at + 1].start : ws[after - 1].end]
            rest = sentence[ws[after - 1].end : stop]
            text = f"{opening} {lower_article(subject)}{rest}"
        else:
            text = f"{subject} {sentence[ws[at + 1].start : stop]}"
        yield Found(start, stop, sentence_case(text), "", (name.text,))


# How many words a noun's phrase may have before its ", which": "the old port of the city".
_HEAD_WORDS = 5


def noun_relatives(
    sentence: str,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
) -> Iterator[Found]:
    """'the canal, which links the Mediterranean with the Red Sea': a relative clause set
    off after a noun that is no name is a claim about the noun when it names something or
    holds a date or figure ("The canal links the Mediterranean with the Red Sea")."""
    ws = words(sentence)
    for at in range(2, len(ws) - 2):
        if ws[at].low not in ("which", "who") or ws[at - 1].text != ",":
            continue
        head = at - 2
        while (
            head >= 0
            and at - 1 - head <= _HEAD_WORDS
            and ws[head].low not in DETERMINERS
            and not _stops(ws, head)
            and ws[head].low not in PREPOSITIONS
        ):
            head -= 1
        if head < 0 or ws[head].low not in DETERMINERS or at - 1 - head > _HEAD_WORDS:
            continue
        start, noun_end = ws[head].start, ws[at - 2].end
        if any(start <= n.start < noun_end for n in names):
            continue  # a name's relative clause (see `relatives`)
        verb = at + 1
        if verb < len(ws) and ws[verb].low in LINK_ADVERBS:
            verb += 1
        # Right after "which", an "-s" word is its verb: "which links".
        if verb >= len(ws) or not (
            is_verb(ws, verb)
            or is_past_form(ws[verb])
            or (ws[verb].low.endswith("s") and not ws[verb].low.endswith("ss"))
        ):
            continue
        end = verb + 1
        while end < len(ws) and ws[end].text not in _RELATIVE_END:
            end += 1
        stop = ws[end - 1].end
        body = (ws[verb].start, stop)
        if not any(body[0] <= n.start < body[1] for n in names) and not any(
            body[0] <= v.span[0] < body[1] for v in values
        ):
            continue
        text = f"{sentence[start:noun_end]} {sentence[ws[at + 1].start : stop]}"
        yield Found(start, stop, sentence_case(text))


# Words before "that" that make it no relative pronoun: "so that", "now that", "such that".
_NOT_RELATIVE_BEFORE = frozenset("so now such given except provided fact".split())


def that_relatives(
    sentence: str,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
) -> Iterator[Found]:
    """'a system of walls ... some 155 kilometres long that encircled West Berlin
    completely': "that" right after a noun and right before a verb opens a relative clause,
    a claim of its own when it names something or holds a date or figure. Its text takes
    the noun's phrase when a determiner opens it within a few words ("the deportations
    that began in September 1942" says "The deportations began in September 1942"), else
    it is the clause, for review. Not "said that", "so that", "the fact that he ..."."""
    ws = words(sentence)
    for at in range(2, len(ws) - 1):
        before, verb = ws[at - 1], ws[at + 1]
        if ws[at].low != "that" or before.is_punct or before.low in _NOT_RELATIVE_BEFORE:
            continue
        if (
            before.low in DETERMINERS
            or before.low in PREPOSITIONS
            or before.low in AUXILIARIES
            or before.low in COORDINATORS
            or before.low in REPORTING
            or is_verb(ws, at - 1)
            or is_past_form(before)
        ):
            continue
        if not (is_past_form(verb) or is_verb(ws, at + 1) or _s_verb(verb)) or verb.capitalised:
            continue
        if verb.low in AUXILIARIES and verb.low not in ("was", "were", "is", "are", "has", "had"):
            continue
        end = at + 2
        while end < len(ws) and ws[end].text not in _RELATIVE_END and ws[end].text != ".":
            end += 1
        start, stop = verb.start, ws[end - 1].end
        if not any(start <= n.start < stop for n in names) and not any(
            start <= v.span[0] < stop for v in values
        ):
            continue
        head = at - 1
        while head >= 0 and at - head <= _HEAD_WORDS and ws[head].low not in DETERMINERS:
            if _stops(ws, head) or ws[head].low in PREPOSITIONS:
                head = -1
                break
            head -= 1
        if head >= 0 and ws[head].low in DETERMINERS and at - head <= _HEAD_WORDS:
            subject = sentence[ws[head].start : before.end]
            yield Found(ws[head].start, stop, sentence_case(f"{subject} {sentence[start:stop]}"))
        else:
            yield Found(
                ws[at].start,
                stop,
                sentence_case(sentence[ws[at].start : stop]),
                '"that": name what is meant',
            )


def _s_verb(word: Word) -> bool:
    """An "-s" verb right after "that": "that includes", "that links"."""
    low = word.low
    return low.endswith("s") and not low.endswith(("ss", "'s", "us", "is")) and len(low) > 3


# "the Marshall Space Flight Center in Huntsville, Alabama": a place's name after "in".
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?$")


def place_phrases(
    sentence: str, names: Sequence[Name], values: Sequence[DateValue | NumberValue]
) -> Iterator[Found]:
    """'the Jet Propulsion Laboratory in Pasadena, California': where a named thing is, a
    claim of its own inside a longer clause ("The Jet Propulsion Laboratory is in Pasadena,
    California"). The thing is named with "the" (a person is not), the place ends its
    phrase, and a month is no place ("Rice University in September")."""

    def dated(name: Name) -> bool:
        return any(lo < name.end and name.start < hi for lo, hi in (v.span for v in values))

    for k in range(len(names) - 1):
        thing, place = names[k], names[k + 1]
        if not _IN_PLACE.match(sentence[thing.end : place.start]) or dated(place) or dated(thing):
            continue
        if not sentence[: thing.start].endswith(("the ", "The ")):
            continue  # a person takes no "the": "Maria X in Warsaw" says where she was
        end = place.end
        # "..., Alabama": the region after a comma belongs to the place.
        if k + 2 < len(names) and re.fullmatch(r",\s*", sentence[end : names[k + 2].start]):
            region = names[k + 2]
            if not sentence[region.end : region.end + 1].isalnum() and not dated(region):
                end = region.end
        # The place ends the phrase; "the Nobel Prize in Physics of 1903" or "... in
        # Chemistry the following year" name a thing, not where it is.
        after = words(sentence[end:])
        if (
            after
            and not after[0].is_punct
            and (after[0].low not in PREPOSITIONS or after[0].low == "of")
        ):
            continue
        start = thing.start - 4
        subject = sentence[start : thing.end]
        where = sentence[sentence.index(" in ", thing.end) + 4 : end]
        yield Found(start, end, sentence_case(f"{subject} is in {where}"), "", (thing.text,))


# -- a list of people after a verb -----------------------------------------------------------

_LIST_JOINS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def name_lists(sentence: str, names: Sequence[Name]) -> Iterator[Found]:
    """'carried Frank Borman, Jim Lovell and William Anders into orbit', 'with Neil
    Armstrong and Buzz Aldrin aboard': a list of two or more people (names of two words or
    more, joined by commas and "and") right after a verb or "with" is a claim of its own:
    who took part. The phrase runs from that word to the next mark, conjunction or verb.
    A list with "the" before it ("the United States and the Soviet Union") or of single
    words ("Britain and France") is not one."""
    ws = words(sentence)
    k = 0
    while k < len(names):
        run = [names[k]]
        while k + len(run) < len(names) and _LIST_JOINS.match(
            sentence[run[-1].end : names[k + len(run)].start]
        ):
            run.append(names[k + len(run)])
        k += len(run)
        if len(run) < 2 or any(len(n.words) < 2 for n in run):
            continue
        first = next((i for i, w in enumerate(ws) if w.start >= run[0].start), None)
        if first is None or first == 0:
            continue
        before = ws[first - 1]
        if not (
            before.low == "with" or is_past_form(before) or is_ing(before) or is_verb(ws, first - 1)
        ):
            continue
        hi = next((i for i, w in enumerate(ws) if w.start >= run[-1].end), len(ws))
        while hi < len(ws) and not _stops(ws, hi):
            hi += 1
        start, end = before.start, ws[hi - 1].end
        yield Found(start, end, sentence_case(sentence[start:end]), "", tuple(n.text for n in run))
