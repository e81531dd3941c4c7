"""How many frames of a ban or a kept use the clause reader reads, crossed with what they ban.

A limit has a frame ("You may not ...", "... is prohibited", "No ... of ... is permitted",
"... only for ...") and a content (an act, a purpose, a place, a class of persons). The frame
does not depend on the content, so a reader that reads a frame for one act but not another has
learnt a wording, not the frame. This benchmark crosses every frame of a table with every
content of its kind, puts each sentence in a small agreement (a title, a grant where the kind
needs one, a governing-law clause) and counts the sentences whose kind is read.

Tables (written for the eighteenth round, before its rules; none taken from a licence text):
- bans on acts: 37 frames x 16 acts (modify ... resell), on two objects;
- uses kept to a purpose: 20 frames x 14 purposes, and 14 frames of a barred purpose x 7;
- persons and places: territory, excluded persons, user and revenue thresholds, hosting;
- selling, outputs of a model, and uses of a model banned (field-of-use);
- bans listed under a lead-in: 12 lead-ins x 8 items x 6 marker styles;
- duties and terms: registration, terms the licensor may change, latest version, a later open
  licence, pass-through and use policies, each sentence said whole (41 sentences).

``--misses`` lists the sentences not read. "transfer" alone is no ban on sharing (the reader's
convention: "transfer the Software to your new computer"), so its cells stay unread by design.

    PYTHONPATH=src python benchmarks/bench_clause_frames.py [--misses]
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator

from licenseclass.clauses.analysis import analyze_text
from licenseclass.core.model import INFORMATIONAL_KINDS

AGREEMENT = (
    "Tallow Licence Agreement\n\n{grant}1. {text}\n\n"
    "2. This Agreement is governed by the laws of Ireland.\n"
)
MODEL_GRANT = "0. You may use, modify and distribute the Model.\n\n"

# (kind, verb, past participle, gerund, noun)
ACTS = (
    ("no-derivatives", "modify", "modified", "modifying", "modification"),
    ("no-derivatives", "alter", "altered", "altering", "alteration"),
    ("no-derivatives", "adapt", "adapted", "adapting", "adaptation"),
    ("no-derivatives", "translate", "translated", "translating", "translation"),
    ("no-derivatives", "edit", "edited", "editing", "editing"),
    ("no-derivatives", "change", "changed", "changing", "change"),
    ("no-redistribution", "distribute", "distributed", "distributing", "distribution"),
    ("no-redistribution", "redistribute", "redistributed", "redistributing", "redistribution"),
    ("no-redistribution", "share", "shared", "sharing", "sharing"),
    ("no-redistribution", "publish", "published", "publishing", "publication"),
    ("no-redistribution", "upload", "uploaded", "uploading", "uploading"),
    ("no-redistribution", "give away", "given away", "giving away", "giving away"),
    ("no-redistribution", "pass on", "passed on", "passing on", "passing on"),
    ("no-redistribution", "transfer", "transferred", "transferring", "transfer"),
    ("no-selling", "sell", "sold", "selling", "sale"),
    ("no-selling", "resell", "resold", "reselling", "resale"),
)
BAN_FRAMES = (
    "You may not {v} {o}.",
    "You must not {v} {o}.",
    "The Licensee shall not {v} {o}.",
    "You agree not to {v} {o}.",
    "You are not permitted to {v} {o}.",
    "You are prohibited from {g} {o}.",
    "You have no right to {v} {o}.",
    "You cannot {v} {o}.",
    "{O} may not be {p}.",
    "{O} must not be {p}.",
    "{O} shall not be {p} in any way.",
    "{O} is not to be {p}.",
    "{G} {o} is prohibited.",
    "{G} {o} is not allowed.",
    "{G} {o} is not permitted.",
    "{N} of {o} is prohibited.",
    "{N} of {o} is not permitted.",
    "Any {n} of {o} is strictly forbidden.",
    "No {n} of {o} is permitted.",
    "This licence does not permit you to {v} {o}.",
    "This licence does not give you the right to {v} {o}.",
    "No right to {v} {o} is granted.",
    "Nothing in this licence allows you to {v} {o}.",
    "You may use {o}, but you may not {v} it.",
    "You may use {o} but not {v} it.",
    "You may use {o}; {g} it is not allowed.",
    "Under no circumstances may you {v} {o}.",
    "In no event shall you {v} {o}.",
    "{O} may be used but may not be {p}.",
    "You will not {v} {o} without our written permission.",
    "You may not {v} {o} or any part of it.",
    "Do not {v} {o}.",
    "Please do not {v} {o}.",
    "It is forbidden to {v} {o}.",
    "It is not permitted to {v} {o}.",
    "{O} may not, in whole or in part, be {p}.",
    "Neither {o} nor any part of it may be {p}.",
)
KEPT_TO = {
    "non-commercial": (
        "non-commercial purposes",
        "non-commercial use",
        "personal, non-commercial use",
        "non-profit purposes",
    ),
    "research-only": (
        "research purposes",
        "academic research",
        "non-commercial research",
        "scientific research",
    ),
    "evaluation-only": (
        "evaluation purposes",
        "evaluation",
        "internal evaluation",
        "testing and evaluation",
    ),
    "non-production": (
        "non-production use",
        "development and testing in non-production environments",
    ),
}
KEPT_TO_FRAMES = (
    "You may use {o} only for {x}.",
    "{O} may be used only for {x}.",
    "{O} may be used for {x} only.",
    "{O} is licensed for {x} only.",
    "{O} is provided solely for {x}.",
    "Use of {o} is limited to {x}.",
    "You may use {o} for {x} and for no other purpose.",
    "You may not use {o} for anything other than {x}.",
    "{O} is for {x} only.",
    "The licence is granted solely for {x}.",
    "You may use {o} exclusively for {x}.",
    "Any use of {o} other than for {x} is prohibited.",
    "{O} may only be used for {x}.",
    "Use of {o} is restricted to {x}.",
    "Permission is granted to use {o} for {x} only.",
    "You may use {o} strictly for {x}.",
    "{O} is made available for {x} only.",
    "You are granted a licence to use {o} solely for {x}.",
    "{O} may be used for the purposes of {x} only.",
    "Use of {o} is permitted for {x} only.",
)
BARRED = {
    "non-commercial": (
        "commercial purposes",
        "any commercial purpose",
        "commercial gain",
        "profit",
    ),
    "non-production": ("production", "production use", "production environments"),
}
BARRED_FRAMES = (
    "You may not use {o} for {x}.",
    "{O} may not be used for {x}.",
    "Use of {o} for {x} is prohibited.",
    "You must not use {o} for {x}.",
    "You are prohibited from using {o} for {x}.",
    "{O} is not licensed for use for {x}.",
    "Use of {o} for {x} requires a separate licence.",
    "You agree not to use {o} for {x}.",
    "{O} shall not be used for {x}.",
    "Using {o} for {x} is not allowed.",
    "No licence is granted to use {o} for {x}.",
    "This licence does not permit use of {o} for {x}.",
    "You may use {o}, but not for {x}.",
    "You may not use {o}, in whole or in part, for {x}.",
)
# (kind, contents, frames); "{x}" is the content, "{X}" the same with a capital
OTHERS = (
    (
        "territory",
        ("Japan", "the European Union", "the United States", "Brazil", "Germany and Austria"),
        (
            "You may use the Software only in {x}.",
            "The Software may not be used outside {x}.",
            "Use of the Software is restricted to {x}.",
            "This licence is valid only in {x}.",
            "The licence covers use in {x} only.",
            "You may not use the Software in any country other than {x}.",
            "The Software may only be used within {x}.",
            "You may not take the Software outside {x}.",
            "Use of the Software outside {x} is not permitted.",
            "The Software is licensed for use in {x} and nowhere else.",
        ),
    ),
    (
        "excluded-persons",
        ("competitors of the Licensor", "government agencies", "military organisations"),
        (
            "The Software may not be used by {x}.",
            "{X} may not use the Software.",
            "This licence is not granted to {x}.",
            "Use of the Software by {x} is prohibited.",
            "No licence is granted to {x}.",
            "{X} are not permitted to use the Software.",
            "The licence does not extend to {x}.",
            "{X} are excluded from this licence.",
        ),
    ),
    (
        "user-threshold",
        ("100 users", "1,000 monthly active users", "one million users", "50 employees"),
        (
            "If you have more than {x}, you must obtain a commercial licence.",
            "This licence is limited to {x}.",
            "The Software may be used by no more than {x}.",
            "Use by organisations with more than {x} requires a commercial licence.",
            "The free licence covers up to {x}.",
            "Licensees with over {x} must purchase a licence.",
            "This licence does not apply to companies with more than {x}.",
        ),
    ),
    (
        "revenue-threshold",
        ("$1 million", "USD 5,000,000", "€10 million", "five million euros"),
        (
            "If your annual revenue exceeds {x}, you need a commercial licence.",
            "Companies with revenue over {x} must buy a licence.",
            "The Software is free for businesses with less than {x} in annual revenue.",
            "Organisations whose gross revenue is above {x} may not use the Software.",
            "This licence is available only to entities with annual turnover below {x}.",
        ),
    ),
    (
        "hosting-restriction",
        (
            "as a hosted service",
            "as software as a service",
            "on behalf of third parties",
            "as a managed cloud offering",
        ),
        (
            "You may not use the Software {x}.",
            "The Software may not be offered {x}.",
            "You may not make the Software available {x}.",
            "Use of the Software {x} is prohibited.",
            "You are not permitted to run the Software {x}.",
        ),
    ),
    (
        "no-selling",
        ("the Software", "the Fonts"),
        (
            "You may not charge a fee for {x}.",
            "{X} must be distributed free of charge.",
            "{X} may not be distributed for a fee.",
            "No fee may be charged for {x}.",
            "{X} may be redistributed only free of charge.",
            "You may not ask for payment for {x}.",
            "You may redistribute {x}, but you may not sell it.",
            "Selling {x} is not permitted.",
            "You may distribute {x} as long as you do not charge for it.",
        ),
    ),
    (
        "output-use",
        ("Outputs", "images generated by the Model", "content produced with the Model"),
        (
            "You may not use {x} for commercial purposes.",
            "{X} may not be used to train other models.",
            "{X} may be used for non-commercial purposes only.",
            "You may not sell {x}.",
            "Use of {x} in advertising is prohibited.",
            "{X} must be labelled as AI-generated.",
        ),
    ),
    (
        "field-of-use",
        ("develop weapons", "surveil individuals", "provide medical advice", "create malware"),
        (
            "You shall not use the Model to {x}.",
            "You agree not to use the Model to {x}.",
            "The Model must not be used to {x}.",
            "Use of the Model to {x} is prohibited.",
            "You may not use the Model or its outputs to {x}.",
            "You will not use, or allow others to use, the Model to {x}.",
            "You are not permitted to use the Model to {x}.",
        ),
    ),
)


# Duties and terms said in several frames, each sentence whole (read after a grant to use, copy,
# modify and distribute, so that nothing is read as left out of a grant).
DUTIES = {
    "registration": (
        "You must register the Software with the Licensor before using it.",
        "You must register before you download the Software.",
        "Use of the Software requires registration.",
        "You must obtain a licence key from the Licensor before using the Software.",
        "The Software may only be used after registration.",
        "Registration is required to use the Software.",
        "You must create an account to download the Software.",
        "You must notify the Licensor before distributing the Software.",
        "Before you use the Software in a product, you must inform the Licensor in writing.",
        "You must obtain the Licensor's written approval before publishing the Software.",
        "Access to the Model is granted only after your application is approved.",
        "You must fill in the request form to obtain the Dataset.",
    ),
    "revocable-terms": (
        "The Licensor may change these terms at any time.",
        "We reserve the right to modify this licence at any time without notice.",
        "The Licensor may revoke this licence at any time.",
        "This licence may be amended by the Licensor from time to time.",
        "The Licensor may update these terms, and your continued use means you accept them.",
        "These terms may change without notice.",
        "The Licensor can withdraw this licence whenever it chooses.",
    ),
    "latest-version": (
        "You must use the latest version of the Software.",
        "You must update to the most recent release within 30 days.",
        "You may only distribute the current version of the Model.",
        "You must install all updates provided by the Licensor.",
        "Older versions may no longer be used once a new version is released.",
    ),
    "delayed-open": (
        "Three years after release, each version becomes available under the MIT License.",
        "On the Change Date the Licensed Work will be made available under the Apache License 2.0.",
        "Each release will be relicensed under the GPL-3.0 four years after its publication.",
        "After 1 January 2030 the Software is licensed under the MIT License.",
        "This licence converts to the Apache License, Version 2.0, on the second anniversary of "
        "the release.",
    ),
    "pass-through": (
        "You must include these restrictions in any licence under which you distribute the "
        "Software.",
        "You must ensure that your customers comply with the restrictions of this licence.",
        "You must pass the use restrictions on to anyone who receives the Model from you.",
        "Any recipient of the Software must agree to terms at least as protective as these.",
        "You shall bind your end users to the same restrictions.",
        "You must require each sublicensee to comply with these terms.",
        "You must impose the same limitations on your distributors.",
    ),
    "acceptable-use-policy": (
        "Your use of the Software must comply with the Acceptable Use Policy.",
        "You must follow our Usage Policy.",
        "Use of the Software is subject to the Acceptable Use Policy, as updated from time to "
        "time.",
        "You agree to comply with the Licensor's usage guidelines.",
        "You may not use the Software in violation of our acceptable use policy.",
    ),
}
# Bans said as a list under a lead-in: every lead-in with every item, in six marker styles.
LIST_LEADS = (
    "You may not:",
    "You shall not:",
    "Licensee agrees not to:",
    "You agree that you will not:",
    "Except as expressly permitted in this Agreement, you may not:",
    "The following are prohibited:",
    "You must not, and must not permit others to:",
    "Without our written consent, you may not:",
    "You are not allowed to:",
    "Prohibited uses include:",
    "Restrictions. You may not",
    "You will not, directly or indirectly:",
)
LIST_ITEMS = (
    ("no-derivatives", "modify the Software"),
    ("no-redistribution", "distribute copies of the Software"),
    ("no-selling", "sell the Software"),
    ("non-commercial", "use the Software for commercial purposes"),
    ("territory", "use the Software outside Japan"),
    ("no-derivatives", "create derivative works of the Software"),
    ("hosting-restriction", "offer the Software as a hosted service"),
    ("field-of-use", "use the Software to develop weapons"),
)
LIST_MARKS = (
    ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"),
    ("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."),
    ("-",) * 8,
    ("*",) * 8,
    ("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)"),
    ("i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii."),
)
DUTY_GRANT = "0. You may use, copy, modify and distribute the Software.\n\n"


def _cap(words: str) -> str:
    return words[:1].upper() + words[1:]


def sentences() -> Iterator[tuple[str, str, str, str]]:
    """(table, kind, frame, sentence) for every cell of every table."""
    for (kind, v, p, g, n), o, frame in itertools.product(
        ACTS, ("the Software", "the Dataset"), BAN_FRAMES
    ):
        text = frame.format(v=v, p=p, g=g, n=n, o=o, O=_cap(o), G=_cap(g), N=_cap(n))
        yield "bans on acts", kind, frame, text
    objects = ("the Software", "the Dataset")
    for (kind, purposes), o, frame in itertools.product(KEPT_TO.items(), objects, KEPT_TO_FRAMES):
        for x in purposes:
            yield "uses kept to a purpose", kind, frame, frame.format(x=x, o=o, O=_cap(o))
    for (kind, purposes), o, frame in itertools.product(BARRED.items(), objects, BARRED_FRAMES):
        for x in purposes:
            yield "uses barred from a purpose", kind, frame, frame.format(x=x, o=o, O=_cap(o))
    for kind, contents, frames in OTHERS:
        for x, frame in itertools.product(contents, frames):
            yield kind, kind, frame, frame.format(x=x, X=_cap(x))
    for kind, said in DUTIES.items():
        for sentence in said:
            yield "duties and terms", kind, sentence, sentence


def _grant(table: str, kind: str, sentence: str) -> str:
    if table == "duties and terms":
        return DUTY_GRANT
    return MODEL_GRANT if "Model" in sentence and kind == "field-of-use" else ""


def lists() -> Iterator[tuple[str, tuple[str, ...]]]:
    """(lead-in, marks) and the whole text of a list under it, for every lead-in and style."""
    for lead, marks in itertools.product(LIST_LEADS, LIST_MARKS):
        items = "\n".join(
            f"{mark} {item};" for mark, (_, item) in zip(marks, LIST_ITEMS, strict=True)
        )
        yield (
            (
                "Tallow Licence Agreement\n\n1. You may use the Software.\n\n"
                f"2. {lead}\n\n{items}\n\n3. This Agreement is governed by the laws of Ireland.\n"
            ),
            marks,
        )


def read(table: str, kind: str, sentence: str) -> bool:
    grant = _grant(table, kind, sentence)
    found = analyze_text(AGREEMENT.format(grant=grant, text=sentence)).license.restrictions
    kinds = {str(r.kind) for r in found if r.kind not in INFORMATIONAL_KINDS}
    # (a ban on selling may be read as one on sharing, which holds selling too)
    return kind in kinds or (kind == "no-selling" and "no-redistribution" in kinds)


def main(argv: list[str]) -> int:
    totals: dict[str, list[int]] = {}
    misses: list[str] = []
    for table, kind, _, sentence in sentences():
        ok = read(table, kind, sentence)
        cell = totals.setdefault(table, [0, 0])
        cell[0] += int(ok)
        cell[1] += 1
        if not ok:
            misses.append(f"  {table:26} {sentence}")
    for text, marks in lists():
        listed = analyze_text(text).license.restrictions
        kinds = {str(r.kind) for r in listed if r.kind not in INFORMATIONAL_KINDS}
        cell = totals.setdefault("bans listed under a lead-in", [0, 0])
        for kind, item in LIST_ITEMS:
            ok = kind in kinds or (kind == "no-selling" and "no-redistribution" in kinds)
            cell[0] += int(ok)
            cell[1] += 1
            if not ok:
                misses.append(f"  {'listed':26} {text.split(chr(10))[4]} / {marks[0]} {item}")
    for table, (read_right, count) in totals.items():
        print(f"{table:28} {read_right:5} of {count:5} read")
    print(
        f"{'all':28} {sum(c[0] for c in totals.values()):5} of "
        f"{sum(c[1] for c in totals.values()):5} read"
    )
    if "--misses" in argv:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
