"""Draft an essay's claims: which sentences state checkable facts, cut into atomic claims.

For each sentence (see `segment`), cut at its clauses (see `clauses`):

* A clause is **checkable** when it has a verb and a date or figure (read by the project's
  value grammar, `factcheck.values`) or a name (`factcheck.names`: people, organisations,
  places, treaties, summits, events).
* A clause is **opinion** when its own verb is a modal ("should", "would", "will",
  "needs to"), it hedges ("undoubtedly", "seems"), the writer speaks ("I", "we"), it asks,
  commands or supposes ("if"). Reported speech is a fact about the speaker: in "he said he
  would ..." the modal comes after a reporting verb. Opinion is left out, unless asked for
  (`include_opinion`), when it is kept as kind "other".
* A date or figure inside an opinion ("... the Meiji Restoration of 1868, I believe ...")
  still yields the phrase around it, when that phrase names something.
* An office held ("Georgian President X", "X, the foreign minister", "Professor X of Y")
  is a claim of its own about a person, once per person and office in the essay.

A clause that shares its subject with the clause before ("... and mobilized its troops")
gets that subject in its text; a leading "he" or "she" takes the name that opens the
clause before it in the paragraph, and "the summit" a name ending in "Summit" said
earlier; otherwise the claim is marked for review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factcheck.extract.clauses import Clause, split_clauses
from factcheck.extract.reader import Essay
from factcheck.extract.segment import Span, one_line, sentences
from factcheck.extract.slugs import unique_slugs
from factcheck.extract.words import (
    AUXILIARIES,
    COMPLEMENTISERS,
    CONDITIONAL,
    COORDINATORS,
    DETERMINERS,
    DISCOURSE,
    EVENT_NOUNS,
    FIRST_PERSON,
    IMPERATIVE,
    IRREGULAR_PAST,
    LINK_ADVERBS,
    MODALS,
    NEEDS,
    OFFICES,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    STANCE,
    SUBORDINATORS,
    Word,
    is_first_person,
    is_ing,
    is_modal,
    is_verb,
    words,
)
from factcheck.models import ClaimKind
from factcheck.names import Name, extract_names
from factcheck.values import DateValue, NumberValue, extract_values

# A phrase with fewer words than this besides its value says too little to check.
MIN_PHRASE_WORDS = 3
# A sentence with a date or figure and at least this many words is a claim even when no
# word of it reads as a verb.
MIN_VERBLESS_WORDS = 6
# A clause must have this many characters outside a value's phrase for the phrase to be
# a claim of its own (else the clause is that claim already).
MIN_REST_CHARS = 20
# How many of a claim's names are searched for its pages.
MAX_NAMES = 3
# Nouns "the X" may stand for, when a name ending in X was said before ("the summit").
_ANAPHOR_NOUNS = frozenset(
    """summit pact treaty protocol act accord agreement alliance conference council
    revolution war initiative union organization organisation government""".split()
)


@dataclass(frozen=True)
class ExtractOptions:
    include_opinion: bool = False  # keep opinion and prediction, as kind "other"


@dataclass(frozen=True)
class Candidate:
    """One drafted claim: where its quote is in the essay, and what an editor should check."""

    id: str
    text: str
    quote: str
    start: int  # quote == essay.text[start:end] (whitespace made single spaces)
    end: int
    kind: ClaimKind
    names: tuple[str, ...] = ()  # what to search for its pages, most telling first
    review: str = ""  # why an editor should look at it; "" when nothing is doubtful


@dataclass(frozen=True)
class Draft:
    essay: Essay
    sentences: int  # how many sentences were read
    candidates: tuple[Candidate, ...]


@dataclass
class _Pending:
    text: str
    start: int
    end: int
    kind: ClaimKind
    names: tuple[str, ...]
    review: str = ""


@dataclass
class _Context:
    """What earlier sentences said, for "he" and "the summit"."""

    paragraph: int = -1
    subjects: list[str] = field(default_factory=list)  # names opening clauses, in order
    names: list[str] = field(default_factory=list)  # every name so far, in order
    offices: set[tuple[str, str]] = field(default_factory=set)
    # Whether the sentence before, in this paragraph, stated a fact: "This move failed"
    # then says something about it.
    fact_before: bool = False


def draft_claims(essay: Essay, options: ExtractOptions = ExtractOptions()) -> Draft:
    """The candidate claims of `essay`, in text order, with stable unique ids."""
    context = _Context()
    pending: list[_Pending] = []
    spans = sentences(essay.text)
    for sentence in spans:
        if sentence.paragraph != context.paragraph:
            context.paragraph = sentence.paragraph
            context.subjects = []
            context.fact_before = False
        pending.extend(_sentence_claims(sentence, context, options))
    seen: set[tuple[int, int]] = set()
    unique: list[_Pending] = []
    for item in pending:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            unique.append(item)
    ids = unique_slugs([item.text for item in unique])
    candidates = tuple(
        Candidate(
            ids[n],
            item.text,
            one_line(essay.text[item.start : item.end]),
            item.start,
            item.end,
            item.kind,
            item.names,
            item.review,
        )
        for n, item in enumerate(unique)
    )
    return Draft(essay, len(spans), candidates)


# -- one sentence ---------------------------------------------------------------------------


def _sentence_claims(
    sentence: Span, context: _Context, options: ExtractOptions
) -> Iterator[_Pending]:
    text = sentence.text
    values = extract_values(text)
    names = _strong_names(text, extract_names(text))
    base = sentence.start
    yield from _office_claims(text, base, names, values, context)
    yield from _relative_claims(text, base, names, values)
    yield from _parenthetical_claims(text, base, names, values, options)
    stated = False
    opening = words(text)
    first = _lead(opening)
    # "Subscribe now ..., and news promoting ...": an imperative sentence asks, all of it.
    imperative = first < len(opening) and opening[first].low in IMPERATIVE
    for clause in split_clauses(text, [v.span for v in values]):
        ws = words(text[clause.start : clause.end])
        inside = [v for v in values if clause.start <= v.span[0] < clause.end]
        named = [n for n in names if clause.start <= n.start < clause.end]
        # A full sentence with a figure has a verb even when its form escapes the word
        # tests ("Around 14,000 ships cross each year.").
        has_verb = any(is_verb(ws, i) or is_ing(w) for i, w in enumerate(ws)) or (
            bool(inside) and len(ws) >= MIN_VERBLESS_WORDS and ws[-1].text in (".", "!")
        )
        # "The treaty let companies build it": named through the name it stands for;
        # "... and signed a treaty": through the subject it shares.
        referent = _referent(ws[_lead(ws) :], context) or _first_name(clause.shared_subject)
        # "This gamble did not work." after a fact: about what that fact names.
        demonstrative = context.fact_before and _demonstrative_subject(ws)
        if not has_verb or not (inside or named or referent or demonstrative):
            _remember(text, clause, named, context)
            continue
        if imperative or _is_opinion(ws):
            if options.include_opinion:
                claim_text, review = _claim_text(text, clause, context)
                yield _Pending(
                    claim_text,
                    base + clause.start,
                    base + clause.end,
                    ClaimKind.OTHER,
                    _page_names(named),
                    review or "opinion or prediction: keep only if it states a fact",
                )
            for value in inside:
                phrase = _value_phrase(text, value, names)
                if phrase is not None:
                    yield _phrase_claim(text, base, phrase, value, names)
        else:
            stated = True
            claim_text, review = _claim_text(text, clause, context)
            pages = _page_names(named)
            if referent and referent not in pages:
                pages = (referent, *pages)[:MAX_NAMES]
            yield _Pending(
                claim_text,
                base + clause.start,
                base + clause.end,
                _kind(claim_text, inside),
                pages,
                review,
            )
            # A date or figure of a named thing inside a longer clause is a claim of its
            # own: "The first clash came at the Budapest summit in 1994" also dates the
            # summit.
            for value in inside:
                phrase = _value_phrase(text, value, names, inside)
                if phrase is not None and _much_shorter(phrase, clause):
                    yield _phrase_claim(text, base, phrase, value, names)
        _remember(text, clause, named, context)
    context.names.extend(n.text for n in names)
    context.fact_before = stated


def _remember(text: str, clause: Clause, named: list[Name], context: _Context) -> None:
    ws = words(text[clause.start : clause.end])
    lead = _lead(ws)
    if named and lead < len(ws) and named[0].start - clause.start == ws[lead].start:
        context.subjects.append(named[0].text)
    elif clause.shared_subject:
        pass  # the subject of a shared clause is the one remembered already
    elif lead < len(ws) and ws[lead].low not in PERSON_PRONOUNS:
        context.subjects.append("")  # a subject that is no name: "he" cannot skip it


def _strong_names(text: str, names: list[Name]) -> list[Name]:
    """Names, without capitalised sentence openers that are no names ("Tragically,")."""
    kept = []
    for name in names:
        if len(name.text) < 2:
            continue  # "I"
        if len(name.words) == 1 and not text[: name.start].strip(" “\"'‘(").strip():
            after = text[name.end : name.end + 1]
            low = name.text.lower()
            if after == "," or low.endswith(("ly", "ing")) or low in DISCOURSE:
                continue
        kept.append(name)
    return kept


def _page_names(names: Sequence[Name]) -> tuple[str, ...]:
    ordered = sorted(names, key=lambda n: (-len(n.words), n.start))
    return tuple(dict.fromkeys(n.text for n in ordered))[:MAX_NAMES]


def _lead(ws: Sequence[Word]) -> int:
    """Index of the first word after the discourse words opening a clause."""
    i = 0
    while i < len(ws) and (ws[i].low in DISCOURSE or ws[i].text == ","):
        i += 1
    return i


def _main_part(ws: Sequence[Word]) -> Sequence[Word]:
    """The clause up to its first "that", "which" or "who": where its own verb is."""
    for i, word in enumerate(ws):
        if i and (word.low in COMPLEMENTISERS or word.low in RELATIVES or word.low == "because"):
            return ws[:i]
    return ws


def _is_opinion(ws: Sequence[Word]) -> bool:
    if not ws:
        return False
    if ws[-1].text == "?":
        return True
    lead = _lead(ws)
    if lead < len(ws) and (ws[lead].low in IMPERATIVE or ws[lead].low in CONDITIONAL):
        return True
    main = list(_main_part(ws))
    for i, word in enumerate(main):
        low = word.low
        if low in REPORTING and not word.capitalised:  # not "the United States"
            return False  # what follows is what someone said
        if is_modal(main, i) or low in STANCE or is_first_person(main, i):
            return True
        if low in NEEDS and i + 1 < len(ws) and ws[i + 1].low == "to":
            return True
    return False


def _kind(text: str, values: Sequence[DateValue | NumberValue]) -> ClaimKind:
    low = text.lower()
    if "summit" in low:
        return ClaimKind.SUMMIT
    if any(isinstance(v, DateValue) for v in values):
        return ClaimKind.DATE
    if values:
        return ClaimKind.FIGURE
    return ClaimKind.EVENT


# -- the claim's text -----------------------------------------------------------------------

_TRAILING = re.compile(r"[\s,;:—–-]+$")
# A caption's label: up to four words and a colon ("Top photo credit: ...").
_LABEL = re.compile(r"^(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*:\s+")


def _sentence_case(text: str) -> str:
    text = _TRAILING.sub("", one_line(text))
    if text.endswith((",”", ',"')):
        text = text[:-2] + text[-1]  # 'as “the next step,”' ends 'as “the next step”'
    label = _LABEL.match(text)
    if label and len(text) - label.end() > MIN_REST_CHARS:
        text = text[label.end() :]  # "Photo credit: Men hold a flag ..."
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not re.search(r"[.!?][”’\"']?$", text):
        text += "."
    return text


def _claim_text(sentence: str, clause: Clause, context: _Context) -> tuple[str, str]:
    """The clause as a statement of its own, and a reason to review it ("" if none)."""
    raw = sentence[clause.start : clause.end]
    ws = words(raw)
    lead = _lead(ws)
    if lead < len(ws) and (
        (clause.fronted and ws[lead].low in SUBORDINATORS) or clause.subordinate
    ):
        lead += 1  # "When the army invaded" says "The army invaded"
    while lead < len(ws) and ws[lead].low in LINK_ADVERBS and clause.shared_subject:
        lead += 1
    body = raw[ws[lead].start :] if lead < len(ws) else raw
    review = ""
    if clause.participle:
        body = f"{clause.shared_subject} {body}"
        review = "a participle: restate it as a sentence"
    elif clause.shared_subject:
        body = f"{clause.shared_subject} {body}"
    else:
        body, review = _resolve(body, context)
    return _sentence_case(body), review


def _resolve(body: str, context: _Context) -> tuple[str, str]:
    ws = words(body)
    if not ws:
        return body, ""
    first = ws[0].low
    if first in PERSON_PRONOUNS:
        named = [s for s in context.subjects if s]
        last = context.subjects[-1] if context.subjects else ""
        if last:
            return last + body[ws[0].end :], ""
        if named:
            return body, f'"{ws[0].text}" may be {named[-1]}: check who is meant'
        return body, f'"{ws[0].text}": name who is meant'
    if first in ("it", "they", "this", "these", "those", "its", "their", "his", "her"):
        return body, f'"{ws[0].text}": name what is meant'
    if first in DETERMINERS and len(ws) > 1 and ws[1].low in _ANAPHOR_NOUNS:
        name = _referent(ws, context)
        if name:
            article = "the " if not name.lower().startswith("the ") else ""
            return article + name + body[ws[1].end :], ""
        if first in ("this", "that", "these", "those"):
            return body, f'"{ws[0].text} {ws[1].text}": name which one'
    return body, ""


def _demonstrative_subject(ws: Sequence[Word]) -> bool:
    """'This gamble did not work', 'These reforms ...': a clause opening with this + noun."""
    lead = _lead(ws)
    return (
        lead + 2 < len(ws)
        and ws[lead].low in ("this", "these", "that", "those")
        and ws[lead + 1].text.isalpha()
        and not ws[lead + 1].capitalised
    )


def _first_name(text: str) -> str:
    found = extract_names(text) if text else []
    return found[0].text if found else ""


def _referent(ws: Sequence[Word], context: _Context) -> str:
    """The earlier name "the summit" or "the treaty" opening a clause stands for, or ""."""
    if len(ws) < 2 or ws[0].low not in DETERMINERS or ws[1].capitalised:
        return ""
    noun = ws[1].low
    if noun not in _ANAPHOR_NOUNS:
        return ""
    for name in reversed(context.names):
        if noun in name.lower().split() and len(name.split()) > 1:
            return name
    return ""


# -- a value inside an opinion ----------------------------------------------------------------

_PHRASE_STOP = STANCE | FIRST_PERSON | COMPLEMENTISERS | RELATIVES | COORDINATORS


def _stops(ws: Sequence[Word], i: int) -> bool:
    word = ws[i]
    if word.is_punct:
        if word.text == "–" and 0 < i < len(ws) - 1:
            return not (ws[i - 1].capitalised and ws[i + 1].capitalised)  # "Torrijos–Carter"
        return word.text not in ("’", "'", "-", "%", "$", "€", "£")
    return word.low in _PHRASE_STOP or is_modal(ws, i) or is_verb(list(ws), i) or is_ing(word)


def _value_phrase(
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
        elif not took_verb and _is_past_form(ws[lo - 1]):
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
    while hi < len(ws) and not _stops(ws, hi) and not other(hi):
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


def _is_past_form(word: Word) -> bool:
    low = word.low
    if low in AUXILIARIES or low in MODALS or low in REPORTING or word.capitalised:
        return False
    return low in IRREGULAR_PAST or (len(low) > 3 and low.endswith("ed"))


def _much_shorter(phrase: tuple[int, int], clause: Clause) -> bool:
    """Whether the clause says more than the phrase: a few words at least."""
    rest = (phrase[0] - clause.start) + (clause.end - phrase[1])
    return rest >= MIN_REST_CHARS


def _phrase_claim(
    sentence: str,
    base: int,
    phrase: tuple[int, int],
    value: DateValue | NumberValue,
    names: Sequence[Name],
) -> _Pending:
    start, end = phrase
    named = [n for n in names if start <= n.start < end]
    return _Pending(
        _sentence_case(sentence[start:end]),
        base + start,
        base + end,
        ClaimKind.DATE if isinstance(value, DateValue) else ClaimKind.FIGURE,
        _page_names(named),
        "a phrase, not a sentence: say what it claims about the "
        + ("date" if isinstance(value, DateValue) else "figure"),
    )


# -- parentheses ------------------------------------------------------------------------------

_PARENTHESIS = re.compile(r"\(([^()]{8,300})\)")


def _parenthetical_claims(
    sentence: str,
    base: int,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
    options: ExtractOptions,
) -> Iterator[_Pending]:
    """A clause in brackets ("(later reports said he was in Moscow)") is a claim apart."""
    for match in _PARENTHESIS.finditer(sentence):
        start, end = match.span(1)
        ws = words(match.group(1))
        named = [n for n in names if start <= n.start < end]
        inside = [v for v in values if start <= v.span[0] < end]
        # A verb after the first word: "(later reports said he was in Moscow)", not
        # "(Updated Monday 12/9)".
        if not (named or inside) or not any(is_verb(ws, i) for i in range(1, len(ws))):
            continue
        if _is_opinion(ws) and not options.include_opinion:
            continue
        text = _sentence_case(match.group(1))
        review = '"he" or "it" inside: name who is meant' if _has_pronoun(ws) else ""
        yield _Pending(
            text, base + start, base + end, _kind(text, inside), _page_names(named), review
        )


def _has_pronoun(ws: Sequence[Word]) -> bool:
    return any(w.low in ("he", "she", "it", "they") for w in ws)


# -- relative clauses ---------------------------------------------------------------------------

# How many words may stand between "which" and its verb ("which Carter and Torrijos had
# signed").
_RELATIVE_SUBJECT_WORDS = 6
# A relative clause says one thing about its name; it ends at the first of these.
_RELATIVE_END = frozenset(",;:()")


def _relative_claims(
    sentence: str,
    base: int,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
) -> Iterator[_Pending]:
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
        participle = comma and _is_past_form(ws[at]) and ws[at + 1].low == "by"
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
        inside = [v for v in values if start <= v.span[0] < stop]
        subject = sentence[start:noun_end]
        if participle:
            # "The French effort, led by X," says "The French effort was led by X".
            text = f"{subject} was {sentence[ws[at].start : stop]}"
        elif verb_at > at + 1:
            # "the Treaties, which Carter and Torrijos had signed in 1977": the name is the
            # object, put after the verbs.
            after = verb_at + 1
            while after < end and (is_verb(ws, after) or _is_past_form(ws[after])):
                after += 1
            opening = sentence[ws[at + 1].start : ws[after - 1].end]
            rest = sentence[ws[after - 1].end : stop]
            text = f"{opening} {_lower_article(subject)}{rest}"
        else:
            text = f"{subject} {sentence[ws[at + 1].start : stop]}"
        text = _sentence_case(text)
        yield _Pending(text, base + start, base + stop, _kind(text, inside), (name.text,))


def _lower_article(phrase: str) -> str:
    """'The Treaties' inside a sentence reads 'the Treaties'."""
    first, _, rest = phrase.partition(" ")
    if first in ("The", "A", "An") and rest:
        return f"{first.lower()} {rest}"
    return phrase


# -- offices ------------------------------------------------------------------------------------


def _is_person(name: Name) -> bool:
    return 2 <= len(name.words) <= 4 and not any(w.text.isupper() for w in name.words)


def _office_claims(
    sentence: str,
    base: int,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
    context: _Context,
) -> Iterator[_Pending]:
    """'Georgian President X', 'X, the president of Y since 2019', 'X the foreign minister'."""
    for name in names:
        if not _is_person(name):
            continue
        found = (
            _title_before(sentence, name)
            or _title_before_comma(sentence, name)
            or _title_after(sentence, name)
        )
        if found is None:
            continue
        start, end, office = found
        person = name.text.split(" of ")[0]
        if person != name.text:
            office = f"{office} {name.text[len(person) + 1 :]}"
        office = (
            _ABBREVIATED.get(office.split()[0].lower(), office.split()[0])
            + (office[len(office.split()[0]) :])
        )
        key = (person, office.lower())
        if key in context.offices:
            continue
        context.offices.add(key)
        first = office.split()[0]
        if first.lower() in ("its", "his", "her", "their", "the"):
            office = first.lower() + office[len(first) :]  # "was its administrator"
        possessive = first.endswith(("'s", "’s")) or first.lower() in ("its", "his", "her", "their")
        article = "" if possessive or office.lower().startswith(("the ", "a ", "an ")) else "the "
        inside = [v for v in values if start <= v.span[0] < end]
        kind = ClaimKind.DATE if any(isinstance(v, DateValue) for v in inside) else ClaimKind.PERSON
        owner = office.split()[0].lower()
        yield _Pending(
            _sentence_case(f"{person} was {article}{office}"),
            base + start,
            base + end,
            kind,
            (person,),
            f'"{office.split()[0]}": name whose' if owner in ("its", "his", "her", "their") else "",
        )


_OFFICE_BEFORE = re.compile(
    r"((?:(?:[A-Z][\w.’'-]*|pro-[A-Z][\w-]*|former|then|newly|acting|elected|appointed)\s+)*"
    r"(?:[Vv]ice[- ])?(?:[Pp]rime\s+)?(?:[Ff]oreign\s+|[Dd]efence\s+|[Dd]efense\s+)?"
    r"(?:[A-Za-z.]+))\s+$"
)


def _title_before(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office right before the name: 'Georgian President Mikheil X', 'Rep. Mike X'."""
    match = _OFFICE_BEFORE.search(sentence, 0, name.start)
    if match is None:
        return None
    phrase = match.group(1)
    ws = phrase.split()
    office_at = next(
        (i for i in range(len(ws) - 1, -1, -1) if _is_office_word(ws[i])),
        None,
    )
    if office_at is None or office_at != len(ws) - 1:
        return None
    # The words before the office that qualify it: "Georgian", "pro-Russian", "newly elected".
    lead = len(ws) - 1
    while lead > 0 and (ws[lead - 1][:1].isupper() or ws[lead - 1].startswith("pro-")):
        if ws[lead - 1].lower() in DETERMINERS or ws[lead - 1].lower() in PREPOSITIONS:
            break
        lead -= 1
    office = " ".join(ws[lead:])
    start = match.start(1) + len(" ".join(ws[:lead])) + (1 if lead else 0)
    end = name.end
    after = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+", sentence[end:])
    if after:
        office = f"{office} {after.group().strip()}"
        end += len(after.group().rstrip())
    return start, end, office.lower() if office.split()[0].lower() in _OFFICE_WORDS else office


