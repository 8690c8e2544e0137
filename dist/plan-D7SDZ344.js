import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionsLogger
} from "./chunk-TZMKHQAJ.js";
import {
  cachePolicy
} from "./chunk-4MM5V74D.js";
import {
  hashDependencyFiles,
  pythonCacheInstaller,
  toolCacheInstaller,
  uvCacheKey
} from "./chunk-GTMEE4KK.js";
import {
  STATE,
  restoreUvCache,
  uvCacheDir
} from "./chunk-BDHKMQCN.js";
import {
  managerInstaller,
  planSetup,
  runPlan
} from "./chunk-3KV6ZYOK.js";
import {
  mirrorUrlFor
} from "./chunk-TYOAQ2VW.js";
import "./chunk-C6T3T2AP.js";
import "./chunk-UPWPGVMT.js";
import "./chunk-7JJATTI5.js";
import "./chunk-GHB6HO2A.js";
import "./chunk-CYB3MPCI.js";
import {
  DEFAULT_UV_VERSION
} from "./chunk-MPT6G2NF.js";
import "./chunk-UQ2D4T7P.js";
import {
  hostPlatform,
  normaliseArch,
  parsePlatform
} from "./chunk-AQOLRART.js";
import "./chunk-N3V4H5X4.js";
import {
  saveState,
  warning
} from "./chunk-2OAMTD3U.js";
import "./chunk-VEZD3A3U.js";
import "./chunk-Q6UA7ENB.js";
import "./chunk-2CTFYGFC.js";
import {
  monotonicMs
} from "./chunk-SZH64BZ5.js";
import "./chunk-OVRNMJZG.js";

// src/action/plan.ts
import path2 from "node:path";

// src/action/os-version.ts
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
var hostOsProbe = () => ({
  env: process.env,
  platform: process.platform,
  release: () => os.release(),
  readFile: (file) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return void 0;
    }
  },
  macosVersion: () => {
    try {
      return execFileSync("sw_vers", ["-productVersion"], { encoding: "utf8" }).trim() || void 0;
    } catch {
      return void 0;
    }
  }
});
function osReleaseField(text, key) {
  const m = new RegExp(`^${key}=(.*)$`, "m").exec(text);
  return m ? m[1].trim().replace(/^["']|["']$/g, "") || void 0 : void 0;
}
function osNameAndVersion(probe = hostOsProbe()) {
  const { ImageOS: image, ImageVersion: imageVersion } = probe.env;
  if (image) return imageVersion ? `${image}-${imageVersion}` : image;
  switch (probe.platform) {
    case "linux": {
      const text = probe.readFile("/etc/os-release") ?? probe.readFile("/usr/lib/os-release") ?? "";
      const id = osReleaseField(text, "ID") ?? "linux";
      const version = osReleaseField(text, "VERSION_ID") ?? osReleaseField(text, "BUILD_ID") ?? "unknown";
      return `${id}-${version}`;
    }
    case "darwin":
      return `macos-${probe.macosVersion() ?? `darwin${probe.release()}`}`;
    case "win32":
      return `windows-${probe.release()}`;
    default:
      return `${probe.platform}-${probe.release()}`;
  }
}

// src/action/uv-cache-step.ts
import path from "node:path";
function pyprojectFile(p) {
  if (!p) return void 0;
  return path.basename(p) === "pyproject.toml" ? p : path.join(p, "pyproject.toml");
}
async function uvCacheKeyFor(inputs, o, build, osVersion) {
  const { caching } = inputs;
  const pyproject = pyprojectFile(inputs.pyproject);
  const deps = await hashDependencyFiles({
    globs: caching.dependencyGlobs,
    explicit: [...inputs.requirements, ...inputs.constraints, ...pyproject ? [pyproject] : []],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : []
  });
  if (caching.dependencyGlobs.length && !deps.files.length) {
    warning(
      `No file matched cache-dependency-glob (${caching.dependencyGlobs.join(", ")}): the uv cache key ignores dependencies.`
    );
  }
  return uvCacheKey({
    os: build.platform.os,
    osVersion,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ""),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? "path" : o.uvVersion ?? DEFAULT_UV_VERSION,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? "", ...o.extraIndexUrls].join("\n") || void 0,
    suffix: caching.suffix
  });
}
async function restoreForBuild(inputs, o, build, dir, c) {
  const t0 = monotonicMs();
  const { primary, restorePrefix } = await uvCacheKeyFor(inputs, o, build, c.osVersion);
  saveState(STATE.save, String(c.policy.save));
  saveState(STATE.prune, String(inputs.caching.prune));
  saveState(STATE.quietEmpty, String(inputs.caching.ignoreNothingToCache));
  const hit = await restoreUvCache({ primary, restorePrefix, dir, restore: c.policy.restore });
  return { key: primary, hit, ms: Math.round(monotonicMs() - t0) };
}

