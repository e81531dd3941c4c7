"""One rule for Unicode in ids: a look-alike letter is refused with the ASCII spelling as a
suggestion, never folded into the id it resembles."""

from __future__ import annotations

import pytest

from licenseclass import InvalidExpressionError
from licenseclass.expressions.parser import canonicalize, parse, validate

KELVIN = "\u212a"  # KELVIN SIGN: str.lower() gives "k", NFKC gives "K"


@pytest.mark.parametrize(
    ("text", "position", "suggestion"),
    [
        (f"{KELVIN}azlib", 0, "Kazlib"),
        (f"MIT OR {KELVIN}azlib", 7, "Kazlib"),
        (f"({KELVIN}azlib)", 1, "Kazlib"),
        ("\uff2d\uff29\uff34 AND Zlib", 0, "MIT"),  # full-width letters
        (f"GPL-2.0-only WITH Classpath-exception-2.0 OR {KELVIN}azlib+", 45, "Kazlib+"),
        ("MIT OR Caf\u00e9", 7, None),  # no ASCII spelling: no suggestion
        (f"MIT O{KELVIN} Zlib", 4, "OK"),  # the ASCII spelling, though no known id
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_non_ascii_in_an_id_is_refused_at_its_token(
    text: str, position: int, suggestion: str | None, strict: bool
) -> None:
    with pytest.raises(InvalidExpressionError) as caught:
        parse(text, strict)
    error = caught.value
    assert error.position == position
    assert "not ASCII" in error.message
    assert error.suggestions == ((suggestion,) if suggestion else ())
    (problem,) = validate(text)
    assert (problem.severity, problem.position) == ("error", position)
    assert problem.suggestions == error.suggestions


def test_the_kelvin_sign_no_longer_reads_as_kazlib() -> None:
    assert canonicalize("Kazlib") == "Kazlib"
    with pytest.raises(InvalidExpressionError, match="U\\+212A"):
        canonicalize(f"{KELVIN}azlib")
    with pytest.raises(InvalidExpressionError, match="U\\+212A"):
        canonicalize(f"{KELVIN}azlib", strict=False)


def test_non_ascii_spaces_between_tokens_keep_their_rules() -> None:
    # lenient reading splits at any whitespace; strict reading refuses it with its own message
    assert canonicalize("MIT\u00a0OR Zlib", strict=False) == "MIT OR Zlib"
    with pytest.raises(InvalidExpressionError, match="only spaces"):
        parse("MIT\u00a0OR Zlib")


@pytest.mark.parametrize(
    "text", ["LicenseRef-", "MIT WITH AdditionRef-", "DocumentRef-a:LicenseRef-"]
)
def test_a_bare_ref_prefix_is_an_error_for_validate_and_parse(text: str) -> None:
    for strict in (True, False):
        with pytest.raises(InvalidExpressionError, match="must be followed by an id"):
            parse(text, strict)
    assert any(p.severity == "error" and "followed by an id" in p.message for p in validate(text))


def test_a_ref_prefix_inside_another_word_is_an_unknown_id() -> None:
    (problem,) = validate("xLicenseRef-y")
    assert problem.message == "unknown license id 'xLicenseRef-y'"
    with pytest.raises(InvalidExpressionError, match="unknown license id"):
        parse("xLicenseRef-y")


def test_lookups_do_not_fold_look_alike_letters() -> None:
    import licenseclass as lc
    from licenseclass.errors import UnknownLicenseError

    kelvin = "\u212aazlib"
    assert lc.default_registry().find(kelvin) is None
    with pytest.raises(UnknownLicenseError) as caught:
        lc.get_license(kelvin)
    assert caught.value.suggestions == ("Kazlib",)
    assert "\\u212a" in str(caught.value)  # the look-alike letter is shown, not hidden
    assert lc.get_license("Kazlib").id == "Kazlib"


@pytest.mark.parametrize("text", ["\u212aazlib", "\uff2d\uff29\uff34"])
def test_normalize_declines_look_alikes_and_offers_the_ascii_reading(text: str) -> None:
    import unicodedata

    import licenseclass as lc

    found = lc.normalize(text)
    assert found.expression is None
    assert found.ambiguous
    ascii_form = unicodedata.normalize("NFKC", text)
    assert found.candidates == (lc.normalize(ascii_form).expression,)
