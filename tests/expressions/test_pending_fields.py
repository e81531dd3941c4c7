"""classify_expression fills some fields of an AND or OR result on first read; nothing that reads
a result may tell: attributes, dumps, equality, repr, copies, pickles and models that hold it
all see the values of a result built in full."""

from __future__ import annotations

import copy
import pickle
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from pydantic import BaseModel, TypeAdapter

from licenseclass.core.model import PolicyName
from licenseclass.expressions.parser import MAX_DEPTH, parse
from licenseclass.expressions.verdicts import ExpressionClassification, classify_expression

_TEXTS = [
    "MIT",
    "MIT OR Apache-2.0",
    "mit and apache-2.0",
    "GPL-2.0-only WITH Classpath-exception-2.0 OR MIT AND CC-BY-NC-4.0",
    "(MIT AND CC-BY-NC-4.0) OR (GPL-3.0-or-later AND (Apache-2.0 OR ISC))",
    "Apache-2.0 WITH Commons-Clause AND (BSD-3-Clause OR LicenseRef-Foo)",
    "GPL-2.0+ OR LGPL-2.1+ AND GPL-2.0",
    "MIT AND LicenseRef-Foo AND Unknown-1.0",
]
_CASES = [(text, policy) for text in _TEXTS for policy in ("article", "osd")]


def _full(text: str, policy: PolicyName) -> ExpressionClassification:
    """The same result validated from its JSON form: every field built at once."""
    return ExpressionClassification.model_validate_json(
        classify_expression(text, policy).model_dump_json()
    )


@pytest.mark.parametrize(("text", "policy"), _CASES)
def test_each_field_read_first_has_its_full_value(text: str, policy: PolicyName) -> None:
    full = _full(text, policy)
    for name in ExpressionClassification.model_fields:
        assert getattr(classify_expression(text, policy), name) == getattr(full, name), name
    assert classify_expression(text, policy).level == full.level == full.verdict.level


@pytest.mark.parametrize("name", ["tree", "verdict", "terms", "choices", "leaves"])
def test_a_field_read_first_is_the_one_the_full_result_keeps(name: str) -> None:
    text = "(MIT AND CC-BY-NC-4.0) OR (GPL-3.0-or-later AND (Apache-2.0 OR ISC))"
    result = classify_expression(text)
    first = getattr(result, name)
    assert getattr(result, name) is first
    assert vars(result)[name] is first  # filling the rest keeps it
    assert getattr(result, name) is first
    assert result == _full(text, "article")


@pytest.mark.parametrize(("text", "policy"), _CASES)
def test_dumps_equality_and_repr_see_the_full_values(text: str, policy: PolicyName) -> None:
    full = _full(text, policy)
    assert classify_expression(text, policy) == full
    assert full == classify_expression(text, policy)
    assert classify_expression(text, policy) == classify_expression(text, policy)
    assert hash(classify_expression(text, policy)) == hash(full)
    assert repr(classify_expression(text, policy)) == repr(full)
    assert str(classify_expression(text, policy)) == str(full)
    assert classify_expression(text, policy).model_dump() == full.model_dump()
    assert classify_expression(text, policy).model_dump_json() == full.model_dump_json()
    assert classify_expression(text, policy).model_dump(include={"choices"}) == full.model_dump(
        include={"choices"}
    )
    assert list(vars(classify_expression(text, policy))) == list(
        ExpressionClassification.model_fields
    )
    assert dict(classify_expression(text, policy)) == dict(full)
    assert classify_expression(text, policy).model_fields_set == full.model_fields_set


@pytest.mark.parametrize(("text", "policy"), _CASES)
def test_copies_and_pickles_carry_the_full_values(text: str, policy: PolicyName) -> None:
    full = _full(text, policy)
    assert pickle.loads(pickle.dumps(classify_expression(text, policy))) == full
    assert copy.copy(classify_expression(text, policy)) == full
    assert copy.deepcopy(classify_expression(text, policy)) == full
    changed = classify_expression(text, policy).model_copy(update={"best_choice": "x"})
    assert changed == full.model_copy(update={"best_choice": "x"})


class _Holder(BaseModel):
    result: ExpressionClassification


