/** A PBS/uv platform: `linux-x86_64-gnu`, `darwin-aarch64-none`, `windows-x86_64-none`, `linux-armv7-gnueabihf`. */
export interface Platform {
    os: 'linux' | 'darwin' | 'windows';
    /** arch family: x86_64, aarch64, armv7, i686, ppc64le, s390x, riscv64 ... */
    arch: string;
    /** microarchitecture level for x86_64 (`v2`..`v4`); undefined = baseline. */
    archVariant?: string;
    /** gnu, musl, gnueabi, gnueabihf, or none (darwin/windows). */
    libc: string;
}
export declare function platformKey(p: Platform): string;
/** Parses `linux-x86_64-gnu`, `linux-x86_64_v3-musl`, `darwin-aarch64`, `windows-x86_64-none`. */
export declare function parsePlatform(text: string): Platform;
export declare function normaliseArch(arch: string): string;
/**
 * The program interpreter (PT_INTERP) an ELF file names, e.g. `/lib64/ld-linux-x86-64.so.2` or
 * `/lib/ld-musl-x86_64.so.1`; undefined when the file is not ELF or is static.
 */
export declare function elfInterpreter(file: string): string | undefined;
export interface LibcProbe {
    /** Directory standing for `/` (tests); default `/`. */
    root?: string;
    /** The program whose interpreter decides (uv reads `/bin/sh`); relative to root. */
    shell?: string;
    /** `ldd --version` output, for the fallback; default runs it. */
    ldd?: () => string | undefined;
}
/**
 * gnu vs musl the way uv tells: by the ELF interpreter of `/bin/sh` (a musl loader there means the
 * system's C library is musl), falling back to `ldd --version`; glibc when neither says. Never by the
 * mere presence of `/lib/ld-musl-*`: Debian's `musl` package installs one on glibc hosts. Cached for
 * the host (no probe given).
 */
export declare function detectLibc(probe?: LibcProbe): string;
export declare function hostPlatform(): Platform;
