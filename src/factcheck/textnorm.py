"""Words as the matcher sees them: folded, tokenised, lightly stemmed.

The stemmer is deliberately light (plural, -ed, -ing, -ly and a few more): it only has to
make "dissolved" meet "dissolution"-free text such as "dissolve", and "summits" meet
"summit", without the surprises of an aggressive stemmer on names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# FEVER-style tokenised text ("-LRB-", " , ") also arrives through the benchmarks.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))

_WORD = re.compile(r"[^\W_](?:[\w’'.&-]*[^\W_])?", re.UNICODE)

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "neither",
        "nor",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "one",
        "ones",
        "s",
        "t",
    ]
)

# Words that negate what they govern. "no longer" and "never" count; "not only" does not.
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "n't",
        "didn't",
        "doesn't",
        "don't",
        "isn't",
        "wasn't",
        "weren't",
        "aren't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "failed",
        "refused",
        "declined",
        "lacks",
        "lacked",
        "unable",
    }
)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """Lone surrogates (a legal escape in JSON, "\\ud800", but no character) become U+FFFD:
    left in, they make every UTF-8 writer downstream (report, cache) raise."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def fold(text: str) -> str:
    """Lower-case, strip accents, unify quotes and dashes: the form words are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return text.lower().translate(_LETTERS)


# Letters that carry no accent to strip but are spelt without them in English text
# ("Loðbrók" / "Lodbrok", "Søren" / "Soren"), and the transliteration marks of hamza and
# ayn ("al-Bayḍāʼ" / "al-Bayḍā").
_LETTERS = str.maketrans(
    {
        "ð": "d",
        "đ": "d",
        "þ": "th",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "ß": "ss",
        "ı": "i",
        "ʼ": "",
        "ʻ": "",
        "ʾ": "",
        "ʿ": "",
    }
)


def detokenize(text: str) -> str:
    """Undo Penn-Treebank tokenisation (FEVER's "-LRB- 2008 -RRB- ," becomes "(2008),")."""
    text = _PTB_RE.sub(lambda m: _PTB[m.group(0)], text)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{])\s+", r"\1", text)
    text = re.sub(r"\s+('s|'re|'ve|'ll|'d|n't|')\b", r"\1", text)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r'"\s+(.*?)\s+"', r'"\1"', text)
    text = re.sub(r"\s+--\s+", " – ", text)
    return re.sub(r"\s{2,}", " ", text).strip()


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # folded
    stem: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


