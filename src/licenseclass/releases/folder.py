"""A downloaded model folder read as a release: what is on disk decides the verdict.

A Hugging Face style folder holds weight files, ``config.json``, a ``README.md`` model card
whose YAML front matter names the license (``license:``, and for ``license: other`` the
``license_name:`` and ``license_link:``), often a ``LICENSE`` file and sometimes a
``USE_POLICY.md``. :func:`read_model_folder` turns that into a :class:`Release`:

- weight files present: the weights are public (else unavailable);
- the license: the card's tag mapped through the registry's ``huggingface_tag`` (or its
  aliases), and the ``LICENSE`` file identified with ``classify_text``; when both name a
  license and they differ, both apply (``A AND B``) and the disagreement is reported;
- a use policy file: the weights carry an acceptable-use restriction;
- training code and data information cannot be seen in a folder, so they are absent and the
  ``osaid`` policy fails on them with its reasons.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field

from licenseclass.core.model import Frozen, Level, Provenance, Reason, Source
from licenseclass.core.registry import Registry, default_registry
from licenseclass.errors import ArgumentTypeError, InputFileError
from licenseclass.releases.catalog import Component, Release

WEIGHT_SUFFIXES: tuple[str, ...] = (
    ".safetensors",
    ".bin",
    ".pt",
    ".pth",
    ".ckpt",
    ".gguf",
    ".h5",
    ".msgpack",
    ".onnx",
    ".npz",
)
# Files that are not weights despite a weight-like suffix (training state, tokenizer data).
_NOT_WEIGHTS = re.compile(r"^(training_args|optimizer|scheduler|rng_state)", re.IGNORECASE)
_LICENSE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "LICENCE.txt")
_POLICY_NAMES = ("USE_POLICY.md", "USE_POLICY", "USAGE_POLICY.md", "USAGE_POLICY", "AUP.md")
_MAX_TEXT = 1_000_000  # bytes read from a card or a license file
_MAX_DEPTH = 2
_MAX_ENTRIES = 20_000


class ModelFolder(Frozen):
    """What was found in the folder, file by file, before it was judged."""

    path: str
    weights: tuple[str, ...] = Field(default=(), description="weight files (relative paths)")
    config: bool = Field(default=False, description="whether config.json is present")
    card: str | None = Field(default=None, description="the model card file, if any")
    card_license: str | None = Field(default=None, description="the card's license tag")
    card_license_name: str | None = None
    card_license_link: str | None = None
    card_expression: str | None = Field(
        default=None, description="the card's tag as a license id, when the registry knows it"
    )
    license_file: str | None = None
    license_file_expression: str | None = Field(
        default=None, description="what classify_text found in the license file"
    )
    license_file_level: Level | None = Field(
        default=None,
        description="the license file's own verdict (classify_text: the whole text, lines no "
        "reference explains read as terms)",
    )
    terms_reasons: tuple[Reason, ...] = Field(
        default=(),
        description="when the license file says more than its expression (terms added to a "
        "known license, or an agreement nothing identifies): why, with the lines",
    )
    use_policy: str | None = Field(default=None, description="the use policy file, if any")
    expression: str | None = Field(default=None, description="the weights' terms as judged")
    conflict: bool = Field(
        default=False, description="the card and the license file name different licenses"
    )
    notes: tuple[str, ...] = ()


def front_matter(text: str) -> dict[str, Any]:
    """The YAML front matter of a model card (``---`` lines around it), or ``{}``."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    for end, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            try:
                data = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                return {}
            return data if isinstance(data, dict) else {}
    return {}


def license_from_tag(tag: str, registry: Registry | None = None) -> str | None:
    """The license id a Hugging Face license tag stands for, or None when it is unknown."""
    reg = registry or default_registry()
    folded = tag.strip().casefold()
    for lic in reg:
        if lic.huggingface_tag is not None and lic.huggingface_tag.casefold() == folded:
            return lic.id
    found = reg.find(tag.strip())
    return found.id if found is not None else None


