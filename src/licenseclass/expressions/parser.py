"""SPDX license expressions: the strict parser, the canonical renderer, validation and equivalence.

The grammar is the one of SPDX 2.3 Annex D and SPDX 3.0 (with ``AdditionRef-``)::

    or-expression   = and-expression *( "OR" and-expression )
    and-expression  = with-expression *( "AND" with-expression )
    with-expression = "(" or-expression ")"
                    / simple-expression [ "WITH" addition-expression ]
    simple-expression   = license-id [ "+" ] / license-ref
    addition-expression = license-exception-id / addition-ref
    license-ref  = [ "DocumentRef-" idstring ":" ] "LicenseRef-" idstring
    addition-ref = [ "DocumentRef-" idstring ":" ] "AdditionRef-" idstring
    idstring     = 1*( ALPHA / DIGIT / "-" / "." )

Ids are matched without regard to case and rendered in the SPDX list's case. Operators are
accepted in upper case (as the spec writes them) or all lower case (common in metadata); mixed
case such as ``Or`` is rejected in strict mode. ``AND`` and ``OR`` chains are flattened, so
``(MIT AND ISC) AND Zlib`` and ``MIT AND ISC AND Zlib`` give the same tree.

Speed matters here (package indexes parse millions of these), so the tokenizer is a plain
``str.split`` and the tree is made of slotted frozen dataclasses; no pydantic on this path.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Literal

from licenseclass.errors import ExpressionTooLargeError, ExpressionTypeError, InvalidExpressionError
from licenseclass.expressions import _spdx
from licenseclass.expressions.tree import (
    Addition,
    AdditionRef,
    And,
    ExceptionId,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    Simple,
    With,
    flattened,
)

if TYPE_CHECKING:
    from licenseclass.expressions.problems import Problem

# Deeper nesting than this is refused with a typed error instead of risking RecursionError.
MAX_DEPTH = 100
# ``equivalent`` refuses (ExpressionTooLargeError) to compare expressions whose smaller normal
# form has more terms than this, or whose comparison would visit more tree nodes than the second.
MAX_DNF_TERMS = 4096
MAX_EQUIVALENCE_WORK = 2_000_000
# Trees given as objects are not depth-checked by the parser; deeper ones are refused here.
_MAX_TREE_DEPTH = 4 * MAX_DEPTH

_LICENSES = _spdx.LICENSES
_EXCEPTIONS = _spdx.EXCEPTIONS
_OPERATORS = {"AND": "AND", "and": "AND", "OR": "OR", "or": "OR", "WITH": "WITH", "with": "WITH"}
_IDSTRING = re.compile(r"[A-Za-z0-9.\-]+\Z")
_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace other than a plain space

# --------------------------------------------------------------------------- the parser


_END = ""  # sentinel token after the last one: never produced by str.split
_IS_OR = frozenset({"OR", "or"})
_IS_AND = frozenset({"AND", "and"})
_IS_WITH = frozenset({"WITH", "with"})


def _interned_leaves() -> tuple[dict[str, LicenseId], dict[str, ExceptionId]]:
    """One shared immutable node per known id (and per ``id+``), looked up by lower-case text.

    The SPDX list also carries a few ids that end in '+' (``GPL-2.0+``); those are read as
    the base id with ``or_later`` set, like any other ``id+``.
    """
    licenses: dict[str, LicenseId] = {}
    for key, (canonical, _) in _LICENSES.items():
        if not key.endswith("+"):
            licenses[key] = LicenseId(canonical)
            licenses[key + "+"] = LicenseId(canonical, True)
    exceptions = {key: ExceptionId(canonical) for key, (canonical, _) in _EXCEPTIONS.items()}
    return licenses, exceptions


_LICENSE_LEAVES, _EXCEPTION_LEAVES = _interned_leaves()


class _Parser:
    """Recursive descent over a list of tokens; one instance per parse.

    ``tokens`` ends with the :data:`_END` sentinel, so look-ahead needs no bounds checks.
    """

    __slots__ = ("depth", "n", "pos", "strict", "text", "tokens", "unknown")

    def __init__(self, text: str, tokens: list[str], strict: bool) -> None:
        self.text = text
        self.tokens = tokens
        self.n = len(tokens) - 1
        self.pos = 0
        self.strict = strict
        self.depth = 0
        # (token index, kind) of ids that are not on the SPDX lists (non-strict mode only).
        self.unknown: list[tuple[int, str]] = []

    def fail(
        self, message: str, index: int, suggestions: tuple[str, ...] = ()
    ) -> InvalidExpressionError:
        position, length = _token_span(self.text, _split(self.text), index)
        return InvalidExpressionError(
            message, expression=self.text, position=position, length=length, suggestions=suggestions
        )

    def expression(self) -> Expression:
        """license-expression = or-expression, with nothing after it."""
        node = self.or_expression()
        if self.pos < self.n:
            token = self.tokens[self.pos]
            if token == ")":
                raise self.fail("unbalanced ')'", self.pos)
            if token in _OPERATORS:  # e.g. a second WITH: "A WITH B WITH C"
                raise self.fail(f"unexpected operator {token!r}", self.pos)
            if token.lower() in _OPERATORS:
                raise self.fail(f"operator {token!r} must be written upper or lower case", self.pos)
            raise self.fail(f"expected AND, OR or WITH, found {token!r}", self.pos)
        return node

    def or_expression(self) -> Expression:
        """or-expression = and-expression *( "OR" and-expression )"""
        first = self.and_expression()
        tokens = self.tokens
        if tokens[self.pos] not in _IS_OR:
            return first
        args: list[Expression] = list(first.args) if isinstance(first, Or) else [first]
        while tokens[self.pos] in _IS_OR:
            self.pos += 1
            node = self.and_expression()
            if isinstance(node, Or):
                args.extend(node.args)
            else:
                args.append(node)
        return Or(tuple(args))

    def and_expression(self) -> Expression:
        """and-expression = with-expression *( "AND" with-expression )"""
        first = self.with_expression()
        tokens = self.tokens
        if tokens[self.pos] not in _IS_AND:
            return first
        args: list[Expression] = list(first.args) if isinstance(first, And) else [first]
        while tokens[self.pos] in _IS_AND:
            self.pos += 1
            node = self.with_expression()
            if isinstance(node, And):
                args.extend(node.args)
            else:
                args.append(node)
        return And(tuple(args))

    def with_expression(self) -> Expression:
        """with-expression = "(" or-expression ")" / simple-expression ["WITH" addition-expr]

        (``addition-expr`` is the grammar's addition-expression.)
        """
        tokens = self.tokens
        pos = self.pos
        token = tokens[pos]
        if token == "(":
            return self.group()
        license: Simple | None = _LICENSE_LEAVES.get(token.lower())
        if license is None:
            license = self.simple_expression()
        self.pos = pos = pos + 1
        if tokens[pos] not in _IS_WITH:
            return license
        self.pos = pos + 1
        return With(license, self.addition_expression())

    def group(self) -> Expression:
        """group = "(" or-expression ")", not followed by WITH (the grammar allows WITH only
        after a simple-expression)."""
        opened = self.pos
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(f"parentheses nested deeper than {MAX_DEPTH} levels", opened)
        self.pos += 1
        node = self.or_expression()
        token = self.tokens[self.pos]
        if token != ")":
            if token is _END or self.pos >= self.n:
                raise self.fail("missing ')' for this '('", opened)
            raise self.fail(f"expected ')' or an operator, found {token!r}", self.pos)
        self.pos += 1
        self.depth -= 1
        if self.tokens[self.pos] in _IS_WITH:
            message = "WITH must follow a single license, not a parenthesised group"
            raise self.fail(message, self.pos)
        return node

    def simple_expression(self) -> Simple:
        """simple-expression = license-id [ "+" ] / license-ref

        Known ids are found by :meth:`with_expression` directly; this handles everything else:
        refs, errors, and unknown ids when lenient. Leaves ``pos`` on the token.
        """
        index = self.pos
        token = self.tokens[index]
        if index >= self.n:
            raise self.fail("unexpected end of expression: a license id is missing", index)
        if token in ("(", ")"):
            raise self.fail(f"expected a license id, found {token!r}", index)
        if token.lower() in _OPERATORS:
            raise self.fail(f"expected a license id, found the operator {token!r}", index)
        plus = token.endswith("+")
        bare = token[:-1] if plus else token
        if not bare:
            raise self.fail("'+' must directly follow a license id", index)
        document, name = _split_document_ref(bare)
        self.check_idstring(name, index, document)
        folded = name.lower()
        if folded in ("licenseref-", "additionref-"):
            raise self.fail(f"{name!r} must be followed by an id", index)
        if folded.startswith("licenseref-"):
            if plus:  # the grammar has no "+" for refs, and a tree has nowhere to keep it
                raise self.fail("'+' cannot follow a LicenseRef", index)
            return LicenseRef("LicenseRef-" + name[11:], document)
        if document is not None:
            message = f"a DocumentRef must be followed by ':LicenseRef-...', found {token!r}"
            raise self.fail(message, index)
        if folded.startswith("additionref-"):
            raise self.fail(f"{token!r} is an addition; it can only follow WITH", index)
        if folded in _EXCEPTIONS:
            raise self.fail(f"{token!r} is a license exception; it can only follow WITH", index)
        if self.strict:
            raise self.fail(f"unknown license id {token!r}", index, _suggest(bare, _LICENSES))
        self.unknown.append((index, "license"))
        return LicenseId(bare, plus)

    def addition_expression(self) -> Addition:
        """addition-expression = license-exception-id / addition-ref"""
        index = self.pos
        token = self.tokens[index]
        self.pos += 1
        known = _EXCEPTION_LEAVES.get(token.lower())
        if known is not None:
            return known
        if index >= self.n:
            raise self.fail("unexpected end of expression: an exception id must follow WITH", index)
        if token in ("(", ")") or token.lower() in _OPERATORS:
            raise self.fail(f"expected an exception id after WITH, found {token!r}", index)
        document, name = _split_document_ref(token)
        self.check_idstring(name, index, document)
        folded = name.lower()
        if folded in ("licenseref-", "additionref-"):
            raise self.fail(f"{name!r} must be followed by an id", index)
        if folded.startswith("additionref-"):
            return AdditionRef("AdditionRef-" + name[12:], document)
        if document is not None:
            message = f"a DocumentRef must be followed by ':AdditionRef-...', found {token!r}"
            raise self.fail(message, index)
        if self.strict:
            if folded in _LICENSES:
                raise self.fail(f"{token!r} is a license, not an exception", index)
            if folded.startswith("licenseref-"):
                message = f"a LicenseRef cannot follow WITH (use AdditionRef-): {token!r}"
                raise self.fail(message, index)
            raise self.fail(f"unknown exception id {token!r}", index, _suggest(token, _EXCEPTIONS))
        self.unknown.append((index, "exception"))
        return ExceptionId(token)

    def check_idstring(self, name: str, index: int, document: str | None) -> None:
        """Ids are letters, digits, '-' and '.' only (and the DocumentRef part likewise)."""
        for part in (name, document) if document is not None else (name,):
            if not _IDSTRING.match(part):
                bad = next(
                    (c for c in part if not (c.isascii() and (c.isalnum() or c in "-."))), ""
                )
                what = repr(bad) if bad else "an empty id"
                raise self.fail(f"unexpected {what} in {self.tokens[index]!r}", index)


def _split_document_ref(token: str) -> tuple[str | None, str]:
    """``DocumentRef-x:LicenseRef-y`` -> ("DocumentRef-x", "LicenseRef-y"); else (None, token)."""
    head, colon, tail = token.partition(":")
    if not colon:
        return None, token
    if not head.lower().startswith("documentref-") or len(head) <= 12:
        return None, token  # the ':' is then reported as a bad character
    return "DocumentRef-" + head[12:], tail


def _suggest(token: str, table: dict[str, tuple[str, bool]]) -> tuple[str, ...]:
    """Near-miss ids from ``table`` for an unknown ``token``, closest first."""
    if len(token) > _MAX_SUGGEST_LENGTH:
        return ()  # nothing on the lists is that long, and difflib is quadratic
    folded = token.lower()
    kind = "license" if table is _LICENSES else "exception"
    exact = _squashed(kind).get(folded.replace("-", "").replace(".", ""))
    if exact is not None:
        return (exact,)
    matches = difflib.get_close_matches(folded, list(table), n=3, cutoff=0.6)
    return tuple(table[m][0] for m in matches)


_MAX_SUGGEST_LENGTH = 80


@functools.cache
def _squashed(kind: Literal["license", "exception"]) -> dict[str, str]:
    """The license or exception ids keyed without '-' and '.' ("apache20" -> "Apache-2.0")."""
    table = _LICENSES if kind == "license" else _EXCEPTIONS
    return {k.replace("-", "").replace(".", ""): v[0] for k, v in table.items()}


def _token_span(text: str, tokens: list[str], index: int) -> tuple[int, int]:
    """Offset and length of token ``index`` in ``text`` (the end of text for index == len)."""
    position = 0
    for i, token in enumerate(tokens):
        position = text.find(token, position)
        if i == index:
            return position, len(token)
        position += len(token)
    return len(text.rstrip()), 1


def _split(text: str) -> list[str]:
    """The raw tokens of ``text``: parentheses, and runs of other non-space characters."""
    return text.replace("(", " ( ").replace(")", " ) ").split()


def _tokenize(text: str, strict: bool) -> list[str]:
    """Split ``text`` into ids, operators and parentheses; whitespace separates tokens.

    The strict reading follows the spec: only plain spaces separate tokens.
    """
    if not isinstance(text, str):
        raise ExpressionTypeError("parse", "expr", text, "a str")
    if strict:
        bad = _OTHER_SPACE.search(text)
        if bad is not None:
            raise InvalidExpressionError(
                f"only spaces may separate tokens, found {bad.group()!r}",
                expression=text,
                position=bad.start(),
            )
    if not text.isascii():
        _refuse_non_ascii(text)
    tokens = _split(text)
    if not tokens:
        raise InvalidExpressionError("empty license expression", expression=text, position=0)
    if not strict:  # lenient: 'Or', 'wITH' ... read as operators
        tokens = [t.upper() if len(t) <= 4 and t.lower() in _OPERATORS else t for t in tokens]
    tokens.append(_END)
    return tokens


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _refuse_non_ascii(text: str) -> None:
    """Refuse the first non-ASCII character that is not a space between tokens.

    Ids and operators are ASCII; a look-alike letter is not folded (``str.lower`` turns the
    Kelvin sign into 'k', which would read ``\u212aazlib`` as Kazlib) but reported, with the
    ASCII spelling of the token (its NFKC form) as a suggestion when that is one.
    """
    for found in _NON_ASCII.finditer(text):
        if found.group().isspace():
            continue  # separates tokens (lenient) or was refused already (strict)
        start = found.start()
        while start > 0 and not (text[start - 1].isspace() or text[start - 1] in "()"):
            start -= 1
        end = found.end()
        while end < len(text) and not (text[end].isspace() or text[end] in "()"):
            end += 1
        token = text[start:end]
        suggestions: tuple[str, ...] = ()
        spelling = unicodedata.normalize("NFKC", token)
        if spelling.isascii() and _IDSTRING.match(spelling.rstrip("+")):
            known = _LICENSES.get(spelling.lower()) or _EXCEPTIONS.get(spelling.lower())
            suggestions = (known[0] if known else spelling,)
        char = found.group()
        raise InvalidExpressionError(
            f"unexpected {char!r} (U+{ord(char):04X}, not ASCII) in {token!r}: ids are ASCII",
            expression=text,
            position=start,  # the token, as for any other bad character of an id
            length=end - start,
            suggestions=suggestions,
        )


def parse(expr: str, strict: bool = True, *, update_deprecated: bool = False) -> Expression:
    """Parse an SPDX license expression into a frozen tree; ``str()`` of it is the canonical form.

    ``strict`` (the default) follows the spec: unknown ids, mixed-case operators and tabs or
    newlines are errors. With ``strict=False`` unknown ids are kept as written (see
    :func:`validate` to list them). ``update_deprecated`` replaces deprecated ids by their
    successors (``GPL-2.0+`` -> ``GPL-2.0-or-later``). Raises :class:`InvalidExpressionError`,
    and :class:`~licenseclass.errors.ExpressionTypeError` (also a ``TypeError``) when ``expr``
    is not a ``str``.
    """
    if not isinstance(expr, str):
        raise ExpressionTypeError("parse", "expr", expr, "a str")
    parser = _Parser(expr, _tokenize(expr, strict), strict)
    try:
        node = parser.expression()
    except RecursionError:  # only when called from an already deep stack: MAX_DEPTH bounds ours
        raise InvalidExpressionError(
            "expression nested too deeply for the remaining stack", expression=expr, position=0
        ) from None
    return replace_deprecated(node) if update_deprecated else node


def canonicalize(expr: str, *, strict: bool = True, update_deprecated: bool = False) -> str:
    """The canonical text of ``expr``: list case, upper-case operators, minimal parentheses."""
    if not isinstance(expr, str):
        raise ExpressionTypeError("canonicalize", "expr", expr, "a str")
    return str(parse(expr, strict, update_deprecated=update_deprecated))


def replace_deprecated(node: Expression) -> Expression:
    """The tree with every deprecated id that has a successor replaced by it."""
    if isinstance(node, LicenseId):
        successor = node.successor if node.deprecated else None
        return parse(successor) if successor else node
    if isinstance(node, With):
        lic = node.license
        successor = lic.successor if isinstance(lic, LicenseId) and lic.deprecated else None
        if successor and " " not in successor:  # keep one WITH: only plain-id successors fit
            return With(LicenseId(successor.rstrip("+"), successor.endswith("+")), node.exception)
        return node
    if isinstance(node, (And, Or)):
        return flattened(type(node), [replace_deprecated(a) for a in node.args])
    return node


# --------------------------------------------------------------------------- validate


def validate(expr: str) -> tuple[Problem, ...]:
    """Every problem of ``expr`` at once: syntax errors, unknown ids, deprecated ids.

    A syntax error stops the reading (what follows it cannot be interpreted), so it is reported
    with whatever was found before it; unknown ids and mixed-case operators are errors,
    deprecated ids warnings. At most :data:`MAX_PROBLEMS` problems are listed. Never raises
    for a ``str``; anything else raises :class:`~licenseclass.errors.ExpressionTypeError`.
    """
    if not isinstance(expr, str):  # a programming error, not a problem of the expression
        raise ExpressionTypeError("validate", "expr", expr, "a str")
    from licenseclass.expressions.problems import Problem  # noqa: PLC0415 - see problems.py

    problems: list[Problem] = []
    bad = _OTHER_SPACE.search(expr)
    if bad is not None:
        message = f"only spaces may separate tokens, found {bad.group()!r}"
        problems.append(Problem(severity="error", message=message, position=bad.start()))
    try:
        tokens = _tokenize(expr, strict=False)
        _Parser(expr, tokens, strict=False).expression()
    except InvalidExpressionError as exc:
        problems.append(
            Problem(
                severity="error",
                message=exc.message,
                position=exc.position,
                length=exc.length,
                suggestions=exc.suggestions,
            )
        )
        return tuple(sorted(problems, key=lambda p: p.position))
    position = 0
    after_with = False
    for token in _split(expr):
        position = expr.find(token, position)
        if len(problems) < MAX_PROBLEMS:
            problem = _token_problem(token, position, after_with)
            if problem is not None:
                problems.append(problem)
        after_with = _OPERATORS.get(token, _OPERATORS.get(token.lower())) == "WITH"
        position += len(token)
    return tuple(problems)


MAX_PROBLEMS = 100


def _token_problem(token: str, position: int, after_with: bool) -> Problem | None:
    """What is wrong with one token of an expression that parsed leniently, if anything."""
    from licenseclass.expressions.problems import Problem  # noqa: PLC0415 - see problems.py

    length = len(token)
    if token in ("(", ")") or token in _OPERATORS:
        return None
    if token.lower() in _OPERATORS:
        message = f"operator {token!r} must be written upper or lower case"
        return Problem(severity="error", message=message, position=position, length=length)
    folded = token.lower()
    ref = _split_document_ref(token)[1].lower()  # the parse succeeded: refs are well formed
    if after_with:
        exc = _EXCEPTIONS.get(folded)
        if exc is None and not ref.startswith("additionref-"):
            return Problem(
                severity="error",
                message=f"unknown exception id {token!r}",
                position=position,
                length=length,
                suggestions=_suggest(token, _EXCEPTIONS),
            )
        if exc is not None and exc[1]:
            message = f"deprecated exception id {exc[0]!r}"
            return Problem(severity="warning", message=message, position=position, length=length)
        return None
    if ref.startswith("licenseref-"):
        return None
    bare = token[:-1] if token.endswith("+") else token
    entry = _LICENSES.get(bare.lower())
    if entry is None:
        message = f"unknown license id {bare!r}"
        suggestions = _suggest(bare, _LICENSES)
        return Problem(
            severity="error",
            message=message,
            position=position,
            length=length,
            suggestions=suggestions,
        )
    if entry[1]:
        successor = LicenseId(entry[0], bare != token).successor
        then = f"; use {successor!r}" if successor else ""
        message = f"deprecated id {token!r}{then}"
        return Problem(severity="warning", message=message, position=position, length=length)
    return None


# --------------------------------------------------------------------------- equivalence


# A compiled tree for the equivalence checks: a leaf is an int (one per distinct leaf), a
# branch is (is_and, args) with nested branches of the same kind flattened.
_Node = int | tuple[bool, tuple["_Node", ...]]


def _compiled(node: Expression, leaf_ids: dict[str, int]) -> _Node:
    if isinstance(node, (And, Or)):
        kind = isinstance(node, And)
        args: list[_Node] = []
        for arg in node.args:
            child = _compiled(arg, leaf_ids)
            if isinstance(child, tuple) and child[0] is kind:
                args.extend(child[1])  # trees built by hand may nest AND in AND
            else:
                args.append(child)
        return (kind, tuple(args))
    return leaf_ids.setdefault(str(node).lower(), len(leaf_ids))


def _depth(node: Expression) -> int:
    """The depth of the tree, found without recursion (trees built by hand can be deep)."""
    deepest = 0
    stack: list[tuple[Expression, int]] = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(current, (And, Or)):
            stack.extend((a, depth + 1) for a in current.args)
    return deepest


def _sorted_key(node: _Node) -> str:
    """A string equal for trees that differ only in the order and repetition of operands."""
    if isinstance(node, int):
        return str(node)
    keys = sorted({_sorted_key(a) for a in node[1]})
    if len(keys) == 1:
        return keys[0]
    return ("&(" if node[0] else "|(") + ",".join(keys) + ")"


def _count(node: _Node, products: bool) -> int:
    """How many terms the normal form has, capped just above MAX_DNF_TERMS.

    ``products`` is True for the disjunctive form (OR of ANDs: an AND multiplies the counts of
    its operands, an OR adds them), False for the conjunctive form (the other way round). The
    count comes before any term is made, so an exponential form is refused, not computed.
    """
    if isinstance(node, int):
        return 1
    counts = [_count(a, products) for a in node[1]]
    total = 1 if node[0] is products else 0
    for count in counts:
        total = total * count if node[0] is products else total + count
        total = min(total, MAX_DNF_TERMS + 1)
    return total


def _terms(node: _Node, products: bool) -> set[frozenset[int]]:
    """The terms of the normal form counted by :func:`_count` (call only when it is small)."""
    if isinstance(node, int):
        return {frozenset((node,))}
    parts = [_terms(a, products) for a in node[1]]
    if node[0] is not products:
        return set().union(*parts)
    return {frozenset().union(*combo) for combo in itertools.product(*parts)}


def _holds(node: _Node, true: frozenset[int], *, inverted: bool = False) -> bool:
    """The value of the (monotone) tree when exactly the leaves in ``true`` hold.

    With ``inverted``, every leaf holds except those in ``true``.
    """
    if isinstance(node, int):
        return (node in true) is not inverted
    if node[0]:
        return all(_holds(a, true, inverted=inverted) for a in node[1])
    return any(_holds(a, true, inverted=inverted) for a in node[1])


def _size(node: _Node) -> int:
    return 1 if isinstance(node, int) else 1 + sum(_size(a) for a in node[1])


def _implies(a: _Node, b: _Node, size_a: int, size_b: int) -> bool:
    """True when every choice that satisfies ``a`` satisfies ``b`` (both are monotone).

    Either each alternative (AND term) of ``a``'s disjunctive form must make ``b`` hold, or each
    clause (OR term) of ``b``'s conjunctive form must be implied by ``a``: ``a`` must fail when
    only that clause's leaves fail. The cheaper of the two is used: ANDs of ORs have few
    clauses, ORs of ANDs few alternatives.
    """
    alternatives, clauses = _count(a, True), _count(b, False)
    work = min(alternatives * (size_a + size_b), clauses * (size_a + size_b))
    if min(alternatives, clauses) > MAX_DNF_TERMS or work > MAX_EQUIVALENCE_WORK:
        raise ExpressionTooLargeError(
            f"expression too large to compare: over {MAX_DNF_TERMS} alternatives and clauses, "
            f"or over {MAX_EQUIVALENCE_WORK} steps",
            limit=MAX_DNF_TERMS,
        )
    if alternatives <= clauses:
        return all(_holds(b, term) for term in _terms(a, True))
    return not any(_holds(a, clause, inverted=True) for clause in _terms(b, False))


def equivalent(a: str | Expression, b: str | Expression) -> bool:
    """True when two expressions allow the same choices (deprecated ids read as successors).

    ``MIT OR (MIT AND ISC)`` is equivalent to ``MIT``; operand order and repetition do not
    matter. Comparing needs a normal form of each side (an OR of ANDs or an AND of ORs, which
    ever is smaller); when both have more than :data:`MAX_DNF_TERMS` terms, or the comparison
    would take more than :data:`MAX_EQUIVALENCE_WORK` steps, and the two trees are not the same
    up to order, :class:`~licenseclass.errors.ExpressionTooLargeError` is raised instead of
    running for minutes.
    """
    trees = [parse(x, strict=False) if isinstance(x, str) else x for x in (a, b)]
    for tree in trees:
        if _depth(tree) > _MAX_TREE_DEPTH:
            raise ExpressionTooLargeError(
                f"expression too deep to compare (over {_MAX_TREE_DEPTH} levels)",
                limit=_MAX_TREE_DEPTH,
            )
    leaf_ids: dict[str, int] = {}
    left, right = (_compiled(replace_deprecated(t), leaf_ids) for t in trees)
    if _sorted_key(left) == _sorted_key(right):
        return True  # same up to order and repetition: no normal form needed
    size_left, size_right = _size(left), _size(right)
    return _implies(left, right, size_left, size_right) and _implies(
        right, left, size_right, size_left
    )
