"""The Debian part's texts: copyright files fetched from the Debian archive for the benchmarks.

``clause_labels_debian.yaml`` names, for each labelled text, the ``.deb`` it comes from (its path
in the archive and its SHA-256) and the member and SHA-256 of the copyright file inside. The texts
are not kept in the repository; this module downloads each package once into a cache folder,
checks both hashes and reads the member out of the ``.deb`` (an ``ar`` archive holding a
``data.tar.xz``) with the standard library only.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import urllib.request
from pathlib import Path
from typing import Any

MIRROR = "https://deb.debian.org/debian/"
# A source entry may name another archive laid out the same way (Ubuntu's, for debian5).
MIRRORS = {"debian": MIRROR, "ubuntu": "http://archive.ubuntu.com/ubuntu/"}
DEFAULT_CACHE = Path.home() / ".cache" / "licenseclass-bench" / "debian"


class FetchError(Exception):
    """A package could not be downloaded, or what came is not what the labels name."""


def _ar_member(archive: bytes, prefix: str) -> bytes:
    # ar: an 8-byte magic, then 60-byte headers (name 16, size at 48..58), bodies padded to even.
    if not archive.startswith(b"!<arch>\n"):
        raise FetchError("not an ar archive")
    at = 8
    while at + 60 <= len(archive):
        header = archive[at : at + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        body = archive[at + 60 : at + 60 + size]
        if name.startswith(prefix):
            return body
        at += 60 + size + (size % 2)
    raise FetchError(f"no {prefix}* member")


def download_checked(url: str, path: Path, sha256: str, timeout: int = 120) -> bytes:
    """The file at ``url``, downloaded once into ``path`` and checked against ``sha256``."""
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                data = response.read()
        except OSError as error:
            raise FetchError(f"{url}: {error}") from error
        path.write_bytes(data)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise FetchError(f"{url}: SHA-256 differs from the labels' record")
    return data


def _deb(source: dict[str, Any], cache: Path) -> bytes:
    url = MIRRORS[str(source.get("archive", "debian"))] + str(source["deb"])
    return download_checked(url, cache / Path(str(source["deb"])).name, str(source["deb_sha256"]))


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _unzstd(payload: bytes) -> bytes:
    # Ubuntu packs data.tar with zstd, which the standard library of Python 3.11 cannot read.
    try:
        import zstandard  # the bench extra installs it
    except ImportError as error:
        raise FetchError("a zstd-packed .deb needs zstandard (the bench extra)") from error
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(payload))
    data: bytes = reader.read()
    return data


def copyright_text(entry: dict[str, Any], cache: Path = DEFAULT_CACHE) -> str:
    """The copyright file a label entry was made from, checked against its recorded hash."""
    source = entry["source"]
    payload = _ar_member(_deb(source, cache), "data.tar")
    if payload.startswith(_ZSTD_MAGIC):
        payload = _unzstd(payload)
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:*") as tar:
        member = tar.extractfile(str(source["member"]))
        if member is None:
            raise FetchError(f"{source['member']} is not a file in {source['deb']}")
        raw = member.read()
    if hashlib.sha256(raw).hexdigest() != source["copyright_sha256"]:
        raise FetchError(f"{entry['key']}: copyright file differs from the labels' record")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Older copyright files are Latin-1; line numbers are the same either way.
        return raw.decode("latin-1")