class CardLicense(Frozen):
    """The license a model card's front matter declares, read before it is judged."""

    tag: str | None = Field(default=None, description="``license:`` (a list joined with AND)")
    name: str | None = Field(default=None, description="``license_name:``")
    link: str | None = Field(default=None, description="``license_link:``")
    named: str | None = Field(
        default=None, description="what names the license: the tag, or for ``other`` the name"
    )
    expression: str | None = Field(
        default=None, description="``named`` as license ids, when the registry knows each one"
    )


def card_license(text: str, registry: Registry | None = None) -> CardLicense:
    """The license declared by a model card: a README with YAML front matter, or the front
    matter alone (``license: llama3.1``, with or without its ``---`` lines)."""
    meta = front_matter(text)
    if not meta and not text.lstrip("\ufeff").startswith("---"):
        try:
            bare = yaml.safe_load(text)
        except yaml.YAMLError:
            bare = None
        meta = bare if isinstance(bare, dict) else {}
    tag, name, link = (meta.get(k) for k in ("license", "license_name", "license_link"))
    if isinstance(tag, list):  # a list of tags: every one applies
        tag = " AND ".join(str(t) for t in tag) if tag else None
    # "other" says the license is named by license_name (e.g. qwen, llama3.1)
    named = name if str(tag).casefold() == "other" and name else tag
    expression = None
    if named is not None:
        reg = registry or default_registry()
        ids = [license_from_tag(part, reg) for part in str(named).split(" AND ")]
        if all(ids):
            expression = " AND ".join(str(i) for i in ids)
    return CardLicense(
        tag=None if tag is None else str(tag),
        name=None if name is None else str(name),
        link=None if link is None else str(link),
        named=None if named is None else str(named),
        expression=expression,
    )


def _read(path: Path) -> str:
    with path.open("rb") as handle:
        data = handle.read(_MAX_TEXT + 1)
    if len(data) > _MAX_TEXT:
        data = data[:_MAX_TEXT]
    return data.decode("utf-8", errors="replace")


def _first(folder: Path, names: tuple[str, ...]) -> Path | None:
    present = {p.name.casefold(): p for p in folder.iterdir() if p.is_file()}
    for name in names:
        if name.casefold() in present:
            return present[name.casefold()]
    return None


def _weight_files(folder: Path) -> tuple[str, ...]:
    """Weight files in the folder and its subfolders down to :data:`_MAX_DEPTH` (``original/``
    and the like), links to folders not followed, at most :data:`_MAX_ENTRIES` entries looked at
    so that a path such as ``/`` ends quickly."""
    found: list[str] = []
    seen = 0
    for top, dirs, names in os.walk(folder, followlinks=False):
        depth = len(Path(top).relative_to(folder).parts)
        if depth >= _MAX_DEPTH:
            dirs[:] = []
        dirs.sort()
        for name in sorted(names):
            seen += 1
            path = Path(top) / name
            suffix = path.suffix.casefold()
            # a dangling link (an unfinished download) holds no weights: is_file() is False
            if suffix in WEIGHT_SUFFIXES and not _NOT_WEIGHTS.match(name) and path.is_file():
                found.append(path.relative_to(folder).as_posix())
        if seen > _MAX_ENTRIES:
            break
    return tuple(found)


