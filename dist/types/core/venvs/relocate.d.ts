export interface RelocateOptions {
    /** The absolute path the venv's files still name (the source of a copy or an export). */
    from: string;
    /** The venv's new absolute path. */
    to: string;
    /** New base interpreter: `pyvenv.cfg` `home` becomes its directory and the interpreter links point at it. */
    basePython?: string;
}
export interface RelocateReport {
    /** Files whose text was rewritten (relative to the venv). */
    rewritten: string[];
    /** Symlinks re-pointed. */
    relinked: string[];
    /**
     * Binary files (Windows `.exe` launchers of a venv made without `--relocatable`) that name the old location:
     * their paths cannot be rewritten in place, so they keep starting the source's interpreter.
     */
    stale: string[];
}
/**
 * Makes a copied venv name its own location instead of the source's: `pyvenv.cfg` (`home`), every text
 * file in bin/ (entry-point shebangs, `activate*` scripts), `*.pth` files in site-packages, and symlinks
 * that point into the old location or at the old interpreter. After this, deleting the source leaves the
 * copy working.
 */
export declare function relocateVenv(venvDir: string, o: RelocateOptions): Promise<RelocateReport>;
/**
 * A copy whose launchers still start the source's interpreter is not a copy: refused (the caller removes
 * its staging dir) with the way out, rather than left to fail or, worse, to run the source venv later.
 */
export declare function refuseStaleLaunchers(report: RelocateReport, source: string): void;
/**
 * The path a venv's files name as its own (`VIRTUAL_ENV='...'` in bin/activate), if readable. A relocatable
 * venv's script computes it (`''"$(dirname -- ...)"''`): it names no path, so there is none to report.
 */
export declare function recordedVenvPath(venvDir: string): Promise<string | undefined>;
