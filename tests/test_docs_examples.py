"""The examples of README.md and docs/*.md run, and show what the pages say they show.

Collected per file and per block, so a failure names the page and the line:

- every command line starting with ``licenseclass `` in README.md's indented or fenced shell
  blocks and in the fenced ``console``/``sh``/``bash`` blocks of docs/*.md runs through the
  installed command (``python -m licenseclass``) in a folder holding the files the examples
  name. It must exit 0, or with the status its trailing comment gives (``# exit 2``). In a
  ``console`` block, the lines after a ``$ licenseclass ...`` line are its output: each must
  equal a line of the actual output, in order; a line ``...`` stands for any number of lines.
- every ``python`` block runs in that folder. ``print(x)  # text`` asserts that ``text`` is what
  is printed; ``expr  # literal`` asserts that ``expr`` equals the Python literal. Blocks that
  start with ``>>>`` run as doctests.

Lines that are not ``licenseclass`` commands (``pip install``, ``python3 -m venv``) are not run:
CI runs the README's quick start on a fresh environment.

Also here, because they keep the same pages from drifting: every module path the pages name
exists, and every public name of the facade is on a page of the API reference.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import io
import re
import shlex
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import pytest

import licenseclass
from licenseclass.core.licensedcode import licensedcode_dir, split_front_matter

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>```+|~~~+)\s*(?P<lang>[\w+-]*)")
_SHELL_LANGS = {"console", "sh", "bash", "shell"}
_EXIT = re.compile(r"#\s*exit\s+(\d+)\b")
_SLOW = ("classify", "analyze_text", "find_variant")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # 1-based line of the block's first content line
    lang: str  # "" for README's indented blocks
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Example:
    page: Path
    line: int
    kind: Literal["command", "python", "doctest"]
    source: str
    output: tuple[str, ...] = ()  # the output the page shows (commands in console blocks)
    exit_code: int = 0

    @property
    def where(self) -> str:
        return f"{shown_path(self.page)}:{self.line}"


def shown_path(page: Path) -> str:
    """A page's path as the failure messages name it: relative to the repository."""
    return page.relative_to(ROOT).as_posix() if page.is_relative_to(ROOT) else page.name


def blocks(page: Path) -> Iterator[Block]:
    """The fenced blocks of a page, and for README.md its indented blocks too."""
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        opened = _FENCE.match(lines[i])
        if opened:
            fence = opened["fence"]
            start = i + 1
            i = start
            while i < len(lines) and not lines[i].lstrip().startswith(fence):
                i += 1
            body = tuple(line.removeprefix(opened["indent"]) for line in lines[start:i])
            yield Block(page, start + 1, opened["lang"].lower(), body)
            i += 1
            continue
        indented = lines[i].startswith("    ") and (i == 0 or not lines[i - 1].strip())
        if page == README and indented:
            start = i
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                i += 1
            body = tuple(line[4:] for line in lines[start:i])
            yield Block(page, start + 1, "", body)
            continue
        i += 1


def _commands(block: Block) -> Iterator[Example]:
    console = block.lang == "console"
    current: list[Any] | None = None  # [line, command, output lines]
    found: list[list[Any]] = []
    for offset, raw in enumerate(block.lines):
        text = raw.strip()
        prompted = text.startswith("$ ")
        command = text.removeprefix("$ ")
        if command.startswith("licenseclass "):
            current = [block.line + offset, command, []]
            found.append(current)
            if not (console and prompted):
                current = None  # only a prompted console line has output after it
        elif prompted:
            current = None
        elif current is not None:
            current[2].append(raw.rstrip())
    for line, command, output in found:
        while output and not output[-1]:
            output.pop()
        code = _EXIT.search(command)
        yield Example(
            block.page, line, "command", command, tuple(output), int(code[1]) if code else 0
        )


def examples(page: Path) -> Iterator[Example]:
    for block in blocks(page):
        if block.lang == "python":
            code = "\n".join(block.lines)
            kind: Literal["python", "doctest"] = "python"
            if code.lstrip().startswith(">>>"):
                kind = "doctest"
            yield Example(block.page, block.line, kind, code)
        elif block.lang in _SHELL_LANGS or (block.page == README and block.lang == ""):
            yield from _commands(block)


ALL_EXAMPLES = [example for page in PAGES for example in examples(page)]


def _param(example: Example) -> Any:
    slow = any(word in example.source for word in _SLOW)
    return pytest.param(example, id=example.where, marks=[pytest.mark.slow] if slow else [])


# --------------------------------------------------------------------------- the folder

_LICENSE_YAML = """\
id: LicenseRef-Acme-Model-1.0
name: Acme Model License 1.0
kind: model
rights:
  use:
    status: restricted
    restrictions: [non-commercial]
  modify:
    status: granted
  share:
    status: conditional
    conditions: [include-license]
conditions:
  - kind: include-license
restrictions:
  - kind: non-commercial
limitations:
  - kind: warranty
provenance:
  status: reviewed
  sources:
    - kind: license-text
      ref: an example written for the documentation
      fields: [rights, conditions, restrictions, limitations]
"""


