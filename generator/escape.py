"""Spec text is data: one escaping function per output context, and nothing else writes it.

Every target reaches spec text (names, paths, summaries, descriptions, examples, titles, enum
values, versions, server URLs, and the cookbook's titles and prose) only through its context's
function below, never by string concatenation. A template that needs a new context adds a
function here (with its rule in its docstring) rather than escaping inline.

Where each target applies them:

| target | where the escaping happens |
| --- | --- |
| shared | this module; `generator/templating.py` (Jinja filters over these functions, and the Markdown environments' autoescape: every `{{ }}` of a `*.md.jinja` template is `md_text` unless a context filter already made it safe) |
| cookbook (bash, jq) | `generator/targets/cookbook/build.py` builds every shell line with `bash_word`, `bash_in_double_quotes`, `jq_string`, `jq_key`, `jq_ref`; `templates/cookbook/*.md.jinja` lay it out with `md_fence`, `md_code`, `md_markdown`, `md_cell` |
| python | `templates/python/*.py.jinja` (`pyrepr`, `py_docstring`), `generator/targets/python/build.py` (`method_docstring`), `snippets.py` (`py_string`); the models' text is openapi-python-client's, which escapes it itself (the hostile corpus checks it); `pyproject.toml` via `toml_string` |
| go | `generator/targets/go/gotypes.py` (`go_string`, doc comments as `//` lines), `build.py` (`go_struct_tag`), `templates/go/*.go.jinja` (`go_string`), `snippets.py` |
| docs (mkdocs) | `generator/targets/docs/build.py` (`mkdocs.yml` with `yaml_dump`, its site name and nav titles with `html_text` because the theme prints them as HTML, the try-it attribute with `html_attr`), `templates/docs/*.md.jinja` (Markdown autoescape plus the `md_*` and `html_*` filters), `templates/docs/theme/main.html.jinja` (material's `<title>`, escaped again after its `striptags`) |
| vectors, ir.json | JSON written by `json.dumps`: no spec text is ever code there |
| java | `generator/targets/java/` (its own string-literal and Javadoc escaping), `pom.xml` via `xml_text`, `README.md` in the Markdown environment |
| php | `generator/targets/php/` (its own string-literal and PHPDoc escaping), `README.md` in the Markdown environment |

What cannot be represented safely anywhere (control characters, names no target can spell or
tell apart, paths and parameter names outside the URI and HTTP grammars) is refused by
`authgen lint` (`generator/lint_representable.py`) before any of this runs; these functions
still escape everything they are given, so a gap in lint is not an injection.
"""

from __future__ import annotations

import html
import json
import re
import shlex
from typing import Any

import yaml

# --- bash ----------------------------------------------------------------------------------


def bash_word(text: str) -> str:
    """One bash word that is exactly `text`: left bare when it holds only characters the shell
    never interprets, else single-quoted (a `'` inside becomes `'\\''`). Nothing in it expands."""
    return shlex.quote(text)


# Inside "...", bash still expands $, ` and \, ends at ", and an interactive shell (a pasted
# cookbook block) expands ! from its history.
_DOUBLE_QUOTE_SPECIAL = re.compile(r'[$`"\\!]')


def bash_in_double_quotes(text: str) -> str:
    """`text` for a place inside a double-quoted bash string ("${base}<here>?x=1"): as it is when
    nothing in it is special there, else the double quotes are closed around a single-quoted
    word ("${base}"'/a$(b)'"?x=1"): adjacent quoted strings are one word to bash."""
    if not _DOUBLE_QUOTE_SPECIAL.search(text):
        return text
    return '"' + bash_word(text) + '"'


# --- jq ------------------------------------------------------------------------------------

_JQ_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Words jq reads as syntax after `$` or as an object key, and the variables it defines itself.
JQ_RESERVED = frozenset(
    {
        "and", "as", "catch", "def", "elif", "else", "end", "foreach", "if", "import", "include",
        "label", "not", "or", "reduce", "then", "try", "__loc__", "ENV", "ARGS",
    }
)  # fmt: skip


def jq_string(value: Any) -> str:
    """A jq literal (jq's string and number syntax is JSON's; `\\(` never appears unescaped)."""
    return json.dumps(value, ensure_ascii=False)


def jq_key(name: str) -> str:
    """An object key in a jq object constructor: bare when it is a plain identifier, else a
    string literal (`{"a-b": $x}`)."""
    if _JQ_IDENTIFIER.match(name) and name not in JQ_RESERVED:
        return name
    return jq_string(name)


