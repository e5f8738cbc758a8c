"""Token lifetimes however a page phrases them, in seconds.

"access_token is valid for 7200 seconds (2 hours)", "The default expiration time is 31 days",
"expiration time defaults to 31 days", "过期时间默认为31天", "有效期 7200 秒": a duration counts when
its sentence says something about validity or expiry (a cue word). It belongs to:

1. the token named in its own clause ("the refresh token 2592000 seconds" after a comma);
2. else the token whose description it is written in (the `refresh_token` field's description
   on the docs site says "expiration time defaults to 31 days" without naming it);
3. else it is not attributed: the tokens the sentence mentions are kept as candidates, and the
   comparison accepts a lifetime any of them has in the spec.

A duration in parentheses right after another ("7200 seconds (2 hours)") restates it: skipped.
Only regular expressions without nested or adjacent unbounded repetition are used: a page line
of any shape is read in linear time (issue 21, item 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..loader import one_line

UNIT_SECONDS = {
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1, "秒": 1, "秒钟": 1,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60, "分钟": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600, "小时": 3600,
    "day": 86400, "days": 86400, "d": 86400, "天": 86400, "日": 86400,
    "week": 604800, "weeks": 604800, "周": 604800,
}  # fmt: skip
# A number (at most 12 digits, optional thousands commas) and a unit, nothing glued in front.
DURATION = re.compile(
    r"(?<![A-Za-z0-9_.,])(\d{1,12}(?:,\d{3})*)[ \t]?"
    r"(seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|s|h|d"
    r"|秒钟|秒|分钟|小时|天|日|周)(?![A-Za-z])"
)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*+")
CUES = ("valid", "expire", "expiry", "expiration", "lifetime", "lives", "live for", "ttl",
        "有效期", "过期", "有效", "失效", "时效")  # fmt: skip
SENTENCE_ENDS = ".;!?。；！？"
CLAUSE_ENDS = ",，、:："
TWO_WORD_TOKENS = ("access", "refresh", "id")
CHINESE_TOKENS = {"访问令牌": "access_token", "刷新令牌": "refresh_token"}
MAX_QUOTE = 90
MAX_CLAUSE = 300  # characters of a clause kept for the quote (a clause can be a whole page)
QUOTE_STRIP = " \t•·*-–"  # a bullet in front of the words is not part of them


@dataclass(frozen=True)
class Stated:
    seconds: int
    text: str
    offset: int  # in the text searched
    token: str
    candidates: tuple[str, ...]


def context_token(field_name: str) -> str:
    """The token a field's description speaks of: the field itself when it is a token, the access
    token for `expires_in` (OAuth's meaning), "" otherwise."""
    leaf = field_name.rsplit(".", 1)[-1]
    token = _token_name(leaf)
    if token:
        return token
    if leaf == "expires_in":
        return "access_token"
    if leaf in ("refresh_expires_in", "refresh_token_expires_in"):
        return "refresh_token"
    return ""


def _token_name(word: str) -> str:
    """"access_token", "refresh_token", "accessToken" -> snake_case token name; "" otherwise."""
    if word.endswith("_token") and len(word) > len("_token"):
        return word.lower()
    if word.endswith("Token") and len(word) > len("Token") and word[0].islower():
        head = word[: -len("Token")]
        return "".join("_" + c.lower() if c.isupper() else c for c in head) + "_token"
    return ""


def mentions(text: str) -> list[tuple[int, str]]:
    """(offset, token) of every token the text names: access_token, accessToken, "refresh
    token(s)", 访问令牌."""
    found = []
    for m in IDENTIFIER.finditer(text):
        word = m.group()
        token = _token_name(word)
        if not token and word.lower() in TWO_WORD_TOKENS:
            after = text[m.end() : m.end() + 8].lower()
            if after.startswith((" token", "_token")):
                token = f"{word.lower()}_token"
        if token:
            found.append((m.start(), token))
    for words, token in CHINESE_TOKENS.items():
        start = text.find(words)
        while start >= 0:
            found.append((start, token))
            start = text.find(words, start + 1)
    return sorted(found)


def _spans(text: str, ends: str) -> list[tuple[int, int]]:
    """[start, end) spans of text split after any of `ends` (a "." only when a space or the end
    follows, so that "v1.2" and "e.g" stay whole)."""
    spans, start = [], 0
    for i, char in enumerate(text):
        if char in ends and (char != "." or i + 1 == len(text) or text[i + 1].isspace()):
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def stated(text: str, context: str = "") -> list[Stated]:
    """Every lifetime `text` states; `context` is the token whose description `text` is.
    Linear in the text: the clause and the last token named before a duration are found by
    walking forward with the durations, never by searching back."""
    found: list[Stated] = []
    everywhere = mentions(text)
    for start, end in _spans(text, SENTENCE_ENDS):
        sentence = text[start:end]
        lowered = sentence.lower()
        if not any(cue in lowered for cue in CUES):
            continue
        named = mentions(sentence)
        # Unattributed: the tokens of the sentence, else of the whole description.
        candidates = tuple(dict.fromkeys(t for _p, t in named or everywhere))
        clauses = _spans(sentence, CLAUSE_ENDS)
        clause, mention, last = 0, 0, ("", -1)  # the clause we are in, the next mention, the last one seen
        counted = False
        for m in DURATION.finditer(sentence):
            while clauses[clause][1] <= m.start():
                clause += 1
            while mention < len(named) and named[mention][0] < m.start():
                last = (named[mention][1], named[mention][0])
                mention += 1
            if counted and sentence[max(0, m.start() - 8) : m.start()].rstrip().endswith(("(", "（")):
                continue  # "7200 seconds (2 hours)": the same lifetime again
            counted = True
            clause_start = clauses[clause][0]
            token = last[0] if last[1] >= clause_start else context
            if not token and not candidates:
                continue
            seconds = int(m[1].replace(",", "")) * UNIT_SECONDS[m[2].lower() if m[2].isascii() else m[2]]
            said = sentence[max(clause_start, m.end() - MAX_CLAUSE) : m.end()]
            quote = one_line(said.lstrip(QUOTE_STRIP), MAX_QUOTE)
            found.append(Stated(seconds, quote, start + m.start(), token, () if token else candidates))
    return found


def durations(text: str) -> list[int]:
    """Every duration in `text`, in seconds, whatever the sentence says (for the spec's own
    descriptions of token fields: "Refresh token (30 days)")."""
    return [int(m[1].replace(",", "")) * UNIT_SECONDS[m[2].lower() if m[2].isascii() else m[2]]
            for m in DURATION.finditer(text)]  # fmt: skip
