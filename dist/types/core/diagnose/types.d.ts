/** The typed result of `diagnose`: what the machine offers and what is broken, check by check. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';
export type CheckGroup = 'system' | 'disk' | 'dirs' | 'network' | 'uv' | 'instances' | 'venvs';
export interface DiagnoseCheck {
    group: CheckGroup;
    /** Short subject, e.g. `libc`, `free disk`, a host name, an instance key. */
    name: string;
    status: CheckStatus;
    /** One human sentence: the measured fact, plus what to do when it is not ok. */
    detail: string;
    /** Machine-readable facts behind the sentence (bytes free, HTTP status, version...). */
    data?: Record<string, unknown>;
}
export interface SystemInfo {
    os: string;
    arch: string;
    libc: string;
    /** glibc or musl version when it can be read, e.g. `2.36`. */
    libcVersion?: string;
    /** PBS platform key, e.g. `linux-x86_64-gnu`. */
    platform: string;
    osRelease: string;
    node: string;
}
export interface DiagnoseReport {
    /** Bumped when the JSON shape changes incompatibly. */
    schema: 1;
    createdAt: string;
    /** True when no check failed (warnings allowed). */
    ok: boolean;
    system: SystemInfo;
    checks: DiagnoseCheck[];
    counts: Record<CheckStatus, number>;
}
/** A host the configuration will talk to; probed with one HEAD request. */
export interface HostTarget {
    /** What the host is for: `mirror`, `api`, `index`, `uv-download`... */
    name: string;
    url: string;
}
/** An installed Python the caller wants checked (the library maps its registry to these). */
export interface InstanceTarget {
    key: string;
    /** The interpreter, e.g. `<instance>/python/bin/python3`. */
    pythonPath: string;
    venvs?: VenvTarget[];
}
export interface VenvTarget {
    name: string;
    path: string;
}
export interface DiagnoseOptions {
    /** Root directory of instances: free disk is measured there, and instances are found under it. */
    root?: string;
    /** Directories that must be writable (root, tool cache, temp, workspace...). */
    dirs?: string[];
    hosts?: HostTarget[];
    /** No network at all: host checks are reported as skipped, nothing is sent. */
    offline?: boolean;
    /** Per-host timeout (default 5000 ms). */
    timeoutMs?: number;
    /** uv to check; when absent `uv` is looked up on PATH. */
    uvPath?: string;
    /** Version the configuration pins; a different one is a warning. */
    expectedUvVersion?: string;
    /** Below this many free bytes in root: warning (default 1 GiB). Below 1/8 of it: failure. */
    minFreeBytes?: number;
    /** Instances to check; default: those found on disk under `root`. */
    instances?: InstanceTarget[];
    /** Per-interpreter timeout for the health probes (default 20000 ms). */
    probeTimeoutMs?: number;
    fetch?: typeof fetch;
    env?: NodeJS.ProcessEnv;
}
