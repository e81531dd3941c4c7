"""Edits of a permissive license's grant: a word or two changed, read against the reference.

Every case is built at run time from a licensedcode-data text with one edit. Read alone, each
edited grant still grants; beside the reference's own grant the edit is a limit (a revocable
grant, a price, fewer grantees, selling or sharing left out), and the verdict says so with the
line. Harmless edits of the same grants (a wider grantee, a reworded "free of charge") keep the
copy open.
"""

from __future__ import annotations

import pytest

from licenseclass import classify_text
from licenseclass.core.licensedcode import scancode_licenses


def text_of(key: str) -> str:
    return scancode_licenses()[key].text


def edited(key: str, old: str, new: str) -> str:
    text = text_of(key)
    assert old in text, (key, old)
    return text.replace(old, new, 1)


def line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


LIMITING = [
    # (key, old, new, kind of the limit, words on the evidence line)
    (
        "apache-2.0",
        "royalty-free, irrevocable",
        "royalty-free, revocable",
        "revocable-terms",
        "revocable",
    ),
    ("mit", "free of charge", "for a fee of 10 USD", "other", "for a fee"),
    ("mit", "free of charge", "upon payment of the license fee", "other", "upon payment"),
    ("isc", "with or without fee", "for a fee of EUR 50", "other", "for a fee"),
    (
        "mit",
        "to any person obtaining",
        "to any natural person obtaining",
        "excluded-persons",
        "natural person",
    ),
    (
        "mit",
        "to any person obtaining",
        "to any non-profit organisation obtaining",
        "excluded-persons",
        "non-profit",
    ),
    (
        "zlib",
        "Permission is granted to anyone",
        "Permission is granted to students",
        "excluded-persons",
        "students",
    ),
    ("mit", "sublicense, and/or sell", "and/or sublicense", "no-selling", "merge, publish"),
    ("mit", "free of charge", "subject to a yearly subscription", "other", "yearly subscription"),
    ("apache-2.0", "grants to You a perpetual,", "grants to You a one-year,", "other", "one-year"),
    (
        "mit",
        "in the Software without restriction",
        "in the Software for personal purposes",
        "field-of-use",
        "for personal purposes",
    ),
    (
        "isc",
        "for any purpose",
        "for any purpose other than military use",
        "field-of-use",
        "for any purpose other",
    ),
    (
        "isc",
        "is hereby granted,",
        "is hereby granted within the Republic of Ireland,",
        "territory",
        "within the Republic",
    ),
    (
        "bsd-new",
        "Redistribution and use",
        "Subject to withdrawal by the authors at any time, redistribution and use",
        "revocable-terms",
        "withdrawal",
    ),
    (
        "zlib",
        "redistribute it freely,",
        "redistribute it freely until the end of 2030,",
        "other",
        "until the end",
    ),
    (
        "postgresql",
        "Permission to use",
        "Permission for students and teachers to use",
        "excluded-persons",
        "for students",
    ),
    # a grantee where the reference names none, a purpose put in place of "any purpose", words
    # put into a grant that scope it, a price by purchase, a place
    (
        "isc",
        "is hereby granted,",
        "is hereby granted to members of the Example Users Guild,",
        "excluded-persons",
        "to members of",
    ),
    ("postgresql", "for any purpose", "for classroom teaching", "field-of-use", "for classroom"),
    (
        "bsd-new",
        "Redistribution and use",
        "Redistribution and use, solely where no money changes hands,",
        "non-commercial",
        "solely where",
    ),
    (
        "bsd-new",
        "are permitted provided",
        "are permitted once a developer seat has been purchased, provided",
        "other",
        "purchased",
    ),
    (
        "mit",
        "to any person obtaining",
        "to any person living in Portugal obtaining",
        "territory",
        "Portugal",
    ),
    (
        "zlib",
        "Permission is granted",
        "Permission, which the author can cancel whenever he likes, is granted",
        "revocable-terms",
        "Permission, which",
    ),
    (
        "x11",
        "to deal in the Software",
        "to deal in the Software for classroom teaching",
        "field-of-use",
        "for classroom",
    ),
    (
        "isc",
        "is hereby granted,",
        "is hereby granted for use within your own company,",
        "no-redistribution",
        "within your own",
    ),
]


@pytest.mark.parametrize(("key", "old", "new", "kind", "evidence"), LIMITING)
def test_an_edit_of_the_grant_limits(
    key: str, old: str, new: str, kind: str, evidence: str
) -> None:
    text = edited(key, old, new)
    found = classify_text(text)
    assert found.verdict.level == "restricted", found.verdict.reasons
    reasons = [r for r in found.verdict.reasons if r.kind == kind]
    assert reasons, [r.kind for r in found.verdict.reasons]
    lines = {e.start_line for r in reasons for e in r.evidence}
    assert line_of(text, evidence) in lines
    assert found.variant is not None and kind in found.variant.added_kinds
    # the untouched text is open
    assert classify_text(text_of(key)).verdict.level == "open"


