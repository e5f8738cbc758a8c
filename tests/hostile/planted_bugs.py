"""Planted bugs in the escaping (issue 20): one at a time, an escaping call removed or weakened in
generator/ or templates/, then the hostile tests that cover that output run, and one must fail.

Run: `python tests/hostile/planted_bugs.py [name substring ...]` from the repository root, in the
project's venv (the Go bugs need Go, the browser ones node, playwright-core and chromium). The
file is restored after each bug, whatever happens. A few minutes a bug (each run generates the
corpus again). Results: TESTING.md ("The hostile corpus: planted bugs").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = "tests/hostile/test_outputs.py"
BROWSER = "tests/hostile/test_browser.py"
GO = "tests/hostile/test_go_outputs.py"
FUZZ = "tests/hostile/test_fuzz.py"

# (name, file, old text, new text, the tests that must catch it)
MUTANTS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "cookbook: the path pasted into the URL's double quotes",
        "generator/targets/cookbook/build.py",
        "    path = _shell_path(op.path)\n",
        "    path = op.path\n",
        [OUTPUTS, "-k", "cookbook"],
    ),
    (
        'cookbook: a header name pasted into -H "..."',
        "generator/targets/cookbook/build.py",
        """curl.append(f'-H "{bash_in_double_quotes(item.name)}: {value}"')""",
        """curl.append(f'-H "{item.name}: {value}"')""",
        [OUTPUTS, "-k", "cookbook"],
    ),
    (
        "cookbook: jq object keys written bare",
        "generator/escape.py",
        "    if _JQ_IDENTIFIER.match(name) and name not in JQ_RESERVED:\n        return name\n    return jq_string(name)",
        "    return name",
        [OUTPUTS, "-k", "cookbook"],
    ),
    (
        "cookbook: jq program single-quoted by hand",
        "generator/targets/cookbook/build.py",
        '    program = bash_word("{" + ", ".join(members) + "}")',
        '    program = "\'{" + ", ".join(members) + "}\'"',
        [OUTPUTS, "-k", "cookbook"],
    ),
    (
        "cookbook: --arg names not shell-quoted",
        "generator/targets/cookbook/build.py",
        'args.append(f"{flag} {bash_word(name)} {value}")',
        'args.append(f"{flag} {name} {value}")',
        [OUTPUTS, "-k", "cookbook"],
    ),
    (
        "go: struct tags pasted between backticks",
        "generator/escape.py",
        '    tag = " ".join(f"{key}:{go_string(value)}" for key, value in pairs)\n    if "`" in tag:\n        return go_string(tag)\n    return "`" + tag + "`"',
        '    return "`" + " ".join(f\'{key}:"{value}"\' for key, value in pairs) + "`"',
        [GO],
    ),
    (
        "go: a cookbook example value pasted into a Go string literal",
        "generator/targets/go/snippets.py",
        "    if isinstance(value, str):\n        return go_string(value)",
        "    if isinstance(value, str):\n        return '\"' + value + '\"'",
        [GO],
    ),
    (
        "go: doc comments left for gofmt to rewrite",
        "generator/targets/go/gotypes.py",
        "        text = text.replace(pair, quote)\n",
        "        pass\n",
        [GO],
    ),
    (
        "python: method docstrings not escaped",
        "generator/targets/python/build.py",
        'for line in py_docstring("\\n".join(lines)).split("\\n"))',
        'for line in "\\n".join(lines).split("\\n"))',
        [OUTPUTS, "-k", "python"],
    ),
    (
        "python: error class docstrings not escaped",
        "templates/python/_errors.py.jinja",
        "{{ code.description | py_docstring }}",
        "{{ code.description }}",
        [OUTPUTS, "-k", "python"],
    ),
    (
        "docs: Markdown autoescape off (plain text pasted as Markdown)",
        "generator/templating.py",
        "    return Markup(escape.md_text(value))",
        "    return Markup(str(value))",
        [OUTPUTS, "-k", "docs"],
    ),
    (
        "docs: descriptions as raw Markdown (no safe subset)",
        "generator/escape.py",
        '    return "\\n".join(_markdown_line(line) for line in _one_line_code_spans(str(text)).split("\\n"))',
        "    return str(text)",
        [OUTPUTS, "-k", "docs"],
    ),
    (
        "docs: javascript: links allowed",
        "generator/escape.py",
        "    return scheme is None or scheme.group(1) in ALLOWED_SCHEMES",
        "    return True",
        [OUTPUTS, "-k", "docs"],
    ),
    (
        "docs: unpaired backticks left as they are",
        "generator/escape.py",
        '        return slashes + "\\\\`" * len(ticks)\n',
        "        return slashes + ticks\n",
        [BROWSER],
    ),
    (
        "docs: code spans over several lines kept (renderers pair them differently)",
        "generator/escape.py",
        '            joined.append(re.sub(r"[ \\t]*\\n[ \\t]*", " ", paragraph[start:end]))',
        "            joined.append(paragraph[start:end])",
        [BROWSER],
    ),
    (
        "docs: the site name not HTML-escaped for the theme",
        "generator/targets/docs/build.py",
        '"site_name": html_text(api.title),',
        '"site_name": api.title,',
        [BROWSER],
    ),
    (
        "docs: material's <title> block not overridden",
        "generator/targets/docs/build.py",
        '"theme": {**MKDOCS_THEME, "custom_dir": THEME_OVERRIDES},',
        '"theme": MKDOCS_THEME,',
        [BROWSER],
    ),
    (
        "docs: mkdocs.yml's site_name written by concatenation",
        "generator/targets/docs/build.py",
        '    return f"# {one_line(header)}\\n{MKDOCS_COMMENT}{yaml_dump(config)}"',
        '    rest = {k: v for k, v in config.items() if k != "site_name"}\n'
        '    return f\'# {one_line(header)}\\nsite_name: "{config["site_name"]}"\\n{yaml_dump(rest)}\'',
        [OUTPUTS, "-k", "docs"],
    ),
    (
        "docs: fenced code blocks always ```",
        "generator/escape.py",
        '    fence = "`" * max(3, max(runs, default=0) + 1)\n    return f"{fence}{lang}',
        '    fence = "```"\n    return f"{fence}{lang}',
        [BROWSER],
    ),
    (
        "lint: no control-character rule",
        "generator/lint_representable.py",
        "    yield from control_problems(loaded, loaded.data)\n",
        "",
        [OUTPUTS, "-k", "refused"],
    ),
    (
        "lint: names compared with their case",
        "generator/lint_representable.py",
        "        other = self.seen.setdefault(name.casefold(), (wire, pointer))",
        "        other = self.seen.setdefault(name, (wire, pointer))",
        [OUTPUTS, "-k", "refused"],
    ),
    (
        "lint: no path grammar",
        "generator/lint_representable.py",
        "        message = path_problem(str(path))\n",
        "        message = None\n",
        [OUTPUTS, "-k", "refused"],
    ),
    (
        "fuzz: method docstrings not escaped",
        "generator/targets/python/build.py",
        'for line in py_docstring("\\n".join(lines)).split("\\n"))',
        'for line in "\\n".join(lines).split("\\n"))',
        [FUZZ],
    ),
    (
        "fuzz: text inside bash double quotes left as it is",
        "generator/escape.py",
        "    if not _DOUBLE_QUOTE_SPECIAL.search(text):\n        return text",
        "    if True:\n        return text",
        [FUZZ],
    ),
]


def run(only: list[str]) -> int:
    survived = 0
    for name, file, old, new, tests in MUTANTS:
        if only and not any(o in name for o in only):
            continue
        path = ROOT / file
        original = path.read_text(encoding="utf-8")
        if old not in original:
            print(f"NOT APPLIED {name}: its text is not in {file} any more; update MUTANTS")
            survived += 1
            continue
        path.write_text(original.replace(old, new, 1), encoding="utf-8")
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider", *tests],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=3600,
            )
        finally:
            path.write_text(original, encoding="utf-8")
        caught = done.returncode != 0
        failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
        print(
            f"{'CAUGHT  ' if caught else 'SURVIVED'} {name}: {failed[0] if failed else done.stdout.splitlines()[-1:]}"
        )
        survived += not caught
    return survived


if __name__ == "__main__":
    sys.exit(1 if run(sys.argv[1:]) else 0)
