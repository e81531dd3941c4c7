"""What a grant lets the licensee pass on, read from who or what the sharing verb is about.

Each case is a short set of terms written here, with a control beside it that differs only in
the point at issue. The kinds of text come from the clause benchmark's tuning parts (ScanCode
rule texts: a logo licence, a protocol licence, font EULAs, a specification licence, a printer
driver notice).
"""

from __future__ import annotations

from licenseclass import analyze_text

_TAIL = (
    "\n\nThe licensor may end this licence if you breach it."
    "\n\nTHE WORK IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND."
    "\n\nThis agreement is governed by the laws of the State of Nevada."
)


def _share(text: str) -> str:
    return analyze_text(text + _TAIL).license.rights.share.status


def _verdict(text: str) -> str:
    return analyze_text(text + _TAIL).verdict.level


def test_a_grant_that_may_not_be_sublicensed_gives_use_alone() -> None:
    # the spelling with an "e" before "able" is as common as the one without
    grant = (
        "Acme hereby grants to you a nonexclusive, nonassignable, {} royalty-free license to "
        "use the HTML code above on your web site. You may not modify or alter the code in any way."
    )
    assert _share(grant.format("nonsublicenseable,")) == "denied"
    assert _share(grant.format("nonsublicensable,")) == "denied"
    assert _verdict(grant.format("nonsublicenseable,")) == "closed"
    # without the qualifier, nothing says sharing is kept back
    assert _share(grant.format("")) == "unknown"


def test_non_transferrable_with_a_double_r_is_non_transferable() -> None:
    grant = (
        "Acme grants Licensee a perpetual, worldwide, non-exclusive and {} license to use the "
        "Font on the computers of Licensee's company. Licensee may not modify the Font files."
    )
    assert _share(grant.format("non-transferrable")) == "denied"
    assert _share(grant.format("non-transferable")) == "denied"


def test_sharing_a_product_that_holds_the_work_is_narrow_sharing() -> None:
    terms = (
        "Acme hereby grants to Licensee a perpetual, nonexclusive, royalty-free license to: "
        "(i) use and reproduce the Software; (ii) modify the Software; and (iii) distribute {}. "
        "Licensee will comply with the Specifications."
    )
    narrow = analyze_text(terms.format("any Products that include the Software") + _TAIL)
    assert narrow.license.rights.share.status == "restricted"
    assert "no-redistribution" in narrow.license.rights.share.restrictions
    assert narrow.verdict.level == "restricted"
    assert _share(terms.format("the Software")) == "granted"
    # products named beside other leave to pass the work on are not all that may go out
    patent = (
        "Acme hereby grants to you a perpetual, worldwide, non-exclusive, royalty-free license "
        "to make, use, and sell products which incorporate this code, and otherwise run, modify "
        "and propagate the contents of this implementation."
    )
    assert _share(patent) == "granted"


def test_distributing_what_the_font_made_is_not_distributing_the_font() -> None:
    terms = (
        "Acme grants Licensee a perpetual, worldwide, non-exclusive and non-transferable license "
        "to:\n\na. Use the Font to create and distribute {} for display on any surface.\n\n"
        "b. Install the Font on the number of computers stated in the Invoice.\n\n"
        "Licensee may not modify the Font files."
    )
    assert _share(terms.format("graphics, logos, and artwork")) == "denied"
    assert _verdict(terms.format("graphics, logos, and artwork")) == "closed"
    # distributing the font itself is sharing the work
    assert _share(terms.format("the Font")) != "denied"


def test_a_passive_in_a_describing_clause_is_no_leave() -> None:
    terms = (
        "Acme grants Licensee a perpetual, non-exclusive and non-transferable license to use the "
        "Font to create artwork. Licensee may not use the Font to make stencil products for "
        "resale where the likeness of the Font can be reproduced by the buyer. Licensee may not "
        "modify the Font files."
    )
    assert _share(terms) == "denied"
    # the same words as the licensee's own leave do give it
    leave = terms.replace(
        "where the likeness of the Font can be reproduced by the buyer",
        "of any kind. The Font can be reproduced and redistributed by Licensee",
    )
    assert _share(leave) != "denied"


