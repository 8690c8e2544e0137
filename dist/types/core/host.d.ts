/**
 * The platform the layout decisions are made for: `Scripts` vs `bin`, `python.exe`, `.zip` vs `.tar.gz`,
 * which rename errors are transient. Read at call time (never cached at module load), so the emulated-platform
 * tests can run the real install, venv and relocation code as Windows or macOS on a Linux machine.
 */
import path from 'node:path';
export interface HostPlatform {
    os: NodeJS.Platform;
    /** Path rules of that OS, for pure string work (files on this disk keep using `node:path`). */
    path: path.PlatformPath;
}
export declare function host(): HostPlatform;
export declare function isWindowsHost(): boolean;
/** Makes the layout code behave as on `os` until the returned function is called (tests only). */
export declare function emulateHost(os: NodeJS.Platform): () => void;
