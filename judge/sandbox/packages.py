"""Whether a submission can import the shared packages (view.SHARED_PACKAGES: NumPy) under
every active layer: proven by starting a solution process that imports them, as `kata doctor`
reports."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .view import SHARED_PACKAGES


def probe_shared_packages() -> list[tuple[str, bool, str]]:
    """(package, importable, detail) for each shared package, from a real solution process."""
    from ..failures import InternalError, RemoteError, SubmissionFailure
    from .process import Sandbox, SandboxConfig
    from .proxy import RemoteModule

    found: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory(prefix="kata-doctor-") as folder:
        for name in SHARED_PACKAGES:
            probe = Path(folder) / f"probe_{name}.py"
            probe.write_text(f"import {name}\nimport os\n\ndef version():\n    return {name}.__version__\n\n"
                             "def blas_threads():\n    return os.environ.get('OPENBLAS_NUM_THREADS')\n")
            try:
                with Sandbox(probe, ("version",), None, SandboxConfig(memory_mb=512), label="the probe") as box:
                    box.request("prepare", {}, call="starting the probe")
                    box.request("load", {}, call=f"import {name}")
                    module = RemoteModule(box, "solution")
                    version, threads = module.version(), module.blas_threads()
                found.append((name, True, f"{name} {version} imports in the sandbox (BLAS threads: {threads})"))
            except (RemoteError, SubmissionFailure) as exc:
                why = exc.describe() if isinstance(exc, RemoteError) else exc.message
                found.append((name, False, f"a submission cannot import {name}: {why.splitlines()[0][:200]}"))
            except InternalError as exc:  # no solution process can start here (KATA_SANDBOX=full, a layer missing)
                found.append((name, False, f"not tried: {str(exc).splitlines()[0][:200]}"))
    return found
