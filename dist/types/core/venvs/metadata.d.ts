/** What we remember about a venv (the reference's VirtualEnvironmentMetadata, plus provenance). */
export interface VirtualEnvironmentMetadata {
    name: string;
    /** Set when the venv lives outside `<instanceDir>/venvs/`. */
    externalPath?: string;
    isExternal: boolean;
    createdAt: string;
    pythonVersion?: string;
    uvVersion?: string;
    seed?: boolean;
    origin?: {
        kind: 'created' | 'cloned' | 'imported' | 'adopted';
        from?: string;
    };
    /** True when this record was rebuilt from the files because the stored one was missing or corrupt. */
    rebuilt?: boolean;
}
export declare function metadataPath(venvsDir: string, name: string): string;
export declare function writeMetadata(venvsDir: string, m: VirtualEnvironmentMetadata): Promise<void>;
export declare function removeMetadata(venvsDir: string, name: string): Promise<void>;
/** The stored record, or undefined when absent or unreadable (the caller rebuilds; never deletes the venv). */
export declare function readStoredMetadata(venvsDir: string, name: string): Promise<VirtualEnvironmentMetadata | undefined>;
/**
 * Metadata from the files alone: external path from the link in `venvs/`, creation time from `pyvenv.cfg`,
 * versions from its `version_info` / `uv` keys. Used when the stored record is missing or corrupt.
 */
export declare function rebuildMetadata(venvsDir: string, name: string, venvPath: string): Promise<VirtualEnvironmentMetadata>;
