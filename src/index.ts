// Public library surface of python-embedded. Each area adds its exports under its own heading.
export * from './core/errors.js';
export type { Logger } from './core/log.js';
export { silentLogger, stderrLogger } from './core/log.js';
export * from './core/platform.js';
export type * from './core/catalog/types.js';
// [B] versions + catalog
// [C] install + instances
// [D] uv + venvs + packages
// [E] exec + session
// [G] config + diagnose + setup
