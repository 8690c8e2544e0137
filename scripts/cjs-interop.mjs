// esbuild's CommonJS output turns every `import x from 'node:path'` into `__toESM(require("node:path"), 1)`
// at each importing module: a new namespace object per import site, with one getter defined per property of
// the builtin (node:fs has ~100), 80-100 times per run file. In ES modules every importer shares one
// namespace, so sharing it here changes nothing a module can see; it takes ~3 ms of CPU off each start of
// the CLI and the action (a no-op `pyembed setup`: CPU 55.0 -> 52.0 ms, alternated medians of 21).

const HELPER = 'var __toESM = (mod, isNodeMode, target) =>';

/**
 * The run file's text with esbuild's `__toESM` made to build one namespace per module object in Node mode
 * (the form every builtin import takes); other calls are unchanged. Throws when the helper is not found
 * exactly once, so a change in esbuild's output cannot silently drop this.
 */
export function shareNodeModeNamespaces(text) {
  const count = text.split(HELPER).length - 1;
  if (count !== 1) throw new Error(`expected esbuild's __toESM helper once in a run file, found ${count}`);
  return text.replace(
    HELPER,
    [
      'var __toESMShared = new WeakMap();',
      'var __toESM = (mod, isNodeMode, target) => {',
      '  if (isNodeMode !== 1 || target !== void 0 || mod === null || typeof mod !== "object")',
      '    return __toESMEach(mod, isNodeMode, target);',
      '  let ns = __toESMShared.get(mod);',
      '  if (ns === void 0) __toESMShared.set(mod, (ns = __toESMEach(mod, 1)));',
      '  return ns;',
      '};',
      'var __toESMEach = (mod, isNodeMode, target) =>',
    ].join('\n'),
  );
}
