import type { VirtualEnvironmentMetadata } from './metadata.js';
import type { VirtualEnvironmentInfo } from './types.js';
import type { VirtualEnvironment } from './virtual-environment.js';
/** What `venv info` shows: the files' facts first, the stored metadata where the files say nothing. */
export declare function describeVenv(venv: VirtualEnvironment, meta: VirtualEnvironmentMetadata, signal?: AbortSignal): Promise<VirtualEnvironmentInfo>;
