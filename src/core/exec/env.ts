/**
 * The child's environment: process.env merged with `env` (default) or `env` alone ('replace').
 * A value of `undefined` removes a variable; `defaults` apply only where neither side set one.
 */
export function buildChildEnv(
  env: Record<string, string | undefined> | undefined,
  mode: 'merge' | 'replace' = 'merge',
  defaults: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = mode === 'replace' ? {} : { ...process.env };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined && !(env && k in env)) out[k] = v;
  for (const [k, v] of Object.entries(env ?? {})) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
