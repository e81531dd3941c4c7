"""Wheel build hook: ship the text index, so that the first use of an installed wheel loads it
instead of spending some 15 s building it.

The index is built from the licensedcode-data texts (the version the project pins) by the
package's own code and stored in the wheel as ``licenseclass/textid/prebuilt-textindex.bin``,
the same data-only format as the cache (see ``licenseclass.textid.index``). At run time it
is used only when it was made for the installed licensedcode-data, license-expression and
code (``portable_key``); otherwise the cache and the build take over as before. Editable
installs and ``LICENSECLASS_NO_PREBUILT_INDEX=1`` skip it; a build that fails leaves the
wheel without it (and says so) rather than failing the wheel.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = "licenseclass/textid/prebuilt-textindex.bin"


class PrebuiltIndexHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._folder: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("LICENSECLASS_NO_PREBUILT_INDEX"):
            self.app.display_info("licenseclass: LICENSECLASS_NO_PREBUILT_INDEX set, no index")
            return
        self.app.display_info("licenseclass: building the text index to ship in the wheel ...")
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            index = importlib.import_module("licenseclass.textid.index")
            self._folder = tempfile.mkdtemp(prefix="licenseclass-index-")
            built = index.write_prebuilt(Path(self._folder) / "prebuilt-textindex.bin")
        except Exception as exc:  # any failure: a wheel without the index
            self.app.display_warning(f"licenseclass: no prebuilt text index in the wheel: {exc}")
            return
        finally:
            sys.path.remove(str(Path(self.root) / "src"))
        build_data["force_include"][str(built)] = TARGET

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
