"""Asserts, from inside the interpreter the action set up, what the action promised (run by action-matrix.yml).

Environment: VERSION (the python-version output), EXPECT_ARCH (X64, ARM64 or X86: runner.arch or the
`architecture` input), optional FREETHREADED=true, EXPECT_LIBC=musl, NO_VENV=1.
"""

import json
import os
import platform
import sqlite3
import ssl
import sys
import sysconfig

PLATFORM_SUFFIXES = {"X64": ("x86_64", "amd64"), "ARM64": ("arm64", "aarch64"), "X86": ("win32",)}


def check() -> dict:
    seen = {
        "version": platform.python_version(),
        "platform": sysconfig.get_platform(),
        "pointer_bits": 8 * (sys.maxsize.bit_length() + 1) // 8,
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "gil_disabled": sysconfig.get_config_var("Py_GIL_DISABLED") == 1,
        "host": sysconfig.get_config_var("HOST_GNU_TYPE") or "",
        "libc": platform.libc_ver()[0],
        "openssl": ssl.OPENSSL_VERSION,
        "sqlite": sqlite3.sqlite_version,
    }
    errors = []
    if seen["version"] != os.environ["VERSION"]:
        errors.append(f"version {seen['version']} != the output {os.environ['VERSION']}")
    want_arch = os.environ["EXPECT_ARCH"].upper()
    if not seen["platform"].lower().endswith(PLATFORM_SUFFIXES[want_arch]):
        errors.append(f"platform {seen['platform']} is not {want_arch}")
    if want_arch == "X86" and seen["pointer_bits"] != 32:
        errors.append(f"a {seen['pointer_bits']}-bit interpreter, not 32-bit")
    in_venv = sys.prefix != sys.base_prefix
    if in_venv == (os.environ.get("NO_VENV") == "1"):
        errors.append(f"in a venv: {in_venv}")
    if seen["gil_disabled"] != (os.environ.get("FREETHREADED") == "true"):
        errors.append(f"free-threaded: {seen['gil_disabled']}")
    if os.environ.get("EXPECT_LIBC") == "musl" and ("musl" not in seen["host"] or seen["libc"] == "glibc"):
        errors.append(f"not a musl build: {seen['host']} / {seen['libc']}")
    if errors:
        raise SystemExit("check_python: " + "; ".join(errors) + "\n" + json.dumps(seen, indent=2))
    return seen


if __name__ == "__main__":
    print(json.dumps(check()))