def jq_ref(name: str) -> str:
    """How a jq program reads the value passed with `--arg NAME` (or `--argjson`): `$NAME` when
    NAME is a plain identifier, else through `$ARGS.named`, which holds every named argument
    whatever its name."""
    if _JQ_IDENTIFIER.match(name) and name not in JQ_RESERVED:
        return "$" + name
    return f"$ARGS.named[{jq_string(name)}]"


# --- Go ------------------------------------------------------------------------------------


def go_string(text: str) -> str:
    """A Go interpreted string literal holding exactly `text`. JSON's escapes are all valid Go
    escapes; lint refuses the one thing JSON can write and Go cannot read (a lone surrogate)."""
    return json.dumps(text, ensure_ascii=False)


def go_struct_tag(pairs: list[tuple[str, str]]) -> str:
    """A struct tag holding `key:"value"` pairs, each value quoted as reflect.StructTag reads it
    (a Go string literal). Written as a raw string (backticks) unless a backtick is in it, then
    as an interpreted string literal."""
    tag = " ".join(f"{key}:{go_string(value)}" for key, value in pairs)
    if "`" in tag:
        return go_string(tag)
    return "`" + tag + "`"


# --- Python and TOML -----------------------------------------------------------------------


def py_string(text: str) -> str:
    """A Python string literal holding exactly `text` (double-quoted, JSON's escapes, which are
    all valid Python escapes)."""
    return json.dumps(text, ensure_ascii=False)


def py_docstring(text: str) -> str:
    """`text` for the inside of a triple-double-quoted docstring: backslashes doubled (no escape
    sequence is read), and the quotes of any run of three or more, or of a run at the very end
    (which would join the closing quotes), escaped: nothing in it can end the docstring."""
    text = str(text).replace("\\", "\\\\")
    return re.sub(r'"{3,}|"+$', lambda m: '\\"' * len(m.group()), text)


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes, ASCII only, are a subset of TOML's)."""
    return json.dumps(str(text))


# --- YAML ----------------------------------------------------------------------------------


def yaml_dump(data: Any) -> str:
    """A YAML document of plain data, written by PyYAML's safe emitter: every string is a
    scalar that reads back as that string, quoted wherever it could read as anything else (a
    tag such as `!!python/object/apply`, a number, a boolean, `!ENV`, a comment)."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)


# --- HTML ----------------------------------------------------------------------------------


# What XML 1.0 cannot hold at all, even as a character reference: the C0 controls but tab, line
# feed and carriage return; lone surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: Any) -> str:
    """Text as the content of an XML element (a pom's `<name>`): `&`, `<` and `>` as entities,
    and a character XML cannot hold as U+FFFD (lint refuses control characters before this)."""
    return _NOT_XML.sub("\ufffd", html.escape(str(text), quote=False))


def html_text(text: Any) -> str:
    """Text as HTML, fit for an element and for a double-quoted attribute: `&`, `<`, `>` and
    `"` as entities (`'` is left as it is: nothing here is single-quoted)."""
    return html.escape(str(text), quote=False).replace('"', "&quot;")


def html_attr(text: Any) -> str:
    """An HTML attribute value, quoted either way: `&`, `<`, `>` and both quotes as entities."""
    return html.escape(str(text), quote=True)


# --- Markdown that becomes HTML (the docs site with Python-Markdown; the cookbook on GitHub) -

# Characters Python-Markdown (and CommonMark) read as inline syntax; escaped with a backslash
# in plain text. `|` is escapable once the tables extension is on (the site and GitHub have it).
# `_` inside a word (`refresh_token`) is never emphasis in either, so it is left as it is there.
_MD_INLINE = re.compile(r"([\\`*{}\[\]|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
# Text that would start a block at the start of a line: a heading, a quote, a list item or rule,
# an admonition, details or tab (`!!!`, `???`, `===`), a fence, a definition.
_MD_BLOCK_START = re.compile(r"^(?:[#>!?~:]|[-+=](?=[\s\-+=]|$)|\d+[.)](?=\s|$))")


def md_text(text: Any) -> str:
    """Plain text (a summary, a title, a name) in Markdown: shown exactly, never markup. One
    line; HTML's `&`, `<`, `>` as entities, Markdown's punctuation backslash-escaped, and a first
    character that would start a block (`#`, `-`, `1.`, `!!!` ...) as an entity."""
    line = re.sub(r"\s+", " ", str(text))
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    line = _MD_INLINE.sub(r"\\\1", line)
    if _MD_BLOCK_START.match(line):
        line = f"&#{ord(line[0])};{line[1:]}"
    return line


def md_code(text: Any) -> str:
    """An inline code span showing `text` exactly (on one line): fenced by one backtick more
    than the longest run inside it, padded with a space when it starts or ends with one."""
    line = " ".join(str(text).split("\n"))
    runs = [len(run) for run in re.findall(r"`+", line)]
    fence = "`" * (max(runs, default=0) + 1)
    if line.startswith("`") or line.endswith("`"):
        line = f" {line} "
    return f"{fence}{line}{fence}"


def md_fence(text: Any, lang: str = "") -> str:
    """A fenced code block showing `text` exactly: the fence is longer than any backtick run in
    it (at least three), so no line of it can close the block."""
    body = str(text)
    if body.endswith("\n"):
        body = body[:-1]
    runs = [len(run) for run in re.findall(r"`+", body)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    return f"{fence}{lang}\n{body}\n{fence}"


def md_url(url: str) -> str:
    """A link destination the generator built (a page, an anchor): percent-encoded outside the
    characters of a plain relative path, so no `)`, space or `<` ends or changes the link."""
    return re.sub(r"[^A-Za-z0-9/._~#%-]", lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


def md_anchor(text: str) -> str:
    """An element id for attr_list (`{ #id }`): letters, digits, `_` and `-` only."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", str(text))


