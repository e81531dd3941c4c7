"""Read data/successors.yaml, the one table of successors for deprecated SPDX license ids.

scripts/update_spdx.py generates ``_spdx.SUCCESSORS`` from it and scripts/generate_data.py
writes its successors into the ``superseded_by`` field of derived entries; neither keeps a copy.
The file is read like every data file of the library: strict YAML, and a ``DataFileError``
naming the file, line and field when something is wrong.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from licenseclass.core.datafile import read_model
from licenseclass.errors import DataFileError

TABLE = Path(__file__).resolve().parents[1] / "data" / "successors.yaml"


class Successor(BaseModel):
    """What replaces one deprecated SPDX license id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    successor: str | None = Field(description="an SPDX expression; null when none replaces it")
    or_later: str | None = Field(
        default=None, description="what replaces '<id>+' when that form is not a list id itself"
    )
    source: str = Field(min_length=1)


class SuccessorTable(BaseModel):
    """The whole file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    successors: list[Successor]


def read_table(path: Path = TABLE) -> list[Successor]:
    """Every entry of the table, in file order; ids must be unique."""
    entries = read_model(path, SuccessorTable).successors
    seen: set[str] = set()
    for entry in entries:
        if entry.id.lower() in seen:
            raise DataFileError(f"duplicate id {entry.id!r}", path=path, field="successors")
        seen.add(entry.id.lower())
    return entries


def by_id(path: Path = TABLE) -> dict[str, str | None]:
    """Deprecated id (as the SPDX list spells it) -> its successor expression, or None."""
    return {entry.id: entry.successor for entry in read_table(path)}


def lookup_table(path: Path = TABLE) -> dict[str, str]:
    """The parser's form: lower-case id (``+`` for the or-later form) -> successor expression."""
    table: dict[str, str] = {}
    for entry in read_table(path):
        pairs = [(entry.id.lower(), entry.successor)]
        if entry.or_later is not None:
            pairs.append((entry.id.lower() + "+", entry.or_later))
        for key, new in pairs:
            if new is None:
                continue
            if key in table:
                raise DataFileError(f"{key!r} is given a successor twice", path=path)
            table[key] = new
    return table
