"""Draft an essay's claims: which sentences state checkable facts, cut into atomic claims.

Each sentence (`segment`) is cut at its clauses (`clauses`). A clause is **checkable**
when it has a verb and a date or figure (the project's value grammar, `factcheck.values`)
or a name (`factcheck.names`), or a month whose year was said before ("died in June"), or a
first, last or only ("the last person to catch it"), or when it opens with "the treaty"
standing for a name said before, or "This campaign ..." right after a fact, or when it
says what the subject of the claim before it also did ("... held a dose and needed less").
**Opinion** (`opinion`) is left out, unless asked for (`include_opinion`, kept as kind
"other"); a date or figure inside it still yields the phrase around it when that names
something (`phrases`). Besides its
clauses, a sentence gives the offices its people hold (`offices`), its relative and
bracketed clauses and the phrases of its values (`phrases`).

A clause that shares its subject with the clause before ("... and mobilized its troops")
gets that subject in its text; a leading "he" or "she" takes the name that is the subject
of the clause before it (in the paragraph, or the last one of the paragraph before), "the
summit" a name with "Summit" said earlier; otherwise the claim is marked for review. Ids
come from `slugs`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factcheck.extract.clauses import Clause, main_verb, split_clauses
from factcheck.extract.offices import find_offices
from factcheck.extract.opinion import (
    is_imperative,
    is_opinion,
    lead_index,
    writer_complement,
)
from factcheck.extract.phrases import (
    Found,
    bracketed,
    name_lists,
    noun_relatives,
    place_phrases,
    relatives,
    set_off_subordinates,
    subject_participles,
    that_relatives,
    value_phrase,
)
from factcheck.extract.reader import Essay
from factcheck.extract.segment import Span, one_line, sentences
from factcheck.extract.slugs import unique_slugs
from factcheck.extract.statement import sentence_case
from factcheck.extract.words import (
    DETERMINERS,
    DISCOURSE,
    LINK_ADVERBS,
    NUMBER_WORDS,
    PERSON_PRONOUNS,
    SUBORDINATORS,
    Word,
    is_ing,
    is_verb,
    words,
)
from factcheck.models import ClaimKind
from factcheck.names import Name, extract_names
from factcheck.values import DateValue, NumberValue, extract_values

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
            # A new paragraph may still open with "He" for the last subject before it.
            context.subjects = context.subjects[-1:]
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
    offices = list(_office_claims(text, base, names, values, context))
    yield from offices
    # A value's phrase inside a role ("Pierre X, a physicist eight years her senior") is
    # that role's claim already.
    roles = [(o.start - base, o.end - base) for o in offices]

    def in_role(phrase: tuple[int, int]) -> bool:
        return any(lo <= phrase[0] and phrase[1] <= hi for lo, hi in roles)

    yield from _found_claims(relatives(text, names, values), base, names, values)
    yield from _found_claims(noun_relatives(text, names, values), base, names, values)
    yield from _found_claims(set_off_subordinates(text, names, values), base, names, values)
    yield from _found_claims(subject_participles(text, values, names), base, names, values)
    yield from _found_claims(
        bracketed(text, names, values, options.include_opinion), base, names, values
    )
    stated = False
    claimed = False  # whether the clause before, in this sentence, was a claim
    # "Subscribe now ..., and news promoting ...": an imperative sentence asks, all of it.
    imperative = is_imperative(words(text))
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
        referent = _referent(ws[lead_index(ws) :], context) or _first_name(clause.shared_subject)
        # "This gamble did not work." after a fact: about what that fact names.
        demonstrative = context.fact_before and _demonstrative_subject(ws)
        # "..., held a dose and needed less vaccine": what a claim's subject also did.
        sharing = claimed and bool(clause.shared_subject) and not clause.participle
        # "He said the authority would ...": a person named just before, so a claim about
        # that person.
        person = _person_pronoun(ws, context)
        checkable = inside or named or referent or demonstrative or sharing or person or _dated(ws)
        # "..., almost certainly caused by the radiation": a hedged cause of a claim's fact.
        hedged = claimed and clause.hedged
        claimed = False
        if hedged:
            yield _Pending(
                sentence_case(text[clause.start : clause.end]),
                base + clause.start,
                base + clause.end,
                ClaimKind.EVENT,
                _page_names(named),
                "hedged by the writer: keep it only if the sources state it",
            )
            _remember(text, clause, named, context)
            continue
        if not has_verb or not (checkable or _record(ws)):
            _remember(text, clause, named, context)
            continue
        if imperative or is_opinion(ws):
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
                phrase = value_phrase(text, value, names)
                if phrase is not None and not in_role(phrase):
                    yield _phrase_claim(text, base, phrase, value, names)
            framed = _framed_claim(text, base, clause, ws, named, inside)
            if framed is not None and not options.include_opinion:
                yield framed
        else:
            stated = claimed = True
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
                phrase = value_phrase(text, value, names, inside)
                if phrase is not None and _much_shorter(phrase, clause) and not in_role(phrase):
                    yield _phrase_claim(text, base, phrase, value, names)
            # "... at the Jet Propulsion Laboratory in Pasadena, California": where it is.
            for place in place_phrases(text, named, inside):
                if _much_shorter((place.start, place.end), clause):
                    yield _Pending(
                        place.text,
                        base + place.start,
                        base + place.end,
                        ClaimKind.EVENT,
                        place.names,
                    )
            # "... some 155 kilometres long that encircled West Berlin": what the noun did.
            for relative in that_relatives(text[: clause.end], named, inside):
                if relative.start >= clause.start and _much_shorter(
                    (relative.start, relative.end), clause
                ):
                    yield _Pending(
                        relative.text,
                        base + relative.start,
                        base + relative.end,
                        _kind(relative.text, inside),
                        _page_names([n for n in named if relative.start <= n.start]),
                        relative.review,
                    )
            # "... into orbit around the Moon, the first crew ever to get there": a record.
            record = _record_apposition(text, clause)
            if record is not None and _much_shorter(record, clause) and not in_role(record):
                yield _Pending(
                    sentence_case(text[record[0] : record[1]]),
                    base + record[0],
                    base + record[1],
                    ClaimKind.EVENT,
                    (),
                    "a record set off after the clause: say who or what holds it",
                )
            # "... carried Frank Borman, Jim Lovell and William Anders into orbit": who.
            for listed in name_lists(text, named):
                if _much_shorter((listed.start, listed.end), clause):
                    yield _list_claim(text, base, clause, listed)
        _remember(text, clause, named, context)
    context.names.extend(n.text for n in names)
    context.fact_before = stated


_MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
_WHEN = frozenset("in by since until from".split())
_RECORDS = frozenset("first last only".split())
# How many words may stand between "the first" and its "to": "the first human-made object".
RECORD_WINDOW = 4


def _dated(ws: Sequence[Word]) -> bool:
    """A month without its year, the year being said before: "she died in September", or
    a day of it: "it opened on 1 October that year", "on October 1"."""
    return any(
        w.low in _MONTHS and w.capitalised and (ws[i - 1].low in _WHEN or _day_of_month(ws, i))
        for i, w in enumerate(ws)
        if i > 0
    )


def _day(word: Word) -> bool:
    return word.text.isdigit() and 1 <= int(word.text) <= 31


def _day_of_month(ws: Sequence[Word], i: int) -> bool:
    """Whether the month at i has its day beside it after "on": "on 1 October", "on
    October 1" (the project's value grammar reads neither without a year)."""
    before = i >= 2 and _day(ws[i - 1]) and ws[i - 2].low == "on"
    after = i + 1 < len(ws) and _day(ws[i + 1]) and ws[i - 1].low == "on"
    return before or after