# Python-Markdown's rule for an unescaped backtick (a backtick after an even run of backslashes).
_BACKSLASHES_THEN_TICKS = re.compile(r"(\\*)(`+)")
_LINK_OPEN = re.compile(r"\]\(")
_REFERENCE_DEFINITION = re.compile(r"^(\s*)\[[^\[\]]*\]:(.*)$")
_FENCE_LINE = re.compile(r"^\s*(?:`{3,}|~{3,})")
ALLOWED_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


def allowed_link(destination: str) -> bool:
    """A link destination a reader may follow: http, https, mailto, or relative (a page, an
    anchor). Judged as a browser reads it: entities decoded, and the tabs, newlines, spaces and
    control characters a browser drops from a URL dropped (so `java&#x09;script:` is caught)."""
    decoded = html.unescape(destination)
    squeezed = re.sub(r"[\x00-\x20<>\\]", "", decoded).lower()
    scheme = _SCHEME.match(squeezed)
    return scheme is None or scheme.group(1) in ALLOWED_SCHEMES


def _code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each inline code span of one line, paired as Python-Markdown pairs them
    (an opening run of N unescaped backticks closes at the next run of exactly N)."""
    runs = []
    for match in _BACKSLASHES_THEN_TICKS.finditer(line):
        if len(match.group(1)) % 2 == 0:  # an odd run of backslashes escapes the first tick
            runs.append((match.start(2), len(match.group(2))))
        elif len(match.group(2)) > 1:
            runs.append((match.start(2) + 1, len(match.group(2)) - 1))
    spans = []
    i = 0
    while i < len(runs):
        start, length = runs[i]
        close = next((j for j in range(i + 1, len(runs)) if runs[j][1] == length), None)
        if close is None:
            i += 1
            continue
        spans.append((start, runs[close][0] + length))
        i = close + 1
    return spans


def _neutralise_links(text: str) -> str:
    """`](dest)` with a destination no reader may follow (or none on this line) stops being a
    link: `]\\(dest)`."""

    def check(match: re.Match[str]) -> str:
        rest = text[match.end() :].lstrip()
        destination = re.split(r"[\s)\"']", rest, maxsplit=1)[0] if rest else ""
        return match.group(0) if destination and allowed_link(destination) else "]\\("

    return _LINK_OPEN.sub(check, text)


def _markdown_text(segment: str) -> str:
    """The prose part of a description line (outside code spans). Entities rather than
    backslashes: an entity is never syntax, whatever comes before it."""
    segment = segment.replace("<", "&lt;")  # raw HTML and autolinks show as text
    segment = segment.replace("![", "!&#91;")  # an image would load from anywhere: a link at most
    return _neutralise_links(segment)


# What makes `{...}` an attr_list that changes the page: a value (`key=value`, quoted or not),
# an id (`#x`, which also clobbers `window.x`) or a class (`.x`), after an optional `:`. A bare
# `{word}` (a path template, `{}`) only adds a valueless attribute, and is kept as written.
_ATTRIBUTE_LIKE = re.compile(r"[=#.:\"']")


def _attribute_braces(line: str, spans: list[tuple[int, int]]) -> set[int]:
    """The positions of the `{` (outside code spans) that open what attr_list would read as
    attributes. attr_list reads from a `{` to the last `}` of the line (code spans are opaque
    to it), so that is the text judged."""
    in_code = [False] * len(line)
    for start, end in spans:
        in_code[start:end] = [True] * (end - start)
    closes = [i for i, char in enumerate(line) if char == "}" and not in_code[i]]
    if not closes:
        return set()
    found = set()
    for i, char in enumerate(line):
        if char == "{" and not in_code[i] and i < closes[-1]:
            inside = "".join(c for j, c in enumerate(line[i + 1 : closes[-1]], i + 1) if not in_code[j])
            if _ATTRIBUTE_LIKE.search(inside):
                found.add(i)
    return found


def _escape_ticks(segment: str) -> str:
    """Backticks left unpaired on their line are escaped, so that no renderer can pair them
    with a backtick on another line and read the text between as code (or as not code)."""

    def one(match: re.Match[str]) -> str:
        slashes, ticks = match.group(1), match.group(2)
        if len(slashes) % 2:  # the first tick is escaped already
            return slashes + ticks[0] + "\\`" * (len(ticks) - 1)
        return slashes + "\\`" * len(ticks)

    return _BACKSLASHES_THEN_TICKS.sub(one, segment)


def _markdown_line(line: str) -> str:
    definition = _REFERENCE_DEFINITION.match(line)
    if definition:
        destination = definition.group(2).split()
        if not destination or not allowed_link(destination[0]):
            indent = definition.group(1)
            line = f"{indent}&#91;{line[len(indent) + 1 :]}"
    if _FENCE_LINE.match(line):
        # a fence (and its {attributes}) inside a description is shown as text: no code spans
        # on this line, and a first `~` that cannot open a fence
        line = line.replace("`", "&#96;")
        stripped = line.lstrip()
        if stripped.startswith("~"):
            line = line[: len(line) - len(stripped)] + "&#126;" + stripped[1:]
        return _markdown_text(line)
    spans = _code_spans(line)
    braces = _attribute_braces(line, spans)
    out = []
    position = 0
    for start, end in [*spans, (len(line), len(line))]:
        text = line[position:start]
        cuts = sorted(i - position for i in braces if position <= i < start)
        pieces = [
            text[a + 1 if a >= 0 else 0 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)
        ]
        out.append("&#123;".join(_markdown_text(_escape_ticks(piece)) for piece in pieces))
        out.append(line[start:end])
        position = end
    return "".join(out)


def md_markdown(text: Any) -> str:
    """A description, which the spec writes in Markdown and which stays Markdown, reduced to a
    safe subset: code spans, emphasis, lists, headings and http(s)/mailto/relative links keep
    working; raw HTML (and autolinks) show as text, `javascript:`/`data:` (any other scheme)
    links and every image stop being links, attr_list braces and fenced blocks show as text."""
    return "\n".join(_markdown_line(line) for line in _one_line_code_spans(str(text)).split("\n"))


def _one_line_code_spans(text: str) -> str:
    """A code span that runs over a line break (legal, and shown the same) is put on one line,
    so that every code span is paired within its line: then no renderer's idea of where a block
    ends can make a span's text, which is not escaped, be read outside it."""
    out = []
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        joined = []
        position = 0
        for start, end in _code_spans(paragraph):
            joined.append(paragraph[position:start])
            joined.append(re.sub(r"[ \t]*\n[ \t]*", " ", paragraph[start:end]))
            position = end
        joined.append(paragraph[position:])
        out.append("".join(joined))
    return "".join(out)


def md_cell(text: Any) -> str:
    """A description in one table cell of Python-Markdown (the docs site): one line, the safe
    subset, and `|` escaped outside code spans (inside them its tables extension keeps it, and
    a backslash there would show)."""
    line = md_markdown(" ".join(str(text).split()))
    out = []
    position = 0
    for start, end in _code_spans(line):
        out.append(_escape_pipes(line[position:start]))
        out.append(line[start:end])
        position = end
    out.append(_escape_pipes(line[position:]))
    return "".join(out)


def gfm_cell(text: Any) -> str:
    """The same for GitHub's Markdown (the cookbook), where a `|` ends the cell even inside a
    code span unless it is escaped there too (GitHub shows `\\|` in a table's code as `|`)."""
    return _escape_pipes(md_markdown(" ".join(str(text).split())))


def _escape_pipes(segment: str) -> str:
    return re.sub(r"(?<!\\)\|", r"\\|", segment)
