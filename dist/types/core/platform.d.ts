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
 * gnu vs musl, cached: a musl loader in /lib means musl (Alpine), like uv's own check. Cheap on purpose —
 * process.report.getReport() costs 100-200 ms and used to dominate every resolve.
 */
export declare function detectLibc(): string;
export declare function hostPlatform(): Platform;