def inspect_model_folder(path: Path | str, registry: Registry | None = None) -> ModelFolder:
    """Read what a model folder holds (weights, card, license file, use policy)."""
    if not isinstance(path, (str, Path)):
        raise ArgumentTypeError("inspect_model_folder", "path", path, "a str or a path")
    folder = Path(path)
    if not folder.is_dir():
        raise InputFileError("is not a folder", path=folder)
    reg = registry or default_registry()
    notes: list[str] = []
    found: dict[str, Any] = {"path": str(folder), "weights": _weight_files(folder)}
    found["config"] = (folder / "config.json").is_file()
    card = _first(folder, ("README.md", "README"))
    if card is not None:
        read = card_license(_read(card), reg)
        found["card"] = card.name
        found["card_license"], found["card_license_name"] = read.tag, read.name
        found["card_license_link"] = read.link
        found["card_expression"] = read.expression
        if read.named is None:
            notes.append(f"{card.name} has no license in its front matter")
        elif read.expression is None:
            notes.append(f"the card's license tag {read.named!r} is not a known license")
    license_file = _first(folder, _LICENSE_NAMES)
    if license_file is not None:
        # Deferred: identifying a text loads the text index.
        from licenseclass.textid.classify import added_terms, classify_text  # noqa: PLC0415

        found["license_file"] = license_file.name
        if license_file.stat().st_size > _MAX_TEXT:
            notes.append(f"{license_file.name}: only its first {_MAX_TEXT:,} bytes were read")
        result = classify_text(_read(license_file), registry=reg, license_file=True)
        found["license_file_expression"] = result.expression
        found["license_file_level"] = result.verdict.level
        found["terms_reasons"] = tuple(
            r.model_copy(update={"message": f"{license_file.name}: {r.message}"})
            for r in added_terms(result, reg)
        )
        if result.expression is None:
            notes.append(f"{license_file.name}: no known license was identified in it")
    policy = _first(folder, _POLICY_NAMES)
    found["use_policy"] = policy.name if policy is not None else None
    card_expr, file_expr = found.get("card_expression"), found.get("license_file_expression")
    if card_expr and file_expr and card_expr != file_expr:
        found["conflict"] = True
        found["expression"] = f"({card_expr}) AND ({file_expr})"
        notes.append(
            f"the card says {card_expr} but {found['license_file']} reads as {file_expr}: "
            "both are applied until one is confirmed"
        )
    else:
        found["expression"] = card_expr or file_expr
    if not found["weights"]:
        notes.append("no weight files were found")
    notes.append(
        "training code and training data information cannot be seen in a model folder: the "
        "osaid policy counts them as not published"
    )
    return ModelFolder(**found, notes=tuple(notes))


def read_model_folder(
    path: Path | str, registry: Registry | None = None
) -> tuple[Release, ModelFolder]:
    """A release built from what a downloaded model folder holds, and what was found."""
    seen = inspect_model_folder(path, registry)
    folder = Path(seen.path)
    files = ", ".join(seen.weights[:3]) + (" ..." if len(seen.weights) > 3 else "")
    weights = Component(
        kind="weights",
        availability="public" if seen.weights else "unavailable",
        license=seen.expression,
        name=files or None,
        note="; ".join(seen.notes[:-1]) or None,
        use_policy=seen.use_policy,
        terms_level=seen.license_file_level if seen.terms_reasons else None,
        terms_reasons=seen.terms_reasons,
    )
    parts = [weights]
    if seen.card is not None:
        parts.append(Component(kind="model-card", availability="public", name=seen.card))
    refs = [seen.card, seen.license_file, seen.use_policy]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", folder.resolve().name).strip("-._") or "model"
    release = Release(
        id=slug if slug[0].isalnum() else f"model-{slug}",
        name=folder.resolve().name or str(folder),
        organisation="unknown (read from a local folder)",
        date=None,
        components=tuple(parts),
        notes=" ".join(seen.notes),
        provenance=Provenance(
            status="inferred",
            sources=tuple(
                Source(kind="other", ref=str(folder / ref), fields=("components.weights",))
                for ref in refs
                if ref
            )
            or (Source(kind="other", ref=str(folder)),),
            note="read from a local model folder; no person reviewed these facts",
        ),
    )
    return release, seen


def is_model_folder(path: Path | str) -> bool:
    """Whether ``path`` is a folder that looks like a downloaded model (weights or config)."""
    folder = Path(path)
    if not folder.is_dir():
        return False
    return (folder / "config.json").is_file() or bool(_weight_files(folder))
