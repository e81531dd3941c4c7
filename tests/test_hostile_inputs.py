"""Hostile and careless input: special files, huge texts, wrong argument types, escape codes in
what is printed, and output that cannot be written.

The special files are built here at run time (``os.mkfifo``, a bound AF_UNIX socket, links to
``/dev/zero``). A call that could block or read forever runs in a child process with a
timeout, so that a regression fails the test instead of hanging the suite: the timeout bounds
the failure, it does not measure speed.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import licenseclass as lc
from licenseclass.cli import main
from licenseclass.core.datafile import MAX_DATA_FILE_BYTES
from licenseclass.core.files import read_bounded
from licenseclass.errors import (
    ArgumentTypeError,
    ClauseAnalysisError,
    DataFileError,
    ExpressionTypeError,
    InputFileError,
    InputTooLargeError,
    InvalidExpressionError,
    LicenseclassError,
    escape_controls,
)
from licenseclass.textid.classify import MAX_TEXT_CHARS, read_text_file, registry_with

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

# Bounds a call that must return at once; a regression (a blocked open, an endless read) fails.
CHILD_TIMEOUT = 60

LICENSE_YAML = """\
id: {id}
name: {name}
kind: software
rights:
  use: {{status: restricted, restrictions: [evaluation-only]}}
  modify: {{status: denied}}
  share: {{status: denied}}
restrictions:
  - kind: evaluation-only
provenance:
  status: reviewed
  sources:
    - kind: license-text
      ref: {ref}
"""

RELEASE_YAML = """\
id: {id}
name: {name}
organisation: {organisation}
components:
  - kind: weights
    availability: public
    license: MIT
    name: {name}
provenance:
  status: reviewed
  sources:
    - kind: vendor
      ref: https://example.org
"""

# A child process: run one call named on the command line, print what it raised as JSON.
_CHILD = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    import licenseclass as lc
    from licenseclass.core.registry import Registry
    from licenseclass.releases.catalog import ReleaseCatalog, read_release
    from licenseclass.textid.classify import read_text_file

    call, path, *rest = sys.argv[1:]
    calls = {
        "read_text_file": lambda: read_text_file(path),
        "read_special": lambda: read_text_file(path, allow_special=True, max_bytes=int(rest[0])),
        "classify_file": lambda: lc.classify_file(path),
        "user_texts": lambda: Registry([path]).user_texts(),
        "user_entries": lambda: Registry([path]).user_entries(),
        "releases": lambda: len(ReleaseCatalog([path], builtin=False)),
        "read_release": lambda: read_release(path),
    }
    run = calls[call]
    if rest and rest[-1] == "nobody":  # everything is imported above; now lose the rights
        os.setgid(65534)
        os.setuid(65534)
    try:
        value = run()
    except Exception as exc:
        print(json.dumps({"raised": [c.__name__ for c in type(exc).__mro__], "message": str(exc),
                          "path": str(getattr(exc, "path", ""))}))
    else:
        print(json.dumps({"returned": repr(value)[:200]}))
    """
)


def in_child(call: str, path: Path | str, *rest: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, call, str(path), *rest],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def raised(result: dict[str, Any], error: str) -> str:
    assert "raised" in result, f"expected {error}, the call returned {result.get('returned')}"
    assert error in result["raised"], result
    assert "LicenseclassError" in result["raised"]
    return str(result["message"])


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs (POSIX)")
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket() -> Iterator[Path]:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs AF_UNIX sockets")
    folder = Path(tempfile.mkdtemp(prefix="lc-"))  # short: socket paths are limited to ~100
    path = folder / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        yield path
    finally:
        server.close()
        path.unlink()
        folder.rmdir()


