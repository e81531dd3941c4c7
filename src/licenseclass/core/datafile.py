"""Reading one YAML data file into a typed model, with errors that name the file, line and field.

Used for license entries and release entries alike. Only plain YAML is accepted: no tags
beyond the safe ones (the safe loader), no anchors or aliases (which allow exponential
expansion), and a size cap, so a hostile file cannot exhaust memory. The loader is strict
where PyYAML is lenient or crashes: a key given twice in one mapping is an error (PyYAML keeps
the last), and a value the YAML resolver reads as a date or a number but Python cannot hold
(``2023-02-30``, an integer of thousands of digits) is a located error, not a ValueError.

Data files are ``*.yaml`` or ``*.yml`` (any case); a ``*.json`` file in a data folder is
refused rather than skipped, so a file the user meant as data is never silently ignored.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from licenseclass.core.files import read_bounded
from licenseclass.errors import DataFileError, InputFileError

try:  # the C loader is ten times faster; fall back when libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

ModelT = TypeVar("ModelT", bound=BaseModel)
IdentifiedT = TypeVar("IdentifiedT", bound="_HasId")

MAX_DATA_FILE_BYTES = 1_000_000
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s\]},]")

# File name endings read as data (compared case-insensitively), and those refused outright.
DATA_SUFFIXES = (".yaml", ".yml")
REFUSED_SUFFIXES = (".json",)
# No field needs more (user counts, revenue amounts); bigger ones cannot be printed safely.
MAX_INTEGER_BITS = 63
NOT_A_DATA_FILE = "not a data file: license and release data are YAML files named *.yaml or *.yml"


class _StrictLoader(_Loader):
    """The safe loader, refusing duplicate keys and values Python cannot construct."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            value = super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            # e.g. "2023-02-30" (a timestamp by the resolver) or an int over Python's digit limit
            shown = str(node.value) if isinstance(node, yaml.ScalarNode) else node.id
            shown = shown if len(shown) <= 40 else f"{shown[:20]}...({len(shown)} characters)"
            problem = f"{_kind_of(node.tag)} {shown!r} cannot be read ({_first_clause(exc)})"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None
        if type(value) is int and value.bit_length() > MAX_INTEGER_BITS:
            # hexadecimal or octal escapes Python's digit limit, but not printing or JSON later
            problem = f"integer of {value.bit_length()} bits is too large (the limit is 2**63)"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)
        return value

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:
                    continue  # an unhashable key: the base class reports it
                if duplicate:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {_shown(key)}", key_node.start_mark
                    )
        return super().construct_mapping(node, deep=deep)


def _kind_of(tag: str) -> str:
    name = tag.rpartition(":")[2]
    return {"timestamp": "date", "int": "integer", "float": "number"}.get(name, "value")


def _first_clause(exc: Exception) -> str:
    return str(exc).split(";")[0].split(":")[0].strip() or type(exc).__name__


def is_data_file(path: Path) -> bool:
    """True for a name ending in ``.yaml`` or ``.yml``, in any case."""
    return path.suffix.lower() in DATA_SUFFIXES


def check_data_file_name(path: Path) -> None:
    """Raise :class:`DataFileError` when ``path`` is not named like a data file."""
    if not is_data_file(path):
        raise DataFileError(NOT_A_DATA_FILE, path=path)


