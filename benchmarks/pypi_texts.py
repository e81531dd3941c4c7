"""The PyPI part's texts: license files shipped inside packages on PyPI, fetched for the benchmarks.

``clause_labels_pypi.yaml`` names, for each labelled text, the package file it comes from (its
address on files.pythonhosted.org and its SHA-256) and the member and SHA-256 of the license
file inside. The texts are not kept in the repository; this module downloads each package file
once into a cache folder (``debian_texts.download_checked``), checks both hashes and reads the
member out of the wheel (a zip) or the sdist (a tar archive) with the standard library only.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import zipfile
from pathlib import Path
from typing import Any

from debian_texts import FetchError, download_checked

__all__ = ["FetchError", "license_text"]

DEFAULT_CACHE = Path.home() / ".cache" / "licenseclass-bench" / "pypi"


def _package_file(source: dict[str, Any], cache: Path) -> bytes:
    url = str(source["url"])
    return download_checked(url, cache / url.rsplit("/", 1)[-1], str(source["file_sha256"]), 600)


def license_text(entry: dict[str, Any], cache: Path = DEFAULT_CACHE) -> str:
    """The license file a label entry was made from, checked against its recorded hash."""
    source = entry["source"]
    data = _package_file(source, cache)
    member = str(source["member"])
    try:
        if str(source["url"]).endswith(".whl"):
            raw = zipfile.ZipFile(io.BytesIO(data)).read(member)
        else:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
                extracted = archive.extractfile(member)
                if extracted is None:
                    raise FetchError(f"{member} is not a file in {source['url']}")
                raw = extracted.read()
    except (KeyError, zipfile.BadZipFile, tarfile.TarError) as error:
        raise FetchError(f"{member} cannot be read from {source['url']}: {error}") from error
    if hashlib.sha256(raw).hexdigest() != source["license_sha256"]:
        raise FetchError(f"{entry['key']}: license file differs from the labels' record")
    return raw.decode("utf-8", errors="replace")