def test_a_font_embedded_in_documents_for_distribution_stays_with_the_documents() -> None:
    terms = (
        "Acme grants to you only the non-exclusive, nontransferable right to use and display the "
        "typefaces purchased through this service. You may also embed the typefaces within "
        "PostScript files and PDF files for distribution to other parties. You may not modify, "
        "adapt or translate the typefaces. Acme reserves all rights not specifically granted."
    )
    assert _share(terms) == "denied"
    assert _verdict(terms) == "closed"
    plain = terms.replace(
        "embed the typefaces within PostScript files and PDF files for distribution",
        "distribute the typefaces",
    )
    assert _share(plain) != "denied"


def test_a_condition_that_the_font_is_distributed_securely_gives_no_leave() -> None:
    terms = (
        "The licensee may use the Font Software on one computer. The licensee may electronically "
        "distribute Font Software embedded in a document only when the Font Software embedded in "
        "such document is a static image and is distributed in a secure format. Selling, lending "
        "or otherwise transferring the Font Software to a third party is strictly prohibited."
    )
    assert _share(terms) == "denied"


def test_implementing_a_specification_is_not_sharing_it() -> None:
    terms = (
        "Acme hereby grants you a non-exclusive, non-transferable, worldwide, limited license "
        "(without the right to sublicense) to view, download, use and reproduce the Specification "
        "only for the purpose of internal evaluation. Acme also grants you a perpetual, "
        "non-exclusive, non-transferable, worldwide, royalty free, limited license (without the "
        "right to sublicense) to create and/or distribute {} that fully implements the "
        "Specification."
    )
    assert _share(terms.format("an implementation of the Specification")) == "denied"
    assert _verdict(terms.format("an implementation of the Specification")) == "closed"
    assert _share(terms.format("copies of the Specification")) != "denied"


def test_a_grant_to_the_user_by_role() -> None:
    terms = (
        "Acme retains all copyrights to the Software. Acme grants User a non-exclusive license: "
        "to reproduce and/or distribute the Software. Further, Acme grants User a non-exclusive "
        "license to modify or otherwise prepare derivative works of the Software and to "
        "reproduce and distribute such derivative works for any purpose."
    )
    found = analyze_text(terms + _TAIL)
    assert found.license.rights.share.status == "granted"
    assert found.license.rights.modify.status == "granted"
    assert found.verdict.level == "open"


def _service_terms(extra: str) -> str:
    return (
        "Acme grants you a revocable, non-exclusive, non-transferable, non-sublicensable, limited "
        "right to use the Services on a subscription basis for your internal business purposes. "
        + extra
        + " You may not rent, lease or time-share the Services."
    )


def test_a_role_that_may_do_what_another_role_may_is_no_grant() -> None:
    # an administrator's powers inside a hosted service say nothing of the licensee's rights
    said = (
        "An Admin User may designate other Admin Users. Each new Admin User will be able to do "
        "everything that any other Admin User is permitted to do by the Services and these Terms."
    )
    found = analyze_text(_service_terms(said) + _TAIL)
    assert found.license.rights.modify.status == "denied"
    assert found.license.rights.share.status == "denied"
    assert found.verdict.level == "closed"
    # "to do everything with the Software that would otherwise infringe" is a grant of all
    grant = analyze_text(
        "Each contributor licenses you to do everything with this software that would otherwise "
        "infringe that contributor's copyright in it." + _TAIL
    )
    assert grant.license.rights.modify.status == "granted"
    assert grant.license.rights.share.status != "denied"


def test_a_licence_the_licensor_will_have_over_feedback_is_no_grant_to_you() -> None:
    said = (
        "If you choose to give us any ideas, suggestions or other feedback for our Services "
        "(Feedback), you agree that Acme will have a royalty-free, worldwide, transferable, "
        "irrevocable and perpetual license to reproduce, use, distribute, modify and "
        "commercially exploit the Feedback."
    )
    found = analyze_text(_service_terms(said) + _TAIL)
    assert found.license.rights.share.status == "denied"
    assert found.verdict.level == "closed"


