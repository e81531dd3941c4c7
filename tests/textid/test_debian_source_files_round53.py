"""More source files of Debian's upstream tarballs: no false alarms.

The fifty-third round's third sweep of upstream tarballs (192 tarballs of Debian 12's main
archive, drawn with a seed no earlier sample used) found ordinary files called restricted:

- X11 BDF fonts, whose comment lines open with the keyword ``COMMENT``: the leader was compared
  as a word of the license, so "in COMMENT association" read as a territory;
- a Perl module's "SEE ALSO perl(1)" read as the name of ScanCode's Perl 1.0 license, and a
  change log's "JSON::XS" as the JSON license;
- the GNU FDL in Texinfo, whose sample notice marks its placeholders ``@var{year}``: the year
  read as a grant that lasts a limited time, and "granted to copy" as a grant to one grantee;
- a SECURITY.md's "Only the most recent release is supported" read as a duty to keep to the
  latest version;
- a struct member's remark ``/* Internal, do not modify */`` below an MIT header read as a ban
  on changes;
- a LICENSES file's note that "The MIT License only applies to all CSS and LESS files in the
  following directories" read as a limit.

Each file is built here from licensedcode-data's texts, with a control beside it.
"""

from __future__ import annotations

from licenseclass import classify_text
from licenseclass.clauses.additions import added_limits
from licenseclass.core.licensedcode import scancode_licenses


def _license(key: str) -> str:
    return scancode_licenses()[key].text.strip()


def _mit_with(addition: str) -> str:
    return f"Copyright (c) 2021 Example Corp.\n\n{_license('mit')}\n\n{addition}\n"


def test_bdf_font_comment_lines_hold_an_unedited_license() -> None:
    notice = _license("x11-adobe-dec")
    lines = ["STARTFONT 2.1", "FONT -Adobe-Helvetica-Bold-R-Normal--10-100-75-75-P-60-ISO8859-1"]
    lines += ["COMMENT  Copyright 1984-1989, 1994 Adobe Systems Incorporated.", "COMMENT"]
    lines += [f"COMMENT  {line}".rstrip() for line in notice.split("\n")]
    lines += ["STARTPROPERTIES 2", 'FOUNDRY "Adobe"', "ENDPROPERTIES", "CHARS 0", "ENDFONT"]
    found = classify_text("\n".join(lines) + "\n")
    assert [m.id for m in found.matches] == ["LicenseRef-scancode-x11-adobe-dec"]
    assert found.verdict.level == "open"


def test_a_manual_page_and_a_module_name_are_no_license_names() -> None:
    assert classify_text("=head1 SEE ALSO\n\nperl(1)\n").matches == ()
    change = (
        "4.02  Mon Jan 1 2018\n    - X.YY is the same as JSON::XS. ZZZ is the PP own version.\n"
    )
    assert classify_text(change).matches == ()
    # the names said as licenses still count
    assert [m.id for m in classify_text("Licensed under Perl 1.0\n").matches] == [
        "LicenseRef-scancode-perl-1.0"
    ]
    assert [m.id for m in classify_text("Released under the JSON license.\n").matches] == ["JSON"]


def test_the_fdl_in_texinfo_is_the_fdl() -> None:
    text = _license("gfdl-1.1")
    start = text.index("      Copyright (c)  YEAR  YOUR NAME.")
    end = text.index('Free Documentation License".', start) + len('Free Documentation License".')
    sample = [line.strip() for line in text[start:end].split("\n")]
    sample[0] = "Copyright (C)  @var{year}  @var{your name}."
    texinfo = ["@smallexample", "@group", *sample, "@end group", "@end smallexample"]
    found = classify_text(text[:start] + "\n".join(texinfo) + text[end:])
    assert [m.id for m in found.matches] == ["GFDL-1.1-only"]
    assert found.verdict.level == "open"


