/** `auto`: use a uv.lock when there is one; `frozen`: use it unchecked; `ignore`: resolve afresh. */
export type LockMode = 'auto' | 'frozen' | 'ignore';
export declare const LOCK_MODES: readonly LockMode[];
/** What the project options ask for (the setup options of the same names). */
export interface ProjectRequest {
    lock?: string;
    groups?: string[];
    allGroups?: boolean;
    noDefaultGroups?: boolean;
    extras?: string[];
    allExtras?: boolean;
    workspacePackage?: string;
    /** undefined = editable (uv's default for a project). */
    editable?: boolean;
}
/** A locked install: `uv sync --locked` (or `--frozen`) of `dir` into the chosen venv. */
export interface ProjectPlan {
    /** Where uv sync runs: the project (or workspace member) directory. */
    dir: string;
    lockFile: string;
    /** `locked`: refuse a lock that no longer matches pyproject.toml; `frozen`: install it unchecked. */
    mode: 'locked' | 'frozen';
    /** No `[build-system]`: only the dependencies are installed. */
    virtual: boolean;
    groups: string[];
    allGroups: boolean;
    noDefaultGroups: boolean;
    extras: string[];
    allExtras: boolean;
    workspacePackage?: string;
    editable: boolean;
}
/** The lock mode asked for, or a ConfigurationError naming the accepted ones. */
export declare function checkLockMode(value: string | undefined): LockMode;
/**
 * The locked install for the pyproject at `projectPath`, or undefined for a fresh resolution (`lock: ignore`,
 * or no uv.lock with `auto`). Refuses, before any work: a lock that is not TOML, a group or workspace
 * member that does not exist, extras the project does not declare, and an index-url the lock was not made
 * against (uv installs a lock only from the indexes it records).
 */
export declare function planProject(projectPath: string, request: ProjectRequest, indexes: {
    indexUrl?: string;
    extraIndexUrls?: string[];
}): Promise<ProjectPlan | undefined>;
/** Groups for a fresh resolution (no lock): each must be declared by the pyproject (when it has one). */
export declare function checkProjectGroups(projectPath: string, groups: string[]): Promise<void>;
