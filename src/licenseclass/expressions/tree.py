"""The typed expression tree: slotted frozen dataclasses, their JSON form and tree utilities.

Speed matters here (package indexes parse millions of expressions), so the nodes are plain
frozen dataclasses with ``__slots__``; no pydantic on this path. ``AND`` and ``OR`` chains are
kept flat, so ``(MIT AND ISC) AND Zlib`` and ``MIT AND ISC AND Zlib`` are the same tree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from licenseclass.expressions import _spdx

if TYPE_CHECKING:
    from licenseclass.expressions.problems import DeprecatedId

_LICENSES = _spdx.LICENSES
_EXCEPTIONS = _spdx.EXCEPTIONS


# --------------------------------------------------------------------------- the tree


@dataclass(frozen=True, slots=True)
class LicenseId:
    """An SPDX license id (in the list's case; as written when unknown); ``+`` means or later."""

    id: str
    or_later: bool = False

    def __str__(self) -> str:
        return self.id + "+" if self.or_later else self.id

    @property
    def known(self) -> bool:
        """True when the id is on the SPDX license list."""
        return self.id.lower() in _LICENSES

    @property
    def deprecated(self) -> bool:
        """True when the SPDX list marks the id as deprecated."""
        entry = _LICENSES.get(self.id.lower())
        return entry is not None and entry[1]

    @property
    def successor(self) -> str | None:
        """The expression that replaces a deprecated id (``GPL-2.0+`` -> ``GPL-2.0-or-later``)."""
        key = self.id.lower()
        if self.or_later:
            plus = _spdx.SUCCESSORS.get(key + "+")
            if plus is not None:
                return plus
            base = _spdx.SUCCESSORS.get(key)
            return base + "+" if base is not None and " " not in base else None
        return _spdx.SUCCESSORS.get(key)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "license", "id": self.id, "or_later": self.or_later}


@dataclass(frozen=True, slots=True)
class LicenseRef:
    """A ``LicenseRef-`` id, optionally qualified by the ``DocumentRef-`` that defines it."""

    id: str
    document_ref: str | None = None

    def __str__(self) -> str:
        return f"{self.document_ref}:{self.id}" if self.document_ref else self.id

    def to_dict(self) -> dict[str, Any]:
        return {"type": "license-ref", "id": self.id, "document_ref": self.document_ref}


@dataclass(frozen=True, slots=True)
class ExceptionId:
    """An SPDX license exception id (after ``WITH``)."""

    id: str

    def __str__(self) -> str:
        return self.id

    @property
    def known(self) -> bool:
        """True when the id is on the SPDX exception list."""
        return self.id.lower() in _EXCEPTIONS

    @property
    def deprecated(self) -> bool:
        """True when the SPDX list marks the exception as deprecated."""
        entry = _EXCEPTIONS.get(self.id.lower())
        return entry is not None and entry[1]

    def to_dict(self) -> dict[str, Any]:
        return {"type": "exception", "id": self.id}


@dataclass(frozen=True, slots=True)
class AdditionRef:
    """An ``AdditionRef-`` (SPDX 3.0): a user-defined exception, optionally with a DocumentRef."""

    id: str
    document_ref: str | None = None

    def __str__(self) -> str:
        return f"{self.document_ref}:{self.id}" if self.document_ref else self.id

    def to_dict(self) -> dict[str, Any]:
        return {"type": "addition-ref", "id": self.id, "document_ref": self.document_ref}


Simple = LicenseId | LicenseRef
Addition = ExceptionId | AdditionRef


@dataclass(frozen=True, slots=True)
class With:
    """A license with an exception: ``license WITH exception``."""

    license: Simple
    exception: Addition

    def __str__(self) -> str:
        return f"{self.license} WITH {self.exception}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "with",
            "license": self.license.to_dict(),
            "exception": self.exception.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class And:
    """All of ``args`` apply (two or more; none of them is itself an ``And``)."""

    args: tuple[Expression, ...]

    def __str__(self) -> str:
        # OR binds looser than AND, so only OR operands need parentheses here.
        return " AND ".join(f"({a})" if isinstance(a, Or) else str(a) for a in self.args)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "and", "args": [a.to_dict() for a in self.args]}