def license_folder(folder: Path, license_id: str = "LicenseRef-Acme-Eval", **fields: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    values = {"id": license_id, "name": "Acme Evaluation License", "ref": "section 2", **fields}
    (folder / f"{license_id}.yaml").write_text(LICENSE_YAML.format(**values), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- special files


@posix_only
def test_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    # Nobody ever writes to the FIFO: opening it for reading the usual way blocks forever.
    for call in ("read_text_file", "classify_file"):
        message = raised(in_child(call, fifo), "InputFileError")
        assert "is a FIFO, not a regular file" in message


def test_devices_are_refused_without_reading() -> None:
    for device in ("/dev/zero", "/dev/urandom", "/dev/null"):
        if not os.path.exists(device):
            continue
        message = raised(in_child("classify_file", device), "InputFileError")
        assert "character device, not a regular file" in message


def test_a_link_to_a_device_is_judged_by_its_target(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    link = tmp_path / "LICENSE.txt"
    link.symlink_to("/dev/zero")
    message = raised(in_child("read_text_file", link), "InputFileError")
    assert "character device" in message


def test_a_socket_is_refused(unix_socket: Path) -> None:
    with pytest.raises(InputFileError, match="is a socket, not a regular file"):
        read_text_file(unix_socket)
    with pytest.raises(InputFileError, match="is a socket"):
        read_text_file(unix_socket, allow_special=True)  # a socket cannot be read as a file


def test_allowed_special_files_are_still_bounded() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    # /dev/zero never ends and claims size 0: the read stops one byte past the limit.
    message = raised(in_child("read_special", "/dev/zero", "1000"), "InputFileError")
    assert "too big" in message
    assert "1,000 bytes" in message


@posix_only
def test_allow_special_reads_a_fifo_with_a_writer(fifo: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", f"open({str(fifo)!r}, 'w').write('SPDX-License-Identifier: MIT')"]
    )
    try:
        result = in_child("read_special", fifo, "1000")
    finally:
        writer.wait(timeout=CHILD_TIMEOUT)
    assert result == {"returned": repr("SPDX-License-Identifier: MIT")}


def test_missing_files_folders_and_dangling_links(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases = {
        tmp_path / "absent.txt": "cannot be read",
        tmp_path: "is a folder",
        dangling: "symbolic link to a file that does not exist",
        loop: "cannot be read",
    }
    for path, message in cases.items():
        with pytest.raises(InputFileError, match=message) as info:
            read_text_file(path)
        assert info.value.path == path


def test_the_size_check_does_not_trust_the_claimed_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(InputFileError, match="too big") as info:
        read_bounded(path, 1000)
    assert "2,000 bytes" in info.value.reason
    assert read_bounded(path, 2000) == b"x" * 2000


# --------------------------------------------------------------------------- data folders


@posix_only
def test_special_files_in_a_data_folder_are_data_file_errors(tmp_path: Path) -> None:
    folder = license_folder(tmp_path / "data")
    os.mkfifo(folder / "LicenseRef-Fifo.yaml")
    message = raised(in_child("user_entries", folder), "DataFileError")
    assert "LicenseRef-Fifo.yaml" in message
    (folder / "LicenseRef-Fifo.yaml").unlink()

    os.mkfifo(folder / "LicenseRef-Acme-Eval.txt")
    result = in_child("user_texts", folder)
    message = raised(result, "DataFileError")
    assert "is a FIFO, not a regular file" in message
    assert result["path"] == str(folder / "LicenseRef-Acme-Eval.txt")


def test_links_to_devices_in_a_data_folder_are_data_file_errors(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    folder = license_folder(tmp_path / "data")
    (folder / "LicenseRef-Acme-Eval.txt").symlink_to("/dev/zero")
    assert "character device" in raised(in_child("user_texts", folder), "DataFileError")
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "zero.yaml").symlink_to("/dev/zero")
    assert "zero.yaml" in raised(in_child("releases", releases), "DataFileError")
    assert "zero.yaml" in raised(in_child("read_release", releases / "zero.yaml"), "DataFileError")


@posix_only
def test_a_fifo_release_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.yaml"
    os.mkfifo(path)
    assert "not a regular file" in raised(in_child("read_release", path), "DataFileError")
    assert "not a regular file" in raised(in_child("releases", tmp_path), "DataFileError")


def _load(folder: Path, name: str) -> object:
    """Read what ``name`` is part of: the texts for ``.txt``, the entries for ``.yaml``."""
    registry = Registry(folder)
    return registry.user_texts() if name.endswith(".txt") else registry.user_entries()


@pytest.mark.parametrize("name", ["LicenseRef-Acme-Eval.txt", "LicenseRef-Other.yaml"])
def test_dangling_links_and_folders_in_a_data_folder(tmp_path: Path, name: str) -> None:
    folder = license_folder(tmp_path / "data")
    (folder / name).symlink_to(folder / "nowhere")
    with pytest.raises(DataFileError) as info:
        _load(folder, name)
    assert info.value.path == folder / name
    (folder / name).unlink()
    (folder / name).mkdir()
    with pytest.raises(DataFileError, match="not a regular file") as info:
        _load(folder, name)
    assert info.value.path == folder / name


def test_a_dangling_text_link_is_named_when_the_names_are_indexed(tmp_path: Path) -> None:
    folder = license_folder(tmp_path / "data")
    (folder / "LicenseRef-Acme-Eval.txt").symlink_to(folder / "nowhere")
    with pytest.raises(DataFileError) as info:
        Registry(folder).data_digest()
    assert info.value.path == folder / "LicenseRef-Acme-Eval.txt"


def test_an_oversized_yaml_file_is_refused(tmp_path: Path) -> None:
    folder = license_folder(tmp_path / "data")
    padding = "# " + "x" * 98 + "\n"
    path = folder / "LicenseRef-Acme-Eval.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + padding * (MAX_DATA_FILE_BYTES // 100), "utf-8"
    )
    with pytest.raises(DataFileError, match="too big") as info:
        Registry(folder).user_entries()
    assert info.value.path == path


@pytest.fixture
def unreadable_folder() -> Iterator[Path]:
    """A folder (traversable by everyone) holding one license with an unreadable YAML file."""
    if not hasattr(os, "setuid"):
        pytest.skip("needs POSIX users and permissions")
    folder = Path(tempfile.mkdtemp(prefix="lc-unreadable-"))
    folder.chmod(0o755)
    license_folder(folder)
    text = folder / "LicenseRef-Acme-Eval.txt"
    text.write_text("Acme Evaluation License\n", encoding="utf-8")
    for path in folder.iterdir():
        path.chmod(0)
    try:
        yield folder
    finally:
        for path in folder.iterdir():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()
        folder.rmdir()


def test_unreadable_files_as_an_unprivileged_user(unreadable_folder: Path) -> None:
    # Root reads any file, so as root the calls run in a child that becomes "nobody" first.
    extra = ("nobody",) if os.geteuid() == 0 else ()
    if not extra and os.access(unreadable_folder / "LicenseRef-Acme-Eval.txt", os.R_OK):
        pytest.skip("this user can read files without read permission")
    text = unreadable_folder / "LicenseRef-Acme-Eval.txt"
    result = in_child("user_texts", unreadable_folder, *extra)
    assert "Permission denied" in raised(result, "DataFileError")
    assert result["path"] == str(text)
    result = in_child("user_entries", unreadable_folder, *extra)
    assert "Permission denied" in raised(result, "DataFileError")
    assert result["path"] == str(unreadable_folder / "LicenseRef-Acme-Eval.yaml")
    assert "Permission denied" in raised(in_child("classify_file", text, *extra), "InputFileError")


# --------------------------------------------------------------------------- text size caps


def test_classify_text_refuses_a_text_over_its_limit() -> None:
    with pytest.raises(InputTooLargeError) as info:
        lc.classify_text("x" * (MAX_TEXT_CHARS + 1))  # refused before any work
    assert (info.value.size, info.value.limit, info.value.argument) == (
        MAX_TEXT_CHARS + 1,
        MAX_TEXT_CHARS,
        "max_chars",
    )
    assert isinstance(info.value, ValueError)
    with pytest.raises(InputTooLargeError, match="the limit is 10 "):
        lc.classify_text("MIT License", max_chars=10)


def test_classify_file_limit_is_overridable(tmp_path: Path) -> None:
    path = tmp_path / "LICENSE"
    path.write_text("SPDX-License-Identifier: MIT\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="too big"):
        lc.classify_file(path, max_bytes=10)


def test_normalize_and_analyze_text_have_limits() -> None:
    with pytest.raises(InputTooLargeError):
        lc.normalize("MIT OR Apache-2.0", max_chars=5)
    assert lc.normalize("MIT OR Apache-2.0", max_chars=17).expression == "MIT OR Apache-2.0"
    with pytest.raises(InputTooLargeError) as info:
        lc.analyze_text("You may use this software.", max_chars=5)
    assert isinstance(info.value, ClauseAnalysisError)  # as documented before the limit existed


# --------------------------------------------------------------------------- argument types

Registry = lc.Registry

BAD_CALLS: dict[str, tuple[Callable[[], object], str]] = {
    "classify_expression(None)": (lambda: lc.classify_expression(None), "expr"),  # type: ignore[arg-type]
    "get_license(None)": (lambda: lc.get_license(None), "key"),  # type: ignore[arg-type]
    "get_release(None)": (lambda: lc.get_release(None), "key"),  # type: ignore[arg-type]
    "classify_file(None)": (lambda: lc.classify_file(None), "path"),  # type: ignore[arg-type]
    "classify_text(bytes)": (lambda: lc.classify_text(b"MIT"), "text"),  # type: ignore[arg-type]
    "normalize(None)": (lambda: lc.normalize(None), "text"),  # type: ignore[arg-type]
    "canonicalize(None)": (lambda: lc.canonicalize(None), "expr"),  # type: ignore[arg-type]
    "parse(None)": (lambda: lc.parse(None), "expr"),  # type: ignore[arg-type]
    "validate(None)": (lambda: lc.validate(None), "expr"),  # type: ignore[arg-type]
    "verdict(None)": (lambda: lc.verdict(None), "lic"),  # type: ignore[arg-type]
    "analyze_text(None)": (lambda: lc.analyze_text(None), "text"),  # type: ignore[arg-type]
    "release_verdict(None)": (lambda: lc.release_verdict(None), "release"),  # type: ignore[arg-type]
    "release_verdict(str)": (lambda: lc.release_verdict("chatgpt"), "release"),  # type: ignore[arg-type]
    "Registry(None)": (lambda: Registry(None), "folders"),  # type: ignore[arg-type]
    "Registry([None])": (lambda: Registry([None]), "folders[...]"),  # type: ignore[list-item]
    "get_license(registry=str)": (
        lambda: lc.get_license("MIT", "licenses"),  # type: ignore[arg-type]
        "registry",
    ),
    "classify_expression(registry=str)": (
        lambda: lc.classify_expression("MIT", registry="licenses"),  # type: ignore[arg-type]
        "registry",
    ),
    "classify_text(registry=int)": (
        lambda: lc.classify_text("MIT", registry=1),  # type: ignore[arg-type]
        "registry",
    ),
    "normalize(registry=str)": (lambda: lc.normalize("MIT", "x"), "registry"),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_arguments_get_a_typed_error_naming_them(name: str) -> None:
    call, argument = BAD_CALLS[name]
    with pytest.raises(ArgumentTypeError) as info:
        call()
    error = info.value
    assert isinstance(error, LicenseclassError)
    assert isinstance(error, TypeError)
    assert error.argument == argument
    assert f"argument {argument!r} must be" in str(error)
    assert f"not {error.received}" in str(error)
    assert error.received in {"NoneType", "bytes", "str", "int"}


def test_expression_type_errors_are_still_invalid_expression_errors() -> None:
    calls: tuple[Callable[[Any], object], ...] = (
        lc.parse,
        lc.canonicalize,
        lc.validate,
        lc.normalize,
        lc.classify_expression,
    )
    for call in calls:
        with pytest.raises(InvalidExpressionError) as info:
            call(None)
        assert isinstance(info.value, ExpressionTypeError)
        assert info.value.position == 0


def test_bad_policies_are_typed() -> None:
    release = lc.get_release("chatgpt")
    policies: tuple[Any, ...] = ("nope", [], None)
    for policy in policies:
        with pytest.raises(lc.UnknownPolicyError):
            lc.release_verdict(release, policy)
        with pytest.raises(lc.UnknownPolicyError):
            lc.verdict(lc.get_license("MIT"), policy)


def test_one_str_or_path_is_one_folder(tmp_path: Path) -> None:
    folder = license_folder(tmp_path / "my-licenses")
    for given in (str(folder), folder):
        registry = Registry(given)
        assert registry.folders == (folder,)
        assert registry.get("LicenseRef-Acme-Eval").name == "Acme Evaluation License"
    assert Registry().extended(str(folder)).folders == (folder,)
    assert registry_with(None, str(folder)).folders == (folder,)  # classify_text(user_dirs=)


# --------------------------------------------------------------------------- terminal injection

ESC = "\x1b[31m"


def test_escape_controls_covers_c0_del_c1_and_bidi() -> None:
    hostile = "a\x00\x07\x1b[2J\x7f\x85\x9b\u202a\u202e\u2066\u2069\u200f\nb\tc"
    shown = escape_controls(hostile)
    assert shown.isprintable()
    assert shown == (
        "a\\x00\\x07\\x1b[2J\\x7f\\x85\\x9b\\u202a\\u202e\\u2066\\u2069\\u200f\\x0ab\\x09c"
    )
    assert escape_controls("one\ntwo\x1b", keep="\n") == "one\ntwo\\x1b"
    assert escape_controls("Müller © 名前") == "Müller © 名前"  # printable text is untouched


def printed(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_controls(text: str) -> None:
    assert all(line.isprintable() for line in text.split("\n")), repr(text)


def test_file_names_are_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / f"evil{ESC}\u202e.txt"
    path.write_text("SPDX-License-Identifier: MIT\n", encoding="utf-8")
    binary = tmp_path / f"bin{ESC}.txt"
    binary.write_bytes(b"\x00\x01")
    code, out, err = printed(capsys, ["classify", str(path), str(binary)])
    assert code == 2  # the binary file is bad input
    assert_no_controls(out + err)
    assert "evil\\x1b[31m\\u202e.txt: MIT [open]" in out
    assert "bin\\x1b[31m.txt: not classified" in out
    _, out, _ = printed(capsys, ["classify", str(path), "--format", "json"])
    assert_no_controls(out)
    assert json.loads(out)[0]["path"] == str(path)  # escaped in JSON, the same once parsed


def test_names_from_user_yaml_are_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = json.dumps(f"Acme {ESC}License\u202e\nFAKE  open")  # a YAML double-quoted string
    folder = license_folder(tmp_path / "data", name=name, ref=json.dumps(f"ref{ESC}"))
    for argv in (
        ["show", "LicenseRef-Acme-Eval", "--data", str(folder)],
        ["list", "--data", str(folder)],
        ["data", "check", str(folder)],
    ):
        code, out, err = printed(capsys, argv)
        assert code == 0, err
        assert_no_controls(out)
    _, out, _ = printed(capsys, ["show", "LicenseRef-Acme-Eval", "--data", str(folder)])
    assert "Acme \\x1b[31mLicense\\u202e\\x0aFAKE  open" in out  # a line break in a value too
    assert "ref\\x1b[31m" in out
    original = f"Acme {ESC}License\u202e\nFAKE  open"
    _, out, _ = printed(
        capsys, ["show", "LicenseRef-Acme-Eval", "--data", str(folder), "--format", "json"]
    )
    assert_no_controls(out)
    assert json.loads(out)["name"] == original  # escaped in the JSON text, the same once parsed
    _, out, _ = printed(capsys, ["list", "--data", str(folder), "--format", "json"])
    assert_no_controls(out)
    assert original in {row["name"] for row in json.loads(out)}


def test_release_files_are_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    path = folder / "evil.yaml"
    values = {"id": "evil", "name": json.dumps(f"Evil {ESC}Model\x9b"), "organisation": '"\u202eX"'}
    path.write_text(RELEASE_YAML.format(**values), encoding="utf-8")
    for argv in (
        ["release", str(path)],
        ["release", "--releases", str(folder)],
        ["release", str(path), "--format", "json"],
        ["release", "--releases", str(folder), "--format", "json"],
    ):
        code, out, err = printed(capsys, argv)
        assert code == 0, err
        assert_no_controls(out)
    _, out, _ = printed(capsys, ["release", str(path)])
    assert out.startswith("Evil \\x1b[31mModel\\x9b: ")
    _, out, _ = printed(capsys, ["release", str(path), "--format", "json"])
    assert json.loads(out)["release"]["name"] == f"Evil {ESC}Model\x9b"


def test_expression_errors_and_usage_errors_are_printed_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = printed(capsys, ["expr", f"MIT AND {ESC}("])
    assert code == 2
    assert_no_controls(out + err)
    lines = err.splitlines()
    shown = next(line for line in lines if "MIT AND" in line)
    caret = lines[lines.index(shown) + 1]
    assert shown[caret.index("^") :].startswith("\\x1b")  # the caret points at the escape
    code, _, err = printed(capsys, ["list", f"x{ESC}"])
    assert code == 2
    assert_no_controls(err)
    assert "x\\x1b[31m" in err


def test_the_caret_stays_under_the_spot_after_escaping() -> None:
    error = InvalidExpressionError(
        "unknown license id", expression="\x1b[2J\u202eMIT AND Nope", position=13, length=4
    )
    _, shown, caret = str(error).splitlines()
    assert shown.isprintable()
    assert shown[caret.index("^") : caret.index("^") + 4] == "Nope"
    assert caret.strip() == "^~~~"


# --------------------------------------------------------------------------- exit status, output


def test_unreadable_file_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "LICENSE"
    good.write_text("SPDX-License-Identifier: MIT\n", encoding="utf-8")
    assert printed(capsys, ["classify", str(good)])[0] == 0
    code, out, _ = printed(capsys, ["classify", str(good), str(tmp_path / "absent")])
    assert code == 2
    assert "LICENSE: MIT [open]" in out  # the readable file is still classified
    assert printed(capsys, ["expr", "--free-text", "BSD"])[0] == 1  # a finding, asked for
    assert printed(capsys, ["show", "No-Such-License"])[0] == 2
    assert printed(capsys, ["list", "--level", "nope"])[0] == 2


def _cli(*argv: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "licenseclass", *argv], stderr=subprocess.PIPE, **kwargs
    )


def test_a_full_disk_ends_with_one_line() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    for argv in (["list"], ["show", "MIT"], ["--version"], ["--help"]):
        with open("/dev/full", "wb") as full:
            process = _cli(*argv, stdout=full)
            _, err = process.communicate(timeout=CHILD_TIMEOUT)
        assert process.returncode == 2, (argv, err)
        assert err.decode().splitlines() == [
            "licenseclass: error: cannot write the output: No space left on device"
        ]


def test_a_closed_pipe_ends_quietly() -> None:
    process = _cli("list", stdout=subprocess.PIPE)
    assert process.stdout is not None
    first = process.stdout.readline()  # the output is far larger than a pipe buffer
    process.stdout.close()
    _, err = process.communicate(timeout=CHILD_TIMEOUT)
    assert first.startswith(b"0BSD")
    assert err == b""  # no traceback, no "Exception ignored ... BrokenPipeError"
    assert process.returncode == 0


def test_an_ascii_terminal_gets_escapes_not_a_traceback(tmp_path: Path) -> None:
    folder = license_folder(tmp_path / "data", name='"Acme Lizenz für Müller"')
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    process = _cli(
        "show", "LicenseRef-Acme-Eval", "--data", str(folder), stdout=subprocess.PIPE, env=env
    )
    out, err = process.communicate(timeout=CHILD_TIMEOUT)
    assert process.returncode == 0, err
    assert out.decode("ascii").startswith("LicenseRef-Acme-Eval: Acme Lizenz f\\xfcr M\\xfcller\n")
