/** Free MB on the filesystem that holds `dir` (or its nearest existing parent). */
export declare function freeSpaceMB(dir: string): Promise<number>;
/** Removes an instance tree under `root`, renaming it away first: a half-deleted tree never looks like one. */
export declare function removeInstanceTree(root: string, dir: string): Promise<void>;
/** Apparent size of a tree (files counted once per inode, symlinks not followed). */
export declare function dirSize(dir: string): Promise<number>;
