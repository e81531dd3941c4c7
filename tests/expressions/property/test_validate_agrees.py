"""``validate`` and the strict ``parse`` agree: a reported error iff the parse raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from licenseclass.errors import InvalidExpressionError
from licenseclass.expressions.parser import parse, validate

from .strategies import spellings, trees

pytestmark = pytest.mark.property

_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that sit on the edges between the two: bare ref prefixes, refs inside other words,
# look-alike letters, deprecated '+' ids, exceptions in the license position and the reverse.
_FRAGMENTS = st.sampled_from(
    [
        "MIT",
        "mit",
        "GPL-2.0",
        "GPL-2.0+",
        "GPL-2.0-only",
        "Classpath-exception-2.0",
        "LicenseRef-",
        "LicenseRef-x",
        "xLicenseRef-y",
        "AdditionRef-",
        "AdditionRef-y",
        "DocumentRef-d:",
        "DocumentRef-:",
        "Nope-1.0",
        "\u212aazlib",  # KELVIN SIGN + "azlib"
        "\uff2d\uff29\uff34",  # full-width MIT
        "\u00e9",
        "\u00a0",
        "+",
        "AND",
        "and",
        "And",
        "OR",
        "or",
        "WITH",
        "with",
        "wITH",
        "(",
        ")",
        " ",
        " ",
        "\t",
        ":",
        "-",
    ]
)
_EXPRESSION_LIKE = st.lists(_FRAGMENTS, max_size=12).map("".join)


def _has_error(text: str) -> bool:
    return any(p.severity == "error" for p in validate(text))


def _parse_raises(text: str) -> bool:
    try:
        parse(text, strict=True)
    except InvalidExpressionError:
        return True
    return False


@_SETTINGS
@given(st.one_of(st.text(max_size=40), _EXPRESSION_LIKE))
@example("LicenseRef-")
@example("AdditionRef-")
@example("MIT WITH AdditionRef-")
@example("DocumentRef-d:LicenseRef-")
@example("xLicenseRef-y")
@example("MIT WITH xAdditionRef-y")
@example("\u212aazlib")
@example("MIT Or Zlib")
@example("MIT\u00a0OR Zlib")
def test_validate_reports_an_error_exactly_when_parse_raises(text: str) -> None:
    assert _has_error(text) == _parse_raises(text), text


@_SETTINGS
@given(st.data())
def test_valid_spellings_have_no_validation_error(data: st.DataObject) -> None:
    text = data.draw(spellings(data.draw(trees())))
    assert not _has_error(text)
    assert not _parse_raises(text)