def test_a_bsd_grant_without_redistribution_grants_no_sharing() -> None:
    text = edited("bsd-new", "Redistribution and use in source", "Use in source")
    found = classify_text(text)
    assert found.verdict.level == "restricted"
    assert found.variant is not None and found.variant.dropped_rights == ("share",)


def test_a_zlib_grant_that_withholds_changes_and_sharing_is_closed() -> None:
    text = edited(
        "zlib", "and to alter it and redistribute it", "but not to alter it or redistribute it"
    )
    found = classify_text(text)
    assert found.verdict.level == "closed"
    assert found.variant is not None and set(found.variant.dropped_rights) == {"modify", "share"}


def test_an_isc_grant_of_use_and_copy_alone_is_closed() -> None:
    # ISC is matched as one of ScanCode's rules; the copy is compared with the ISC text
    text = edited("isc", "use, copy, modify, and/or distribute", "use and copy")
    found = classify_text(text)
    assert found.verdict.level == "closed"
    assert found.variant is not None and set(found.variant.dropped_rights) == {"modify", "share"}


HARMLESS = [
    ("mit", "to any person obtaining", "to any person or entity obtaining"),
    ("mit", "to any person obtaining", "to anyone obtaining"),
    ("apache-2.0", "grants to You a perpetual", "grants to You and Your affiliates a perpetual"),
    ("zlib", "to anyone to use", "to everyone to use"),
    ("mit", "free of charge", "at no cost"),
    ("isc", "with or without fee", "with or without fee (you may charge a fee)"),
    ("mit", "sublicense, and/or sell", "sublicense, sell and/or rent"),
    ("bsd-new", "are permitted provided", "is permitted provided"),
    ("apache-2.0", "royalty-free, irrevocable", "royalty-free, irrevocable (except as stated)"),
    ("isc", "for any purpose", "for any purpose whatsoever"),
    ("mit", "without restriction", "without restriction of any kind"),
    ("isc", "for any purpose", "for any purpose, in any country"),
    ("mit", "free of charge", "free of charge, forever"),
    ("zlib", "to anyone", "to anyone at all, whoever they are,"),
    ("bsd-new", "with or without modification", "whether modified or not"),
    ("isc", "is hereby granted,", "is hereby granted to anybody at all,"),
    ("mit", "free of charge", "free of charge (no fee of any kind)"),
    ("apache-2.0", "a perpetual,", "a perpetual (it does not expire),"),
    (
        "bsd-new",
        "are permitted provided",
        "are permitted, subject only to the conditions below, provided",
    ),
    (
        "apache-2.0",
        "royalty-free, irrevocable",
        "royalty-free (You owe no royalties, even on commercial use), irrevocable",
    ),
    # misspelt rights are still granted; "whatever purpose" is any purpose; "without fee" said
    # inside a purpose is no price
    ("mit", "copy, modify, merge", "copy, modifiy, merge"),
    ("bsd-new", "Redistribution and use in source", "Re-distribution and usage in source"),
    ("zlib", "for any purpose", "for whatever purpose"),
    ("mit", "to use, copy,", "to use (commercially or not), copy,"),
]


@pytest.mark.parametrize(("key", "old", "new"), HARMLESS)
def test_a_harmless_edit_of_the_grant_stays_open(key: str, old: str, new: str) -> None:
    found = classify_text(edited(key, old, new))
    assert found.verdict.level == "open", found.verdict.reasons


def test_words_put_inside_a_whole_text_are_compared_with_its_grant() -> None:
    # The matcher finds the whole MIT text (confidence 1.0) with five words no reference
    # explains inside it; the copy is still compared with MIT's grant.
    text = edited(
        "mit", "Permission is hereby granted", "Until the end of 2031, permission is hereby granted"
    )
    found = classify_text(text)
    assert [m.confidence for m in found.matches] == [1.0]
    assert found.unexplained and found.unexplained[0].start_line == 2
    assert found.verdict.level == "restricted"
    assert found.variant is not None
    assert [r.kind for r in found.variant.grant_limits] == ["other"]
    assert found.variant.grant_limits[0].evidence[0].start_line == 2


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        (
            "Permission, which the author may revoke at any time, is hereby granted",
            "revocable-terms",
        ),
        ("Permission, for non-commercial purposes only, is hereby granted", "non-commercial"),
    ],
)
def test_words_put_inside_a_whole_text_notice_rule_are_compared(new: str, kind: str) -> None:
    # With its first words edited the MIT text is found as one of ScanCode's notice rules that
    # holds the whole MIT body, not as the MIT text: the copy is compared with MIT's text all
    # the same.
    text = edited("mit", "Permission is hereby granted", new)
    found = classify_text(text)
    assert [m.kind for m in found.matches] == ["notice"]
    assert found.verdict.level == "restricted", found.verdict.reasons
    assert found.variant is not None and found.variant.base_id == "MIT"
    assert [r.kind for r in found.variant.grant_limits] == [kind]
    assert found.variant.grant_limits[0].evidence[0].start_line == line_of(text, new)


