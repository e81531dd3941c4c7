"""Reading one YAML data file into a typed model, with errors that name the file, line and field.

Used for license entries and release entries alike. Only plain YAML is accepted: no tags
beyond the safe ones (the safe loader), no anchors or aliases (which allow exponential
expansion), and a size cap, so a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from licenseclass.errors import DataFileError

try:  # the C loader is ten times faster; fall back when libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

ModelT = TypeVar("ModelT", bound=BaseModel)
IdentifiedT = TypeVar("IdentifiedT", bound="_HasId")

MAX_DATA_FILE_BYTES = 1_000_000
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s\]},]")


def read_model(path: Path, model: type[ModelT]) -> ModelT:
    """Load ``path`` and validate it as ``model``; raise :class:`DataFileError` on any problem."""
    text = _read_text(path)
    data = _parse(text, path)
    if not isinstance(data, dict):
        raise DataFileError(
            f"expected a mapping of fields at the top level, found {type(data).__name__}",
            path=path,
            line=1,
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        # Discriminated unions add the tag as a path element; it is not a key in the file.
        # A union tag is never the last element, which may be a missing key of the file.
        keys = (
            tuple(p for p in loc[:-1] if not (isinstance(p, str) and _is_union_tag(p, data, loc)))
            + loc[-1:]
        )
        line = _line_of(text, keys)
        field = ".".join(str(p) for p in keys) or None
        raise DataFileError(_describe(first), path=path, line=line, field=field) from None


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def read_folder(folder: Path | str, model: type[IdentifiedT]) -> list[IdentifiedT]:
    """Validate every ``*.yaml`` file of ``folder`` as ``model``; nothing is returned half-way.

    Each file name (without ``.yaml``) must equal the entry's ``id``, and ids must be unique
    regardless of case. Raises :class:`DataFileError` for the first bad file.
    """
    root = Path(folder)
    if not root.is_dir():
        raise DataFileError("not a folder", path=root)
    seen: dict[str, Path] = {}
    entries: list[IdentifiedT] = []
    for path in sorted(root.glob("*.yaml")):
        if not path.is_file():
            raise DataFileError("not a regular file", path=path)
        entry = read_model(path, model)  # type: ignore[type-var]
        problem = None
        if entry.id != path.stem:
            problem = f"id {entry.id!r} does not match the file name {path.name!r}"
        elif entry.id.casefold() in seen:
            problem = f"duplicate id {entry.id!r}, also defined in {seen[entry.id.casefold()].name}"
        if problem:
            raise DataFileError(problem, path=path, line=_line_of_top_key(path, "id"), field="id")
        seen[entry.id.casefold()] = path
        entries.append(entry)
    return entries


def _line_of_top_key(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            raise DataFileError(
                f"file is {size} bytes; data files are limited to {MAX_DATA_FILE_BYTES}", path=path
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(f"cannot read file: {exc.strerror or exc}", path=path) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError("file is not valid UTF-8", path=path, line=line) from None


def _parse(text: str, path: Path) -> Any:
    if _MAYBE_ANCHOR.search(text):
        _reject_anchors(text, path)
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or "malformed YAML"
        raise DataFileError(f"malformed YAML: {problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"malformed YAML: {exc}", path=path) from None


def _reject_anchors(text: str, path: Path) -> None:
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                raise DataFileError(
                    "YAML anchors and aliases are not allowed in data files",
                    path=path,
                    line=token.start_mark.line + 1,
                )
    except yaml.MarkedYAMLError:
        return  # the parse that follows reports the syntax error with its position


def _is_union_tag(part: str, data: Any, loc: tuple[Any, ...]) -> bool:
    """True when ``part`` in ``loc`` is a union tag pydantic inserted, not a key of the file."""
    node = data
    for p in loc:
        if p == part:
            return not (isinstance(node, dict) and part in node)
        if (isinstance(node, dict) and p in node) or (
            isinstance(node, list) and isinstance(p, int) and 0 <= p < len(node)
        ):
            node = node[p]
        else:
            return False
    return False


def _describe(error: Any) -> str:
    message = str(error["msg"])
    if error["type"] == "union_tag_invalid":
        expected = error.get("ctx", {}).get("expected_tags", "")
        found = error.get("ctx", {}).get("tag", "")
        return f"unknown kind {found!r}; expected one of {expected}"
    if error["type"] == "extra_forbidden":
        return "unknown field (check the spelling; see docs/data.md for the fields)"
    value = error.get("input")
    if error["type"] != "missing" and not isinstance(value, (dict, list)):
        message += f" (got {value!r})"
    return message


def _line_of(text: str, keys: tuple[Any, ...]) -> int | None:
    """The 1-based line of the node at ``keys`` (best effort: the deepest node found)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:
                # the field itself is missing or misspelt: point at the mapping's key if any
                key_node = next((k for k, _ in node.value if k.value == key), None)
                return key_node.start_mark.line + 1 if key_node is not None else line
            key_line = next(k for k, v in node.value if v is match).start_mark.line + 1
            node, line = match, key_line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                return line
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line