# Irregular verb forms, mapped to the base form so that "fell" meets "fall".
_IRREGULAR = {
    "began": "begin",
    "begun": "begin",
    "fell": "fall",
    "fallen": "fall",
    "won": "win",
    "held": "hold",
    "led": "lead",
    "met": "meet",
    "ran": "run",
    "sold": "sell",
    "said": "say",
    "saw": "see",
    "seen": "see",
    "fought": "fight",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "known": "know",
    "left": "leave",
    "lost": "lose",
    "paid": "pay",
    "rose": "rise",
    "risen": "rise",
    "sent": "send",
    "spent": "spend",
    "spoke": "speak",
    "spoken": "speak",
    "stood": "stand",
    "struck": "strike",
    "taught": "teach",
    "told": "tell",
    "thought": "think",
    "threw": "throw",
    "thrown": "throw",
    "wore": "wear",
    "bought": "buy",
    "brought": "bring",
    "built": "build",
    "caught": "catch",
    "chose": "choose",
    "chosen": "choose",
    "drew": "draw",
    "drawn": "draw",
    "drove": "drive",
    "driven": "drive",
    "felt": "feel",
    "flew": "fly",
    "flown": "fly",
    "got": "get",
    "gotten": "get",
    "heard": "hear",
    "kept": "keep",
    "meant": "mean",
    "sought": "seek",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "came": "come",
    "wrote": "write",
    "written": "write",
    "made": "make",
    "fled": "flee",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "lay": "lie",
    "lain": "lie",
    "shot": "shoot",
    "born": "born",
    "became": "become",
    "broke": "break",
    "broken": "break",
    "hid": "hide",
    "hidden": "hide",
    "slew": "slay",
    "slain": "slay",
    "swore": "swear",
    "sworn": "swear",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "undertook": "undertake",
    "foresaw": "foresee",
    "forbade": "forbid",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper for folded English words."""
    if word in _IRREGULAR:
        # The base form, stemmed like any other word ("written" and "writes" meet).
        return _final_e(_IRREGULAR[word])
    w = word
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'.-")
    if len(w) <= 3 or not w.isalpha():
        return w
    if len(w) == 6 and w.endswith("ing") and _short_stem(w[:3]):
        # "moving", "voting", "living": a three-letter stem, as "moved", "voted" have
        # (not "string", "spring").
        base = w[:3]
        return _final_e(base + "e" if base.endswith(("v", "at", "ur", "ag")) else base)
    for suffix, repl, min_len in (
        ("ies", "y", 4),
        ("ied", "y", 4),
        ("sses", "ss", 4),
        ("ness", "", 5),
        ("ments", "ment", 6),
        ("ings", "", 5),
        ("ing", "", 5),
        ("edly", "", 6),
        ("ly", "", 5),
        ("ed", "", 4),
        ("es", "e", 4),
        ("s", "", 4),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= min_len - len(repl) - 1:
            if suffix == "s" and (w.endswith(("ss", "us", "is"))):
                return w
            base = w[: len(w) - len(suffix)] + repl
            # "stopped" -> "stopp" -> "stop"; "planned" -> "plan"
            if (
                suffix in ("ed", "ing")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                base = base[:-1]
            # "dissolved" -> "dissolv": restore a silent e so it meets "dissolve"
            if suffix in ("ed", "ing", "es") and base.endswith(("v", "iz", "at", "ur", "ag")):
                base += "e"
            return _final_e(base)
    return _final_e(w)


def _short_stem(base: str) -> bool:
    """Consonant, vowel, consonant: the stem of a short verb ("mov", "vot", "liv")."""
    vowels = "aeiou"
    return (
        base[0] not in vowels
        and base[1] in vowels
        and base[2] not in vowels
        and base[2] not in "wxy"
    )


def _final_e(w: str) -> str:
    # "dissolve" and "dissolv(ed)" must meet: drop a final silent e after a consonant.
    if len(w) > 4 and w.endswith("e") and w[-2] not in "aeiouy":
        return w[:-1]
    return w


# First parts that change the second word rather than add a word to it: a counter-offensive
# is no offensive, a non-member no member.
_PREFIXES = frozenset(
    "anti counter non pro pre post semi self vice mid multi inter intra ultra super sub "
    "neo pseudo quasi ex co re de un over under out".split()
)


# Pronouns that own a thing: "his elder brother", "its capital".
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def owned_after(text: str, end: int) -> bool:
    """The words ending at `end` own what follows: "'s" or "’s" comes next ("Bashar's")."""
    return text[end : end + 2] in ("'s", "’s")


def possessive(tok: Token, text: str) -> bool:
    """An owner's word: "Tarn's" (a norm folds "’" to "'"), or "Tarn Motors'" whose
    apostrophe the tokens leave out; `text` is the one the token was read from."""
    return tok.norm.endswith("'s") or text[tok.end : tok.end + 1] in {"'", "\u2019"}


def name_before_word(tok: Token) -> str | None:
    """The name that opens a compound of a name and a common word ("Chicago-born",
    "Riddick-based", "Oscar-winning"): the compound speaks of the name. None for other
    words and for compounds of names ("Sino-Japanese", "Austria-Hungary")."""
    first, dash, second = tok.text.partition("-")
    if (
        dash
        and "-" not in second
        and len(first) >= 3
        and first[0].isupper()
        and first[1:].islower()
        and first.isalpha()
        and len(second) >= 3
        and second.isalpha()
        and second.islower()
        and second not in STOPWORDS
    ):
        return first
    return None


def compound_parts(tok: Token) -> list[str]:
    """The two words of a lower-case compound ("second-largest", "science-fiction"), which
    says each of them as "second largest" does; none for names ("Sino-Japanese") and for
    phrases made one word ("play-by-play", "mother-in-law")."""
    if "-" not in tok.text:
        return []  # most words: no list made on this path, run for every word of a page
    parts = tok.text.split("-")
    if len(parts) == 2 and name_before_word(tok):
        return [parts[0].lower(), parts[1]]  # "Chicago-born" says "born" in Chicago
    if len(parts) != 2 or not tok.text.islower() or parts[0] in _PREFIXES:
        return []
    if all(len(p) >= 3 and p.isalpha() and p not in STOPWORDS for p in parts):
        return parts
    return []


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _WORD.finditer(text):
        raw, norm, word_stem = word_forms(m.group(0))
        out.append(Token(raw, norm, word_stem, m.start(), m.start() + len(raw)))
    return out


def words(text: str) -> list[tuple[str, str, str]]:
    """(as written, folded, stem) of each word, as `tokens` has them, without Tokens."""
    return [word_forms(w) for w in _WORD.findall(text)]


@lru_cache(maxsize=131072)
def word_forms(raw: str) -> tuple[str, str, str]:
    # Folding and stemming a word costs more than finding it: each is done once per word.
    # "U.S." keeps its dots; "1991." at a sentence end does not.
    if raw.endswith(".") and raw.count(".") == 1:
        raw = raw[:-1]
    norm = fold(raw)
    return raw, norm, stem(norm)