def test_rights_you_may_have_under_a_law_are_no_leave_to_modify() -> None:
    terms = (
        "Acme grants you a limited, nonexclusive license to install and use the Software for your "
        "personal use. You agree not to modify, adapt or translate the Software. You may not "
        "rent, lease or distribute the Software to third parties. Acme reserves all other rights."
        " Nothing in this agreement excludes or modifies any right or remedy you may have under "
        "consumer law if such right or remedy cannot lawfully be excluded, restricted or modified."
    )
    found = analyze_text(terms + _TAIL)
    assert found.license.rights.modify.status == "denied"
    assert found.verdict.level == "closed"


def test_acts_the_developer_may_perform_are_granted() -> None:
    terms = (
        "Acme shall grant a license to use the Source Code free of charge to the Developer who "
        "has registered with Acme.\n\n"
        "The Developer may perform the following acts with respect to the Source Code:\n"
        "  (1) to copy and/or modify the Source Code for its own research and development.\n"
        "  (2) to run the Source Code for its own research and development.\n"
        "  (3) to re-distribute the Source Code to any third party, provided that the Developer "
        "makes no modification to it."
    )
    found = analyze_text(terms + _TAIL)
    assert found.license.rights.modify.status != "unknown"
    assert found.license.rights.share.status in ("granted", "conditional", "restricted")
    assert found.verdict.level == "restricted"


def test_no_fee_for_what_may_be_shared_narrowly_is_still_a_limit() -> None:
    terms = (
        "You may distribute the Redistributables only as part of your Application{}. You may not "
        "modify the Redistributables."
    )
    narrow = analyze_text(terms.format(" and shall not charge any separate fee for them") + _TAIL)
    kinds = {r.kind for r in narrow.license.restrictions}
    assert {"no-redistribution", "no-selling"} <= kinds
    # without the fee clause, sharing in the application alone is the limit
    plain = analyze_text(terms.format("") + _TAIL)
    assert "no-selling" not in {r.kind for r in plain.license.restrictions}
    # a plain ban on passing the work on already says it may not be sold
    banned = analyze_text(
        "You may use the Software. You may not distribute the Software and shall not charge "
        "any fee for it." + _TAIL
    )
    banned_kinds = {r.kind for r in banned.license.restrictions}
    assert "no-redistribution" in banned_kinds and "no-selling" not in banned_kinds


def test_leave_named_first_and_granted_by_the_author() -> None:
    terms = (
        "License to freely use and distribute this software is hereby granted by the author, "
        "subject to the condition that this copyright notice remains intact. The author retains "
        "the exclusive right to publish derivative works based on this work."
    )
    found = analyze_text(terms + _TAIL)
    assert found.license.rights.use.status == "granted"
    assert found.license.rights.share.status != "unknown"
    assert found.license.rights.modify.status == "denied"
    # a licence that says who grants it, and grants nothing by those words
    named = analyze_text(
        "This Licence applies to the use of the Gadget and is granted by Acme Ltd. You may not "
        "modify the Gadget." + _TAIL
    )
    assert named.license.rights.share.status == "unknown"


def test_publishing_benchmarks_and_using_the_copy_given_are_no_leave_to_share() -> None:
    terms = (
        "This Software is licensed, not sold. The Licensee is permitted to use the provided "
        "object code copy of the Software. The Licensee must not modify, reverse engineer or "
        "decompile the Software. The Licensee may publish performance benchmarks related to the "
        "Software, subject to the rules below."
    )
    found = analyze_text(terms + _TAIL)
    assert found.license.rights.share.status == "denied"
    assert found.verdict.level == "closed"
    # leave to copy the work and to publish it is leave to share
    copies = terms.replace(
        "use the provided object code copy of the Software",
        "use, copy and publish the Software",
    )
    assert analyze_text(copies + _TAIL).license.rights.share.status != "denied"
