import type { PythonEmbeddedOptions } from '../core/config/index.js';
import { mirrorUrlFor } from '../core/install/mirror.js';
import { hostPlatform, normaliseArch, parsePlatform, type Platform } from '../core/platform.js';
import { setupOptionsFromConfig } from '../core/setup/from-config.js';
import { managerInstaller } from '../core/setup/installer.js';
import type { SetupOptions, SetupResult } from '../core/setup/types.js';
import type { ActionInputs } from './inputs.js';
import { actionsLogger } from './logger.js';
import type { ActionResult, PhaseTiming } from './result.js';
import { toolCacheInstaller } from './tool-cache.js';
import { restoreForBuild, type UvCacheState } from './uv-cache-step.js';

/** `architecture`: `x64`, `arm64`, `x86_64_v3`... on the runner's OS/libc, or a full `linux-aarch64-musl`. */
export function platformFor(architecture?: string): Platform | undefined {
  if (!architecture) return undefined;
  if (architecture.includes('-')) return parsePlatform(architecture);
  const host = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}

/** The shared plan's options from the inputs; Python goes through the tool cache (see tool-cache.ts). */
export function toSetupOptions(
  inputs: ActionInputs,
  o: PythonEmbeddedOptions,
  st: UvCacheState,
): SetupOptions {
  const base: SetupOptions = {
    ...setupOptionsFromConfig(o),
    python: inputs.pythonVersion,
    pythonVersionFile: inputs.pythonVersionFile,
    defaultPython: o.python,
    cwd: inputs.workingDirectory,
    build: o.build,
    platform: platformFor(inputs.architecture),
    flavor: o.flavor,
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    uvCacheDir: st.dir,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    export: inputs.export,
  };
  const inner = managerInstaller({ ...base, root: o.root, logger: actionsLogger });
  return {
    ...base,
    installer: toolCacheInstaller(inner, {
      afterInstall: async (build) => {
        st.build = build;
        if (st.enabled) await restoreForBuild(inputs, o, build, st);
      },
    }),
  };
}

/** The plan's result in the shape outputs, environment and summary are written from. */
export function toActionResult(r: SetupResult, st: UvCacheState, mirror?: string): ActionResult {
  const phases: PhaseTiming[] = [];
  for (const p of r.phases) {
    if (p.name === 'install' && st.restoreMs) {
      phases.push(
        { name: 'install', ms: Math.max(0, p.ms - st.restoreMs) },
        { name: 'uv cache restore', ms: st.restoreMs },
      );
    } else phases.push({ name: p.name, ms: p.ms });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      build: r.python.build,
      key: r.python.key,
      url: st.build ? mirrorUrlFor(st.build, mirror) : r.python.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit,
    },
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed } : undefined,
    uvCache: { enabled: st.enabled, hit: st.hit, key: st.key, dir: st.dir },
    exportPath: r.exportPath,
    phases,
  };
}
