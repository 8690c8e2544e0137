/**
 * Path rules for archive entries: nothing may land or point outside the extraction root.
 * Pure functions, so the rules are tested without archives.
 */
import { PythonInstallationError } from '../errors.js';
export declare function refuse(archive: string, entry: string, why: string): PythonInstallationError;
/**
 * Root-relative POSIX path of an entry after `strip` leading components, '' when stripped away.
 * Throws for absolute paths, `..` segments, control characters and names Windows would misread.
 */
export declare function safeEntryPath(archive: string, name: string, strip?: number): string;
/**
 * Why one path component is refused, or undefined. No real Python tree has these; they break logs and
 * file lists (control characters) or mean something else to a Windows extraction: `a:b` writes an
 * alternate data stream of `a`, `NUL.txt` is the null device, `x.` and `x ` name the file `x`.
 */
export declare function unportableName(part: string): string | undefined;
/** The entry name as it can be shown in one log line: control characters written as \xNN. */
export declare function printable(name: string): string;
/**
 * Permission bits an extracted file or directory gets: at most 0755, whatever the archive says. No
 * group/other write (another local user could plant modules in the interpreter), no setuid/setgid/sticky.
 * Directories stay searchable and writable by their owner.
 */
export declare function clampMode(mode: number, isDir: boolean): number;
/**
 * Where a symlink at `linkRel` with target `target` ends up, following the archive's other symlinks
 * (`links`: root-relative path -> target) like realpath would. Undefined when it leaves the root.
 * Following the other links matters: `d -> .` plus `x -> d/..` is lexically inside but really escapes.
 */
export declare function resolveLinkInside(linkRel: string, target: string, links: Map<string, string>): string[] | undefined;
