export declare function fsErrorText(e: unknown): string;
/**
 * mkdir -p that names the real reason: a recursive mkdir under a read-only or foreign directory reports
 * ENOENT, so the nearest existing ancestor is asked whether it is writable.
 */
export declare function makeDirs(dir: string): Promise<void>;