# Abbreviated offices, written out in a claim's text.
_ABBREVIATED = {
    "rep.": "Representative",
    "sen.": "Senator",
    "gov.": "Governor",
    "gen.": "General",
    "prof.": "Professor",
    "pres.": "President",
}
_OFFICE_WORDS = frozenset(w.rstrip(".") for w in OFFICES) | frozenset(("rep",))


_OFFICE_COMMA = re.compile(
    r"\b((?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,2}[\w.-]+),\s+$"
)


def _title_before_comma(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office, then the name in apposition: 'its administrator, Ricaurte X,'."""
    match = _OFFICE_COMMA.search(sentence, 0, name.start)
    if match is None or not _is_office_word(match.group(1).split()[-1]):
        return None
    return match.start(1), name.end, match.group(1)


def _is_office_word(word: str) -> bool:
    """'president', 'Rep.', 'secretary-general', 'vice-president'."""
    low = word.lower().rstrip(".,")
    return low in _OFFICE_WORDS or any(part in _OFFICE_WORDS for part in low.split("-"))


def _title_after(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office in apposition: 'X, the president of Ukraine since 2019,', 'X the minister'."""
    match = re.match(r",?\s+(the|a|an)\s+([^,;.()]{2,80})", sentence[name.end :])
    if match is None:
        return None
    phrase = match.group(2)
    ws = phrase.split()
    office_at = next((i for i, w in enumerate(ws) if _is_office_word(w)), None)
    if office_at is None or office_at > 3:
        return None
    # The appositive ends at the first verb after the office ("... minister overcame").
    cut = len(ws)
    tokens = words(phrase)
    for i in range(len(tokens)):
        if i > office_at and (is_verb(tokens, i) or tokens[i].low in COORDINATORS):
            cut = next(k for k, w in enumerate(ws) if phrase.find(w) >= tokens[i].start)
            break
    office = " ".join([match.group(1), *ws[:cut]])
    end = name.end + match.start(2) + len(" ".join(ws[:cut]))
    return name.start, end, office
