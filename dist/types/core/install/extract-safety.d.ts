/**
 * Path rules for archive entries: nothing may land or point outside the extraction root.
 * Pure functions, so the rules are tested without archives.
 */
import { PythonInstallationError } from '../errors.js';
export declare function refuse(archive: string, entry: string, why: string): PythonInstallationError;
/**
 * Root-relative POSIX path of an entry after `strip` leading components, '' when stripped away.
 * Throws for absolute paths, `..` segments and NUL bytes.
 */
export declare function safeEntryPath(archive: string, name: string, strip?: number): string;
/**
 * Where a symlink at `linkRel` with target `target` ends up, following the archive's other symlinks
 * (`links`: root-relative path -> target) like realpath would. Undefined when it leaves the root.
 * Following the other links matters: `d -> .` plus `x -> d/..` is lexically inside but really escapes.
 */
export declare function resolveLinkInside(linkRel: string, target: string, links: Map<string, string>): string[] | undefined;