def _framed_claim(
    text: str,
    base: int,
    clause: Clause,
    ws: Sequence[Word],
    named: Sequence[Name],
    inside: Sequence[DateValue | NumberValue],
) -> _Pending | None:
    """'I do hope that the X Government understands this view': the clause the writer
    frames, a claim for review when it names something or holds a value."""
    at = writer_complement(ws)
    # Its verb: "the X Government understands" (an "-s" word after a name).
    if at is None or not any(
        is_verb(list(ws), i) or (ws[i].low.endswith("s") and ws[i - 1].capitalised)
        for i in range(at + 1, len(ws))
    ):
        return None
    start = clause.start + ws[at].start
    inner = [n for n in named if n.start >= start]
    if not inner and not any(v.span[0] >= start for v in inside):
        return None
    end = clause.end
    return _Pending(
        sentence_case(text[start:end]),
        base + start,
        base + end,
        _kind(text[start:end], [v for v in inside if v.span[0] >= start]),
        _page_names(inner),
        "said inside the writer's view: keep it only if it states a fact",
    )


def _person_pronoun(ws: Sequence[Word], context: _Context) -> bool:
    """Whether the clause opens with "he" or "she" standing for the name before it."""
    lead = lead_index(ws)
    return (
        lead < len(ws)
        and ws[lead].low in PERSON_PRONOUNS
        and bool(context.subjects)
        and bool(context.subjects[-1])
    )


