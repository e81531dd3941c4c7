"""Silence on change judged part by part in a file of several notices.

A packaging file often sets one work's notice after another ("For the Kana fonts (files
fhirw*):", rules between them) and adds the packager's remarks. One work's "you may modify"
gives nothing for another, and a remark such as "if this changes, write to us" is no term of
the work, so a part that lets its work be copied and shared and never speaks of changing keeps
changes back, as a whole text of that kind does. The files are invented, each in the shape of
the Debian copyright files the rule was written from.
"""

from __future__ import annotations

from licenseclass.clauses.analysis import analyze_text
from licenseclass.clauses.rules import SILENT_ON_CHANGE
from licenseclass.clauses.sentences import section_starts

OPEN_PART = """\
For the Serif fonts (files srf*):

% Copyright 1990 Example Type Ltd.
% Permission is granted to use, copy, modify and distribute the Serif fonts for any
% purpose, provided that this notice is kept on all copies.
"""

SHARED_PART = """\
For the Kana fonts (files kana*):

% These copyrighted fonts were drawn by A. Person. Permission is granted to freely
% distribute them in entirety along with this statement. This is shareware; if you use
% them please send a postcard.
"""

REMARKS = """\
----------

The packager notes that the author may relicense this work one day. If this changes,
the package will move to main.
"""

NOTICE = """\
Copyright (C) 1994 A. Person.

Permission is hereby granted to copy, reproduce or redistribute this program as long as
this notice is included in any copy made. The author makes no claims as to its fitness.

"""


def _silent_limits(text: str) -> list[int]:
    analysis = analyze_text(text)
    return [
        r.evidence[0].start_line
        for r in analysis.license.restrictions
        if r.kind == "no-derivatives" and r.note == SILENT_ON_CHANGE
    ]


def test_the_parts_start_at_lead_ins_and_rules() -> None:
    text = OPEN_PART + "\n" + SHARED_PART + "\n" + REMARKS
    lines = text.split("\n")
    starts = section_starts(text)
    assert [lines[n - 1] for n in starts] == [
        "For the Serif fonts (files srf*):",
        "For the Kana fonts (files kana*):",
        "",  # the line after a rule
    ]
    # an underlined heading opens its part at the heading
    assert section_starts("intro\n\nLicense\n-------\nbody\n") == (3,)
    # a lead-in of a license's own definitions names no files: no part
    assert section_starts("intro\n\nFor the purposes of this License:\n\nbody\n") == ()


def test_a_part_silent_on_change_keeps_changes_back_beside_an_open_part() -> None:
    text = OPEN_PART + "\n" + SHARED_PART
    # the Kana grant (its sentence starts on line 9) is read; the Serif grant gives modify for
    # its own part only
    assert _silent_limits(text) == [9]
    assert analyze_text(text).verdict.level == "restricted"


def test_a_packagers_remark_after_a_rule_does_not_speak_for_the_notice() -> None:
    assert _silent_limits(NOTICE + REMARKS) == [3]
    # without the rule the remark's "changes" is read as part of one text: no limit
    assert _silent_limits(NOTICE + REMARKS.replace("----------\n", "")) == []


def test_parts_that_speak_of_change_or_point_elsewhere_limit_nothing() -> None:
    changed = SHARED_PART.replace("distribute them in entirety", "distribute and adapt them")
    assert _silent_limits(OPEN_PART + "\n" + changed) == []
    boxed = (
        "Copyright (c) 1999 Example Corp.\n\n"
        + "-" * 60
        + "\nFor a license to use or redistribute the software under conditions other than\n"
        "those described below, contact Example Corp. Offers are made case by case.\n"
        + "-"
        * 60
        + "\n\n1. You may use, copy, modify and distribute the software, in source or binary\n"
        "form, provided this notice is kept.\n"
    )
    assert _silent_limits(boxed) == []
    # one part alone is the whole text, read as before
    assert section_starts(SHARED_PART.split("\n", 2)[2]) == ()


def test_classify_text_reads_an_unexplained_region_part_by_part() -> None:
    # An identified MIT text, then two short notices that no catalogued text explains. The
    # Kana part lets its fonts be shared and never speaks of changing them: restricted, at its
    # grant's line. The SWIG-style part needs no license at all ("without license or fee"),
    # and "this copyright message remains intact" keeps the notice whole, not the work.
    from licenseclass import classify_text
    from licenseclass.core.licensedcode import scancode_licenses

    mit = scancode_licenses()["mit"].text.strip()
    swig = (
        "----------\n\n"
        "The following notice applies to the generated code in gen/wrap.c:\n\n"
        "   Copyright (C) 1999 Example University\n\n"
        "   This file may be freely redistributed without license or fee\n"
        "   provided this copyright message remains intact.\n"
    )
    base = f"For the program (files src/*):\n\n{mit}\n\n"
    found = classify_text(base + swig)
    assert "MIT" in {m.id for m in found.matches}
    assert found.verdict.level == "open"
    text = base + SHARED_PART
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    (reason,) = [r for r in found.verdict.reasons if r.kind == "no-derivatives"]
    lines = text.split("\n")
    grant = next(n for n, line in enumerate(lines) if "Permission is granted to freely" in line)
    assert reason.evidence[0].start_line == grant + 1


def test_a_docstrings_underlined_headings_are_no_notices() -> None:
    # numpy-style headings are rule-underlined, so they make parts; none of them is a notice,
    # so none is read for limits even where its words grant and limit something
    from licenseclass import classify_text
    from licenseclass.core.licensedcode import scancode_licenses

    header = "\n".join(f"# {line}".rstrip() for line in scancode_licenses()["mit"].text.split("\n"))
    prose = " ".join(f"Step {n} rescales the {n}th axis of the array in place." for n in range(40))
    module = (
        f"{header}\n\n"
        'def scale(x, factor):\n    """Scale a value.\n\n'
        f"    {prose}\n\n"
        "    Notes\n    -----\n"
        "    You may copy the array to other workers, but it may be used only for internal\n"
        "    purposes of the caller.\n\n"
        f'    Returns\n    -------\n    {prose}\n    """\n'
        "    return x * factor\n"
    )
    found = classify_text(module)
    assert {m.id for m in found.matches} == {"MIT"}
    assert found.verdict.level == "open"
