import type { Platform } from '../platform.js';
import { type PythonRequest } from '../versions/spec.js';
import type { PythonInstance } from './types.js';
/**
 * Whether an installed instance answers a parsed request: implementation, version, variant, a pinned build,
 * the request's own platform parts and (unless the request named a platform) the host's platform.
 */
export declare function instanceMatches(i: PythonInstance, req: PythonRequest, o: {
    build?: string;
    platform?: Platform;
}): boolean;
