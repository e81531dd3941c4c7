"""Fuzzing the public API: whatever goes in, only licenseclass's own errors come out.

Expressions, texts, YAML license files and release files are generated (hostile pieces mixed
with real ones: ids, operators, license words, markup, Unicode, control characters, YAML
values a schema does not expect). Each call may succeed or raise a
:class:`~licenseclass.errors.LicenseclassError`; any other exception (ValueError, KeyError,
RecursionError, ...) fails the test. The CLI must return an exit code, never raise.
Each target runs a bounded number of examples, so the suite stays within its time budget.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import io
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import licenseclass
from licenseclass.cli import main
from licenseclass.core.registry import Registry
from licenseclass.errors import LicenseclassError
from licenseclass.expressions.parser import equivalent
from licenseclass.releases.catalog import read_release

pytestmark = pytest.mark.property

T = TypeVar("T")
REPO = Path(__file__).resolve().parents[2]
FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def library_errors_only(call: Callable[[], T]) -> T | None:
    """``call()``, or None when it raised a library error (whose message must render)."""
    try:
        return call()
    except LicenseclassError as exc:
        assert str(exc)
        return None


def run_cli(*argv: str) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    assert code in (0, 1, 2), (code, err.getvalue())
    return code


# --------------------------------------------------------------------------- expressions

_PIECES = [
    "MIT", "mit", "Apache-2.0", "GPL-2.0", "GPL-2.0+", "GPL-3.0-or-later", "LGPL-2.1",
    "Classpath-exception-2.0", "LLVM-exception", "LicenseRef-x", "LicenseRef-", "DocumentRef-d:",
    "AdditionRef-a", "AND", "OR", "WITH", "and", "or", "with", "And", "(", ")", "+", " ", "  ",
    "\t", "\n", ":", "/", ",", ";", "-", ".", "\x00", "\x1b[31m", "\u212a", "\u00e9", "\u200b",
    "MIT License", "Apache 2", "BSD", "public domain", "UNLICENSED", "NOASSERTION",
    "SEE LICENSE IN",
]  # fmt: skip
expression_texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=25).map(
    " ".join
) | st.text(max_size=60)


@FUZZ
@given(expression_texts, st.booleans())
def test_expression_functions_raise_only_library_errors(text: str, strict: bool) -> None:
    tree = library_errors_only(lambda: licenseclass.parse(text, strict=strict))
    if tree is not None:
        assert licenseclass.parse(str(tree), strict=False) is not None
    library_errors_only(lambda: licenseclass.validate(text))
    library_errors_only(lambda: licenseclass.canonicalize(text))
    library_errors_only(lambda: licenseclass.normalize(text).expression)
    classify: Callable[..., object] = licenseclass.classify_expression
    for policy in ("article", "osaid", "osi"):  # "osi" is no policy: a typed error
        library_errors_only(functools.partial(classify, text, policy=policy))


@FUZZ
@given(expression_texts, expression_texts)
def test_equivalent_raises_only_library_errors(left: str, right: str) -> None:
    same = library_errors_only(lambda: equivalent(left, right))
    if same is not None:
        assert library_errors_only(lambda: equivalent(right, left)) is same


def _nested(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return st.sampled_from(["MIT", "ISC", "LicenseRef-a", "GPL-2.0+", "Apache-2.0 WITH x"])
    inner = _nested(depth - 1)
    return st.lists(inner, min_size=1, max_size=4).flatmap(
        lambda args: st.sampled_from([" AND ", " OR "]).map(lambda op: f"({op.join(args)})")
    )


@FUZZ
@given(_nested(4), _nested(4))
def test_nested_expressions_compare_or_refuse(left: str, right: str) -> None:
    library_errors_only(lambda: equivalent(left, right))
    library_errors_only(lambda: licenseclass.classify_expression(left + " AND " + right))


# --------------------------------------------------------------------------- texts

_WORDS = [
    "Permission is hereby granted", "free of charge", "MIT License", "Apache License",
    "Version 2.0", "GNU General Public License", "non-commercial", "Copyright (c) 2024",
    "All rights reserved.", "SPDX-License-Identifier:", "MIT", "Licensed under", "the",
    "[a](", "](", "**", "__", "~~", "*", "_", "<b>", "</b>", "<!--", "-->", "&amp;", "&#169;",
    "&#x", "# ", "//", "/*", "*/", "1.", "(a)", "iv)", "> ", "---", "http://", "www.", "\n",
    "\r\n", "\r", "\t", "\x00", "\x0c", "\u2028", "\x1b[2J", "\ufeff", "\u00e9", "\u4e00",
    "\U0001f600", "\ud800", "licence", "per cent", "non commercial", "(c)", "\u00a9",
]  # fmt: skip
texts = st.lists(st.sampled_from(_WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


@FUZZ
@given(texts)
# a label line whose words normalisation drops ("http://") once ran the name reader off the end
@example("licence http://")
def test_text_functions_raise_only_library_errors(text: str) -> None:
    result = library_errors_only(lambda: licenseclass.classify_text(text))
    if result is not None:
        assert all(0.0 <= m.confidence <= 1.0 for m in result.matches)
    library_errors_only(lambda: licenseclass.analyze_text(text))


@FUZZ
@given(texts | expression_texts)
def test_declarations_are_judged_without_errors(text: str) -> None:
    # a metadata license field, as scan, env and batch judge it: any text gives a level
    from licenseclass.clauses.stated import stated_limits
    from licenseclass.core.registry import default_registry
    from licenseclass.scan.manifests import Declaration
    from licenseclass.scan.project import Judge

    limits = stated_limits(text)
    assert limits is None or (limits.level in ("restricted", "closed") and limits.kinds)
    judge = Judge(default_registry())
    expression, note, level = judge.declared(Declaration(source="fuzz", kind="text", value=text))
    assert expression is None or judge.level(expression) in (
        "open",
        "restricted",
        "closed",
        "unknown",
    )
    assert level in (None, "open", "restricted", "closed", "unknown")
    assert note is None or isinstance(note, str)


@FUZZ
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_classify_file_raises_only_library_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "LICENSE"
        path.write_bytes(data)
        library_errors_only(lambda: licenseclass.classify_file(path))
        run_cli("classify", str(path))


# --------------------------------------------------------------------------- YAML documents

_HOSTILE_VALUES: list[Any] = [
    None, "", " ", "x" * 300, "\x1b[31m", "\u212a", "MIT AND", "A OR B", True, 0, -1, 1.5,
    float("nan"), [], {}, [None], {"status": None}, {"a": {"b": {"c": []}}}, "granted",
    "forbidden", "unknown", "software", "model", "restricted", "2023-01-01", "reviewed",
]  # fmt: skip


def _hostile(draw: st.DrawFn) -> Any:
    # A copy: the dict and list values would otherwise be shared between examples and
    # changed by later mutations, so hypothesis would see the strategy change under it.
    return copy.deepcopy(draw(st.sampled_from(_HOSTILE_VALUES)))


def _mutated(document: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """The document with a few values replaced, keys removed, or keys added."""
    doc: dict[str, Any] = yaml.safe_load(yaml.safe_dump(document))  # a deep copy
    for _ in range(draw(st.integers(1, 4))):
        target: Any = doc
        path = draw(st.lists(st.text(min_size=0, max_size=1), max_size=3))
        for step in path:  # walk down a little, choosing keys or items
            if isinstance(target, dict) and target:
                key = draw(st.sampled_from(sorted(target, key=str)))
                if isinstance(target[key], (dict, list)) and step:
                    target = target[key]
            elif isinstance(target, list) and target:
                item = target[draw(st.integers(0, len(target) - 1))]
                if isinstance(item, (dict, list)):
                    target = item
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target, key=str)))
            if action == "replace":
                target[key] = _hostile(draw)
            elif action == "delete":
                del target[key]
            else:
                target[draw(st.sampled_from(["extra", "id", "kind", "note", "1"]))] = _hostile(draw)
        elif isinstance(target, list) and target:
            target[draw(st.integers(0, len(target) - 1))] = _hostile(draw)
    return doc


_DAMAGE = [
    "\t",
    ": :",
    "- ",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "? ",
    "|",
    ">",
    "'",
    '"',
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\x00",
    "\ufeff",
    "{",
    "[",
    "]",
    "}",
]


def _raw_damage(text: str, draw: st.DrawFn) -> str:
    """Text-level damage the YAML structure cannot express (bad indentation, tags, anchors)."""
    if not draw(st.booleans()):
        return text
    snippet = draw(st.sampled_from(_DAMAGE))
    at = draw(st.integers(0, len(text)))
    return text[:at] + snippet + text[at:]


_LICENSE_DOC = yaml.safe_load(
    (REPO / "data" / "licenses" / "reviewed" / "0BSD.yaml").read_text(encoding="utf-8")
)
_RELEASE_DOC = yaml.safe_load((REPO / "data" / "releases" / "bloom.yaml").read_text("utf-8"))


@st.composite
def license_yaml(draw: st.DrawFn) -> tuple[str, str]:
    doc = _mutated(_LICENSE_DOC, draw)
    license_id = doc.get("id") if isinstance(doc, dict) else None
    name = (
        license_id
        if isinstance(license_id, str) and license_id.isalnum() and len(license_id) < 80
        else "0BSD"
    )
    return name, _raw_damage(yaml.safe_dump(doc, allow_unicode=True), draw)


@st.composite
def release_yaml(draw: st.DrawFn) -> tuple[str, str]:
    doc = _mutated(_RELEASE_DOC, draw)
    release_id = doc.get("id") if isinstance(doc, dict) else None
    name = (
        release_id
        if isinstance(release_id, str) and release_id.isalnum() and len(release_id) < 80
        else "bloom"
    )
    return name, _raw_damage(yaml.safe_dump(doc, allow_unicode=True), draw)


@FUZZ
@given(license_yaml())
def test_license_yaml_raises_only_library_errors(document: tuple[str, str]) -> None:
    name, text = document
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        registry = library_errors_only(lambda: Registry([folder]))
        if registry is not None:
            library_errors_only(lambda: [licenseclass.verdict(e) for e in registry.user_entries()])
        run_cli("data", "check", str(folder))


@settings(FUZZ, max_examples=100)  # three CLI runs per example: fewer examples
@given(release_yaml())
def test_release_yaml_raises_only_library_errors(document: tuple[str, str]) -> None:
    name, text = document
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        release = library_errors_only(lambda: read_release(path))
        if release is not None:
            library_errors_only(lambda: licenseclass.release_verdict(release))
        run_cli("release", str(path))
        run_cli("release", "--releases", tmp)


# --------------------------------------------------------------------------- known gaps

# Values that YAML itself turns into Python errors: an impossible date, an integer too long to
# convert. The strict YAML loader reports them with file and line.
_YAML_BOMBS = {"impossible date": "2023-02-30", "5000-digit integer": "9" * 5000}


@pytest.mark.parametrize("value", list(_YAML_BOMBS.values()), ids=list(_YAML_BOMBS))
def test_yaml_values_python_cannot_hold_are_typed_errors(value: str, tmp_path: Path) -> None:
    release = (REPO / "data" / "releases" / "bloom.yaml").read_text(encoding="utf-8")
    path = tmp_path / "bloom.yaml"
    path.write_text(release.replace("date: 2022-07-11", f"date: {value}"), encoding="utf-8")
    library_errors_only(lambda: read_release(path))
    license_text = (REPO / "data" / "licenses" / "reviewed" / "0BSD.yaml").read_text("utf-8")
    folder = tmp_path / "licenses"
    folder.mkdir()
    (folder / "0BSD.yaml").write_text(f"{license_text}\nnote: {value}\n", encoding="utf-8")
    library_errors_only(lambda: Registry([folder]).user_entries())


@pytest.mark.parametrize(
    "name", ["classify_expression", "get_license", "get_release", "classify_file"]
)
def test_public_functions_refuse_wrong_argument_types(name: str) -> None:
    for value in (None, 5, b"MIT", ["MIT"]):
        library_errors_only(functools.partial(getattr(licenseclass, name), value))
