"""The built-in tables are moved out of the garbage collector's reach once loaded."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import gc
from licenseclass.core.registry import Registry
before = gc.get_freeze_count()
entries = list(Registry().select())
print(before, gc.get_freeze_count(), len(entries))
"""


def frozen_counts(switch: str) -> tuple[int, int, int]:
    """Frozen objects before and after a fresh process loads the built-in registry."""
    env = dict(os.environ, LICENSECLASS_NO_GC_FREEZE=switch)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    before, after, entries = (int(n) for n in result.stdout.split())
    return before, after, entries


@pytest.mark.parametrize("switch", ["", "0"])
def test_loading_the_registry_freezes_its_objects(switch: str) -> None:
    before, after, entries = frozen_counts(switch)
    assert before == 0
    # every entry is a handful of tracked objects (the model, its lists and sub-models)
    assert after > 5 * entries > 0


def test_the_switch_turns_freezing_off() -> None:
    before, after, entries = frozen_counts("1")
    assert entries > 0
    assert before == after == 0
