// Configuration: one options object, flag > env > config file > default (the names are the rows of KEYS
// in keys.ts; docs/architecture.md "Configuration precedence").
export * from './options.js';
export { KEYS, flagAttribute, type KeySpec } from './keys.js';
export * from './load.js';
