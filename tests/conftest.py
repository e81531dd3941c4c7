"""Shared fixtures. Every test run uses its own cache folder, so no user cache leaks in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("licenseclass-cache")
    patcher = pytest.MonkeyPatch()
    patcher.setenv("LICENSECLASS_CACHE_DIR", str(folder))
    yield folder
    patcher.undo()