def test_which_release_is_supported_is_no_duty_to_upgrade() -> None:
    policy = (
        "# Security Policy\n\n## Supported releases\n\n"
        "- Only the most recent current release is **_SUPPORTED_**.\n\n"
        "```text\n" + _license("mit").split("THE SOFTWARE IS PROVIDED")[1] + "\n```\n"
    )
    assert classify_text(policy).verdict.level != "restricted"
    duty = _mit_with("The licensee must use only the most recent release of the Software.")
    assert classify_text(duty).verdict.level == "restricted"


def test_a_remark_beside_a_line_of_code_is_no_term() -> None:
    body = "Copyright (c) 2013 Example Corp.\n\n" + _license("mit")
    header = "/*\n * cfg.h\tElement Configuration\n *\n"
    header += "".join(f" * {line}".rstrip() + "\n" for line in body.split("\n")) + " */\n"
    code = (
        "\n#ifndef CFG_H\n#define CFG_H\n\n#include <cfg/base.h>\n\n"
        "#define CFG_SHOW\t(1 << 0)\n#define CFG_HIDE\t(1 << 1)\n\nstruct element_cfg\n{\n"
        "\tchar *\t\t\tec_name;\t/* Name of element config */\n"
        "\tunsigned int\t\tec_flags;\t/* Flags */\n\n"
        "\tstruct list_head\tec_list;\t/* Internal, do not modify */\n"
        "\tint\t\t\tec_refcnt;\t/* Internal, do not modify */\n};\n\n"
        "extern struct element_cfg *\telement_cfg_alloc(const char *);\n"
        "extern void\t\t\telement_cfg_free(struct element_cfg *);\n\n#endif\n"
    )
    assert classify_text(header + code).verdict.level == "open"
    # a line of its own that limits the work still does
    limited = header.replace(
        " */\n", " *\n * This software may be used for non-commercial purposes only.\n */\n"
    )
    assert classify_text(limited + code).verdict.level == "restricted"


def test_which_files_a_license_covers_is_no_limit() -> None:
    reach = (
        "The MIT License only applies to all CSS and LESS files in the following "
        "directories: css/, less/, and scss/."
    )
    assert added_limits(reach, 1) == []
    assert classify_text(_mit_with(reach)).verdict.level == "open"
    # a limit in another part of the same note still counts
    both = "The license only applies to the CSS files; the fonts may not be sold."
    assert [r.kind for r in added_limits(both, 1)] == ["no-selling"]
    # a limit said of the license's use is still one
    assert [
        r.kind for r in added_limits("This license applies only to non-commercial use.", 1)
    ] == ["non-commercial"]


def test_a_list_goes_on_only_from_a_name() -> None:
    # "the same as" is a licensing phrase, but no license was named after it, so "and script"
    # joins nothing (ScanCode knows a "Script# License")
    remark = (
        "/*\n * XXX not the same as AT&T ksh, which only seems to set $_\n"
        " * after a newline (but not in functions/dot scripts, but in\n"
        " * interactive and script) - perhaps save last arg here.\n */\n"
    )
    assert classify_text(remark).matches == ()
    listed = "Released under the Artistic License 2.0, the simplified BSD license, and MIT."
    assert {m.id for m in classify_text(listed).matches} == {"Artistic-2.0", "BSD-2-Clause", "MIT"}


def test_a_note_on_options_below_a_license_is_no_term() -> None:
    options = "/* do not use options -H, -S or -a or change the order */"
    assert added_limits(options, 1) == []
    header = "/*-\n" + "".join(f" * {line}".rstrip() + "\n" for line in _license("mit").split("\n"))
    table = "\n".join(
        f'FN({name}, "{name}", {n})' for n, name in enumerate(["cpu", "fsize", "core"])
    )
    assert classify_text(f"{header} */\n\n{options}\n\n{table}\n").verdict.level == "open"
    assert [r.kind for r in added_limits("Do not change the software.", 1)] == ["no-derivatives"]
