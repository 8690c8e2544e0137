export * from './core/errors.js';
export type { Logger } from './core/log.js';
export { silentLogger, stderrLogger } from './core/log.js';
export * from './core/platform.js';
export type * from './core/catalog/types.js';
