"""The filesystem view a solution process sees (the bubblewrap layer), and where the
interpreter and the harness are inside and outside it. Used by the sandbox to start a child
and by the layer probes to prove the view works; imports nothing else of the sandbox."""

from __future__ import annotations

import os
import sys
from pathlib import Path

CHILD_DIR = Path(__file__).resolve().parent / "child"
HARNESS = CHILD_DIR / "kata_harness.py"


def interpreter() -> Path:
    """The real interpreter behind this process (a venv's python is a link to it)."""
    return Path(os.path.realpath(sys.executable))


def interpreter_prefix() -> Path:
    return Path(sys.base_prefix).resolve()


SANDBOX_PREFIX = "/opt/kata-python"  # where the interpreter's prefix is mounted in the view
VIEW_SITE = "/kata/site"  # where the shared packages are mounted in the view (on the child's PYTHONPATH)
# Third-party packages a submission may import in every layer (the LLM track's arrays). Only
# these are mounted from the judge's environment, read-only; nothing else of it (the judge,
# pytest, hypothesis) is visible in the view.
SHARED_PACKAGES = ("numpy",)


def shared_package_dirs() -> list[Path]:
    """The folders of SHARED_PACKAGES in the judge's environment, with a wheel's bundled
    libraries beside them (numpy.libs: OpenBLAS), found without importing them."""
    import importlib.util

    found: list[Path] = []
    for name in SHARED_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        folder = Path(list(spec.submodule_search_locations)[0]).resolve()
        found.append(folder)
        libs = folder.with_name(folder.name + ".libs")
        if libs.is_dir():
            found.append(libs)
    return found


def sandboxed_interpreter() -> str:
    """The interpreter's path inside the bubblewrap view (a uid that cannot traverse /root can run it)."""
    return str(interpreter()).replace(str(interpreter_prefix()), SANDBOX_PREFIX, 1)


def bwrap_command(work: Path | None, support: Path | None, size: int | None = None) -> list[str]:
    """The bubblewrap view: a read-only system, the interpreter at a neutral path, the harness
    read-only, the scratch folder (when given) read-write, a private /tmp, and new namespaces.
    With `size` (bytes), the scratch folder and /tmp are tmpfs of that size, and the submission
    file is bound read-only into the scratch folder."""
    cmd = [
        "bwrap", "--die-with-parent", "--new-session",
        "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
        "--ro-bind", "/usr", "/usr",
        "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
        "--perms", "0755", "--dir", "/opt",
        "--ro-bind", str(interpreter_prefix()), SANDBOX_PREFIX,
        "--perms", "0755", "--dir", "/kata",
        "--ro-bind", str(CHILD_DIR), "/kata/harness",
        "--perms", "0755", "--dir", VIEW_SITE,
        *[arg for folder in shared_package_dirs() for arg in ("--ro-bind", str(folder), f"{VIEW_SITE}/{folder.name}")],
        *(["--size", str(size)] if size else []), "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev",
    ]
    if work is not None and size:
        cmd += ["--perms", "0777", "--size", str(size), "--tmpfs", "/kata/work",
                "--ro-bind", str(work / "solution.py"), "/kata/work/solution.py", "--chdir", "/kata/work"]
    elif work is not None:
        cmd += ["--bind", str(work), "/kata/work", "--chdir", "/kata/work"]
    if support is not None:
        cmd += ["--ro-bind", str(support), "/kata/support.py"]
    return cmd
