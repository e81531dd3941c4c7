"""Shared fixtures.

Every run shares one persistent cache folder, so the text index (tens of seconds to build) is
built once and then reused across runs. That is safe because each cache entry is keyed by the
package versions, the data files, the user texts and the code that builds it. The folder is
``$LICENSECLASS_TEST_CACHE`` when set, else ``licenseclass-tests`` under the user cache folder,
kept apart from the real user cache.
Tests of cold-cache behaviour set up their own empty folders.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


def shared_cache_folder() -> Path:
    override = os.environ.get("LICENSECLASS_TEST_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "licenseclass-tests"


@pytest.fixture(autouse=True, scope="session")
def _shared_cache() -> Iterator[Path]:
    folder = shared_cache_folder()
    patcher = pytest.MonkeyPatch()
    patcher.setenv("LICENSECLASS_CACHE_DIR", str(folder))
    yield folder
    patcher.undo()
