"""Policy gates for CI: which packages a scan report lets through.

A :class:`Policy` says which verdict levels fail (``fail_on``), which ids are allowed whatever
their level (``allow``) and which are never allowed (``deny``). :func:`apply_policy` judges each
package on its license expressions, honouring ``OR`` choices: ``MIT OR GPL-3.0-only`` passes a
policy that denies ``GPL-3.0-only``, because the licensee may take MIT. In the tree, ``AND``
needs every part allowed, ``OR`` any one choice, ``WITH`` both the license and the exception.

A policy comes from a YAML file (``fail-on``, ``allow``, ``deny``), from the
``[tool.licenseclass]`` table of a ``pyproject.toml``, or from the command line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, get_args

from pydantic import ConfigDict, Field, ValidationError, field_validator, model_validator

from licenseclass.core.datafile import read_model
from licenseclass.core.files import read_bounded
from licenseclass.core.model import LEVEL_RANK, Frozen, Level, PolicyName
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import DataFileError, InputFileError, InvalidExpressionError
from licenseclass.expressions import _spdx
from licenseclass.expressions.parser import parse
from licenseclass.expressions.tree import (
    And,
    Expression,
    LicenseId,
    LicenseRef,
    Or,
    With,
)
from licenseclass.expressions.verdicts import classify_expression, worst
from licenseclass.scan.results import PackageConclusion, PolicyFailure, PolicyResult, ScanReport

LEVELS: tuple[Level, ...] = get_args(Level)
MAX_POLICY_FILE_BYTES = 1_000_000

# Keys of ``[tool.licenseclass]`` that belong to other settings than the policy; any other key
# is refused, so that a misspelt ``deny`` never lets a package through unnoticed.
OTHER_TOOL_KEYS: frozenset[str] = frozenset({"exclude", "data"})
_REF_PREFIXES = ("licenseref-", "documentref-", "additionref-")


def _id_problem(value: str) -> str | None:
    """Why ``value`` cannot be a license or exception id in a policy, or None."""
    key = value.casefold()
    if key.startswith(_REF_PREFIXES):
        return None
    if key.endswith("+") and key[:-1] in _spdx.LICENSES:
        return None
    if key in _spdx.LICENSES or key in _spdx.EXCEPTIONS:
        return None
    return f"{value!r} is not an SPDX license or exception id, nor a LicenseRef-"


class Policy(Frozen):
    """What a CI gate lets through. Ids are compared without regard to case."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    fail_on: tuple[Level, ...] = Field(
        default=(),
        alias="fail-on",
        description="verdict levels that fail a package (restricted, closed, unknown)",
    )
    allow: tuple[str, ...] = Field(default=(), description="ids allowed whatever their level")
    deny: tuple[str, ...] = Field(default=(), description="ids never allowed")

    @field_validator("fail_on", mode="before")
    @classmethod
    def _split_levels(cls, value: object) -> object:
        # "restricted,closed" in a file or on the command line reads as the list of both
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("allow", "deny", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("allow", "deny")
    @classmethod
    def _check_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            problem = _id_problem(item)
            if problem:
                raise ValueError(problem)
        return tuple(dict.fromkeys(value))

    @model_validator(mode="after")
    def _allow_and_deny_differ(self) -> Policy:
        both = {a.casefold() for a in self.allow} & {d.casefold() for d in self.deny}
        if both:
            shown = ", ".join(sorted(both))
            raise ValueError(f"an id cannot be both allowed and denied: {shown}")
        return self

    @property
    def empty(self) -> bool:
        """True when the policy fails nothing."""
        return not (self.fail_on or self.deny)

    def merged(self, other: Policy) -> Policy:
        """This policy with ``other``'s levels and ids added (a command line adds to a file)."""
        return Policy(
            fail_on=tuple(dict.fromkeys((*self.fail_on, *other.fail_on))),
            allow=(*self.allow, *other.allow),
            deny=(*self.deny, *other.deny),
        )


# --------------------------------------------------------------------------- loading


def load_policy(path: Path | str) -> Policy:
    """The policy of a YAML file, or of ``[tool.licenseclass]`` when ``path`` is a ``*.toml``.

    Raises :class:`~licenseclass.errors.DataFileError` naming the file (and the line, for YAML)
    on anything wrong: unreadable, bad syntax, an unknown key, a level or id that does not exist.
    """
    where = Path(path)
    if where.suffix.lower() == ".toml":
        return _from_pyproject(where)
    return read_model(where, Policy)


def _toml_module(path: Path) -> Any:
    if sys.version_info >= (3, 11):
        import tomllib  # noqa: PLC0415 - the standard one where it exists

        return tomllib
    try:
        import tomli  # noqa: PLC0415 - its backport on 3.10
    except ImportError:
        raise DataFileError("reading TOML on Python 3.10 needs tomli", path=path) from None
    return tomli


def _from_pyproject(path: Path) -> Policy:
    try:
        raw = read_bounded(path, MAX_POLICY_FILE_BYTES)
    except InputFileError as exc:
        raise DataFileError(exc.reason, path=path) from None
    toml = _toml_module(path)
    try:
        data = toml.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataFileError("file is not valid UTF-8", path=path) from None
    except toml.TOMLDecodeError as exc:
        raise DataFileError(f"not valid TOML: {exc}", path=path) from None
    table = data.get("tool", {}).get("licenseclass") if isinstance(data.get("tool"), dict) else None
    if table is None:
        raise DataFileError("no [tool.licenseclass] table", path=path)
    if not isinstance(table, dict):
        raise DataFileError("[tool.licenseclass] is not a table", path=path)
    fields = {k: v for k, v in table.items() if k not in OTHER_TOOL_KEYS}
    try:
        return Policy.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        message = str(first["msg"]).removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown key (the policy keys are fail-on, allow and deny)"
        raise DataFileError(
            message, path=path, field=f"tool.licenseclass.{field}" if field else None
        ) from None


# --------------------------------------------------------------------------- judging


def _current_id(value: str) -> str:
    """``value`` case-folded, a deprecated id replaced by its successor (``GPL-3.0`` denies
    ``GPL-3.0-only``, as the package expressions are read with the same replacement)."""
    try:
        return str(parse(value, strict=False, update_deprecated=True)).casefold()
    except InvalidExpressionError:
        return value.casefold()


class _Judge:
    """Decides whether each leaf of an expression is allowed; leaf levels are cached."""

    def __init__(self, policy: Policy, registry: Registry, verdict_policy: PolicyName) -> None:
        self.fail_on = set(policy.fail_on)
        self.allow = {_current_id(a) for a in policy.allow}
        self.deny = {_current_id(d) for d in policy.deny}
        self.registry = registry
        self.verdict_policy = verdict_policy
        self.levels: dict[str, Level] = {}  # a report repeats the same few leaves many times

    def level(self, leaf: str) -> Level:
        if leaf not in self.levels:
            self.levels[leaf] = classify_expression(leaf, self.verdict_policy, self.registry).level
        return self.levels[leaf]

    def blocked(self, node: Expression) -> list[tuple[str, str]]:
        """The (rule, why) pairs that keep ``node`` out, or ``[]`` when it is allowed."""
        if isinstance(node, And):
            return [rule for arg in node.args for rule in self.blocked(arg)]
        if isinstance(node, Or):
            reasons: list[tuple[str, str]] = []
            for arg in node.args:
                rules = self.blocked(arg)
                if not rules:
                    return []  # one fully allowed choice is enough
                reasons.extend(rules)
            return reasons
        return self._leaf(node)

    def _leaf(self, node: LicenseId | LicenseRef | With) -> list[tuple[str, str]]:
        simple = node.license if isinstance(node, With) else node
        names = {str(simple).casefold(), simple.id.casefold(), str(node).casefold()}
        exception = node.exception if isinstance(node, With) else None
        rules: list[tuple[str, str]] = []
        if names & self.deny:
            rules.append((f"deny {simple}", f"{simple} is denied"))
        if exception is not None and exception.id.casefold() in self.deny:
            rules.append((f"deny {exception.id}", f"{exception.id} is denied"))
        if rules:
            return rules
        if names & self.allow:
            return []
        level = self.level(str(node))
        return [(f"fail-on {level}", f"{node} is {level}")] if level in self.fail_on else []


def _expressions(package: PackageConclusion) -> list[str]:
    found = [package.declared_expression, package.detected_expression]
    return list(dict.fromkeys(e for e in found if e))


def _verdict_failure(package: PackageConclusion, judge: _Judge, why: str) -> PolicyFailure | None:
    level = package.verdict.level
    if level not in judge.fail_on:
        return None
    return PolicyFailure(package=package.name, rule=f"fail-on {level}", message=why)


def _package_failures(package: PackageConclusion, judge: _Judge) -> list[PolicyFailure]:
    """Every expression the package gives must pass: when declared and detected disagree,
    the licensee may be bound by either, so neither is picked."""
    expressions = _expressions(package)
    level = package.verdict.level
    if not expressions:
        found = _verdict_failure(package, judge, f"no license expression found; it is {level}")
        return [found] if found else []
    failures: list[PolicyFailure] = []
    readable: list[str] = []
    for expression in expressions:
        try:
            tree = parse(expression, strict=False, update_deprecated=True)
        except InvalidExpressionError as exc:
            if "unknown" in judge.fail_on:
                failures.append(
                    PolicyFailure(
                        package=package.name,
                        rule="fail-on unknown",
                        message=f"{expression!r} cannot be read: {exc}",
                    )
                )
            continue
        readable.append(str(tree))
        rules = list(dict.fromkeys(judge.blocked(tree)))
        if rules:
            why = "; ".join(reason for _, reason in rules)
            lead = "no choice is allowed: " if isinstance(tree, Or) else ""
            failures.append(
                PolicyFailure(
                    package=package.name, rule=rules[0][0], message=f"{expression}: {lead}{why}"
                )
            )
    # The verdict may be less open than the expressions say: a clause added to a license text
    # (a non-commercial sentence beside MIT) keeps the id but restricts the package. The ids
    # cannot vouch for terms they do not name, so the verdict's level is judged too.
    named = worst([judge.level(e) for e in readable]) if readable else level
    if not failures and LEVEL_RANK[level] < LEVEL_RANK[named]:
        first = package.verdict.reasons[0].message if package.verdict.reasons else ""
        why = f"the verdict is {level}, beyond what {' and '.join(readable)} says"
        found = _verdict_failure(package, judge, why + (f": {first}" if first else ""))
        failures += [found] if found else []
    return failures


def apply_policy(
    report: ScanReport, policy: Policy, registry: Registry | None = None
) -> ScanReport:
    """``report`` with ``policy`` set to the outcome of the gate over every package."""
    judges: dict[PolicyName, _Judge] = {}
    failures: list[PolicyFailure] = []
    for package in report.packages:
        name = package.verdict.policy
        if name not in judges:
            judges[name] = _Judge(policy, registry or default_registry(), name)
        failures.extend(_package_failures(package, judges[name]))
    result = PolicyResult(passed=not failures, failures=tuple(failures))
    return report.model_copy(update={"policy": result})


def exit_code(report: ScanReport) -> int:
    """0 when no policy was applied or it passed, 1 when it failed."""
    return 1 if report.policy is not None and not report.policy.passed else 0


__all__ = [
    "LEVELS",
    "Policy",
    "apply_policy",
    "exit_code",
    "load_policy",
]