def data_files(folder: Path) -> list[Path]:
    """The data files of ``folder``, sorted by name; a ``*.json`` file raises DataFileError."""
    found: list[Path] = []
    try:
        names = sorted(folder.iterdir())
    except OSError as exc:
        raise DataFileError(f"cannot list the folder: {exc.strerror or exc}", path=folder) from None
    for path in names:
        suffix = path.suffix.lower()
        if suffix in REFUSED_SUFFIXES:
            raise DataFileError(NOT_A_DATA_FILE, path=path)
        if suffix in DATA_SUFFIXES:
            found.append(path)
    return found


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
    """Validate every data file of ``folder`` as ``model``; nothing is returned half-way.

    Data files are ``*.yaml`` and ``*.yml`` in any case (see :func:`data_files`). Each file
    name (without the ending) must equal the entry's ``id``, and ids must be unique regardless
    of case. Raises :class:`DataFileError` for the first bad file.
    """
    root = Path(folder)
    try:
        is_folder = root.is_dir()
    except OSError as exc:  # e.g. a parent folder the user may not enter
        raise DataFileError(f"cannot reach the folder: {exc.strerror or exc}", path=root) from None
    if not is_folder:
        raise DataFileError("not a folder", path=root)
    seen: dict[str, Path] = {}
    entries: list[IdentifiedT] = []
    for path in data_files(root):
        if not path.is_file():
            raise DataFileError("not a regular file", path=path)
        entry = read_model(path, model)  # type: ignore[type-var]
        problem = check_id_matches_name(entry.id, path)
        if problem is None and entry.id.casefold() in seen:
            problem = f"duplicate id {entry.id!r}, also defined in {seen[entry.id.casefold()].name}"
        if problem:
            raise DataFileError(problem, path=path, line=line_of_top_key(path, "id"), field="id")
        seen[entry.id.casefold()] = path
        entries.append(entry)
    return entries


def check_id_matches_name(entry_id: str, path: Path) -> str | None:
    """What is wrong when an entry's id differs from its file name (without the ending)."""
    if entry_id != path.stem:
        return (
            f"id {entry_id!r} does not match the file name {path.name!r}: "
            f"the file of id {entry_id!r} is named {entry_id}{path.suffix}"
        )
    return None


def line_of_top_key(path: Path, key: str) -> int | None:
    """The 1-based line where the top-level ``key`` is written, if it is."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _read_text(path: Path) -> str:
    # Regular files only, at most MAX_DATA_FILE_BYTES: a FIFO or a device named X.yaml must
    # not block or fill memory (read_bounded refuses it without opening it for reading).
    try:
        raw = read_bounded(path, MAX_DATA_FILE_BYTES)
    except InputFileError as exc:
        raise DataFileError(exc.reason, path=path) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError("file is not valid UTF-8", path=path, line=line) from None


def _parse(text: str, path: Path) -> Any:
    if _MAYBE_ANCHOR.search(text):
        _reject_anchors(text, path)
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.constructor.ConstructorError as exc:
        # a value or key of well-formed YAML: say which field it is
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        field = _field_at(text, mark.line, mark.column) if mark is not None else None
        raise DataFileError(exc.problem or "bad value", path=path, line=line, field=field) from None
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
    except yaml.YAMLError:  # ReaderError (a NUL, say) has no mark but is a YAMLError too
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
        message += f" (got {_shown(value)})"
    return message


def _shown(value: Any) -> str:
    """A short repr of a value from a data file (it may be huge, or not printable at all)."""
    try:
        text = repr(value)
    except ValueError:  # an int beyond Python's digit limit
        return f"a {type(value).__name__} too long to show"
    return text if len(text) <= 80 else f"{text[:60]}... ({len(text)} characters)"


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


def _field_at(text: str, line: int, column: int) -> str | None:
    """The dotted path of the key or value that starts at ``line``/``column`` (0-based).

    A mapping starts where its first key does; the deepest node found there is the one meant.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    best: tuple[str, ...] | None = None
    stack: list[tuple[Any, tuple[str, ...]]] = [(root, ())]
    while stack:
        node, where = stack.pop()
        children: list[tuple[tuple[str, ...], tuple[Any, ...], Any]]
        if isinstance(node, yaml.MappingNode):
            children = [((*where, _key_text(k)), (k, v), v) for k, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            children = [((*where, str(i)), (v,), v) for i, v in enumerate(node.value)]
        else:
            continue
        for path, candidates, value in children:
            here = any(
                (c.start_mark.line, c.start_mark.column) == (line, column) for c in candidates
            )
            if here and (best is None or len(path) > len(best)):
                best = path
            stack.append((value, path))
    return ".".join(best) if best else None


def _key_text(node: Any) -> str:
    """How a mapping key appears in a field path (a list or mapping as a key has no name)."""
    return str(node.value) if isinstance(node, yaml.ScalarNode) else f"<{node.id} key>"
