export * from './options.js';
export { KEYS, flagAttribute, type KeySpec } from './keys.js';
export * from './load.js';
