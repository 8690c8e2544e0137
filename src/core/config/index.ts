// Configuration: one options object, flag > env > config file > default (DESIGN.md "Configuration names").
export * from './options.js';
export { KEYS, flagAttribute, type KeySpec } from './keys.js';
export * from './load.js';
