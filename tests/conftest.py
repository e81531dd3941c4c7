"""Shared fixtures.

Every run shares one persistent cache folder, so the text index (tens of seconds to build) is
built once and then reused across runs: its cache key covers the licensedcode-data version and
files, the user texts and the code that builds it (index.py, textnorm.py). The folder is
``$LICENSECLASS_TEST_CACHE`` when set, else ``licenseclass-tests`` under the user cache folder,
kept apart from the real user cache. Tests of cold-cache behaviour set up their own folders.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Cheap entries rebuilt on every run, in under a second, so a change to the code that makes
# them is never hidden by a warm cache (the registry key now covers its loader; the name
# table's does not).
REBUILT_EACH_RUN = ("registry-*.json", "licensenames-*.pickle")


def shared_cache_folder() -> Path:
    override = os.environ.get("LICENSECLASS_TEST_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "licenseclass-tests"


@pytest.fixture(autouse=True, scope="session")
def _shared_cache() -> Iterator[Path]:
    folder = shared_cache_folder()
    for pattern in REBUILT_EACH_RUN:
        for stale in folder.glob(pattern):
            stale.unlink(missing_ok=True)
    patcher = pytest.MonkeyPatch()
    patcher.setenv("LICENSECLASS_CACHE_DIR", str(folder))
    yield folder
    patcher.undo()