// src/action/plan.ts
function platformFor(architecture) {
  if (!architecture) return void 0;
  if (architecture.includes("-")) return parsePlatform(architecture);
  const host = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}
function setupOptions(inputs, options, uvCache, wrapInstaller = (i) => i) {
  return {
    ...options,
    // the configuration's python (PYEMBED_PYTHON, a config file) is the fallback; version files beat it
    python: inputs.pythonVersion,
    defaultPython: options.python,
    pythonVersionFile: inputs.pythonVersionFile,
    cwd: inputs.workingDirectory,
    platform: platformFor(inputs.architecture),
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    allowPrereleases: inputs.allowPrereleases,
    uvChecksum: inputs.uvChecksum,
    uvCacheDir: uvCache,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    // setup-python's pip-version: that pip, installed into the venv with the other packages
    packages: inputs.pipVersion ? [`pip==${inputs.pipVersion}`] : void 0,
    // uv projects
    lock: inputs.lock,
    groups: inputs.groups,
    allGroups: inputs.allGroups,
    noDefaultGroups: inputs.noDefaultGroups,
    allExtras: inputs.allExtras,
    workspacePackage: inputs.workspacePackage,
    seed: inputs.seed,
    export: inputs.export,
    installer: wrapInstaller(toolCacheInstaller(managerInstaller(options)))
  };
}
function uvCacheDirFor(inputs, env) {
  const { localPath, enabled } = inputs.caching;
  if (localPath) return path2.resolve(inputs.workingDirectory, localPath);
  return enabled ? uvCacheDir(env) : env.UV_CACHE_DIR;
}
function logCachePolicy(inputs, policy) {
  const { caching } = inputs;
  if (caching.packageManager) {
    actionsLogger.info(
      `cache: ${caching.packageManager} turns caching on; uv's cache serves ${caching.packageManager}'s role here (keyed by cache-dependency-path files).`
    );
    if (inputs.seed)
      actionsLogger.info(
        `cache: ${caching.packageManager} seeds pip into the venv (seed: true) for the pip install that usually follows; set seed: false to leave it out.`
      );
  }
  if (!caching.enabled) actionsLogger.info("Caching is off: nothing is restored or saved.");
  if (policy.reason) actionsLogger.info(`Cache: ${policy.reason}.`);
}
async function runActionSetup(inputs, options, env = process.env) {
  const { caching } = inputs;
  const policy = cachePolicy(caching, {
    offline: inputs.offline || Boolean(options.offline),
    event: env.GITHUB_EVENT_NAME
  });
  logCachePolicy(inputs, policy);
  const osVersion = osNameAndVersion();
  const dir = uvCacheDirFor(inputs, env);
  const wrap = (i) => caching.enabled && caching.python ? pythonCacheInstaller(i, { policy, osVersion, toolCache: env.RUNNER_TOOL_CACHE ?? "" }) : i;
  const plan = await planSetup(setupOptions(inputs, options, dir, wrap));
  let build;
  let restored;
  const setup = await runPlan(plan, {
    logger: actionsLogger,
    onResolved: async (b) => {
      build = b;
      const keyed = { ...options, uvVersion: plan.uv.requested.version };
      if (caching.enabled) restored = await restoreForBuild(inputs, keyed, b, dir, { policy, osVersion });
    }
  });
  return toActionResult(setup, {
    url: build ? mirrorUrlFor(build, options.mirror) : setup.python.url,
    uvCache: { enabled: caching.enabled, hit: restored?.hit ?? false, key: restored?.key, dir },
    restoreMs: restored?.ms
  });
}
function toActionResult(r, o) {
  const phases = [];
  for (const p of r.phases) {
    phases.push({ name: p.name, ms: p.ms });
    if (p.name === "install" && o.restoreMs !== void 0)
      phases.push({ name: "uv cache restore", ms: o.restoreMs });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      label: r.python.label,
      build: r.python.build,
      key: r.python.key,
      url: o.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit
    },
    pythons: r.pythons.map((p) => ({ label: p.label, pythonPath: p.pythonPath })),
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed, lock: r.packages.lock } : void 0,
    uvCache: o.uvCache,
    exportPath: r.exportPath,
    phases
  };
}
export {
  platformFor,
  runActionSetup,
  setupOptions
};