def _yaml_block(page: Path, first_line: str) -> str:
    """The ``yaml`` block of ``page`` that starts with ``first_line``, so the page's own
    example file is the one the examples read."""
    for block in blocks(page):
        if block.lang == "yaml" and block.lines and block.lines[0].startswith(first_line):
            return "\n".join(block.lines) + "\n"
    raise AssertionError(f"{page.name} has no yaml block starting with {first_line!r}")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the examples name."""
    folder = tmp_path_factory.mktemp("docs-examples")
    mit = licensedcode_dir() / "licenses" / "mit.LICENSE"
    (folder / "LICENSE").write_text(
        split_front_matter(mit.read_text(encoding="utf-8"))[1], encoding="utf-8"
    )
    (folder / "src").mkdir()
    (folder / "src" / "main.c").write_text(
        "// SPDX-License-Identifier: Apache-2.0 OR MIT\nint main(void) { return 0; }\n",
        encoding="utf-8",
    )
    (folder / "my-licenses").mkdir()
    (folder / "my-licenses" / "LicenseRef-Acme-Model-1.0.yaml").write_text(
        _LICENSE_YAML, encoding="utf-8"
    )
    (folder / "my-releases").mkdir()
    (folder / "my-releases" / "acme-7b.yaml").write_text(
        _yaml_block(DOCS / "releases.md", "id: acme-7b"), encoding="utf-8"
    )
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    model = folder / "downloads" / "Llama-3.1-8B-Instruct"  # a downloaded model folder
    model.mkdir(parents=True)
    (model / "model.safetensors").write_bytes(b"\x00" * 16)
    (model / "config.json").write_text('{"model_type": "llama"}', encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: llama3.1\n---\n# Llama\n", encoding="utf-8")
    (model / "USE_POLICY.md").write_text("# Acceptable use\n", encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- output


def shown_in(shown: tuple[str, ...], actual: list[str]) -> bool:
    """Whether ``actual`` matches ``shown`` line for line, ``...`` standing for any lines."""
    if not shown:
        return not actual
    head, rest = shown[0], shown[1:]
    if head.strip() == "...":
        return any(shown_in(rest, actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0].rstrip() == head.rstrip() and shown_in(rest, actual[1:])


def test_shown_output_rules() -> None:
    assert shown_in(("a", "...", "d"), ["a", "b", "c", "d"])
    assert shown_in(("a", "..."), ["a", "b"])
    assert shown_in(("a", "..."), ["a"])
    assert not shown_in(("a",), ["a", "b"])  # without '...' the whole output is shown
    assert not shown_in(("a", "...", "d"), ["a", "b", "c"])
    assert not shown_in(("b", "..."), ["a", "b"])


# --------------------------------------------------------------------------- commands

COMMANDS = [e for e in ALL_EXAMPLES if e.kind == "command"]


@pytest.mark.parametrize("example", [_param(e) for e in COMMANDS])
def test_command_example(example: Example, workdir: Path) -> None:
    argv = shlex.split(example.source, comments=True)
    done = subprocess.run(
        [sys.executable, "-m", "licenseclass", *argv[1:]],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == example.exit_code, (
        f"{example.where}: `{example.source}` exited {done.returncode}, the page says "
        f"{example.exit_code}\n{done.stderr}"
    )
    assert "Traceback" not in done.stderr, f"{example.where}: {done.stderr}"
    if example.output:
        actual = done.stdout.splitlines()
        assert shown_in(example.output, actual), (
            f"{example.where}: `{example.source}` printed\n{done.stdout}\nbut the page shows\n"
            + "\n".join(example.output)
        )


# --------------------------------------------------------------------------- python


def _trailing_comments(code: str) -> dict[int, str]:
    """Line number -> the comment that ends a line of code (not whole-line comments)."""
    comments: dict[int, str] = {}
    code_lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.COMMENT:
            if token.start[0] in code_lines:
                comments[token.start[0]] = token.string[1:].strip()
        elif token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            code_lines.add(token.start[0])
    return comments


def _literal(text: str) -> tuple[bool, Any]:
    try:
        return True, ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return False, None


def run_python(example: Example) -> None:
    """Run a python block statement by statement, checking the values its comments show."""
    tree = ast.parse(example.source)
    comments = _trailing_comments(example.source)
    ast.increment_lineno(tree, example.line - 1)  # tracebacks name the page's own lines
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    filename = str(example.page)
    for statement in tree.body:
        line = statement.lineno - example.line + 1
        comment = comments.get(line) if statement.end_lineno == statement.lineno else None
        where = f"{shown_path(example.page)}:{statement.lineno}"
        if comment is not None and isinstance(statement, ast.Expr):
            value = statement.value
            is_print = (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id == "print"
                and len(value.args) == 1
                and not value.keywords
            )
            if is_print:
                assert isinstance(value, ast.Call)
                got = eval(compile(ast.Expression(value.args[0]), filename, "eval"), namespace)
                assert str(got) == comment, f"{where}: prints {got!s}, the page says {comment}"
                continue
            is_literal, expected = _literal(comment)
            if is_literal:
                got = eval(compile(ast.Expression(value), filename, "eval"), namespace)
                assert got == expected, f"{where}: gives {got!r}, the page says {expected!r}"
                continue
        exec(compile(ast.Module([statement], type_ignores=[]), filename, "exec"), namespace)


PYTHON = [e for e in ALL_EXAMPLES if e.kind in ("python", "doctest")]


@pytest.mark.parametrize("example", [_param(e) for e in PYTHON])
def test_python_example(example: Example, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    if example.kind == "python":
        run_python(example)
        return
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        example.source, {}, example.where, str(example.page), example.line - 1
    )
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    result = runner.run(test, out=report.append)
    assert result.failed == 0, "".join(report)


def test_examples_are_found() -> None:
    """The collector sees the examples (a parsing slip would otherwise pass silently)."""
    readme = [e for e in ALL_EXAMPLES if e.page == README]
    assert sum(e.kind == "command" for e in readme) >= 7
    assert sum(e.kind == "python" for e in readme) >= 1
    assert not any(e.source.startswith(("python", "pip", ".venv")) for e in ALL_EXAMPLES)
    with_output = [e for e in COMMANDS if e.output]
    assert with_output, "no console example shows its output"
    assert any(e.exit_code != 0 for e in COMMANDS), "no example documents a non-zero exit"
    for page in ("cli.md", "releases.md", "expressions.md", "clauses.md"):
        assert any(e.page == DOCS / page for e in ALL_EXAMPLES), page


def test_print_comment_is_checked(tmp_path: Path) -> None:
    """A page that shows a wrong value fails, and names its line."""
    page = tmp_path / "page.md"
    wrong = Example(page, 10, "python", "x = 2\nprint(x + 1)  # 4\n")
    with pytest.raises(AssertionError, match=r"page\.md:11: prints 3, the page says 4"):
        run_python(wrong)
    right = Example(page, 10, "python", 'x = "a"\nx * 2  # "aa"\nx  # a comment, not a value\n')
    run_python(right)


# --------------------------------------------------------------------------- drift

_DOTTED = re.compile(r"\blicenseclass(?:\.[A-Za-z_]\w*)+")
_PY_FILE = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w-]+\.py)\b")
# Owned by the data-layout work; checked once that work has landed (see CONTRIBUTING.md).
_PATHS_NOT_CHECKED: set[str] = set()


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(obj, name):
                return False
            obj = getattr(obj, name)
        return True
    return False


def _repo_files() -> list[str]:
    found = [p.name for p in ROOT.glob("*.py")]  # the build hook lives at the top
    for folder in ("src", "tests", "scripts", "benchmarks", "docs"):
        found += [p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*.py")]
    return found


@pytest.mark.parametrize(
    "page", [p for p in PAGES if p.name not in _PATHS_NOT_CHECKED], ids=lambda p: p.name
)
def test_module_paths_exist(page: Path) -> None:
    files = _repo_files()
    missing = []
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        for dotted in _DOTTED.findall(line):
            if not _resolves(dotted):
                missing.append(f"{page.name}:{number}: {dotted}")
        for path in _PY_FILE.findall(line):
            if not any(f == path or f.endswith("/" + path) for f in files):
                missing.append(f"{page.name}:{number}: {path}")
    assert not missing, "the pages name modules that do not exist:\n" + "\n".join(missing)


_DIRECTIVE = re.compile(r"^::: ([\w.]+)\s*$", re.MULTILINE)


def _directives() -> dict[str, str]:
    """Each ``::: target`` of the API reference pages, with its page."""
    found: dict[str, str] = {}
    for page in sorted((DOCS / "reference").glob("*.md")):
        for target in _DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            found[target] = page.name
    return found


def _module(target: str) -> ModuleType | None:
    try:
        return importlib.import_module(target)
    except ImportError:
        return None


def test_reference_covers_the_facade() -> None:
    """Every name of ``licenseclass.__all__`` is rendered by some reference page: functions by
    the facade page (``::: licenseclass``), types by a directive for them or for their module."""
    targets = _directives()
    assert targets.get("licenseclass") == "facade.md"
    bad = [t for t in targets if not _resolves(t)]
    assert not bad, f"reference directives that do not resolve: {bad}"
    modules = [m for t in targets if t != "licenseclass" and (m := _module(t)) is not None]
    missing = []
    for name in licenseclass.__all__:
        if name.startswith("_") or not name[0].isupper():
            continue  # functions: the facade page renders every lower-case public name
        obj = getattr(licenseclass, name)
        covered = f"licenseclass.{name}" in targets or any(
            getattr(m, name, None) is obj for m in modules
        )
        if not covered:
            missing.append(name)
    assert not missing, f"public names on no API reference page: {missing}"


@pytest.mark.slow
def test_project_license_is_the_declared_one() -> None:
    """LICENSE holds the text of the license pyproject.toml declares, word for word."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert declared["license-files"] == ["LICENSE"]
    found = licenseclass.classify_file(ROOT / "LICENSE")
    assert found.expression == declared["license"]
    assert [(m.method, m.confidence) for m in found.matches] == [("exact", 1.0)]