def _record(ws: Sequence[Word]) -> bool:
    """A first, a last or an only: "he was the last person to catch it", "the only country
    to ..."; who holds a record is something the record books settle."""
    for i in range(len(ws) - 2):
        if ws[i].low == "the" and ws[i + 1].low in _RECORDS:
            after = ws[i + 2 : i + 3 + RECORD_WINDOW]
            if any(w.low == "to" for w in after) or any(w.low == "of" for w in after[:1]):
                return True
    return False


def _record_apposition(sentence: str, clause: Clause) -> tuple[int, int] | None:
    """'..., the first crew ever to get there.': a first, last or only set off by a comma
    at the end of a clause, a claim of its own; its span in the sentence, or None."""
    ws = words(sentence[clause.start : clause.end])
    for i in range(1, len(ws) - 3):
        if ws[i - 1].text == "," and ws[i].low == "the" and ws[i + 1].low in _RECORDS:
            rest = ws[i + 2 :]
            if any(w.is_punct for w in rest[:-1]) or not _record(ws[i:]):
                return None
            end = ws[-1].end if not ws[-1].is_punct else ws[-2].end
            return clause.start + ws[i].start, clause.start + end
    return None


def _remember(text: str, clause: Clause, named: list[Name], context: _Context) -> None:
    ws = words(text[clause.start : clause.end])
    lead = lead_index(ws)
    subject = _subject_name(ws, named, clause.start)
    if named and lead < len(ws) and named[0].start - clause.start == ws[lead].start:
        # A lone capitalised word opening the sentence is a name only when said before
        # ("Curie died" after "Marie Curie"); "Women could not ..." is no one "she" means.
        first = named[0]
        lone = len(first.words) == 1 and not text[: first.start].strip(" “\"'‘(")
        said = any(first.text in earlier.split() for earlier in context.names)
        context.subjects.append("" if lone and not said else first.text)
    elif subject:
        context.subjects.append(subject)  # "On the campaign trail, Donald Trump promised"
    elif clause.shared_subject:
        pass  # the subject of a shared clause is the one remembered already
    elif lead < len(ws) and ws[lead].low not in PERSON_PRONOUNS:
        context.subjects.append("")  # a subject that is no name: "he" cannot skip it