@pytest.mark.parametrize(("text", "policy"), _CASES)
def test_a_result_held_by_another_model_dumps_in_full(text: str, policy: PolicyName) -> None:
    full = _full(text, policy)
    held = _Holder(result=classify_expression(text, policy))
    assert held.model_dump_json() == _Holder(result=full).model_dump_json()
    assert held.model_dump() == _Holder(result=full).model_dump()
    listed = TypeAdapter(list[ExpressionClassification])
    fresh = [classify_expression(text, policy)]
    assert listed.dump_json(fresh) == listed.dump_json([full])


def test_the_tree_path_and_the_reading_agree_on_every_field() -> None:
    for text in _TEXTS:
        assert classify_expression(text) == classify_expression(parse(text, strict=False))


@pytest.fixture
def often_switching() -> Iterator[None]:
    """Threads switched every microsecond, so that they do meet while a result is filled."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _run_together(read: Callable[[int], None], threads: int) -> None:
    """``read(i)`` in ``threads`` threads, released together by a barrier, then joined."""
    barrier = threading.Barrier(threads)

    def start(i: int) -> None:
        barrier.wait()
        read(i)

    started = [threading.Thread(target=start, args=(i,)) for i in range(threads)]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()


def _read_at_once(result: ExpressionClassification, threads: int) -> list[object]:
    """The verdicts that ``threads`` threads read from ``result``, all starting together."""
    seen: list[object] = []
    _run_together(lambda _: seen.append(result.verdict), threads)
    return seen


@pytest.mark.usefixtures("often_switching")
def test_threads_reading_one_result_get_the_same_objects() -> None:
    text = "(MIT AND CC-BY-NC-4.0) OR (GPL-3.0-or-later AND (Apache-2.0 OR ISC))"
    for _ in range(50):
        seen = _read_at_once(classify_expression(text), 6)
        assert len(seen) == 6  # a thread that raised appended nothing
        assert all(verdict is seen[0] for verdict in seen)


_PENDING_NAMES = ("tree", "verdict", "terms", "choices", "leaves")


def _read_mixed(result: ExpressionClassification, threads: int) -> list[tuple[object, ...]]:
    """The pending fields as ``threads`` threads, starting together, read them from ``result``:
    every other thread reads them one by one (last first), the rest fill the whole result with
    vars(), as the serialisers and equality do."""
    seen: list[tuple[object, ...]] = []

    def read(i: int) -> None:
        if i % 2 == 0:
            values = vars(result)
            seen.append(tuple(values[name] for name in _PENDING_NAMES))
        else:
            backwards = [getattr(result, name) for name in reversed(_PENDING_NAMES)]
            seen.append(tuple(reversed(backwards)))

    _run_together(read, threads)
    return seen


@pytest.mark.usefixtures("often_switching")
def test_threads_reading_a_field_or_the_whole_result_get_the_same_objects() -> None:
    text = "(MIT AND CC-BY-NC-4.0) OR (GPL-3.0-or-later AND (Apache-2.0 OR ISC))"
    for _ in range(30):
        result = classify_expression(text)
        seen = _read_mixed(result, 6)
        assert len(seen) == 6  # a thread that raised appended nothing
        for values in seen:
            assert all(a is b for a, b in zip(values, seen[0], strict=True))
        assert all(getattr(result, n) is seen[0][i] for i, n in enumerate(_PENDING_NAMES))


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    result = classify_expression("MIT OR ISC")
    with pytest.raises(AttributeError):
        _ = result.no_such_field  # type: ignore[attr-defined]
    assert not hasattr(result, "no_such_field")
    # A model made with fields missing (and so nothing pending) still has no such attributes.
    bare = ExpressionClassification.model_construct(expression="MIT")  # type: ignore[call-arg]
    with pytest.raises(AttributeError):
        _ = bare.tree


def test_a_tree_nested_to_the_limit_is_made_when_read() -> None:
    text = "MIT"
    for depth in range(MAX_DEPTH):  # AND and OR in turn, each group one level deeper
        text = f"({'ISC' if depth % 2 else 'Zlib'} {'AND' if depth % 2 else 'OR'} {text})"
    result = classify_expression(text)
    assert result.tree == parse(text, strict=False)
    assert result == classify_expression(parse(text, strict=False))
