"""The typed expression tree: slotted frozen dataclasses, their JSON form and tree utilities.

Speed matters here (package indexes parse millions of expressions), so the nodes are plain
frozen dataclasses with ``__slots__``; no pydantic on this path. ``AND`` and ``OR`` chains are
kept flat, so ``(MIT AND ISC) AND Zlib`` and ``MIT AND ISC AND Zlib`` are the same tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from licenseclass.errors import InvalidTreeError
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
        return render(self)

    def to_dict(self) -> dict[str, Any]:
        return tree_dict(self)


@dataclass(frozen=True, slots=True)
class Or:
    """The licensee may pick any of ``args`` (two or more; none of them is itself an ``Or``)."""

    args: tuple[Expression, ...]

    def __str__(self) -> str:
        return render(self)

    def to_dict(self) -> dict[str, Any]:
        return tree_dict(self)


Expression = LicenseId | LicenseRef | With | And | Or
Leaf = LicenseId | LicenseRef | With


def to_json(node: Expression, *, indent: int | None = None) -> str:
    """The tree as JSON (see each node's ``to_dict``)."""
    return json.dumps(node.to_dict(), indent=indent)


def render(node: Expression) -> str:
    """The canonical text of a tree, built without recursion (any depth renders).

    OR binds looser than AND, so only OR operands of an AND need parentheses.
    """
    out: list[str] = []
    stack: list[Expression | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (And, Or)):
            joiner = " AND " if isinstance(item, And) else " OR "
            parts: list[Expression | str] = []
            for i, arg in enumerate(item.args):
                if i:
                    parts.append(joiner)
                if isinstance(item, And) and isinstance(arg, Or):
                    parts += ["(", arg, ")"]
                else:
                    parts.append(arg)
            stack.extend(reversed(parts))
        else:
            out.append(str(item))
    return "".join(out)


def tree_dict(node: Expression) -> dict[str, Any]:
    """The tree as plain dicts (see :func:`from_dict`), built without recursion."""
    done: dict[int, dict[str, Any]] = {}
    stack: list[tuple[Expression, bool]] = [(node, False)]
    while stack:
        current, expanded = stack.pop()
        if not isinstance(current, (And, Or)):
            done[id(current)] = current.to_dict()
        elif expanded:
            kind = "and" if isinstance(current, And) else "or"
            done[id(current)] = {"type": kind, "args": [done[id(a)] for a in current.args]}
        else:
            stack.append((current, True))
            stack.extend((a, False) for a in current.args)
    return done[id(node)]


# A dict tree deeper than this is refused (the parser refuses deeper nesting as well).
MAX_DICT_DEPTH = 100
_IDSTRING = re.compile(r"[A-Za-z0-9.\-]+")


def from_dict(data: dict[str, Any]) -> Expression:
    """Rebuild a tree from :meth:`to_dict` output.

    A malformed dict raises :class:`~licenseclass.errors.InvalidTreeError` (a ``ValueError``)
    saying where: a node that is not a dict, an unknown type, a missing or non-string id, an
    id that is not an SPDX idstring (``"A OR B"`` is no id), fewer than two args, or nesting
    deeper than :data:`MAX_DICT_DEPTH`.
    """
    return _from_dict(data, "tree", 0)


def _id_of(data: dict[str, Any], where: str, *, ref: str = "") -> str:
    value = data.get("id")
    if not isinstance(value, str) or not _IDSTRING.fullmatch(value):
        raise InvalidTreeError(f"{where}: 'id' must be an SPDX id, not {value!r}")
    if ref and not value.startswith(ref):
        raise InvalidTreeError(f"{where}: 'id' must start with {ref!r}, not {value!r}")
    return value


def _document_ref(data: dict[str, Any], where: str) -> str | None:
    value = data.get("document_ref")
    if value is not None and (not isinstance(value, str) or not value.startswith("DocumentRef-")):
        raise InvalidTreeError(f"{where}: 'document_ref' must be a DocumentRef- id or null")
    return value


def _from_dict(data: object, where: str, depth: int) -> Expression:
    if depth > MAX_DICT_DEPTH:
        raise InvalidTreeError(f"{where}: nested deeper than {MAX_DICT_DEPTH} levels")
    if not isinstance(data, dict):
        raise InvalidTreeError(f"{where}: a node must be a dict, not {type(data).__name__}")
    kind = data.get("type")
    if kind == "license":
        or_later = data.get("or_later", False)
        if not isinstance(or_later, bool):
            raise InvalidTreeError(f"{where}: 'or_later' must be true or false")
        return LicenseId(_id_of(data, where), or_later)
    if kind == "license-ref":
        return LicenseRef(_id_of(data, where, ref="LicenseRef-"), _document_ref(data, where))
    if kind == "with":
        lic = _from_dict(data.get("license"), f"{where}.license", depth + 1)
        exc = data.get("exception")
        if not isinstance(lic, (LicenseId, LicenseRef)) or not isinstance(exc, dict):
            raise InvalidTreeError(
                f"{where}: a 'with' node needs a simple license and an exception"
            )
        addition: Addition
        if exc.get("type") == "addition-ref":
            addition = AdditionRef(
                _id_of(exc, f"{where}.exception", ref="AdditionRef-"),
                _document_ref(exc, f"{where}.exception"),
            )
        elif exc.get("type") == "exception":
            addition = ExceptionId(_id_of(exc, f"{where}.exception"))
        else:
            raise InvalidTreeError(f"{where}.exception: unknown type {exc.get('type')!r}")
        return With(lic, addition)
    if kind in ("and", "or"):
        raw = data.get("args")
        if not isinstance(raw, list) or len(raw) < 2:
            raise InvalidTreeError(f"{where}: an {kind!r} node needs a list of two or more args")
        args = tuple(_from_dict(a, f"{where}.args[{i}]", depth + 1) for i, a in enumerate(raw))
        return And(args) if kind == "and" else Or(args)
    raise InvalidTreeError(f"{where}: unknown node type {kind!r}")


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


def split_ids(expression: str) -> list[str]:
    """The license ids written in an expression's text (exceptions after WITH are not
    licenses), without parsing it."""
    ids: list[str] = []
    after_with = False
    for token in re.findall(r"[^\s()]+", expression):
        upper = token.upper()
        if upper in ("AND", "OR"):
            after_with = False
        elif upper == "WITH":
            after_with = True
        elif after_with:
            after_with = False
        else:
            ids.append(token)
    return ids


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