def _subject_name(ws: Sequence[Word], named: Sequence[Name], offset: int) -> str:
    """The name right before the clause's first verb, adverbs or "who" aside: its subject."""
    verb = main_verb(list(ws), 0, len(ws))
    if verb is None:
        return ""
    k = verb
    while k > 0 and (ws[k - 1].low in LINK_ADVERBS or ws[k - 1].low in ("who", "also")):
        k -= 1
    if k == 0:
        return ""
    end = ws[k - 1].end
    comma = next((j for j in range(k - 2, 0, -1) if ws[j].text == ","), None)
    if ws[k - 1].text == "," and comma is not None:
        between = ws[comma + 1 : k - 1]
        if between[0].low in ("a", "an", "the") and not any(
            is_verb(list(between), j) for j in range(len(between))
        ):
            # "Janet X, a photographer at Y, was infected": the name before the apposition.
            end = ws[comma - 1].end
        else:
            # "..., a hospital cook, Ali X, fell ill": the name between the commas.
            end = ws[k - 2].end
            return next(
                (
                    n.text
                    for n in named
                    if n.end == end + offset and n.start == between[0].start + offset
                ),
                "",
            )
    return next((n.text for n in named if n.end == end + offset), "")


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
            if low in NUMBER_WORDS:
                continue  # "Two years later, ...": a number, not a name
        kept.append(name)
    return kept


def _page_names(names: Sequence[Name]) -> tuple[str, ...]:
    ordered = sorted(names, key=lambda n: (-len(n.words), n.start))
    return tuple(dict.fromkeys(n.text for n in ordered))[:MAX_NAMES]


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


def _claim_text(sentence: str, clause: Clause, context: _Context) -> tuple[str, str]:
    """The clause as a statement of its own, and a reason to review it ("" if none)."""
    raw = sentence[clause.start : clause.end]
    ws = words(raw)
    lead = lead_index(ws)
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
    return sentence_case(body), review


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
    lead = lead_index(ws)
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


# -- phrases --------------------------------------------------------------------------------


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
        sentence_case(sentence[start:end]),
        base + start,
        base + end,
        ClaimKind.DATE if isinstance(value, DateValue) else ClaimKind.FIGURE,
        _page_names(named),
        "a phrase, not a sentence: say what it claims about the "
        + ("date" if isinstance(value, DateValue) else "figure"),
    )


def _office_claims(
    sentence: str,
    base: int,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
    context: _Context,
) -> Iterator[_Pending]:
    """An office held is a claim about its holder, once per person and office."""
    for office in find_offices(sentence, names):
        key = (office.person, office.office.lower())
        if key in context.offices:
            continue
        context.offices.add(key)
        inside = [v for v in values if office.start <= v.span[0] < office.end]
        dated = any(isinstance(v, DateValue) for v in inside)
        yield _Pending(
            sentence_case(f"{office.person} was {office.office}"),
            base + office.start,
            base + office.end,
            ClaimKind.DATE if dated else ClaimKind.PERSON,
            (office.person,),
            office.review,
        )


def _list_claim(sentence: str, base: int, clause: Clause, listed: Found) -> _Pending:
    """The claim of a list of people in a clause: with the clause's subject when the list
    follows its verb and the clause opens with a name ("Apollo 8 carried X, Y and Z ..."),
    else the phrase, for review."""
    ws = words(sentence[clause.start : listed.start])
    lead = lead_index(ws)
    opens = next((k for k in range(lead, len(ws)) if ws[k].is_punct or is_verb(ws, k)), None)
    subject = ""
    if (
        lead < len(ws)
        and ws[lead].capitalised
        and opens is not None
        and opens > lead
        and words(listed.text)[0].low != "with"
    ):
        subject = sentence[clause.start + ws[lead].start : clause.start + ws[opens - 1].end]
    if subject and not _first_name(subject):
        subject = ""
    phrase = sentence[listed.start : listed.end]
    return _Pending(
        sentence_case(f"{subject} {phrase}" if subject else phrase),
        base + listed.start,
        base + listed.end,
        ClaimKind.PERSON,
        listed.names[:MAX_NAMES],
        "" if subject else "a phrase, not a sentence: say who did what",
    )


def _found_claims(
    found: Iterator[Found],
    base: int,
    names: Sequence[Name],
    values: Sequence[DateValue | NumberValue],
) -> Iterator[_Pending]:
    for item in found:
        inside = [v for v in values if item.start <= v.span[0] < item.end]
        named = [n for n in names if item.start <= n.start < item.end]
        yield _Pending(
            item.text,
            base + item.start,
            base + item.end,
            _kind(item.text, inside),
            item.names or _page_names(named),
            item.review,
        )
