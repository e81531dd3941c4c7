"""Identification of licenses in text, on texts built at run time from licensedcode-data.

The index is loaded once per session (from the user cache when warm; the first run on a
fresh machine builds it, which takes tens of seconds).
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licenseclass import TextClassification, classify_file, classify_text
from licenseclass.cli import main
from licenseclass.core.licensedcode import licensedcode_dir, scancode_licenses, split_front_matter
from licenseclass.core.registry import Registry
from licenseclass.errors import InputFileError, LicenseclassError
from licenseclass.textid.classify import MIN_CONFIDENCE, read_text_file
from licenseclass.textid.index import (
    Reference,
    TextIndex,
    build_index,
    load_index,
    user_references,
)
from licenseclass.textid.textnorm import normalise

FAMOUS = {
    "mit": "MIT",
    "mit-0": "MIT-0",
    "x11-xconsortium": "X11",
    "isc": "ISC",
    "bsd-zero": "0BSD",
    "bsd-simplified": "BSD-2-Clause",
    "bsd-new": "BSD-3-Clause",
    "bsd-original": "BSD-4-Clause",
    "apache-1.1": "Apache-1.1",
    "apache-2.0": "Apache-2.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "gpl-2.0": "GPL-2.0-only",
    "gpl-3.0": "GPL-3.0-only",
    "lgpl-2.1": "LGPL-2.1-only",
    "mpl-2.0": "MPL-2.0",
    "unlicense": "Unlicense",
    "zlib": "Zlib",
}
LOREM = [
    "orchard",
    "lantern",
    "quietly",
    "pebble",
    "marmalade",
    "horizon",
    "velvet",
    "thimble",
    "cascade",
    "biscuit",
    "meadow",
    "trombone",
    "saffron",
    "lighthouse",
    "pumpkin",
    "glacier",
    "whistle",
    "harbour",
    "tangerine",
]


@pytest.fixture(scope="session")
def index() -> TextIndex:
    return load_index()


def text_of(key: str) -> str:
    path = licensedcode_dir() / "licenses" / f"{key}.LICENSE"
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def ids(result: TextClassification) -> set[str]:
    return {m.id for m in result.matches}


def _sample_keys() -> list[tuple[str, str]]:
    """Famous licenses plus 200 random ones that identify as a license (not a clue)."""
    licenses = scancode_licenses()
    eligible = sorted(
        key
        for key, info in licenses.items()
        if not (info.is_deprecated or info.is_generic or info.is_exception) and info.text.strip()
    )
    picked = random.Random(2024).sample(eligible, 200)
    sample = dict(FAMOUS)
    sample.update({key: licenses[key].spdx_id for key in picked})
    return sorted(sample.items())


SAMPLE = _sample_keys()


# --------------------------------------------------------------------------- reference texts


def test_every_sampled_reference_text_is_identified_as_itself(index: TextIndex) -> None:
    wrong = []
    for key, spdx_id in SAMPLE:
        result = classify_text(text_of(key), index=index)
        full = [m for m in result.matches if m.id == spdx_id and m.confidence == 1.0]
        # ScanCode ships a few texts twice under two keys; the first key indexed wins then.
        twin = [m for m in result.matches if m.method == "exact" and m.confidence == 1.0]
        if not full and not (twin and _same_text(index, key, twin[0].reference)):
            wrong.append((key, spdx_id, sorted(ids(result))))
    assert not wrong


def _same_text(index: TextIndex, key: str, reference: str) -> bool:
    ref = index.names.index(reference)
    words = normalise(text_of(key)).split()
    vocab = index.vocab
    return [vocab.get(w, 0) for w in words] == list(index.ref_tokens(ref))


@pytest.mark.parametrize(("key", "spdx_id"), sorted(FAMOUS.items()))
def test_close_relatives_are_told_apart(index: TextIndex, key: str, spdx_id: str) -> None:
    result = classify_text(text_of(key), index=index)
    assert ids(result) == {spdx_id}
    assert result.matches[0].confidence == 1.0
    assert result.expression == spdx_id


# --------------------------------------------------------------------------- variants


def rewrapped(text: str, width: int = 47) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def markdown(text: str, title: str) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = [f"* {p}" if i % 3 == 1 else f"**{p[:20]}**{p[20:]}" for i, p in enumerate(paragraphs)]
    return f"# {title}\n\n" + "\n\n".join(body)


def with_copyright(text: str) -> str:
    return (
        "Copyright (c) 2031-2032 Somebody Else <else@example.org>\nAll rights reserved.\n\n" + text
    )


VARIANTS: dict[str, Callable[[str, str], str]] = {
    "rewrapped": lambda t, i: rewrapped(t),
    "upper-case": lambda t, _: t.upper(),
    "markdown": markdown,
    "copyright": lambda t, i: with_copyright(t),
    "comment": lambda t, i: "\n".join("# " + line for line in rewrapped(t, 70).split("\n")),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize(
    ("key", "spdx_id"),
    [
        ("mit", "MIT"),
        ("bsd-new", "BSD-3-Clause"),
        ("apache-2.0", "Apache-2.0"),
        ("mpl-2.0", "MPL-2.0"),
        ("isc", "ISC"),
        ("cc-by-4.0", "CC-BY-4.0"),
    ],
)
def test_variants_still_match(index: TextIndex, key: str, spdx_id: str, variant: str) -> None:
    text = VARIANTS[variant](text_of(key), spdx_id)
    result = classify_text(text, index=index)
    assert ids(result) == {spdx_id}
    assert all(m.confidence >= 0.9 for m in result.matches)


@pytest.mark.parametrize(("key", "spdx_id"), [("mit", "MIT"), ("bsd-new", "BSD-3-Clause")])
def test_many_unrelated_words_lower_the_confidence(
    index: TextIndex, key: str, spdx_id: str
) -> None:
    words = text_of(key).split()
    rng = random.Random(5)
    noisy: list[str] = []
    for word in words:
        noisy.append(word)
        noisy.extend(rng.choice(LOREM) for _ in range(rng.randint(0, 2)))
    result = classify_text(" ".join(noisy), index=index)
    assert all(m.confidence < 1.0 for m in result.matches if m.id == spdx_id)
    assert all(m.confidence >= MIN_CONFIDENCE for m in result.matches)


@pytest.mark.parametrize("key", ["cc-by-nc-4.0", "cc-by-nd-4.0"])
@pytest.mark.parametrize("variant", ["plain", "rewrapped", "truncated", "markdown", "upper"])
def test_non_open_look_alikes_are_never_their_open_sibling(
    index: TextIndex, key: str, variant: str
) -> None:
    text = text_of(key)
    if variant == "rewrapped":
        text = rewrapped(text, 60)
    elif variant == "truncated":
        text = text[: len(text) * 2 // 3]
    elif variant == "markdown":
        text = markdown(text, "Creative Commons")
    elif variant == "upper":
        text = text.upper()
    found = ids(classify_text(text, index=index))
    assert "CC-BY-4.0" not in found


def test_two_licenses_in_one_file_with_line_ranges(index: TextIndex) -> None:
    mit = "MIT License\n\nCopyright (c) 2024 Example\n\n" + text_of("mit").strip()
    mit_lines = mit.count("\n") + 1
    text = mit + "\n\n---\n\n" + text_of("apache-2.0")
    result = classify_text(text, index=index)
    assert ids(result) == {"MIT", "Apache-2.0"}
    by_id = {m.id: m for m in result.matches}
    assert by_id["MIT"].end_line <= mit_lines
    assert by_id["Apache-2.0"].start_line > mit_lines
    assert by_id["Apache-2.0"].end_line > by_id["Apache-2.0"].start_line + 100
    assert result.expression == "MIT AND Apache-2.0"


def test_a_file_repeating_a_license_reports_each_copy(index: TextIndex) -> None:
    bsd = rewrapped(text_of("bsd-new"))
    result = classify_text(bsd + "\n\nThird party code:\n\n" + bsd, index=index)
    assert [m.id for m in result.matches] == ["BSD-3-Clause", "BSD-3-Clause"]
    assert result.matches[0].end_line < result.matches[1].start_line


# --------------------------------------------------------------------------- notices, tags


def package_notice(expression: str, *phrases: str) -> str:
    """The shortest ScanCode notice rule of ``expression`` with every phrase, read at run time."""
    found = []
    for path in (licensedcode_dir() / "rules").glob(f"{expression}_*.RULE"):
        meta, text = split_front_matter(path.read_text(encoding="utf-8"))
        notice = meta.get("is_license_notice") == "yes"
        if (
            notice
            and meta.get("license_expression") == expression
            and all(p in text for p in phrases)
        ):
            found.append((len(text), path.name, text.strip()))
    assert found, f"no {expression} notice rule in licensedcode-data"
    return min(found)[2]


def in_comment(prefix: str, text: str) -> str:
    return "\n".join(f"{prefix} {line}".rstrip() for line in text.splitlines())


GPL_NOTICE = package_notice(
    "gpl-2.0-plus", "(at your option) any later version", "distributed in the hope"
)
APACHE_NOTICE = package_notice(
    "apache-2.0",
    "Licensed under the Apache License, Version 2.0",
    "apache.org/licenses/LICENSE-2.0",
    "limitations under the License",
)

C_SOURCE = (
    "/*\n * frobnicate.c - frobnicate the widgets\n * Copyright (C) 2019 Example Project\n"
    + in_comment(" *", GPL_NOTICE)
    + "\n */\n\n#include <stdio.h>\n\nint main(void) { return frobnicate(); }\n"
)

PY_SOURCE = (
    "# Copyright 2023 Example Authors\n#\n"
    + in_comment("#", APACHE_NOTICE)
    + "\n\nimport os\n\nprint(os.getcwd())\n"
)


def test_gpl_or_later_notice_in_a_c_file(index: TextIndex) -> None:
    result = classify_text(C_SOURCE, index=index)
    assert ids(result) == {"GPL-2.0-or-later"}
    match = result.matches[0]
    assert match.kind == "notice"
    assert match.start_line >= 4
    assert match.end_line <= 3 + len(GPL_NOTICE.splitlines())


def test_apache_notice_in_a_python_file(index: TextIndex) -> None:
    result = classify_text(PY_SOURCE, index=index)
    assert ids(result) == {"Apache-2.0"}
    assert result.matches[0].kind == "notice"
    assert result.verdict.level == "open"


def test_spdx_tags_are_parsed_as_expressions(index: TextIndex) -> None:
    text = "// SPDX-License-Identifier: MIT OR Apache-2.0\nint x;\n"
    text += "# spdx-license-identifier: GPL-2.0+\n"
    result = classify_text(text, index=index)
    assert [(m.id, m.kind, m.start_line) for m in result.matches] == [
        ("MIT", "tag", 1),
        ("Apache-2.0", "tag", 1),
        ("GPL-2.0-or-later", "tag", 3),
    ]
    assert result.expression == "(MIT OR Apache-2.0) AND GPL-2.0-or-later"


def test_license_named_after_a_licensing_phrase(index: TextIndex) -> None:
    result = classify_text("The weights are released under the Zlib license.\n", index=index)
    assert ids(result) == {"Zlib"}
    assert result.matches[0].kind in ("reference", "notice")
    result = classify_text(
        "Weights: released under the Blue Oak Model License 1.0.0.\n", index=index
    )
    assert ids(result) == {"BlueOak-1.0.0"}


def test_bare_reference_to_a_license_file_names_no_license(index: TextIndex) -> None:
    result = classify_text("See the LICENSE file in the project root for details.", index=index)
    assert result.matches == ()
    assert result.expression is None


@pytest.mark.parametrize(
    "text",
    [
        "Release notes\n\n- Fixed a crash when the cache folder is missing.\n- Faster start-up.\n",
        "def add(a, b):\n    return a + b\n",
        " ".join(random.Random(3).choice(LOREM) for _ in range(400)),
        "",
    ],
)
def test_text_that_is_not_a_license_matches_nothing(index: TextIndex, text: str) -> None:
    result = classify_text(text, index=index)
    assert result.matches == ()
    assert result.note == "no license found"
    assert result.verdict.level == "unknown"


# --------------------------------------------------------------------------- explanations


def test_explanation_names_the_reference_and_the_difference(index: TextIndex) -> None:
    text = re.sub(
        r"without\s+specific\s+prior\s+written\s+permission", "freely", text_of("bsd-new")
    )
    match = classify_text(text, explain=True, index=index).matches[0]
    assert match.id == "BSD-3-Clause"
    assert match.explanation is not None
    assert match.reference in match.explanation
    assert "- without specific prior written permission" in match.explanation
    assert "+ freely" in match.explanation
    assert classify_text(text, index=index).matches[0].explanation is None


# --------------------------------------------------------------------------- property


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from([key for key, _ in SAMPLE]))
def test_normalising_first_changes_nothing(index: TextIndex, key: str) -> None:
    text = text_of(key)
    assert classify_text(normalise(text), index=index) == classify_text(text, index=index)


# --------------------------------------------------------------------------- files and errors


def test_classify_file_reads_utf8_text(tmp_path: Path, index: TextIndex) -> None:
    path = tmp_path / "LICENSE"
    path.write_text(text_of("isc"), encoding="utf-8")
    assert ids(classify_file(path, index=index)) == {"ISC"}


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x7fELF\x00\x01\x02", "binary"), (b"caf\xe9 au lait", "not UTF-8")],
)
def test_unreadable_files_get_a_typed_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "blob"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        classify_file(path)


def test_huge_and_missing_files_get_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(InputFileError, match="too big"):
        read_text_file(path, max_bytes=1000)
    with pytest.raises(LicenseclassError, match="cannot be read"):
        classify_file(tmp_path / "absent.txt")
    with pytest.raises(InputFileError, match="folder"):
        classify_file(tmp_path)


def test_cli_prints_one_object_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: TextIndex
) -> None:
    good = tmp_path / "COPYING"
    good.write_text(text_of("mit"), encoding="utf-8")
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\x00\x00")
    assert main(["classify", str(good), str(bad), "--format", "json"]) == 2  # bad input
    out = json.loads(capsys.readouterr().out)
    assert [o["path"] for o in out] == [str(good), str(bad)]
    assert out[0]["expression"] == "MIT"
    assert out[0]["matches"][0]["id"] == "MIT"
    assert out[0]["verdict"]["level"] == "open"
    assert "binary" in out[1]["error"]
    assert main(["classify", str(good), "--explain"]) == 0
    assert "MIT" in capsys.readouterr().out


# --------------------------------------------------------------------------- user texts


def test_user_texts_beside_the_yaml_are_matched(tmp_path: Path) -> None:
    own = (
        "The Orchard Lantern License. You may read this software on Tuesdays, copy it onto "
        "paper, and lend it to a neighbour, provided that every copy keeps this sentence and "
        "the neighbour returns it within a fortnight of borrowing it from you."
    )
    (tmp_path / "LicenseRef-Orchard-Lantern.txt").write_text(own, encoding="utf-8")
    refs = [
        *user_references(Registry([tmp_path]).user_texts()),
        Reference("licenses/mit.LICENSE", "MIT", "text", 100, 0, False, text_of("mit")),
    ]
    small = build_index(refs)
    result = classify_text("Header\n\n" + own.upper() + "\n", index=small)
    assert [(m.id, m.start_line) for m in result.matches] == [("LicenseRef-Orchard-Lantern", 3)]
    assert ids(classify_text(text_of("mit"), index=small)) == {"MIT"}
    untitled = own.split(". ", 1)[1]  # a short text is known by its body, title or not
    assert ids(classify_text(untitled, index=small)) == {"LicenseRef-Orchard-Lantern"}


# --------------------------------------------------------------------------- names and notices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rule that stops at "CC BY-NC" must not hide the longer name.
        ("This repository is licensed under CC BY-NC-SA 4.0.", {"CC-BY-NC-SA-4.0"}),
        # A notice that names version 3 is no notice of an unversioned LGPL.
        (
            "This library is free software; you can redistribute it and/or modify it under "
            "the terms of the GNU Lesser General Public License version 3 as published by "
            "the Free Software Foundation.",
            {"LGPL-3.0-only"},
        ),
        # A copyright statement does not take the licensing sentence after it.
        ("Copyright 2020 Foo Corp. Licensed under the EUPL-1.2.", {"EUPL-1.2"}),
        ("This dataset is made available under the Open Data Commons Attribution License.",
         {"ODC-By-1.0"}),
    ],
)  # fmt: skip
def test_named_licenses_and_notices(index: TextIndex, text: str, expected: set[str]) -> None:
    assert ids(classify_text(text, index=index)) == expected


def test_a_generic_preamble_without_a_name_is_no_notice(index: TextIndex) -> None:
    text = (
        "This program is free software; you can redistribute it and/or modify it under the "
        "terms of the license described below.\n"
    )
    assert classify_text(text, index=index).matches == ()


def test_rewrapped_cjk_text_still_matches(index: TextIndex) -> None:
    key = "cc-by-sa-2.1-jp"
    text = text_of(key)
    joined = "".join(text.split())
    rewrapped_text = "\n".join(joined[i : i + 37] for i in range(0, len(joined), 37))
    assert ids(classify_text(rewrapped_text, index=index)) == {"CC-BY-SA-2.1-JP"}


def test_non_text_input_gets_a_typed_error(index: TextIndex) -> None:
    with pytest.raises(LicenseclassError, match="argument 'text' must be a str, not bytes"):
        classify_text(b"MIT License", index=index)  # type: ignore[arg-type]
