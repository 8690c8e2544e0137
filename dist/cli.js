#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/core/idle.ts
function whileWaiting(task) {
  tasks.add(task);
  return () => tasks.delete(task);
}
var KEY, registry, tasks;
var init_idle = __esm({
  "src/core/idle.ts"() {
    "use strict";
    KEY = /* @__PURE__ */ Symbol.for("python-embedded.idle");
    registry = globalThis[KEY] ??= { tasks: /* @__PURE__ */ new Set(), scheduled: false };
    tasks = registry.tasks;
  }
});

// src/core/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin;
var init_builtins = __esm({
  "src/core/builtins.ts"() {
    "use strict";
    requireBuiltin = createRequire(import.meta.url);
  }
});

// src/core/v8-tiers.ts
var init_v8_tiers = __esm({
  "src/core/v8-tiers.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/memory.ts
function streamedInProcess() {
  return globalThis[STREAMED] === true;
}
var STREAMED, COLLECT_EVERY, FULL_ABOVE;
var init_memory = __esm({
  "src/core/install/memory.ts"() {
    "use strict";
    init_builtins();
    init_v8_tiers();
    STREAMED = /* @__PURE__ */ Symbol.for("python-embedded.streamed");
    COLLECT_EVERY = 2 * 1024 * 1024;
    FULL_ABOVE = 6 * 1024 * 1024;
  }
});

// src/core/code-cache.ts
import { createRequire as createRequire2 } from "node:module";
function codeCacheFile(hash, name) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const os = req("node:os");
  const dir = process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), "node-compile-cache");
  return path.join(dir, "pyembed", `${hash}-${process.version}-${process.arch}-${name}.bin`);
}
function besideEntry(entryUrl, name) {
  const url = req("node:url");
  return path.join(path.dirname(url.fileURLToPath(entryUrl)), name);
}
async function runWithCodeCache(file, cacheFile, start, when = "ran") {
  const vm = req("node:vm");
  const nodeModule2 = req("node:module");
  const url = req("node:url");
  let cachedData;
  try {
    cachedData = cacheFile ? fs.readFileSync(cacheFile) : void 0;
  } catch {
    cachedData = void 0;
  }
  const script = new vm.Script(nodeModule2.wrap(fs.readFileSync(file, "utf8")), {
    filename: url.pathToFileURL(file).href,
    cachedData
  });
  const stale = cacheFile !== void 0 && (!cachedData || script.cachedDataRejected === true);
  if (stale && when === "compiled") saveCache(cacheFile, script.createCachedData());
  const idleCache = stale && when === "idle" ? cacheFile : void 0;
  let savedIdle = false;
  const stopIdle = idleCache === void 0 ? void 0 : whileWaiting(() => {
    saveCache(idleCache, script.createCachedData());
    savedIdle = true;
  });
  const mod = { exports: {} };
  script.runInThisContext().call(
    mod.exports,
    mod.exports,
    nodeModule2.createRequire(file),
    mod,
    file,
    path.dirname(file)
  );
  let result;
  try {
    result = await start(mod.exports);
  } finally {
    stopIdle?.();
  }
  if (stale && when === "ran" && !streamedInProcess()) saveCache(cacheFile, script.createCachedData());
  if (idleCache !== void 0 && !savedIdle) saveCache(idleCache, script.createCachedData());
  return result;
}
function saveCache(cacheFile, data) {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, cacheFile);
  } catch {
  }
}
var req, fs, path;
var init_code_cache = __esm({
  "src/core/code-cache.ts"() {
    "use strict";
    init_idle();
    init_memory();
    req = createRequire2(import.meta.url);
    fs = req("node:fs");
    path = req("node:path");
  }
});

// src/cli/code-cache.ts
function runBuiltCli(hash, argv2) {
  const command = commandOf(argv2);
  return runWithCodeCache(
    besideEntry(import.meta.url, "cli-run.cjs"),
    codeCacheFile(hash, command),
    (m) => m.runCliProcess(argv2),
    CACHED_BEFORE_RUN.has(command) ? "compiled" : "ran"
  );
}
var CACHED_BEFORE_RUN, commandOf;
var init_code_cache2 = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    init_code_cache();
    CACHED_BEFORE_RUN = /* @__PURE__ */ new Set(["install", "import"]);
    commandOf = (argv2) => /^[a-z][a-z-]{0,30}$/.test(argv2[0] ?? "") ? argv2[0] : "other";
  }
});

// run-file-loader:cli
var cli_exports = {};
__export(cli_exports, {
  runCliProcess: () => runCliProcess
});
var runCliProcess;
var init_cli = __esm({
  "run-file-loader:cli"() {
    init_code_cache2();
    runCliProcess = (argv2) => runBuiltCli("26ddc81b325fac95", argv2);
  }
});

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

// package.json
var package_default = {
  name: "python-embedded",
  version: "0.1.0",
  description: "A private, relocatable, checksum-verified CPython from python-build-standalone with a uv virtual environment: GitHub Action, library and CLI (pyembed).",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=22"
  },
  bin: {
    pyembed: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    }
  },
  files: [
    "dist",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "tsc --noEmit && eslint . && prettier --check .",
    format: "prettier --write .",
    test: "bash scripts/with-node24.sh vitest run",
    "test:faults": "bash scripts/with-node24.sh vitest run __tests__/reliability",
    "reliability:report": "bash scripts/reliability-report.sh",
    "world:tools": "bash scripts/world-tools.sh",
    "catalog:update": "tsx scripts/catalog-update.ts",
    demo: "bash scripts/demo.sh",
    bench: "bash scripts/with-node24.sh tsx bench/run.ts"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@github/local-action": "^7.0.1",
    "@types/node": "^20.19.43",
    "@types/tar-stream": "^3.1.5",
    "@types/yauzl": "^3.4.0",
    "@types/yazl": "^3.3.1",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^3.2.7"
  },
  dependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@octokit/rest": "^22.0.1",
    commander: "^14.0.3",
    fzstd: "^0.1.1",
    "smol-toml": "^1.9.1",
    "tar-stream": "^3.2.2",
    yauzl: "^3.4.0",
    yazl: "^3.3.1"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;
function answeredVersion(argv2) {
  if (argv2.length !== 1 || argv2[0] !== "--version" && argv2[0] !== "-V") return false;
  process.stdout.write(`${VERSION}
`);
  return true;
}

// src/cli/main.ts
var argv = process.argv.slice(2);
if (!answeredVersion(argv)) {
  enableCompileCache();
  const { runCliProcess: runCliProcess2 } = await Promise.resolve().then(() => (init_cli(), cli_exports));
  process.exitCode = await runCliProcess2(argv);
}