@dataclass(frozen=True, slots=True)
class Or:
    """The licensee may pick any of ``args`` (two or more; none of them is itself an ``Or``)."""

    args: tuple[Expression, ...]

    def __str__(self) -> str:
        return " OR ".join(map(str, self.args))

    def to_dict(self) -> dict[str, Any]:
        return {"type": "or", "args": [a.to_dict() for a in self.args]}


Expression = LicenseId | LicenseRef | With | And | Or
Leaf = LicenseId | LicenseRef | With


def to_json(node: Expression, *, indent: int | None = None) -> str:
    """The tree as JSON (see each node's ``to_dict``)."""
    return json.dumps(node.to_dict(), indent=indent)


def from_dict(data: dict[str, Any]) -> Expression:
    """Rebuild a tree from :meth:`to_dict` output; raise ``ValueError`` on a malformed dict."""
    kind = data.get("type")
    if kind == "license":
        return LicenseId(str(data["id"]), bool(data.get("or_later", False)))
    if kind == "license-ref":
        return LicenseRef(str(data["id"]), data.get("document_ref"))
    if kind == "with":
        lic = from_dict(data["license"])
        exc = data["exception"]
        if not isinstance(lic, (LicenseId, LicenseRef)) or not isinstance(exc, dict):
            raise ValueError("a 'with' node needs a simple license and an exception")
        addition: Addition
        if exc.get("type") == "addition-ref":
            addition = AdditionRef(str(exc["id"]), exc.get("document_ref"))
        else:
            addition = ExceptionId(str(exc["id"]))
        return With(lic, addition)
    if kind in ("and", "or"):
        args = tuple(from_dict(a) for a in data["args"])
        if len(args) < 2:
            raise ValueError(f"an {kind!r} node needs at least two args")
        return And(args) if kind == "and" else Or(args)
    raise ValueError(f"unknown node type {kind!r}")


# --------------------------------------------------------------------------- tree utilities


def walk(node: Expression) -> Iterator[Expression]:
    """Every node of the tree, parents before children (iterative: no recursion limit)."""
    stack: list[Expression] = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, (And, Or)):
            stack.extend(reversed(current.args))


def leaves(node: Expression) -> list[Leaf]:
    """The license ids, refs and ``WITH`` pairs of the tree, left to right."""
    return [n for n in walk(node) if isinstance(n, (LicenseId, LicenseRef, With))]


def deprecated_ids(node: Expression) -> list[DeprecatedId]:
    """The deprecated license and exception ids of the tree, left to right."""
    from licenseclass.expressions.problems import DeprecatedId  # noqa: PLC0415 - see problems.py

    found: list[DeprecatedId] = []
    for leaf in leaves(node):
        lic = leaf.license if isinstance(leaf, With) else leaf
        if isinstance(lic, LicenseId) and lic.deprecated:
            found.append(DeprecatedId(id=str(lic), successor=lic.successor))
        exc = leaf.exception if isinstance(leaf, With) else None
        if isinstance(exc, ExceptionId) and exc.deprecated:
            found.append(DeprecatedId(id=exc.id, successor=None))
    return found


def simplify(node: Expression) -> Expression:
    """The tree with repeated operands of an AND or OR removed (first one kept, order kept).

    ``MIT AND MIT`` is ``MIT``; ``MIT OR ISC OR MIT`` is ``MIT OR ISC``. Nothing else is
    rewritten: in particular no OR choice is dropped, even one that another choice makes
    redundant (``MIT OR (MIT AND ISC)`` stays as it is), because the choices are what a
    licensee is offered.
    """
    if not isinstance(node, (And, Or)):
        return node
    unique = list(dict.fromkeys(simplify(a) for a in node.args))
    return unique[0] if len(unique) == 1 else flattened(type(node), unique)


def flattened(kind: type[And] | type[Or], args: list[Expression]) -> Expression:
    """An ``And`` or ``Or`` of ``args`` with nested nodes of the same kind flattened."""
    flat: list[Expression] = []
    for arg in args:
        if isinstance(arg, kind):
            flat.extend(arg.args)
        else:
            flat.append(arg)
    return kind(tuple(flat))