def test_a_harmless_aside_inside_a_whole_text_notice_rule_stays_open() -> None:
    aside = "Permission (as set out here) is hereby granted"
    found = classify_text(edited("mit", "Permission is hereby granted", aside))
    assert found.verdict.level == "open", found.verdict.reasons


ROUND24_LIMITING = [
    # (key, old, new, kind)
    ("mit", "to any person obtaining", "to any individual obtaining", "excluded-persons"),
    (
        "bsd-new",
        "Redistribution and use in",
        "Redistribution and use for academic research in",
        "research-only",
    ),
    (
        "apache-2.0",
        "grants to You a perpetual",
        "grants to You (other than government bodies) a perpetual",
        "excluded-persons",
    ),
    (
        "zlib",
        "Permission is granted to anyone",
        "Until the end of 2029, permission is granted to anyone",
        "other",
    ),
    (
        "postgresql",
        "Permission to use",
        "Permission for schools and charities to use",
        "excluded-persons",
    ),
    (
        "postgresql",
        "documentation for any purpose",
        "documentation on test servers (never in production) for any purpose",
        "non-production",
    ),
]


@pytest.mark.parametrize(("key", "old", "new", "kind"), ROUND24_LIMITING)
def test_an_edit_of_the_grant_limits_round24(key: str, old: str, new: str, kind: str) -> None:
    text = edited(key, old, new)
    found = classify_text(text)
    assert found.verdict.level == "restricted", found.verdict.reasons
    assert kind in {r.kind for r in found.verdict.reasons}, [r.kind for r in found.verdict.reasons]


@pytest.mark.parametrize(
    ("key", "old", "new"),
    [
        (
            "mit",
            "without restriction,",
            "without restriction, commercial and non-commercial alike,",
        ),
        ("isc", "Permission to use", "Permission for everyone to use"),
        (
            "apache-2.0",
            "royalty-free, irrevocable",
            "royalty-free, irrevocable (it cannot be revoked)",
        ),
        ("zlib", "for any purpose,", "for any purpose, not just for study,"),
        ("postgresql", "for any purpose,", "for any purpose (commercial, academic or otherwise),"),
    ],
)
def test_a_harmless_edit_of_the_grant_stays_open_round24(key: str, old: str, new: str) -> None:
    found = classify_text(edited(key, old, new))
    assert found.verdict.level == "open", found.verdict.reasons


@pytest.mark.parametrize(
    ("key", "old", "new"),
    [
        ("apache-2.0", "worldwide, non-exclusive,", "worldwide, non-exclusive, non-commercial,"),
        ("postgresql", "for any purpose,", "for non-commercial purposes,"),
    ],
)
def test_a_restricting_word_put_into_a_whole_text_is_read_not_refused(
    key: str, old: str, new: str
) -> None:
    # The matcher refuses the text as its license (a restricting phrase the reference lacks);
    # the pieces other references match inside it are no answer either. The text is compared
    # with the license it was refused as, and the phrase limits the verdict.
    found = classify_text(edited(key, old, new))
    base = classify_text(text_of(key))
    assert found.verdict.level == "restricted", found.verdict.reasons
    assert "non-commercial" in {r.kind for r in found.verdict.reasons}
    assert set(found.ids) <= set(base.ids)
    assert found.variant is not None and found.variant.base_id == base.ids[0]


@pytest.mark.parametrize(
    ("key", "old", "new", "ids"),
    [
        # Refused as CC BY for "non-commercial", the CC BY-NC text, nearly all of it found, is
        # a relative rather than a piece: it stays.
        (
            "cc-by-4.0",
            "a worldwide, royalty-free",
            "a worldwide, non-commercial, royalty-free",
            ("CC-BY-NC-4.0",),
        ),
        # Refused as MPL-2.0, the text's own Exhibit B ("Incompatible With Secondary Licenses",
        # quoted as a template) does not make it the no-copyleft variant.
        (
            "mpl-2.0",
            "a world-wide, royalty-free",
            "a world-wide, non-commercial, royalty-free",
            ("MPL-2.0",),
        ),
    ],
)
def test_a_whole_text_refused_for_a_restricting_word_keeps_the_right_id(
    key: str, old: str, new: str, ids: tuple[str, ...]
) -> None:
    found = classify_text(edited(key, old, new))
    assert found.ids == ids
    assert found.verdict.level == "restricted"


def test_a_limit_read_twice_at_one_line_is_said_once() -> None:
    # The clause rules and the comparison with BSD's grant both read the edit at line 2.
    text = edited(
        "bsd-new", "Redistribution and use in", "Redistribution and non-commercial use in"
    )
    reasons = [r for r in classify_text(text).verdict.reasons if r.kind == "non-commercial"]
    assert [e.start_line for r in reasons for e in r.evidence] == [line_of(text, "non-commercial")]
