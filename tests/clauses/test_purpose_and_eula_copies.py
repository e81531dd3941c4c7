"""Two shapes of end-user terms read from Debian files: a use said to be for one purpose, and
copies that must go out under the end-user agreement itself.

"... including, without limitation, that your use is for the sole purpose of programming logic
devices manufactured by Acme" ties the use to named products (field-of-use), as "you may use it
solely for the purpose of ..." does; "only for lawful purposes" ties it to nothing. "You may
distribute the Software only ... subject to the terms and conditions of this EULA, a copy of
which shall be included with any such distribution" sends the end-user terms with every copy
(pass-through). The sentences are invented, in the shape of the notices the rules came from.
"""

from __future__ import annotations

from gadget import read


def _limits(body: str) -> set[str]:
    return read(f"Tool Terms\n\nYou may use the tool. {body}\n")[1]


def test_a_use_said_to_be_for_one_purpose_is_a_field_of_use() -> None:
    body = (
        "The cores are subject to the terms of the Acme Core License Agreement, including, "
        "without limitation, that your use is for the sole purpose of programming logic devices "
        "manufactured by Acme."
    )
    assert "field-of-use" in _limits(body)
    assert "field-of-use" not in _limits("Your use of the tool shall be only for lawful purposes.")


def test_copies_that_go_out_under_the_eula_itself_pass_its_terms_on() -> None:
    body = (
        "You may distribute the tool only (i) without modification and (ii) subject to the "
        "terms and conditions of this EULA, a copy of which shall be included with any such "
        "distribution."
    )
    assert "pass-through" in _limits(body)
    # a copy of the terms that only goes with the tool passes nothing on
    assert "pass-through" not in _limits("You may distribute the tool with a copy of this EULA.")
